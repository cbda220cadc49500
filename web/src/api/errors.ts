// Turns GraphQL / network failures into sentences an analyst understands.

const MESSAGES: Record<string, string> = {
  INVALID_ARTICLE: 'The article could not be read: it looks empty or is not an article.',
  UNSUPPORTED_LANGUAGE:
    'This article is in a language the extractor does not handle (French and English only).',
  ARTICLE_TOO_LARGE: 'The article is too large to load in one go; split it into smaller files.',
  ENTITY_NOT_FOUND: 'That entity no longer exists (it may have been merged or deleted).',
  ARTICLE_NOT_FOUND: 'That article no longer exists.',
  CLAIM_NOT_FOUND: 'That claim no longer exists.',
  INVALID_ARGUMENT: 'The request was not valid',
  LIMIT_EXCEEDED: 'The request asks for too much at once; narrow the view or lower the depth.',
  UNAUTHENTICATED: 'You need to sign in to do this.',
  READ_ONLY: 'The graph is read-only here; changes are disabled.',
  DATABASE_UNAVAILABLE: 'The graph database is unavailable right now; try again in a moment.',
  GRAPHQL_VALIDATION_FAILED: 'The server does not support this request yet (API version mismatch).',
  NETWORK: 'Cannot reach the server; check that it is running.',
};

/** One GraphQL error as returned in `errors[]`. */
export interface GqlErrorLike {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** Words for the analyst from a GraphQL error (server message kept when it is a known code). */
export function describeError(err: GqlErrorLike): string {
  const code = err.extensions?.code;
  if (code === 'INVALID_ARGUMENT' || code === 'INVALID_ARTICLE') {
    return err.message
      ? `${MESSAGES[code]?.replace(/[.:].*$/, '')}: ${err.message}`
      : (MESSAGES[code] ?? err.message);
  }
  if (code && MESSAGES[code]) return MESSAGES[code];
  if (/unexpected error/i.test(err.message))
    return 'The server hit an unexpected error; try again, or report it.';
  return err.message;
}

/** Error thrown by the API client; `message` is already analyst-readable. */
export class ApiError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Builds an ApiError from a response's `errors[]`. */
export function apiErrorFrom(errors: GqlErrorLike[]): ApiError {
  const first = errors[0];
  if (!first) return new ApiError('The server answered with an unknown error.');
  const words = [...new Set(errors.map(describeError))].join(' ');
  return new ApiError(words, first.extensions?.code);
}

/** ApiError for a failed HTTP exchange (no GraphQL body). */
export function networkError(status?: number): ApiError {
  if (status === 503)
    return new ApiError('The server is still starting; try again in a few seconds.', 'NETWORK');
  if (status)
    return new ApiError(`The server answered HTTP ${status}; try again, or report it.`, 'NETWORK');
  return new ApiError(MESSAGES.NETWORK ?? 'Network error', 'NETWORK');
}
