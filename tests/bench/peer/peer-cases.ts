// Equivalent requests for our API and the peer (@neo4j/graphql), and what the peer cannot express.
import { RELATION_TYPES } from '../../../schema/ontology.js';
import { entitySearchQuery } from '../../../server/db/queries/lucene-query.js';
import {
  EntityDocument,
  NeighborhoodDocument,
  SearchDocument,
} from '../../../web/src/api/generated/operations.js';
import type { QueryGraph } from '../query/build-query-graph.js';
import { relationField } from './peer-type-defs.js';

/** One GraphQL request: document and the variables of its i-th call. */
export interface Request {
  query: string;
  variables(i: number): Record<string, unknown>;
}

/** One query asked of both sides. */
export interface PeerCase {
  name: string;
  /** Its statements are PROFILEd for db hits (the hub cases and the name filter). */
  profiled: boolean;
  ours: Request;
  peer: Request;
  /** What the peer's version leaves out or does differently (null: same answer). */
  peerGap: string | null;
}

const ENTITY_SCALARS = 'id name type aliases mentionCount articleCount firstSeen lastSeen';
const REL_PROPS =
  'fragment P on RelationProps { confidence claims articles firstSeen lastSeen role }';

/** Every relation field of the peer's Entity as a connection, `first` per type, strongest first. */
function relationConnections(first: number, sortBy: string, node: string): string {
  return RELATION_TYPES.flatMap((t) =>
    (['out', 'in'] as const).map(
      (dir) =>
        `${relationField(t, dir)}Connection(first: ${first}, sort: [{ edge: { ${sortBy}: DESC } }]) { edges { properties { ...P } node { ${node} } } }`,
    ),
  ).join('\n    ');
}

const PEER_SEARCH = `query PeerSearch($phrase: String!, $limit: Int) {
  searchEntities(phrase: $phrase, first: $limit, sort: [{ score: DESC }]) {
    edges { score node { id name type mentionCount } }
  }
}`;

const PEER_ENTITY = `query PeerEntity($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    ${ENTITY_SCALARS}
    ${relationConnections(200, 'confidence', 'id name type')}
    mentionedIn(limit: 20, sort: [{ publishedAt: DESC }]) { id title url source publishedAt }
  }
}
${REL_PROPS}`;

const PEER_NEIGHBORHOOD = `query PeerNeighborhood($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    ${ENTITY_SCALARS}
    ${relationConnections(200, 'claims', ENTITY_SCALARS)}
  }
}
${REL_PROPS}`;

const OURS_FILTER = `query Filter($name: String!) {
  entities(filter: { name: $name }, first: 50) { nodes { id name type mentionCount } }
}`;

const PEER_FILTER = `query PeerFilter($name: String!) {
  entities(where: { name: { caseInsensitive: { contains: $name } } }, sort: [{ mentionCount: DESC }], limit: 50) {
    id name type mentionCount
  }
}`;

const GAP_RELATIONS =
  'no ranking or limit across relation types: 24 typed connections (12 types × 2 directions), up to 200 each';

/** The side-by-side cases on the bench graph. */
export function peerCases(g: QueryGraph): PeerCase[] {
  const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  const entity = (name: string, ids: string[], profiled: boolean): PeerCase => ({
    name,
    profiled,
    ours: { query: EntityDocument.toString(), variables: (i) => ({ id: at(ids, i) }) },
    peer: { query: PEER_ENTITY, variables: (i) => ({ id: at(ids, i) }) },
    peerGap: `${GAP_RELATIONS} (ours: the 200 strongest of all)`,
  });
  const neighborhood = (name: string, ids: string[], profiled: boolean): PeerCase => ({
    name,
    profiled,
    ours: {
      query: NeighborhoodDocument.toString(),
      variables: (i) => ({ ids: [at(ids, i)], depth: 1, limit: 200 }),
    },
    peer: { query: PEER_NEIGHBORHOOD, variables: (i) => ({ id: at(ids, i) }) },
    peerGap: `${GAP_RELATIONS}; no relations among the neighbours, no \`truncated\` flag, no depth 2 (ours: 200 nodes ranked by weight and every relation among them)`,
  });
  return [
    {
      name: 'search',
      profiled: false,
      ours: {
        query: SearchDocument.toString(),
        variables: (i) => ({ text: at(g.searches, i), limit: 10 }),
      },
      // The peer gets the very Lucene query ours builds from the text (prefix, boost, typo).
      peer: {
        query: PEER_SEARCH,
        variables: (i) => ({ phrase: entitySearchQuery(at(g.searches, i)), limit: 10 }),
      },
      peerGap: 'the client must build the Lucene query itself; no `matched` alias',
    },
    entity('entity+relations (ordinary)', g.ordinary, false),
    entity('entity+relations (hub)', g.hubs, true),
    neighborhood('neighborhood d1 (ordinary)', g.ordinary, false),
    neighborhood('neighborhood d1 (hub)', g.hubs, true),
    {
      name: 'entities(filter: { name })',
      profiled: true,
      // A lower-case substring from inside the name (not a prefix).
      ours: { query: OURS_FILTER, variables: (i) => ({ name: at(g.searches, i).slice(1, 5) }) },
      peer: { query: PEER_FILTER, variables: (i) => ({ name: at(g.searches, i).slice(1, 5) }) },
      peerGap: 'case-insensitive but not accent-insensitive (CONTAINS on toLower); no cursor',
    },
  ];
}
