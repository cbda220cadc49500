// The one place filters become GraphQL variables: the view's operation, expansions, copy and GraphiQL.
import type { Gql } from '../api/client.js';
import {
  NeighborhoodDocument,
  OverviewDocument,
  type NeighborhoodQueryVariables,
  type OverviewQueryVariables,
} from '../api/generated/operations.js';
import type { RelationType, Subgraph } from '../api/types.js';
import {
  NEIGHBORHOOD_LIMIT,
  OVERVIEW_LIMIT,
  type ViewFilters,
  type ViewState,
} from './view-state.js';

/** The filter part of a neighbourhood query's variables; unset filters are left out. */
export type FilterVariables = Pick<
  NeighborhoodQueryVariables,
  'relationTypes' | 'entityTypes' | 'minConfidence' | 'since' | 'until' | 'timeRange' | 'qualifiers'
>;

/** The operation that reproduces a view, with its text for "copy as GraphQL" and GraphiQL. */
export type ViewOperation =
  | { kind: 'overview'; query: string; variables: OverviewQueryVariables }
  | { kind: 'neighborhood'; query: string; variables: NeighborhoodQueryVariables };

/** The qualifier filter when one of its parts is set, else undefined. */
export function qualifierVariables(f: ViewFilters): FilterVariables['qualifiers'] {
  if (!f.currentLeadersOnly && !f.hidePossible) return undefined;
  return {
    ...(f.currentLeadersOnly ? { currentLeadersOnly: true } : {}),
    ...(f.hidePossible ? { hidePossible: true } : {}),
  };
}

/** Variables for the filters that are set (empty type lists mean "all" and are not sent). */
export function filterVariables(f: ViewFilters): FilterVariables {
  const v: FilterVariables = {};
  if (f.relationTypes.length) v.relationTypes = f.relationTypes;
  if (f.entityTypes.length) v.entityTypes = f.entityTypes;
  if (f.minConfidence > 0) v.minConfidence = f.minConfidence;
  if (f.since) v.since = f.since;
  if (f.until) v.until = f.until;
  if (f.timeRange) v.timeRange = { ...f.timeRange };
  const q = qualifierVariables(f);
  if (q) v.qualifiers = q;
  return v;
}

/**
 * Variables for the neighbourhood of `ids` under the view's filters; `relationTypes`, when
 * given, replaces the filter's relation types (an empty list asks for every type).
 */
export function neighborhoodVariables(
  ids: string[],
  depth: number,
  filters: ViewFilters,
  relationTypes?: RelationType[],
): NeighborhoodQueryVariables {
  return {
    ids,
    depth,
    limit: NEIGHBORHOOD_LIMIT,
    ...filterVariables(filters),
    ...(relationTypes ? { relationTypes } : {}),
  };
}

/** The overview query when nothing is focused, else the neighbourhood of the focused entities. */
export function viewOperation(view: ViewState): ViewOperation {
  if (view.focus.length === 0)
    return {
      kind: 'overview',
      query: OverviewDocument.toString(),
      variables: {
        limit: OVERVIEW_LIMIT,
        ...(view.filters.timeRange ? { timeRange: { ...view.filters.timeRange } } : {}),
        ...(qualifierVariables(view.filters)
          ? { qualifiers: qualifierVariables(view.filters) }
          : {}),
      },
    };
  return {
    kind: 'neighborhood',
    query: NeighborhoodDocument.toString(),
    variables: neighborhoodVariables(view.focus, view.depth, view.filters),
  };
}

/** Runs a view's operation and returns its subgraph. */
export async function fetchSubgraph(
  gql: Gql,
  op: ViewOperation,
  signal?: AbortSignal,
): Promise<Subgraph> {
  if (op.kind === 'overview') return (await gql(OverviewDocument, op.variables, signal)).overview;
  return (await gql(NeighborhoodDocument, op.variables, signal)).neighborhood;
}

/**
 * Text for the clipboard: a ready-to-run JSON request body `{ "query", "variables" }`, as POSTed to
 * /graphql (`curl --json @copied.json http://localhost:4000/graphql`).
 */
export function operationText(op: ViewOperation): string {
  return `${JSON.stringify({ query: op.query.trim(), variables: op.variables }, null, 2)}\n`;
}

/** A link that opens GraphiQL (served at /graphql) with the operation filled in. */
export function graphiqlUrl(op: ViewOperation, base = '/graphql'): string {
  const p = new URLSearchParams({
    query: op.query,
    variables: JSON.stringify(op.variables, null, 2),
  });
  return `${base}?${p.toString()}`;
}
