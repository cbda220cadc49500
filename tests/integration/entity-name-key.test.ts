// The name filter on a real Neo4j: served by the nameKey TEXT index, same answers as the old regex, key kept by every write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { resetDatabase, testDriver } from '../setup/db.js';
import { createGateway } from '../../server/db/gateway.js';
import { migrate } from '../../server/db/migrate.js';
import { entitiesPage, entitiesPageCypher } from '../../server/db/queries/entity-queries.js';
import { containsPattern } from '../../server/db/queries/lucene-query.js';
import { storeDelta } from '../../server/db/writes/store-deltas.js';
import { mergeEntities } from '../../server/db/curation/curation.js';
import { updateEntity } from '../../server/db/curation/update-entity.js';
import { writeBackup } from '../../server/db/backup/write-backup.js';
import { restoreBackup } from '../../server/db/backup/restore-backup.js';
import { nameKey } from '../../server/db/writes/name-key.js';
import { delta, entity } from '../unit/ingest/delta-fixtures.js';

const driver: Driver = testDriver();
const db = createGateway(driver);
const dir = mkdtempSync(join(tmpdir(), 'kg-name-key-'));

// Names chosen for accents, case, punctuation and decomposed (NFD) input.
const NAMES: [string, string, 'Company' | 'Person' | 'Place'][] = [
  ['nk-1', 'Société Générale Énergie', 'Company'],
  ['nk-2', 'Groupe Électrique du Nord', 'Company'],
  ['nk-3', 'Zoë Lefèvre', 'Person'],
  ['nk-4', 'Ålesund Batteri AS', 'Company'],
  ['nk-5', 'Mont-Saint-Michel', 'Place'],
  ['nk-6', 'E.ON Drive', 'Company'],
  ['nk-7', 'Cafe\u0301 Mobility', 'Company'],
  ['nk-8', 'ELECTRA motors', 'Company'],
];

beforeAll(async () => {
  await resetDatabase(driver);
  for (const [id, name, type] of NAMES) {
    await storeDelta(db, delta(`art-${id}`, [entity(id, name, type, { mentions: 2 })], []));
  }
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await resetDatabase(driver);
  await driver.close();
});

async function keys(): Promise<Record<string, unknown>> {
  const res = await driver.executeQuery(
    'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.nameKey AS key ORDER BY id',
  );
  return Object.fromEntries(
    res.records.map((r) => [r.get('id') as string, r.get('key') as unknown]),
  );
}

/** Every entity's stored key equals the key recomputed from its name. */
async function expectKeysCurrent(): Promise<void> {
  const res = await driver.executeQuery(
    'MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.nameKey AS key',
  );
  expect(res.records.length).toBeGreaterThan(0);
  for (const r of res.records) {
    expect({ id: r.get('id') as string, key: r.get('key') as unknown }).toEqual({
      id: r.get('id') as string,
      key: nameKey(r.get('name') as string),
    });
  }
}

function operators(plan: unknown): string[] {
  const out: string[] = [];
  const walk = (p: { operatorType: string; children: unknown[] }) => {
    out.push(p.operatorType.replace(/@.*$/, ''));
    for (const c of p.children) walk(c as typeof p);
  };
  walk(plan as Parameters<typeof walk>[0]);
  return out;
}

describe('entities(filter: { name }) plan', () => {
  const params = { key: 'ele', types: ['Company'], afterK: null, afterId: null, n: 51 };
  for (const sort of ['MENTIONS', 'NAME'] as const) {
    for (const types of [null, ['Company' as const]]) {
      it(`page and count read the nameKey TEXT index, no scan (sort ${sort}, types ${String(types)})`, async () => {
        const cypher = entitiesPageCypher({ name: 'Élé', sort, types });
        for (const q of [cypher.page, cypher.count]) {
          const res = await driver.executeQuery(`PROFILE ${q}`, params);
          const ops = operators(res.summary.profile);
          expect(ops).toContain('NodeIndexContainsScan');
          expect(ops.filter((o) => /LabelScan|AllNodesScan/.test(o))).toEqual([]);
        }
      });
    }
  }

  it('the index used is the TEXT index on nameKey', async () => {
    const res = await driver.executeQuery(
      `PROFILE ${entitiesPageCypher({ name: 'x', sort: 'MENTIONS', types: null }).count}`,
      { key: 'x' },
    );
    const details: string[] = [];
    const walk = (p: {
      operatorType: string;
      arguments: Record<string, string | undefined>;
      children: unknown[];
    }) => {
      details.push(`${p.operatorType} ${p.arguments.Details ?? ''}`);
      for (const c of p.children) walk(c as typeof p);
    };
    walk(res.summary.profile as unknown as Parameters<typeof walk>[0]);
    expect(
      details.some((d) => /NodeIndexContainsScan.*TEXT INDEX e:Entity\(nameKey\)/.test(d)),
    ).toBe(true);
  });
});

describe('entities(filter: { name }) answers', () => {
  // The filter before the nameKey index: an accent-insensitive regex over every entity's name.
  const OLD_FILTER = `MATCH (e:Entity) WHERE normalize(e.name, NFD) =~ $pattern
    RETURN e.id AS id ORDER BY e.mentionCount DESC, e.id`;

  const texts = [
    'ele',
    'ÉLEC',
    'e\u0301le',
    'société',
    'zoe',
    'åles',
    'saint-m',
    'e.on',
    'café',
    'é ',
    ' tr',
    '-',
    'nord',
    'zz',
  ];
  for (const text of texts) {
    it(`"${text}" finds what the old regex found`, async () => {
      const old = await driver.executeQuery(OLD_FILTER, { pattern: containsPattern(text) });
      const expected = old.records.map((r) => r.get('id') as string);
      const page = await entitiesPage(db, { name: text, sort: 'MENTIONS', first: 50 });
      expect(page.edges.map((e) => e.node.id)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });
  }

  it('finds some entities for the accent-folded texts (the comparison is not vacuous)', async () => {
    const page = await entitiesPage(db, { name: 'ELE', sort: 'NAME', first: 50 });
    expect(page.edges.map((e) => e.node.id).sort()).toEqual(['nk-2', 'nk-8']);
  });
});

describe('nameKey is kept by every write', () => {
  it('ingest sets it on new entities', async () => {
    expect((await keys())['nk-1']).toBe(
      'société générale énergie'.normalize('NFD').replace(/\p{M}/gu, ''),
    );
    await expectKeysCurrent();
  });

  it('an edit of the name updates it', async () => {
    await updateEntity(db, 'nk-3', { name: 'Zoé Lefebvre-Öztürk' });
    expect((await keys())['nk-3']).toBe('zoe lefebvre-ozturk');
    const page = await entitiesPage(db, { name: 'OZTÜ', sort: 'NAME', first: 5 });
    expect(page.edges.map((e) => e.node.id)).toEqual(['nk-3']);
    await expectKeysCurrent();
  });

  it('a merge keeps the kept entity findable and the merged ones gone', async () => {
    await storeDelta(db, delta('art-nk-9', [entity('nk-9', 'Électrique Nord', 'Company')], []));
    await mergeEntities(db, 'nk-2', ['nk-9']);
    const page = await entitiesPage(db, { name: 'electrique', sort: 'NAME', first: 5 });
    expect(page.edges.map((e) => e.node.id)).toEqual(['nk-2']);
    await expectKeysCurrent();
  });

  it('the migration backfills entities written without a key', async () => {
    await driver.executeQuery(
      "CREATE (:Entity:Company {id: 'nk-old', name: 'Vieille Société', type: 'Company', mentionCount: 1})",
    );
    await migrate(db);
    expect((await keys())['nk-old']).toBe('vieille societe');
    await expectKeysCurrent();
  });

  it('a restore recomputes keys, also for a backup written without them', async () => {
    await driver.executeQuery("MATCH (e:Entity {id: 'nk-5'}) REMOVE e.nameKey");
    await driver.executeQuery("MATCH (e:Entity {id: 'nk-6'}) SET e.nameKey = 'stale'");
    const file = join(dir, 'graph.jsonl');
    await writeBackup(driver, file);
    await restoreBackup(driver, file, { replace: true });
    const k = await keys();
    expect(k['nk-5']).toBe('mont-saint-michel');
    expect(k['nk-6']).toBe('e.on drive');
    await expectKeysCurrent();
  });
});
