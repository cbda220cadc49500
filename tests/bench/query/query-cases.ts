// The API requests the latency benchmark sends: the web app's own GraphQL documents.
import {
  EntityDocument,
  NeighborhoodDocument,
  OverviewDocument,
  PathsDocument,
  SearchDocument,
} from '../../../web/src/api/generated/operations.js';
import { OVERVIEW_LIMIT } from '../../../web/src/state/view-state.js';
import type { QueryGraph } from './build-query-graph.js';

/** One kind of request, with variables for its i-th call. */
export interface QueryCase {
  name: string;
  query: string;
  variables(i: number): Record<string, unknown>;
}

/** Entities to start from: hubs and ordinary ones alternately (the web app opens both). */
function starts(g: QueryGraph): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(g.hubs.length, g.ordinary.length); i++) {
    if (g.hubs[i]) out.push(g.hubs[i]!);
    if (g.ordinary[i]) out.push(g.ordinary[i]!);
  }
  return out;
}

export function queryCases(g: QueryGraph): QueryCase[] {
  const ids = starts(g);
  const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  return [
    {
      name: 'search',
      query: SearchDocument.toString(),
      variables: (i) => ({ text: at(g.searches, i), limit: 10 }),
    },
    {
      name: 'neighborhood d1',
      query: NeighborhoodDocument.toString(),
      variables: (i) => ({ ids: [at(ids, i)], depth: 1, limit: 200 }),
    },
    {
      name: 'neighborhood d2',
      query: NeighborhoodDocument.toString(),
      variables: (i) => ({ ids: [at(ids, i)], depth: 2, limit: 200 }),
    },
    {
      name: 'paths',
      query: PathsDocument.toString(),
      variables: (i) => ({ from: at(g.hubs, i), to: at(g.ordinary, i * 7 + 3), maxHops: 4 }),
    },
    {
      // The web app's first view: the most-mentioned entities and the relations among them.
      name: 'overview',
      query: OverviewDocument.toString(),
      variables: () => ({ limit: OVERVIEW_LIMIT }),
    },
    {
      name: 'entity+relations',
      query: EntityDocument.toString(),
      variables: (i) => ({ id: at(ids, i) }),
    },
  ];
}
