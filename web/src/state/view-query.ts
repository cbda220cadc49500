// Builds the GraphQL operation that reproduces a view, for loading, "copy as GraphQL" and GraphiQL.
import { NEIGHBORHOOD_QUERY, OVERVIEW_QUERY } from '../api/queries.js';
import { NEIGHBORHOOD_LIMIT, OVERVIEW_LIMIT, type ViewState } from './view-state.js';

/** A GraphQL operation ready to send. */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** The overview query when nothing is focused, else the neighbourhood of the focused entities. */
export function viewOperation(view: ViewState): Operation {
  if (view.focus.length === 0)
    return { query: OVERVIEW_QUERY, variables: { limit: OVERVIEW_LIMIT } };
  const f = view.filters;
  const variables: Record<string, unknown> = {
    ids: view.focus,
    depth: view.depth,
    limit: NEIGHBORHOOD_LIMIT,
  };
  if (f.relationTypes.length) variables.relationTypes = f.relationTypes;
  if (f.entityTypes.length) variables.entityTypes = f.entityTypes;
  if (f.minConfidence > 0) variables.minConfidence = f.minConfidence;
  if (f.since) variables.since = f.since;
  if (f.until) variables.until = f.until;
  return { query: NEIGHBORHOOD_QUERY, variables };
}

/** Text for the clipboard: the query followed by its variables as a comment-free JSON block. */
export function operationText(op: Operation): string {
  return `${op.query}\n\n# variables\n# ${JSON.stringify(op.variables)}\n`;
}

/** A link that opens GraphiQL (served at /graphql) with the operation filled in. */
export function graphiqlUrl(op: Operation, base = '/graphql'): string {
  const p = new URLSearchParams({
    query: op.query,
    variables: JSON.stringify(op.variables, null, 2),
  });
  return `${base}?${p.toString()}`;
}
