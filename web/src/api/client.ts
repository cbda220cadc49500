// The only way the web app talks to the server: POST /graphql with errors mapped to words.
import { ApiError, apiErrorFrom, networkError, type GqlErrorLike } from './errors.js';

/** Sends one GraphQL operation; resolves `data`, rejects with an ApiError. */
export type Gql = <T>(
  query: string,
  variables?: Record<string, unknown>,
  signal?: AbortSignal,
) => Promise<T>;

/** A client bound to an endpoint (default `/graphql`). */
export function createClient(endpoint = '/graphql'): Gql {
  return async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    signal?: AbortSignal,
  ): Promise<T> => {
    let res: Response;
    try {
      res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
        },
        body: JSON.stringify({ query, variables }),
        signal: signal ?? null,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw networkError();
    }
    let body: { data?: T | null; errors?: GqlErrorLike[] };
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
