// GraphiQL options per request: the `variables` URL parameter fills the Variables pane.
import type { GraphiQLOptions } from 'graphql-yoga';
import { GRAPHIQL_EXAMPLE } from './graphiql-example.js';

const TITLE = 'EV knowledge graph — GraphiQL';

/**
 * The `variables` parameter of a GraphiQL URL as text for the Variables pane: pretty JSON of an
 * object, with `<`, `>`, `&` and line separators as `\u` escapes (the page embeds the options in a
 * script element, so nothing from the URL may close it). Null when absent or not a JSON object.
 */
export function graphiqlVariables(raw: string | null): string | null {
  if (raw === null || raw.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  return JSON.stringify(parsed, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** yoga's options plus `variables`, which its GraphiQL page reads (initial Variables pane). */
export type GraphiQLPageOptions = GraphiQLOptions & { variables?: string };

/**
 * yoga's `graphiql` option as a function of the request. yoga's GraphiQL reads `query` from the
 * address itself but takes variables only from these options, so they are read here.
 */
export function graphiqlOptions(request: Request): GraphiQLPageOptions {
  const variables = graphiqlVariables(new URL(request.url).searchParams.get('variables'));
  return { title: TITLE, defaultQuery: GRAPHIQL_EXAMPLE, ...(variables ? { variables } : {}) };
}
