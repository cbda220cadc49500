// Bad articles through the GraphQL mutation and the `kg ingest` CLI: each gets a clear error
// with a code and the graph's counts are the same before and after.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/graphql/create-app.js';
import { loadConfig } from '../../server/config/config.js';
import { createGateway } from '../../server/db/gateway.js';
import { ingestArticle } from '../../server/ingest/ingest-many.js';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const driver = testDriver();
const app = createApp({ driver, config: loadConfig({ KG_MAX_ARTICLE_BYTES: '1000000' }) });
const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));

const GERMAN =
  'Der Autobauer Volkswagen baut in Zwickau Elektroautos. Die Fabrik gehört zu den größten in Europa und beschäftigt viele Menschen. Der Vorstand will die Produktion im nächsten Jahr deutlich erhöhen, sagte ein Sprecher am Dienstag.';
const FRENCH_BODY =
  'Renault a annoncé mardi que sa filiale Ampere produira la Renault 5 E-Tech à Douai. Luca de Meo, le patron de Renault, a salué cette décision.';
const SCRIPTS_ONLY =
  '<html><head><script>window.x = "Renault rachète Stellantis"</script></head><body><iframe src="https://example.com/ad"></iframe><script>track()</script><noscript>Enable JS</noscript></body></html>';
const HUGE =
  'Titre\n\n' + 'Renault construit des voitures électriques à Douai avec Ampere. '.repeat(12_000);

interface Case {
  name: string;
  text: string | Buffer;
  input?: Record<string, unknown>;
  code: string;
}

const cases: Case[] = [
  { name: 'empty', text: '', code: 'INVALID_ARTICLE' },
  { name: 'whitespace', text: '  \n\t\r\n   ', code: 'INVALID_ARTICLE' },
  {
    name: 'binary (PNG header and random bytes)',
    text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    code: 'INVALID_ARTICLE',
  },
  { name: 'NUL bytes', text: `Renault\u0000\u0000 Ampere\u0000`, code: 'INVALID_ARTICLE' },
  {
    name: 'HTML with only scripts and iframes',
    text: SCRIPTS_ONLY,
    input: { format: 'html' },
    code: 'INVALID_ARTICLE',
  },
  { name: 'unsupported language', text: GERMAN, code: 'UNSUPPORTED_LANGUAGE' },
  {
    name: 'absurd date',
    text: `Ampere à Douai\n\nPublié le 31-12-9999\n\n${FRENCH_BODY}`,
    input: { publishedAt: '9999-12-31' },
    code: 'INVALID_ARTICLE',
  },
  { name: 'a 100k-word article', text: HUGE, code: 'ARTICLE_TOO_LARGE' },
  {
    name: 'a 10k-character title',
    text: FRENCH_BODY,
    input: { title: 'Renault '.repeat(1250) },
    code: 'INVALID_ARTICLE',
  },
];

beforeAll(async () => {
  await resetDatabase(driver);
  // A non-empty graph, so "unchanged" means something.
  await ingestArticle(createGateway(driver), {
    text: `Ampere et Renault\n\nPublié le 12-03-2024\n\n${FRENCH_BODY}`,
  });
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await resetDatabase(driver);
  await driver.close();
});

describe('through the ingestArticle mutation', () => {
  for (const c of cases) {
    it(`${c.name} → ${c.code}`, async () => {
      const before = await graphCounts(driver);
      // JSON cannot carry raw bytes: binary reaches the mutation as the characters a client's
      // latin1 decoder would produce (NULs and control characters included).
      const text = Buffer.isBuffer(c.text) ? c.text.toString('latin1') : c.text;
      const res = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { created } }',
          variables: { input: { text, ...c.input } },
        }),
      });
      const body = (await res.json()) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      };
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe(c.code);
      expect(body.errors?.[0]?.message.length).toBeGreaterThan(10);
      expect(await graphCounts(driver)).toEqual(before);
    });
  }

  it('a request body that is not valid UTF-8 JSON is refused and writes nothing', async () => {
    const before = await graphCounts(driver);
    const bytes = Buffer.concat([
      Buffer.from('{"query":"mutation { ingestArticle(input: {text: \\"Renault '),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from(' Ampere\\"}) { created } }"}'),
    ]);
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bytes,
    });
    const body = (await res.json()) as { errors?: unknown[]; data?: unknown };
    expect(body.errors?.length ?? 0).toBeGreaterThan(0);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('through kg ingest', () => {
  it('reports every bad file with its code, loads nothing, exits 1', async () => {
    const files: Record<string, string> = {};
    cases
      .filter((c) => !c.input || c.name === 'HTML with only scripts and iframes')
      .forEach((c, i) => {
        const name = `${i}-${c.name.replace(/\W+/g, '-')}.${c.input ? 'html' : 'txt'}`;
        writeFileSync(join(dir, name), c.text);
        files[name] = c.code;
      });
    writeFileSync(
      join(dir, 'invalid-utf8.txt'),
      Buffer.from([0x52, 0x65, 0xff, 0xfe, 0xc3, 0x28, 0x6e]),
    );
    files['invalid-utf8.txt'] = 'INVALID_ARTICLE';
    const before = await graphCounts(driver);
    let code = 0;
    let stdout = '';
    try {
      await run(
        process.execPath,
        ['--import', 'tsx', 'server/cli/main.ts', 'ingest', dir, '--json'],
        {
          cwd: ROOT,
          env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
          timeout: 180_000,
          maxBuffer: 16 << 20,
        },
      );
    } catch (err) {
      const e = err as { code?: number; stdout?: string };
      code = e.code ?? -1;
      stdout = e.stdout ?? '';
    }
    expect(code).toBe(1);
    const summary = JSON.parse(stdout) as {
      created: number;
      failed: number;
      results: { file: string; status: string; code?: string; error?: string }[];
    };
    expect(summary.created).toBe(0);
    expect(summary.failed).toBe(Object.keys(files).length);
    for (const [name, want] of Object.entries(files)) {
      const r = summary.results.find((x) => x.file.endsWith(name));
      expect(r, name).toMatchObject({ status: 'failed', code: want });
    }
    expect(await graphCounts(driver)).toEqual(before);
  });
});
