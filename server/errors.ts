// Domain errors with stable codes; the GraphQL layer turns them into client GraphQLErrors.

/** Stable error codes shared by the CLI, the GraphQL API and the web app. */
export type ErrorCode =
  | 'INVALID_ARTICLE'
  | 'UNSUPPORTED_LANGUAGE'
  | 'ARTICLE_TOO_LARGE'
  | 'ENTITY_NOT_FOUND'
  | 'ARTICLE_NOT_FOUND'
  | 'CLAIM_NOT_FOUND'
  | 'INVALID_ARGUMENT'
  | 'LIMIT_EXCEEDED'
  | 'UNAUTHENTICATED'
  | 'READ_ONLY'
  | 'DATABASE_UNAVAILABLE'
  | 'INVALID_URL'
  | 'ADDRESS_NOT_ALLOWED'
  | 'FETCH_FAILED'
  | 'FETCH_TIMEOUT'
  | 'TOO_MANY_REDIRECTS'
  | 'NOT_AN_ARTICLE'
  | 'NOT_A_FEED'
  | 'FEED_NOT_FOUND'
  | 'SAVED_VIEW_NOT_FOUND'
  | 'CURATION_EVENT_NOT_FOUND'
  | 'CURATION_CONFLICT';

/** An error the caller caused or can act on; its message is safe to show to users. */
export class KgError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'KgError';
    this.code = code;
    this.details = details;
  }
}

export function isKgError(value: unknown): value is KgError {
  return value instanceof KgError;
}
