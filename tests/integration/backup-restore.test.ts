// Integration: `kg backup` / `kg restore` carry the whole curated graph through a file and back.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeBackup } from '../../server/db/backup/write-backup.js';
import { restoreBackup } from '../../server/db/backup/restore-backup.js';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { graphFingerprint } from '../setup/graph-fingerprint.js';
import { gql, testConfig } from './fixtures/graphql-client.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kg-backup-'));
let driver: Driver;
let app: KgApp;

const ARTICLES = [
  {
    title: 'Ampere builds electric cars in Douai',
    publishedAt: '2025-02-03',
    text: `Ampere, the electric vehicle subsidiary of Renault, will build the Renault 5 in Douai.
Luca de Meo, chief executive of Renault, presented the plan in Paris.
Renault and Nissan renewed their alliance on Tuesday.`,
  },
  {
    title: 'CATL and Stellantis team up in Spain',
    publishedAt: '2025-03-10',
    text: `Stellantis and CATL formed a joint venture to build a battery plant in Zaragoza.
CATL will supply battery cells to Stellantis. Leapmotor is a partner of Stellantis.`,
  },
  {
    title: 'BYD opens a plant in Hungary',
    publishedAt: '2025-04-22',
    text: `BYD will build its first European car plant in Szeged, Hungary.
The BYD Szeged plant will produce the Dolphin. BYD is a rival of Tesla in Europe.`,
  },
];

async function mutate(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await gql(app, query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Every node and relationship line of a backup, sorted (the header's date aside). */
function dumpLines(file: string): string[] {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return text.split('\n').slice(1).filter(Boolean).sort();
}

beforeAll(async () => {
  driver = testDriver();
  app = createApp({ driver, config: testConfig() });
  await resetDatabase(driver);
  for (const input of ARTICLES) {
    const d = await mutate(
      'mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: input },
    );
    expect(d.ingestArticle.created).toBe(true);
  }
  // Curation: an entity edit, a merge and a rejected claim.
  await mutate('mutation { updateEntity(id: "company:renault", name: "Renault Group") { id } }');
  const ents = await driver.executeQuery(
    "MATCH (e:Entity) WHERE e.id IN ['company:byd', 'company:catl', 'company:leapmotor', 'company:tesla'] RETURN e.id AS id ORDER BY id",
  );
  const ids = ents.records.map((r) => r.get('id') as string);
  expect(ids.length).toBeGreaterThanOrEqual(2);
  await mutate(`mutation { mergeEntities(keep: "${ids[0]}", merge: ["${ids[1]}"]) { merged } }`);
  const claim = await driver.executeQuery(
    'MATCH (c:Claim) WHERE NOT c.rejected RETURN c.id AS id ORDER BY id LIMIT 1',
  );
  const claimId = claim.records[0]?.get('id') as string;
  await mutate(`mutation { rejectClaim(id: "${claimId}") { id } }`);
  await mutate('mutation($s: String!) { saveView(input: {name: "Douai", state: $s}) { id } }', {
    s: JSON.stringify({ focus: ['company:renault'], hidden: ['place:paris'] }),
  });
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

describe('backup and restore', () => {
  it('a round trip through a gzipped backup gives the same graph', async () => {
    const before = await graphFingerprint(driver);
    expect(before.counts.MergeLog).toBe(1);
    expect(before.counts.CurationEvent).toBe(3);
    expect(before.relations.length).toBeGreaterThan(3);
    const file = join(dir, 'graph.jsonl.gz');
    const written = await writeBackup(driver, file);
    expect(written.nodes).toBe(
      (await driver.executeQuery('MATCH (n) RETURN count(n) AS c')).records[0]?.get('c'),
    );

    await resetDatabase(driver);
    expect((await graphFingerprint(driver)).relations).toEqual([]);
    const restored = await restoreBackup(driver, file, { batchSize: 7 });
    expect(restored).toEqual({
      nodes: written.nodes,
      relationships: written.relationships,
      deleted: 0,
    });
    expect(await graphFingerprint(driver)).toEqual(before);

    // Every property came back with its type: a second backup holds the same lines.
    const again = join(dir, 'again.jsonl.gz');
    await writeBackup(driver, again);
    expect(dumpLines(again)).toEqual(dumpLines(file));
    const renault = await driver.executeQuery(
      "MATCH (e:Entity {id: 'company:renault'}) RETURN e.name AS name",
    );
    expect(renault.records[0]?.get('name')).toBe('Renault Group');
    // Saved views come back too.
    const views = await gql(app, '{ savedViews { name state } }');
    expect((views.body.data as any).savedViews).toEqual([
      {
        name: 'Douai',
        state: JSON.stringify({ focus: ['company:renault'], hidden: ['place:paris'] }),
      },
    ]);
    // The restored graph serves the API (full-text index included).
    const { body } = await gql(app, '{ search(text: "Renault Group") { entity { id } } }');
    expect((body.data as any).search[0].entity.id).toBe('company:renault');
    // The curation log came back with its undo data: the newest event can still be reverted.
    const log = await gql(app, '{ curationEvents { nodes { id kind } } }');
    const events = (log.body.data as any).curationEvents.nodes as { id: string; kind: string }[];
    expect(events.map((e) => e.kind)).toEqual(['REJECT_CLAIM', 'MERGE_ENTITIES', 'UPDATE_ENTITY']);
    const undo = await gql(app, `mutation { revertCuration(id: "${events[0]?.id}") { id } }`);
    expect(undo.body.errors).toBeUndefined();
    const rejected = await gql(app, '{ rejectedClaims { totalCount } }');
    expect((rejected.body.data as any).rejectedClaims.totalCount).toBe(0);
  });

  it('refuses a non-empty graph unless --replace, through the CLI', async () => {
    const file = join(dir, 'cli.jsonl');
    const env = { ...process.env, NEO4J_URI: inject('neo4jUri') };
    const kg = (args: string[]) =>
      run(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli/main.ts'), ...args], {
        cwd: ROOT,
        env,
        timeout: 120_000,
      });
    const before = await graphFingerprint(driver);
    const out = await kg(['backup', file]);
    expect(out.stdout).toMatch(/backed up \d+ nodes and \d+ relationships/);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toContain('"version":1');

    await expect(kg(['restore', file])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--replace') as string,
    });
    expect(await graphFingerprint(driver)).toEqual(before);

    const res = await kg(['restore', file, '--replace']);
    expect(res.stdout).toMatch(/restored \d+ nodes and \d+ relationships .*replacing/);
    expect(await graphFingerprint(driver)).toEqual(before);
  });

  it('a bad, truncated or newer file is refused with a clear error and writes nothing', async () => {
    const good = join(dir, 'good.jsonl');
    await writeBackup(driver, good);
    const lines = readFileSync(good, 'utf8').trimEnd().split('\n');
    await resetDatabase(driver);
    const empty = await graphCounts(driver);
    const cases: [string, string, RegExp][] = [
      ['notjson.jsonl', 'hello\n', /not a kg backup/],
      ['other.jsonl', '{"format":"something-else"}\n', /not a kg backup/],
      [
        'newer.jsonl',
        [lines[0]!.replace('"version":1', '"version":2'), ...lines.slice(1)].join('\n'),
        /format version 2; this kg reads version 1 only/,
      ],
      ['truncated.jsonl', lines.slice(0, -3).join('\n'), /truncated/],
      [
        'garbled.jsonl',
        [...lines.slice(0, 2), '{"node": ', ...lines.slice(2)].join('\n'),
        /line 3 is not valid JSON/,
      ],
      [
        'label.jsonl',
        [
          lines[0],
          '{"node":"Entity","labels":["Entity","Admin"],"props":{"id":"x"}}',
          '{"end":true,"nodes":1,"relationships":0}',
        ].join('\n'),
        /not part of the graph model/,
      ],
    ];
    for (const [name, text, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      await expect(restoreBackup(driver, file), name).rejects.toThrow(message);
      expect(await graphCounts(driver), name).toEqual(empty);
    }
    await expect(restoreBackup(driver, join(dir, 'missing.jsonl'))).rejects.toThrow(
      /does not exist/,
    );
  });
});
