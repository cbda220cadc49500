// End to end through extraction: the founding article, bad input, idempotence, folders, seed loading.
import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { createGateway } from '../../server/db/gateway.js';
import { ingestArticle } from '../../server/ingest/ingest-many.js';
import { collectArticleFiles, readArticleFile } from '../../server/ingest/article-files.js';
import { loadSeedIfEmpty, SEED_ARTICLES_DIR } from '../../server/ingest/seed-loader.js';
import { aliasKey } from '../../server/db/writes/alias-key.js';
import { loadConfig } from '../../server/config/config.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOUNDING = join(ROOT, 'seed', 'articles', 'ampere-douai.txt');
const driver = testDriver();
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await resetDatabase(driver);
});

async function entityByName(name: string): Promise<{ id: string; type: string } | null> {
  const res = await driver.executeQuery(
    'MATCH (e:Entity) WHERE e.name = $name RETURN e.id AS id, e.type AS type',
    { name },
  );
  const r = res.records[0];
  return r ? { id: r.get('id') as string, type: r.get('type') as string } : null;
}

async function relationWithEvidence(type: string, s: string, o: string): Promise<string[]> {
  const res = await driver.executeQuery(
    `MATCH (a:Entity {id: $s})-[r]->(b:Entity {id: $o}) WHERE type(r) = $type
     MATCH (c:Claim {type: $type})-[:SUBJECT]->(a), (c)-[:OBJECT]->(b)
     RETURN c.sentence AS sentence`,
    { s, o, type },
  );
  return res.records.map((r) => r.get('sentence') as string);
}

async function foundingInput() {
  return readArticleFile(FOUNDING);
}

describe('the founding article', () => {
  it('yields the expected entities and relations, each with its evidence sentence', async () => {
    const out = await ingestArticle(createGateway(driver), await foundingInput());
    expect(out.created).toBe(true);
    const renault = await entityByName('Renault');
    const ampere = await entityByName('Ampere');
    const stellantis = await entityByName('Stellantis');
    const luca = await entityByName('Luca de Meo');
    expect(renault?.type).toBe('Company');
    expect(ampere).not.toBeNull();
    expect(stellantis?.type).toBe('Company');
    expect(luca?.type).toBe('Person');
    const plants = await driver.executeQuery(
      `MATCH (p:Entity:Plant) WHERE toLower(p.name) CONTAINS 'douai'
         OR any(a IN p.aliases WHERE toLower(a) CONTAINS 'douai') RETURN p.id AS id`,
    );
    expect(plants.records.length).toBe(1);

    const sub = await relationWithEvidence('SUBSIDIARY_OF', ampere!.id, renault!.id);
    expect(sub.length).toBeGreaterThan(0);
    const article = await driver.executeQuery('MATCH (a:Article) RETURN a.text AS text');
    const text = article.records[0]!.get('text') as string;
    for (const s of sub) expect(text).toContain(s);
    const leads = await relationWithEvidence('LEADS', luca!.id, renault!.id);
    expect(leads.length).toBeGreaterThan(0);
    for (const s of leads) {
      expect(text).toContain(s);
      expect(s).toMatch(/Renault/);
    }
  });

  it('keeps sidebar headline names out of the graph', async () => {
    await ingestArticle(createGateway(driver), await foundingInput());
    const res = await driver.executeQuery(
      'MATCH (e:Entity) RETURN e.name AS name, e.aliases AS aliases',
    );
    const keys = res.records.flatMap((r) =>
      [r.get('name') as string, ...(r.get('aliases') as string[])].map(aliasKey),
    );
    for (const banned of [
      'francois provost',
      'provost',
      'air liquide',
      'leon marchand',
      'gemini',
    ]) {
      expect(
        keys.filter((k) => k.includes(banned)),
        banned,
      ).toEqual([]);
    }
    const text = (
      await driver.executeQuery('MATCH (a:Article) RETURN a.text AS t')
    ).records[0]!.get('t') as string;
    expect(text).not.toMatch(/Léon Marchand|Air liquide|François Provost/i);
  });

  it('re-ingesting changes no count and returns created: false', async () => {
    const first = await ingestArticle(createGateway(driver), await foundingInput());
    const before = await graphCounts(driver);
    const again = await ingestArticle(createGateway(driver), await foundingInput());
    expect(again).toMatchObject({ created: false, articleId: first.articleId });
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('bad input writes nothing', () => {
  const cases: [string, Parameters<typeof ingestArticle>[1], string][] = [
    ['empty', { text: '' }, 'INVALID_ARTICLE'],
    ['whitespace only', { text: ' \n\t \r\n  ' }, 'INVALID_ARTICLE'],
    [
      'NUL bytes',
      { text: new Uint8Array([0x52, 0x65, 0x00, 0x00, 0x01, 0x02, 0x00, 0x6e]) },
      'INVALID_ARTICLE',
    ],
    [
      'invalid UTF-8',
      { text: new Uint8Array([0x52, 0x65, 0x6e, 0x61, 0xff, 0xfe, 0xc3, 0x28, 0x75, 0x6c, 0x74]) },
      'INVALID_ARTICLE',
    ],
    [
      'HTML with only scripts',
      {
        text: '<html><head><script>var a = "Renault rachète Stellantis";</script></head><body><script>console.log(1)</script><style>p{}</style></body></html>',
        format: 'html',
      },
      'INVALID_ARTICLE',
    ],
  ];
  for (const [name, input, code] of cases) {
    it(`${name} → ${code}`, async () => {
      await ingestArticle(createGateway(driver), await foundingInput());
      const before = await graphCounts(driver);
      await expect(ingestArticle(createGateway(driver), input)).rejects.toMatchObject({ code });
      expect(await graphCounts(driver)).toEqual(before);
    });
  }

  it('over the size limit → ARTICLE_TOO_LARGE', async () => {
    const before = await graphCounts(driver);
    const big = 'Renault et Stellantis investissent dans les batteries. '.repeat(2000);
    await expect(
      ingestArticle(createGateway(driver), { text: big }, { maxBytes: 10_000 }),
    ).rejects.toMatchObject({
      code: 'ARTICLE_TOO_LARGE',
    });
    expect(await graphCounts(driver)).toEqual(before);
  });
});

const SHARED_ARTICLES = [
  `Renault accélère avec Ampere\n\nPublié le 12-03-2024\n\nAmpere, la filiale électrique de Renault, prépare de nouveaux modèles. Luca de Meo, le patron de Renault, a présenté le plan à Douai. Stellantis, le grand rival de Renault, observe la manœuvre.`,
  `Stellantis and Leapmotor deepen ties\n\nPublished 2024-04-02\n\nStellantis owns a stake in Leapmotor, the Chinese carmaker. Carlos Tavares, the chief executive of Stellantis, said the joint venture would sell Leapmotor cars in Europe. Renault is a rival of Stellantis.`,
  `Ampere et la batterie LFP\n\nPublié le 20-05-2024\n\nAmpere, filiale de Renault, choisit la technologie LFP. Luca de Meo, directeur général de Renault, défend cette stratégie face à Stellantis.`,
  `Renault's EV unit Ampere hires\n\nPublished 2024-06-15\n\nAmpere, Renault's electric vehicle subsidiary, is hiring engineers. Luca de Meo, Renault's chief executive, visited the Douai plant. Stellantis competes with Renault in Europe.`,
];

describe('concurrent ingestion of real articles', () => {
  it('four concurrent ingests sharing entities give the same counts as a serial run', async () => {
    for (const text of SHARED_ARTICLES) await ingestArticle(createGateway(driver), { text });
    const serial = await graphCounts(driver);
    const serialRels = await driver.executeQuery(
      `MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) <> 'MENTIONS'
       RETURN type(r) + ':' + s.id + ':' + o.id + ':' + r.claims + ':' + r.articles AS k ORDER BY k`,
    );
    expect(serialRels.records.length).toBeGreaterThan(2);
    await resetDatabase(driver);
    const drivers = SHARED_ARTICLES.map(() => testDriver());
    try {
      const outs = await Promise.all(
        SHARED_ARTICLES.map((text, i) => ingestArticle(createGateway(drivers[i]!), { text })),
      );
      expect(outs.every((o) => o.created)).toBe(true);
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    expect(await graphCounts(driver)).toEqual(serial);
    const rels = await driver.executeQuery(
      `MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) <> 'MENTIONS'
       RETURN type(r) + ':' + s.id + ':' + o.id + ':' + r.claims + ':' + r.articles AS k ORDER BY k`,
    );
    expect(rels.records.map((r) => r.get('k') as string)).toEqual(
      serialRels.records.map((r) => r.get('k') as string),
    );
    const dup = await driver.executeQuery(
      `MATCH (e:Entity) WITH toLower(e.name) AS n, count(*) AS c WHERE c > 1 RETURN collect(n) AS d`,
    );
    expect(dup.records[0]?.get('d')).toEqual([]);
  });
});

describe('folders and seed', () => {
  it('the same folder twice gives identical counts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
    try {
      mkdirSync(join(dir, 'sub'));
      copyFileSync(FOUNDING, join(dir, 'ampere-douai.txt'));
      writeFileSync(
        join(dir, 'sub', 'byd.md'),
        '# BYD builds a plant in Szeged\n\nPublished 2024-02-01\n\nChinese carmaker BYD will build its first European plant in Szeged, Hungary. BYD competes with Tesla in Europe. Stellantis and Leapmotor formed a joint venture, Leapmotor International.\n',
      );
      writeFileSync(join(dir, 'sub', 'empty.txt'), '   ');
      writeFileSync(join(dir, 'ignored.json'), '{}');
      const { files } = await collectArticleFiles([dir]);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
        'ampere-douai.txt',
        'sub/byd.md',
        'sub/empty.txt',
      ]);
      const run = async () => {
        const outcomes: string[] = [];
        for (const f of files) {
          try {
            const out = await ingestArticle(createGateway(driver), await readArticleFile(f));
            outcomes.push(out.created ? 'created' : 'unchanged');
          } catch (err) {
            outcomes.push(`failed:${(err as { code?: string }).code}`);
          }
        }
        return outcomes;
      };
      expect(await run()).toEqual(['created', 'created', 'failed:INVALID_ARTICLE']);
      const first = await graphCounts(driver);
      expect(await run()).toEqual(['unchanged', 'unchanged', 'failed:INVALID_ARTICLE']);
      expect(await graphCounts(driver)).toEqual(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads seed/articles on an empty graph only', async () => {
    const db = createGateway(driver);
    const config = { ...loadConfig({}), seedOnEmpty: true };
    const lines: string[] = [];
    const seedFiles = readdirSync(SEED_ARTICLES_DIR).filter((f) => f.endsWith('.txt'));
    expect(seedFiles.length).toBeGreaterThanOrEqual(20);
    expect(await loadSeedIfEmpty(db, config, (l) => lines.push(l))).toBe(seedFiles.length);
    expect(lines.join('\n')).toMatch(/ampere-douai\.txt/);
    expect(lines.filter((l) => l.includes('skipped'))).toEqual([]);
    // Every sample article states several relations.
    const rels = await driver.executeQuery(
      'MATCH (:Article)-[:STATES]->(c:Claim) RETURN count(c) AS claims, count(DISTINCT c.articleId) AS articles',
    );
    expect(rels.records[0]?.get('articles')).toBe(seedFiles.length);
    expect(rels.records[0]?.get('claims')).toBeGreaterThanOrEqual(3 * seedFiles.length);
    const counts = await graphCounts(driver);
    expect(await loadSeedIfEmpty(db, config, () => undefined)).toBe(0);
    expect(await graphCounts(driver)).toEqual(counts);
    await resetDatabase(driver);
    expect(await loadSeedIfEmpty(db, { ...config, seedOnEmpty: false }, () => undefined)).toBe(0);
    expect(await graphCounts(driver)).toEqual({});
  });
});
