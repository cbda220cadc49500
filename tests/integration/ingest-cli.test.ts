// `kg ingest` as a child process against the test Neo4j (NEO4J_URI, so nothing is provisioned).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));

beforeAll(async () => {
  await resetDatabase(driver);
  mkdirSync(join(dir, 'nested'));
  copyFileSync(join(ROOT, 'seed', 'articles', 'ampere-douai.txt'), join(dir, 'ampere-douai.txt'));
  writeFileSync(join(dir, 'nested', 'bad.txt'), 'abc\u0000\u0000\u0001def');
  writeFileSync(
    join(dir, 'nested', 'en.html'),
    '<html><head><title>BYD picks Szeged</title><script>track()</script></head><body><article><h1>BYD picks Szeged</h1><p>Published 2024-02-01</p><p>Chinese carmaker BYD will build its first European car plant in Szeged, Hungary, the company said on Thursday. The plant will produce electric cars for the European market.</p></article></body></html>',
  );
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

interface Summary {
  files: number;
  created: number;
  unchanged: number;
  failed: number;
  entitiesAdded: number;
  relationsAdded: number;
  results: { file: string; status: string; code?: string }[];
}

async function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'server', 'cli', 'main.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
        timeout: 120_000,
      },
    );
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : -1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

describe('kg ingest', () => {
  it('loads a folder, reports the bad file with its code, exits 1', async () => {
    const r = await kg(['ingest', dir, '--json', '--concurrency', '2']);
    expect(r.code, r.stderr).toBe(1);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s).toMatchObject({ files: 3, created: 2, unchanged: 0, failed: 1 });
    expect(s.entitiesAdded).toBeGreaterThan(3);
    expect(s.relationsAdded).toBeGreaterThan(0);
    expect(s.results.find((x) => x.file.endsWith('bad.txt'))).toMatchObject({
      status: 'failed',
      code: 'INVALID_ARTICLE',
    });
  });

  it('the same folder again changes nothing', async () => {
    const before = await graphCounts(driver);
    const r = await kg(['ingest', dir, '--json']);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s).toMatchObject({
      created: 0,
      unchanged: 2,
      failed: 1,
      entitiesAdded: 0,
      relationsAdded: 0,
    });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('prints a readable summary and exits 0 when all files load', async () => {
    await resetDatabase(driver);
    const r = await kg(['ingest', join(dir, 'ampere-douai.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 file\(s\): 1 created, 0 unchanged, 0 failed/);
    expect(r.stdout).toMatch(/Graph: \+\d+ entities, \+\d+ relations/);
  });

  it('--batch gives the same graph as one transaction per article', async () => {
    await resetDatabase(driver);
    await kg(['ingest', dir, '--json']);
    const perArticle = await graphCounts(driver);
    await resetDatabase(driver);
    const r = await kg(['ingest', dir, '--json', '--batch', '5']);
    expect(r.code, r.stderr).toBe(1);
    const s = JSON.parse(r.stdout) as Summary;
    expect(s).toMatchObject({ files: 3, created: 2, failed: 1 });
    expect(s.results.find((x) => x.file.endsWith('bad.txt'))).toMatchObject({
      code: 'INVALID_ARTICLE',
    });
    expect(await graphCounts(driver)).toEqual(perArticle);
  });

  it('rejects a bad option value', async () => {
    const r = await kg(['ingest', dir, '--concurrency', '0']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--concurrency must be an integer/);
  });

  it('--dry-run writes nothing', async () => {
    await resetDatabase(driver);
    const r = await kg(['ingest', join(dir, 'ampere-douai.txt'), '--dry-run', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ created: 1, dryRun: true });
    expect((await graphCounts(driver)).Article ?? 0).toBe(0);
  });
});
