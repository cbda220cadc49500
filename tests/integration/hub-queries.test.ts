// Hub reads on a real Neo4j: the restructured relation, hop and edge queries answer exactly as the old ones, with fewer db hits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { resetDatabase, testDriver } from '../setup/db.js';
import { createGateway } from '../../server/db/gateway.js';
import { RELATION_TYPES, type RelationType } from '../../schema/ontology.js';
import {
  entityProjection,
  relationProjection,
  type EntityRecord,
} from '../../server/db/queries/models.js';
import {
  relationsOfEntitiesCypher,
  typedRel,
  type RelationArgs,
} from '../../server/db/queries/relation-queries.js';
import {
  edgesAmongCypher,
  filterParams,
  hopCypher,
  neighborhood,
  relationFilter,
  type FilterParams,
  type NeighborhoodArgs,
} from '../../server/db/queries/subgraph-queries.js';
import { createHubGraph } from '../setup/hub-graph.js';
import { profiledHits } from '../setup/profiled-hits.js';

const driver: Driver = testDriver();
const db = createGateway(driver);
const HUB = 'hub:0';
const OTHERS = 2500;

// ---- The queries before the restructuring (reference texts, as they were in server/db/queries).

const OLD_PATTERNS = {
  OUT: (rel: string) => `(e)-${rel}->(o:Entity)`,
  IN: (rel: string) => `(e)<-${rel}-(o:Entity)`,
  BOTH: (rel: string) => `(e)-${rel}-(o:Entity)`,
} as const;

function oldRelationsCypher(direction: RelationArgs['direction'], types: RelationType[]): string {
  return `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
       CALL (e) {
         MATCH ${OLD_PATTERNS[direction](typedRel(types))}
         WHERE type(r) IN $types AND coalesce(r.confidence, 0.0) >= $minConfidence
         RETURN r, o ORDER BY r.confidence DESC, r.claims DESC, o.id LIMIT toInteger($first)
       }
       RETURN id, ${relationProjection('r')} AS r, ${entityProjection('o')} AS o`;
}

function oldHopCypher(f: FilterParams): string {
  return `MATCH (f:Entity) WHERE f.id IN $frontier
         WITH f
         MATCH (f)-${typedRel(f.types)}-(n:Entity)
         WHERE NOT n.id IN $visited AND ${relationFilter(f)}
           AND ($entityTypes IS NULL OR n.type IN $entityTypes)
         WITH n, sum(coalesce(r.claims, 1)) AS weight, max(r.confidence) AS best
         WITH n ORDER BY weight DESC, best DESC, coalesce(n.mentionCount, 0) DESC, n.id
         LIMIT toInteger($n)
         RETURN ${entityProjection('n')} AS n`;
}

function oldEdgesCypher(f: FilterParams): string {
  return `MATCH (a:Entity)-${typedRel(f.types)}->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids AND ${relationFilter(f)}
     RETURN ${relationProjection('r')} AS r ORDER BY r.confidence DESC`;
}

/** The old neighbourhood loop (start, hops, edges), on the old statements. */
async function oldNeighborhood(a: NeighborhoodArgs) {
  const f: FilterParams = filterParams(
    a.relationTypes?.length ? [...a.relationTypes] : [...RELATION_TYPES],
    { minConfidence: a.minConfidence, since: a.since ?? null, until: a.until ?? null },
    null,
    null,
  );
  const entityTypes = a.entityTypes?.length ? a.entityTypes : null;
  const start = await driver.executeQuery(
    `MATCH (e:Entity) WHERE e.id IN $ids
     RETURN ${entityProjection('e')} AS e ORDER BY coalesce(e.mentionCount, 0) DESC, e.id`,
    { ids: [...new Set(a.ids)] },
  );
  const starts = start.records.map((r) => r.get('e') as EntityRecord);
  let truncated = starts.length > a.limit;
  const nodes = starts.slice(0, a.limit);
  const visited = new Set(nodes.map((n) => n.id));
  let frontier = [...visited];
  for (let hop = 1; hop <= a.depth && frontier.length > 0; hop++) {
    const remaining = a.limit - nodes.length;
    const res = await driver.executeQuery(oldHopCypher(f), {
      frontier,
      visited: [...visited],
      entityTypes,
      n: remaining + 1,
      ...f,
    });
    const found = res.records.map((r) => r.get('n') as EntityRecord);
    if (found.length > remaining) truncated = true;
    const kept = found.slice(0, remaining);
    for (const n of kept) visited.add(n.id);
    nodes.push(...kept);
    frontier = kept.map((n) => n.id);
    if (remaining <= 0) break;
  }
  const edges = await driver.executeQuery(oldEdgesCypher(f), { ids: [...visited], ...f });
  return {
    nodes,
    edges: edges.records.map((r) => r.get('r') as Record<string, unknown>),
    truncated,
  };
}

// ---- A generated hub: thousands of relations of every type, both directions, many ties.

beforeAll(async () => {
  await resetDatabase(driver);
  await createHubGraph(driver, HUB, OTHERS);
}, 240_000);
afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

// Rows compared with the (relationship type, ends) identity, since two relationships of
// different types to the same entity may tie on every sort key.
const relKey = (r: Record<string, unknown>) =>
  `${String(r.type)}:${String(r.sourceId)}:${String(r.targetId)}`;

describe('entity relations on a hub: old and new queries', () => {
  const cases: [RelationArgs['direction'], number, number, RelationType[] | null][] = [
    ['BOTH', 200, 0, null],
    ['BOTH', 20, 0.7, null],
    ['OUT', 200, 0, null],
    ['IN', 50, 0.8, ['SUPPLIES', 'INVESTS_IN', 'PARTNERS_WITH']],
    ['BOTH', 1, 0, null],
    ['BOTH', 1000, 0, null],
  ];
  for (const [direction, first, minConfidence, only] of cases) {
    it(`${direction}, first ${first}, minConfidence ${minConfidence}, types ${only?.join('|') ?? 'all'}`, async () => {
      const types = only ?? [...RELATION_TYPES];
      const params = { ids: [HUB, 'hub:7'], types, minConfidence, first };
      const run = async (cypher: string) => {
        const res = await driver.executeQuery(cypher, params);
        return res.records.map((r) => {
          const rel = r.get('r') as Record<string, unknown>;
          const o = r.get('o') as EntityRecord;
          return { id: r.get('id') as string, rel, o, key: relKey(rel) };
        });
      };
      const old = await run(oldRelationsCypher(direction, types));
      const now = await run(relationsOfEntitiesCypher(direction, types, minConfidence));
      expect(old.length).toBeGreaterThan(0);
      // Same relationships with the same data; the same order of sort keys.
      expect(new Set(now.map((x) => `${x.id}|${x.key}`))).toEqual(
        new Set(old.map((x) => `${x.id}|${x.key}`)),
      );
      expect(now.map((x) => [x.id, x.rel.confidence, x.rel.claimCount, x.o.id])).toEqual(
        old.map((x) => [x.id, x.rel.confidence, x.rel.claimCount, x.o.id]),
      );
      expect(now).toEqual(expect.arrayContaining(old));
    });
  }

  it('reads fewer db hits than the old query on the hub', async () => {
    const types = [...RELATION_TYPES];
    const params = { ids: [HUB], types, minConfidence: 0, first: 200 };
    const old = await profiledHits(driver, oldRelationsCypher('BOTH', types), params);
    const now = await profiledHits(driver, relationsOfEntitiesCypher('BOTH', types, 0), params);
    expect(now).toBeLessThan(old * 0.7);
  });
});

describe('neighbourhood of a hub: old and new queries', () => {
  const cases: (Omit<NeighborhoodArgs, 'ids'> & { ids?: string[] })[] = [
    { depth: 1, limit: 200, minConfidence: 0 },
    { depth: 1, limit: 50, minConfidence: 0.75 },
    { depth: 1, limit: 1000, minConfidence: 0 },
    { depth: 1, limit: 200, minConfidence: 0, ids: ['hub:7', HUB, 'hub:8'] },
    { depth: 1, limit: 200, minConfidence: 0, ids: ['hub:9'] },
    { depth: 2, limit: 300, minConfidence: 0 },
    { depth: 1, limit: 100, minConfidence: 0, entityTypes: ['Person', 'Place'] },
    {
      depth: 2,
      limit: 150,
      minConfidence: 0,
      relationTypes: ['SUPPLIES', 'LEADS'],
      since: '2024-06-01',
    },
    { depth: 1, limit: 0, minConfidence: 0 },
  ];
  for (const c of cases) {
    it(JSON.stringify(c), async () => {
      const args = { ...c, ids: c.ids ?? [HUB] };
      const old = await oldNeighborhood(args);
      const now = await neighborhood(db, args);
      if (c.limit > 0) expect(old.nodes.length).toBeGreaterThan(1);
      expect(now.nodes).toEqual(old.nodes);
      expect(now.truncated).toBe(old.truncated);
      const byKey = (list: Record<string, unknown>[]) =>
        list.map((r) => ({ key: relKey(r), r })).sort((x, y) => x.key.localeCompare(y.key));
      expect(byKey(now.edges.map(({ id: _id, ...r }) => r))).toEqual(byKey(old.edges));
      // Both ordered by confidence, strongest first.
      const conf = now.edges.map((e) => e.confidence);
      expect(conf).toEqual([...conf].sort((x, y) => y - x));
    });
  }

  it('the depth-1 hop and the edges among the 200 nodes read fewer db hits than before', async () => {
    const f: FilterParams = filterParams([...RELATION_TYPES], {}, null, null);
    const hop = { frontier: [HUB], visited: [HUB], entityTypes: null, n: 201, ...f };
    const oldHop = await profiledHits(driver, oldHopCypher(f), hop);
    const newHop = await profiledHits(driver, hopCypher(f, false), hop);
    expect(newHop).toBeLessThan(oldHop * 0.7);
    const result = await neighborhood(db, { ids: [HUB], depth: 1, limit: 200, minConfidence: 0 });
    const ids = { ids: result.nodes.map((n) => n.id), ...f };
    const oldEdges = await profiledHits(driver, oldEdgesCypher(f), ids);
    const newEdges = await profiledHits(driver, edgesAmongCypher(f), ids);
    expect(newEdges).toBeLessThan(oldEdges);
  });
});
