// `kg ingest URL...` (mixed with files) and `kg feed add|poll|list|remove` as child processes,
// against the test Neo4j and a site served on 127.0.0.1 (the guard opened with KG_FETCH_ALLOW_PRIVATE).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resetDatabase, testDriver } from '../setup/db.js';
import { page, startSite, type TestSite } from '../setup/site-server.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'kg-feed-cli-'));
let site: TestSite;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Cell plant hires</title></head>
<body><article><h1>Cell plant hires</h1>
<p>Verkor will hire two hundred technicians for its cell plant near Dunkirk, the company said.</p>
<p>Renault, a shareholder of Verkor, expects the first cells next year.</p></article></body></html>`;

const FEED = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel>
<title>Cell wire</title><link>${origin}/</link><description>d</description>
<item><title>Cell plant hires</title><link>${origin}/cells</link><guid>cells-1</guid>
<pubDate>Wed, 06 May 2026 10:00:00 GMT</pubDate><author>desk@example.org (Noa Field)</author></item>
<item><title>Brochure</title><link>${origin}/brochure.pdf</link><guid>pdf-1</guid></item>
</channel></rss>`;

async function kg(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'server', 'cli', 'main.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: inject('neo4jUri'), KG_FETCH_ALLOW_PRIVATE: 'true' },
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

beforeAll(async () => {
  await resetDatabase(driver);
  site = await startSite({
    '/cells': page(PAGE, 'text/html; charset=utf-8'),
    '/brochure.pdf': page(Buffer.from('%PDF-1.5\n'), 'application/pdf'),
  });
  site.routes.set('/feed.xml', page(FEED(site.origin), 'application/rss+xml'));
  writeFileSync(
    join(dir, 'note.txt'),
    'Stellantis and CATL agreed to build a battery plant in Zaragoza, the companies said on Friday.',
  );
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
  await driver.close();
});

describe('kg ingest with URLs', () => {
  it('loads files and URLs together; a stored URL is unchanged, a PDF refused', async () => {
    const first = await kg([
      'ingest',
      '--json',
      join(dir, 'note.txt'),
      site.url('/cells'),
      site.url('/brochure.pdf'),
    ]);
    const s1 = JSON.parse(first.stdout) as {
      created: number;
      failed: number;
      results: { file: string; status: string; code?: string }[];
    };
    expect(s1.created).toBe(2);
    expect(s1.results.find((r) => r.file === site.url('/brochure.pdf'))).toMatchObject({
      status: 'failed',
      code: 'NOT_AN_ARTICLE',
    });
    expect(first.code).toBe(1);
    const hits = site.hits.get('/cells');
    const again = await kg(['ingest', '--json', site.url('/cells')]);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, unchanged: 1, failed: 0 });
    expect(site.hits.get('/cells')).toBe(hits); // known URL: not fetched again
  });
});

describe('kg feed', () => {
  it('adds, polls (items already loaded by URL are unchanged), lists and removes', async () => {
    const add = await kg(['feed', 'add', site.url('/feed.xml')]);
    expect(add.stdout).toContain('Added');
    const poll = await kg(['feed', 'poll', '--json']);
    const polls = JSON.parse(poll.stdout) as {
      url: string;
      poll: {
        newCount: number;
        unchangedCount: number;
        refusedCount: number;
        items: { key: string; status: string; code: string | null }[];
      };
    }[];
    expect(polls).toHaveLength(1);
    expect(polls[0]!.poll).toMatchObject({ newCount: 0, unchangedCount: 1, refusedCount: 1 });
    expect(polls[0]!.poll.items.find((i) => i.key === 'pdf-1')).toMatchObject({
      status: 'REFUSED',
      code: 'NOT_AN_ARTICLE',
    });
    const list = await kg(['feed', 'list']);
    expect(list.stdout).toContain('Cell wire');
    expect(list.stdout).toContain('0 new, 1 unchanged, 1 refused');
    const rm = await kg(['feed', 'remove', site.url('/feed.xml')]);
    expect(rm.stdout).toContain('Removed');
    expect((await kg(['feed', 'list'])).stdout).toContain('No feeds');
  });
});
