// Hub neighbourhoods on a real Neo4j: read from the stored ranked lists, the same answers as the live query, fewer db hits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { resetDatabase, testDriver } from '../setup/db.js';
import { createHubGraph } from '../setup/hub-graph.js';
import { createGateway } from '../../server/db/gateway.js';
import { RELATION_TYPES } from '../../schema/ontology.js';
import {
  edgesAmongCypher,
  filterParams,
  hopCypher,
  neighborhood,
  type NeighborhoodArgs,
  type SubgraphRecord,
} from '../../server/db/queries/subgraph-queries.js';
import {
  STORED_RANK_COLUMN,
  edgesAroundHubCypher,
  storedHopCypher,
} from '../../server/db/queries/ranked-hop.js';
import { rebuildAllNeighbourRanks } from '../../server/db/writes/neighbour-rank-store.js';
import {
  fromStored,
  rankCandidates,
  type StoredRanking,
} from '../../server/db/writes/neighbour-rank.js';
import { entityProjection } from '../../server/db/queries/models.js';
import { profiledHits } from '../setup/profiled-hits.js';

const driver: Driver = testDriver();
const statements: string[] = [];
const db = createGateway(driver, { onQuery: (c) => statements.push(c) });
const HUB = 'hub:0';
const SECOND = 'hub:second';

const cases: NeighborhoodArgs[] = [
  ...[1, 2, 7, 50, 200, 201, 1000].map((limit) => ({
    ids: [HUB],
    depth: 1,
    limit,
    minConfidence: 0,
  })),
  ...[1, 30, 200, 1000].map((limit) => ({ ids: [SECOND], depth: 1, limit, minConfidence: 0 })),
  { ids: [HUB], depth: 2, limit: 300, minConfidence: 0 },
  { ids: [SECOND], depth: 2, limit: 150, minConfidence: 0 },
  { ids: [HUB], depth: 1, limit: 200, minConfidence: 0, relationTypes: [...RELATION_TYPES] },
];
const live = new Map<number, SubgraphRecord>();

beforeAll(async () => {
  await resetDatabase(driver);
  await createHubGraph(driver, HUB, 2500, { second: { id: SECOND, relations: 700 } });
  // The graph was written without the writer: no stored lists yet, every read is live.
  for (const [i, c] of cases.entries()) live.set(i, await neighborhood(db, c));
  const hubs = await db.write((tx) => rebuildAllNeighbourRanks(tx));
  expect(hubs).toBe(2);
}, 240_000);
afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe('neighbourhood of a hub from its stored ranked list', () => {
  for (const [i, c] of cases.entries()) {
    it(`${c.ids.join(',')} depth ${c.depth} limit ${c.limit}: same nodes, edges, order and truncated`, async () => {
      statements.length = 0;
      const now = await neighborhood(db, c);
      // The stored path was taken.
      expect(statements.some((s) => s.includes('UNWIND $candidates'))).toBe(true);
      const before = live.get(i)!;
      expect(before.nodes.length).toBe(Math.min(c.limit, before.nodes.length));
      expect(before.nodes.length).toBeGreaterThan(c.limit > 1 ? 1 : 0);
      expect(now).toEqual(before);
    });
  }

  it('a filtered request keeps the live query', async () => {
    statements.length = 0;
    await neighborhood(db, { ids: [HUB], depth: 1, limit: 50, minConfidence: 0.7 });
    expect(statements.some((s) => s.includes('UNWIND $candidates'))).toBe(false);
  });

  it('a depth-1 hub neighbourhood reads fewer db hits from the stored list than live', async () => {
    const f = filterParams(null, {}, null, null);
    const hop = { frontier: [HUB], visited: [HUB], entityTypes: null, n: 200, ...f };
    const result = await neighborhood(db, { ids: [HUB], depth: 1, limit: 200, minConfidence: 0 });
    const ids = result.nodes.map((n) => n.id).filter((id) => id !== HUB);
    // Live: the hop (with the relationships to the kept neighbours), then those among them.
    const liveHits =
      (await profiledHits(driver, hopCypher(f, false, true), hop)) +
      (await profiledHits(driver, edgesAmongCypher(f), { ids, ...f }));
    const startCypher = `MATCH (e:Entity) WHERE e.id IN $ids ${STORED_RANK_COLUMN}
      RETURN ${entityProjection('e')} AS e, rank`;
    const res = await driver.executeQuery(startCypher, { ids: [HUB] });
    const rank = res.records[0]!.get('rank') as StoredRanking;
    const candidates = rankCandidates(fromStored(rank), 200);
    const storedHits =
      (await profiledHits(driver, startCypher, { ids: [HUB] })) +
      (await profiledHits(driver, storedHopCypher(), { candidates, n: 200 })) +
      (await profiledHits(driver, edgesAroundHubCypher(f.types), { hub: HUB, ids }));
    expect(storedHits).toBeLessThan(liveHits * 0.65);
  });
});
