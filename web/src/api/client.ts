// The only way the web app talks to the server: POST /graphql with typed documents, errors in words.
import type { TypedDocumentString } from './generated/operations.js';
import { ApiError, apiErrorFrom, networkError, type GqlErrorLike } from './errors.js';

/** Sends one generated operation; resolves its typed `data`, rejects with an ApiError. */
export type Gql = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
) => Promise<TResult>;

/** A client bound to an endpoint (default `/graphql`). */
export function createClient(endpoint = '/graphql'): Gql {
  return async <TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult> => {
    let res: Response;
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
        },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: signal ?? null,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw networkError();
    }
    let body: { data?: TResult | null; errors?: GqlErrorLike[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw networkError(res.status);
    }
    if (body.errors?.length) throw apiErrorFrom(body.errors);
    if (body.data == null) throw networkError(res.status);
    return body.data;
  };
}

export { ApiError };
