// Stored ranked neighbour lists on a real Neo4j: after ingest, deletion, merge, rejection, restore, revert and backup restore they equal a recomputation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { resetDatabase, testDriver } from '../setup/db.js';
import { createGateway } from '../../server/db/gateway.js';
import { RELATION_TYPES, type RelationType } from '../../schema/ontology.js';
import type { DeltaClaim, DeltaEntity } from '../../schema/graph-delta.js';
import { storeDelta, storeDeltas } from '../../server/db/writes/store-deltas.js';
import {
  deleteArticle,
  mergeEntities,
  rejectClaim,
  restoreClaim,
  revertCuration,
} from '../../server/db/curation/curation.js';
import { writeBackup } from '../../server/db/backup/write-backup.js';
import { restoreBackup } from '../../server/db/backup/restore-backup.js';
import { HUB_MIN_DEGREE, RANK_KEEP } from '../../server/db/writes/neighbour-rank.js';
import { claim, delta, entity } from '../unit/ingest/delta-fixtures.js';

const driver: Driver = testDriver();
const db = createGateway(driver);
const dir = mkdtempSync(join(tmpdir(), 'kg-rank-'));
const HUB = 'rw:hub';
const HUB2 = 'rw:hub2';
// More neighbours than a list keeps, in five confidence levels: the RANK_KEEP-th falls inside the
// 0.6 level, so the 0.5 level is cut off.
const N = 1300;
const LEVELS = [0.9, 0.8, 0.7, 0.6, 0.5];
const nb = (i: number) => `rw:n${i}`;
const nbEntity = (i: number): DeltaEntity => entity(nb(i), `Rankco Member ${i}`, 'Company');
const hubEntity = entity(HUB, 'Rankco Holding', 'Company', { mentions: 9 });
const hub2Entity = entity(HUB2, 'Second Rankco Group', 'Company', { mentions: 4 });
const say = (a: string, t: string, b: string) => `${a} and ${b} are linked by ${t} here.`;
const TYPES = RELATION_TYPES.join('|');

function rel(type: RelationType, s: string, o: string, confidence: number): DeltaClaim {
  return claim(type, s, o, say(s, type, o), { confidence });
}

// The stored lists, as {hub: [[id, weight, best], ...]}.
async function stored(): Promise<Record<string, [string, number, number][]>> {
  const res = await driver.executeQuery(
    'MATCH (k:NeighbourRank) RETURN k.entityId AS id, k.ids AS ids, k.weights AS w, k.best AS b',
  );
  const out: Record<string, [string, number, number][]> = {};
  for (const r of res.records) {
    const ids = r.get('ids') as string[];
    const w = r.get('w') as number[];
    const b = r.get('b') as number[];
    out[r.get('id') as string] = ids.map((id, i) => [id, w[i]!, b[i]!]);
  }
  return out;
}

// The recomputation, independent of the writer's code: every entity with enough typed
// relationships, all its neighbours by (weight, best confidence, id), cut after the RANK_KEEP-th
// and the neighbours tied with it.
async function recomputed(): Promise<Record<string, [string, number, number][]>> {
  const res = await driver.executeQuery(
    `MATCH (e:Entity) WHERE COUNT { (e)-[:${TYPES}]-() } >= $min
     CALL (e) {
       MATCH (e)-[r:${TYPES}]-(n) WHERE n <> e
       RETURN n.id AS id, sum(coalesce(r.claims, 1)) AS w, max(r.confidence) AS b
     }
     RETURN e.id AS hub, collect([id, w, b]) AS all`,
    { min: HUB_MIN_DEGREE },
  );
  const out: Record<string, [string, number, number][]> = {};
  for (const r of res.records) {
    const all = (r.get('all') as [string, number, number][]).sort(
      (x, y) => y[1] - x[1] || y[2] - x[2] || (x[0] < y[0] ? -1 : 1),
    );
    const kth = all[RANK_KEEP - 1];
    out[r.get('hub') as string] = kth
      ? all.filter(([, w, b]) => w > kth[1] || (w === kth[1] && b >= kth[2]))
      : all;
  }
  return out;
}

async function expectRanksCurrent(): Promise<Record<string, [string, number, number][]>> {
  const want = await recomputed();
  expect(await stored()).toEqual(want);
  return want;
}

async function lastEvent(kind: string): Promise<string> {
  const res = await driver.executeQuery(
    'MATCH (ev:CurationEvent {kind: $kind}) RETURN ev.id AS id ORDER BY ev.at DESC LIMIT 1',
    { kind },
  );
  return res.records[0]!.get('id') as string;
}

beforeAll(async () => {
  await resetDatabase(driver);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await resetDatabase(driver);
  await driver.close();
});

describe('stored ranked neighbour lists follow every write', () => {
  it('an entity that becomes a hub in one article gets its list, cut after the RANK_KEEP-th', async () => {
    const claims = Array.from({ length: N }, (_, i) =>
      rel('SUPPLIES', nb(i), HUB, LEVELS[i % LEVELS.length]!),
    );
    // A few relations among the neighbours, and one neighbour related twice (weights add up).
    claims.push(rel('PARTNERS_WITH', nb(1), nb(2), 0.7), rel('OWNS_STAKE_IN', HUB, nb(3), 0.55));
    const entities = [hubEntity, ...Array.from({ length: N }, (_, i) => nbEntity(i))];
    await storeDelta(db, delta('rw-a1', entities, claims));
    const want = await expectRanksCurrent();
    expect(Object.keys(want)).toEqual([HUB]);
    const list = want[HUB]!;
    expect(list.length).toBeGreaterThan(RANK_KEEP);
    expect(list.length).toBeLessThan(N);
  });

  it('later articles update the list incrementally (new pairs, raised weights, ties at the cut)', async () => {
    // Raise 50 neighbours of the cut-off level above the cut, then 200 more, pushing the cut up.
    const raise = (ids: number[], article: string, conf: number) =>
      delta(
        article,
        [hubEntity, ...ids.map(nbEntity)],
        ids.map((i) => rel('PARTNERS_WITH', HUB, nb(i), conf)),
      );
    const low = Array.from({ length: N }, (_, i) => i).filter((i) => i % LEVELS.length === 4);
    await storeDelta(db, raise(low.slice(0, 50), 'rw-a2', 0.5));
    await expectRanksCurrent();
    // 780 neighbours of the three upper levels, 51 raised already, 200 of the 0.6 level raised
    // now: more than RANK_KEEP above the rest of that level.
    const mid = Array.from({ length: N }, (_, i) => i).filter((i) => i % LEVELS.length === 3);
    await storeDelta(db, raise(mid.slice(0, 200), 'rw-a3', 0.95));
    const want = await expectRanksCurrent();
    // The 0.6 level is now below the cut.
    expect(want[HUB]!.some(([, w, b]) => w === 1 && b === 0.6)).toBe(false);
    // A batch of articles in one transaction, and a second hub crossing the threshold.
    const hub2 = (from: number, count: number, article: string) =>
      delta(
        article,
        [hub2Entity, ...Array.from({ length: count }, (_, i) => nbEntity(from + i))],
        Array.from({ length: count }, (_, i) =>
          rel(i % 2 ? 'COMPETES_WITH' : 'INVESTS_IN', HUB2, nb(from + i), 0.6 + (i % 3) / 10),
        ),
      );
    await storeDeltas(db, [hub2(0, 100, 'rw-b1'), hub2(100, 80, 'rw-b2')]);
    expect(Object.keys(await expectRanksCurrent())).toEqual([HUB]);
    await storeDelta(db, hub2(180, 60, 'rw-b3'));
    expect(Object.keys(await expectRanksCurrent()).sort()).toEqual([HUB, HUB2]);
    // An article relating the two hubs and some shared neighbours.
    await storeDelta(
      db,
      delta(
        'rw-a4',
        [hubEntity, hub2Entity, nbEntity(7), nbEntity(8)],
        [
          rel('COMPETES_WITH', HUB, HUB2, 0.85),
          rel('SUPPLIES', nb(7), HUB, 0.9),
          rel('SUPPLIES', nb(8), HUB2, 0.9),
        ],
      ),
    );
    await expectRanksCurrent();
  });

  it('deleting an article recomputes the lists (and removes one that is no longer a hub)', async () => {
    await deleteArticle(db, 'rw-a3');
    await expectRanksCurrent();
    const res = await deleteArticle(db, 'rw-b3');
    expect(Object.keys(await expectRanksCurrent())).toEqual([HUB]);
    await revertCuration(db, res.eventId!, 'test');
    expect(Object.keys(await expectRanksCurrent()).sort()).toEqual([HUB, HUB2]);
  });

  it('rejecting and restoring a claim recompute the lists', async () => {
    // Claim 3 of rw-a2 raised a neighbour; rejecting it lowers the pair's weight again.
    expect(await rejectClaim(db, 'rw-a2:3')).toBe(true);
    await expectRanksCurrent();
    expect(await rejectClaim(db, 'rw-a1:0')).toBe(true);
    await expectRanksCurrent();
    expect(await restoreClaim(db, 'rw-a2:3')).toBe(true);
    await expectRanksCurrent();
    await revertCuration(db, await lastEvent('REJECT_CLAIM'), 'test');
    await expectRanksCurrent();
  });

  it('merging entities recomputes the lists; the merged hub loses its list; revert restores it', async () => {
    await mergeEntities(db, nb(1), [nb(2), nb(6)]);
    await expectRanksCurrent();
    // The second hub merged into a neighbour: that neighbour becomes the hub.
    await mergeEntities(db, nb(11), [HUB2]);
    const want = await expectRanksCurrent();
    expect(Object.keys(want).sort()).toEqual([nb(11), HUB].sort());
    await revertCuration(db, await lastEvent('MERGE_ENTITIES'), 'test');
    expect(Object.keys(await expectRanksCurrent()).sort()).toEqual([HUB, HUB2]);
  });

  it('a backup leaves the lists out and the restore rebuilds them', async () => {
    const before = await stored();
    const file = join(dir, 'rank.jsonl');
    await writeBackup(driver, file);
    await restoreBackup(driver, file, { replace: true });
    await expectRanksCurrent();
    expect(await stored()).toEqual(before);
  });
});
