// Loading by link and by feed through the real yoga app and Neo4j, from sites served on 127.0.0.1.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../server/config/config.js';
import { restoreBackup } from '../../server/db/backup/restore-backup.js';
import { writeBackup } from '../../server/db/backup/write-backup.js';
import { createGateway } from '../../server/db/gateway.js';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { page, redirect, startSite, type TestSite } from '../setup/site-server.js';
import { startFeedPolling } from '../../server/sources/feed-scheduler.js';
import { createWebSources } from '../../server/sources/web-sources.js';
import { waitFor } from '../setup/processes.js';
import { codes, gql } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;
let closedApp: KgApp;
let siteOnlyApp: KgApp;
let site: TestSite;

function articlePage(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
}

const PAGES: Record<string, string> = {
  '/news/douai': articlePage('Ampere expands in Douai', [
    'Ampere, the electric vehicle subsidiary of Renault, will add a second shift at its Douai plant.',
    'The company said the plant would build more Renault 5 cars from the autumn.',
  ]),
  '/news/szeged': articlePage('BYD hires in Szeged', [
    'BYD is recruiting engineers for its new plant in Szeged, Hungary.',
    'The Chinese carmaker said the first cars would leave the line next year.',
  ]),
  '/news/valence': articlePage('Stellantis names a plant chief', [
    'Stellantis appointed a new director for its plant in Valenciennes on Monday.',
    'The group said electric gearboxes made there supply several of its brands.',
  ]),
  '/news/atom-one': articlePage('Verkor opens a line', [
    'Verkor opened a pilot line for battery cells near Dunkirk, the company said.',
    'Renault is a shareholder of Verkor and plans to buy its cells.',
  ]),
  '/news/atom-two': articlePage('ACC delays a site', [
    'ACC, the battery maker backed by Stellantis, postponed work on a site in Germany.',
    'The joint venture said demand for electric cars had grown more slowly than expected.',
  ]),
};

function rss(items: { path: string; title: string; date: string; author: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Plant wire</title><link>${site.origin}/</link><description>Test wire</description>
${items
  .map(
    (i) => `<item><title>${i.title}</title><link>${site.url(i.path)}</link><guid>${i.path}</guid>
<pubDate>${i.date}</pubDate><dc:creator>${i.author}</dc:creator></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

function atom(
  entries: { path: string; title: string; published: string; author: string }[],
): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Battery desk</title><id>urn:test:battery</id>
<updated>2026-05-02T10:00:00Z</updated><link href="${site.origin}/"/>
${entries
  .map(
    (
      e,
    ) => `<entry><title>${e.title}</title><link href="${site.url(e.path)}"/><id>urn:test${e.path}</id>
<published>${e.published}</published><updated>${e.published}</updated><author><name>${e.author}</name></author></entry>`,
  )
  .join('\n')}
</feed>`;
}

const RSS_ONE = [
  {
    path: '/news/douai',
    title: 'Ampere expands in Douai',
    date: 'Mon, 04 May 2026 08:00:00 GMT',
    author: 'Ines Martin',
  },
];
const RSS_TWO = [
  {
    path: '/news/szeged',
    title: 'BYD hires in Szeged',
    date: 'Tue, 05 May 2026 09:15:00 GMT',
    author: 'Tom Hale',
  },
  ...RSS_ONE,
];

beforeAll(async () => {
  driver = testDriver();
  site = await startSite({
    ...Object.fromEntries(
      Object.entries(PAGES).map(([p, html]) => [p, page(html, 'text/html; charset=utf-8')]),
    ),
    '/short': redirect('/news/valence'),
    '/report.pdf': page(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'application/pdf'),
    '/not-a-feed': page(PAGES['/news/douai']!, 'text/html'),
  });
  site.routes.set('/rss.xml', page(rss(RSS_ONE), 'application/rss+xml'));
  site.routes.set(
    '/atom.xml',
    page(
      atom([
        {
          path: '/news/atom-one',
          title: 'Verkor opens a line',
          published: '2026-05-01T07:00:00Z',
          author: 'Lea Roux',
        },
      ]),
      'application/atom+xml',
    ),
  );
  site.routes.set('/to-private', redirect('http://10.0.0.7/admin'));
  app = createApp({
    driver,
    config: loadConfig({ KG_FETCH_ALLOW_PRIVATE: 'true', KG_RESPONSE_CACHE: 'false' }),
  });
  closedApp = createApp({ driver, config: loadConfig({ KG_RESPONSE_CACHE: 'false' }) });
  // Only the test site's address is allowed: redirects elsewhere are refused before connecting.
  siteOnlyApp = createApp({
    driver,
    config: loadConfig({ KG_FETCH_ALLOW_ADDRESSES: '127.0.0.1', KG_RESPONSE_CACHE: 'false' }),
  });
});

afterAll(async () => {
  await site.close();
  await driver.close();
});

const INGEST_URL = `mutation($url: String!, $dry: Boolean) {
  ingestArticle(input: { url: $url }, dryRun: $dry) {
    created dryRun article { id url title } entities { id name }
  }
}`;

describe('ingestArticle by URL', () => {
  beforeEach(async () => {
    await resetDatabase(driver);
  });

  it('dry run fetches and extracts but writes nothing', async () => {
    const before = await graphCounts(driver);
    const { body } = await gql(app, INGEST_URL, { url: site.url('/news/douai'), dry: true });
    expect(body.errors).toBeUndefined();
    expect(body.data?.ingestArticle.dryRun).toBe(true);
    expect(body.data?.ingestArticle.article.url).toBe(site.url('/news/douai'));
    expect(body.data?.ingestArticle.entities.map((e: any) => e.name)).toContain('Renault');
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('stores the article with its URL; the same URL again changes nothing', async () => {
    const first = await gql(app, INGEST_URL, { url: site.url('/news/douai') });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.ingestArticle.created).toBe(true);
    expect(first.body.data?.ingestArticle.article.title).toBe('Ampere expands in Douai');
    const stored = await driver.executeQuery('MATCH (a:Article) RETURN a.url AS url');
    expect(stored.records.map((r) => r.get('url'))).toEqual([site.url('/news/douai')]);
    const counts = await graphCounts(driver);

    const again = await gql(app, INGEST_URL, { url: site.url('/news/douai') });
    expect(again.body.data?.ingestArticle.created).toBe(false);
    // The page changed since: still the same URL, so nothing is written.
    site.routes.set(
      '/news/douai',
      page(PAGES['/news/douai']!.replace('from the autumn', 'from the spring'), 'text/html'),
    );
    const edited = await gql(app, INGEST_URL, { url: site.url('/news/douai') });
    site.routes.set('/news/douai', page(PAGES['/news/douai']!, 'text/html'));
    expect(edited.body.data?.ingestArticle.created).toBe(false);
    expect(edited.body.data?.ingestArticle.article.id).toBe(
      first.body.data?.ingestArticle.article.id,
    );
    expect(await graphCounts(driver)).toEqual(counts);
  });

  it('keeps the URL asked for when the page redirects', async () => {
    const { body } = await gql(app, INGEST_URL, { url: site.url('/short') });
    expect(body.errors).toBeUndefined();
    expect(body.data?.ingestArticle.article.url).toBe(site.url('/short'));
  });

  it('answers coded errors: PDF, 404, private address, redirect to one, missing text and url', async () => {
    const code = async (a: KgApp, url: string) =>
      codes((await gql(a, INGEST_URL, { url })).body)[0];
    expect(await code(app, site.url('/report.pdf'))).toBe('NOT_AN_ARTICLE');
    expect(await code(app, site.url('/gone'))).toBe('FETCH_FAILED');
    expect(await code(app, 'file:///etc/passwd')).toBe('INVALID_URL');
    expect(await code(closedApp, site.url('/news/douai'))).toBe('ADDRESS_NOT_ALLOWED');
    expect(await code(closedApp, `http://localhost:${site.port}/news/douai`)).toBe(
      'ADDRESS_NOT_ALLOWED',
    );
    expect(await code(siteOnlyApp, site.url('/to-private'))).toBe('ADDRESS_NOT_ALLOWED');
    const none = await gql(app, 'mutation { ingestArticle(input: { title: "x" }) { created } }');
    expect(codes(none.body)).toEqual(['INVALID_ARGUMENT']);
    expect(await graphCounts(driver)).toEqual({});
  });

  it('ingestArticles fetches url-only inputs beside texts; each refusal is its own item', async () => {
    const MANY = `mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) {
      index result { created article { url title } } error { code } } }`;
    const inputs = [
      { url: site.url('/news/szeged') },
      { text: 'Northvolt said its plant in Skelleftea would slow down this winter.' },
      { url: site.url('/report.pdf') },
      { url: site.url('/news/szeged'), format: 'html' },
    ];
    const first = await gql(app, MANY, { inputs });
    expect(first.body.errors).toBeUndefined();
    const items = first.body.data?.ingestArticles;
    expect(items.map((i: any) => i.result?.created ?? i.error.code)).toEqual([
      true,
      true,
      'NOT_AN_ARTICLE',
      'INVALID_ARGUMENT',
    ]);
    expect(items[0].result.article).toEqual({
      url: site.url('/news/szeged'),
      title: 'BYD hires in Szeged',
    });
    // The page changed since: the same URL is recognised and nothing is written.
    const counts = await graphCounts(driver);
    site.routes.set(
      '/news/szeged',
      page(PAGES['/news/szeged']!.replace('next year', 'this year'), 'text/html'),
    );
    try {
      const again = await gql(app, MANY, { inputs: [{ url: site.url('/news/szeged') }] });
      expect(again.body.data?.ingestArticles[0].result.created).toBe(false);
    } finally {
      site.routes.set('/news/szeged', page(PAGES['/news/szeged']!, 'text/html'));
    }
    expect(await graphCounts(driver)).toEqual(counts);
  });
});

const FEED_FIELDS =
  'url title articleCount lastPolledAt lastPoll { newCount unchangedCount refusedCount error items { key status articleId code } }';
const POLL = `mutation($urls: [String!]) { pollFeeds(urls: $urls) {
  feed { url title articleCount }
  poll { newCount unchangedCount refusedCount error items { key url status articleId code reason } }
} }`;

describe('feeds', () => {
  beforeAll(async () => {
    await resetDatabase(driver);
  });

  it('adds RSS and Atom feeds, refusing pages that are not feeds', async () => {
    const add = `mutation($url: String!) { addFeed(url: $url) { ${FEED_FIELDS} } }`;
    const r = await gql(app, add, { url: site.url('/rss.xml') });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.addFeed).toMatchObject({
      url: site.url('/rss.xml'),
      title: 'Plant wire',
      articleCount: 0,
      lastPoll: null,
    });
    const a = await gql(app, add, { url: site.url('/atom.xml') });
    expect(a.body.data?.addFeed.title).toBe('Battery desk');
    expect(codes((await gql(app, add, { url: site.url('/not-a-feed') })).body)).toEqual([
      'NOT_A_FEED',
    ]);
    expect(codes((await gql(app, add, { url: site.url('/nothing.xml') })).body)).toEqual([
      'FETCH_FAILED',
    ]);
    const again = await gql(app, add, { url: site.url('/rss.xml') });
    expect(again.body.errors).toBeUndefined();
    const list = await gql(app, `{ feeds { url } }`);
    expect(list.body.data?.feeds.map((f: any) => f.url)).toEqual([
      site.url('/rss.xml'),
      site.url('/atom.xml'),
    ]);
  });

  it('polls: the second poll loads only the new item, with the feed’s dates and authors', async () => {
    const first = await gql(app, POLL);
    expect(first.body.errors).toBeUndefined();
    const [rssPoll, atomPoll] = first.body.data?.pollFeeds as any[];
    expect(rssPoll.poll).toMatchObject({
      newCount: 1,
      unchangedCount: 0,
      refusedCount: 0,
      error: null,
    });
    expect(atomPoll.poll).toMatchObject({ newCount: 1, unchangedCount: 0, refusedCount: 0 });

    site.routes.set('/rss.xml', page(rss(RSS_TWO), 'application/rss+xml'));
    site.routes.set(
      '/atom.xml',
      page(
        atom([
          {
            path: '/news/atom-two',
            title: 'ACC delays a site',
            published: '2026-05-02T06:30:00Z',
            author: 'Sam Quill',
          },
          {
            path: '/news/atom-one',
            title: 'Verkor opens a line',
            published: '2026-05-01T07:00:00Z',
            author: 'Lea Roux',
          },
          {
            path: '/report.pdf',
            title: 'Annual report',
            published: '2026-05-02T05:00:00Z',
            author: 'Sam Quill',
          },
        ]),
        'application/atom+xml',
      ),
    );
    const fetchedBefore = site.hits.get('/news/douai') ?? 0;
    const second = await gql(app, POLL);
    expect(second.body.errors).toBeUndefined();
    const [rss2, atom2] = second.body.data?.pollFeeds as any[];
    expect(rss2.poll).toMatchObject({ newCount: 1, unchangedCount: 1, refusedCount: 0 });
    expect(rss2.poll.items.map((i: any) => [i.key, i.status])).toEqual([
      ['/news/szeged', 'NEW'],
      ['/news/douai', 'UNCHANGED'],
    ]);
    expect(site.hits.get('/news/douai') ?? 0).toBe(fetchedBefore); // seen entries are not fetched again
    expect(atom2.poll).toMatchObject({ newCount: 1, unchangedCount: 1, refusedCount: 1 });
    expect(atom2.poll.items.find((i: any) => i.status === 'REFUSED')).toMatchObject({
      url: site.url('/report.pdf'),
      code: 'NOT_AN_ARTICLE',
    });
    expect(atom2.feed.articleCount).toBe(2);

    const stored = await driver.executeQuery(
      `MATCH (a:Article) RETURN a.url AS url, a.title AS title, a.author AS author,
       a.publishedAt AS publishedAt, a.source AS source ORDER BY url`,
    );
    const byUrl = Object.fromEntries(stored.records.map((r) => [r.get('url'), r.toObject()]));
    expect(Object.keys(byUrl)).toHaveLength(4);
    expect(byUrl[site.url('/news/szeged')]).toMatchObject({
      author: 'Tom Hale',
      source: 'Plant wire',
      title: 'BYD hires in Szeged',
    });
    expect(String(byUrl[site.url('/news/szeged')].publishedAt)).toMatch(/^2026-05-05/);
    expect(byUrl[site.url('/news/atom-two')]).toMatchObject({
      author: 'Sam Quill',
      source: 'Battery desk',
    });
    expect(String(byUrl[site.url('/news/atom-two')].publishedAt)).toMatch(/^2026-05-02/);

    // A third poll with nothing new changes nothing but the poll record.
    const counts = await graphCounts(driver);
    const third = await gql(app, POLL, { urls: [site.url('/rss.xml')] });
    expect(third.body.data?.pollFeeds[0].poll).toMatchObject({ newCount: 0, unchangedCount: 2 });
    const after = await graphCounts(driver);
    expect({ ...after, FeedPoll: 0, POLLED: 0 }).toEqual({ ...counts, FeedPoll: 0, POLLED: 0 });

    const feeds = await gql(app, `{ feeds { ${FEED_FIELDS} } }`);
    expect(feeds.body.data?.feeds[0].lastPoll).toMatchObject({ newCount: 0, unchangedCount: 2 });
  });

  it('a backup carries the feeds, their polls and FED links through a restore', async () => {
    const FEEDS = `{ feeds { ${FEED_FIELDS} } }`;
    const before = (await gql(app, FEEDS)).body.data?.feeds;
    const counts = await graphCounts(driver);
    const dir = mkdtempSync(join(tmpdir(), 'kg-feed-backup-'));
    try {
      const file = join(dir, 'graph.jsonl');
      await writeBackup(driver, file);
      await restoreBackup(driver, file, { replace: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await graphCounts(driver)).toEqual(counts);
    expect((await gql(app, FEEDS)).body.data?.feeds).toEqual(before);
  });

  it('refuses polling an unknown feed and removes feeds (articles stay)', async () => {
    expect(codes((await gql(app, POLL, { urls: [site.url('/other.xml')] })).body)).toEqual([
      'FEED_NOT_FOUND',
    ]);
    const articles = (await graphCounts(driver)).Article;
    const rm = `mutation($url: String!) { removeFeed(url: $url) }`;
    expect((await gql(app, rm, { url: site.url('/rss.xml') })).body.data?.removeFeed).toBe(true);
    expect((await gql(app, rm, { url: site.url('/rss.xml') })).body.data?.removeFeed).toBe(false);
    const list = await gql(app, `{ feeds { url } }`);
    expect(list.body.data?.feeds.map((f: any) => f.url)).toEqual([site.url('/atom.xml')]);
    expect((await graphCounts(driver)).Article).toBe(articles);
  });

  it('the server timer (KG_FEED_POLL_MINUTES) polls every feed on its own', async () => {
    // Feed reads and writes go through the gateway: every statement is counted.
    const statements: string[] = [];
    const sources = createWebSources(
      createGateway(driver, { onQuery: (cypher) => statements.push(cypher) }),
      loadConfig({ KG_FETCH_ALLOW_PRIVATE: 'true' }),
    );
    const before = (await sources.feeds())[0]!.lastPolledAt;
    const lines: string[] = [];
    const stop = startFeedPolling(sources, 0.002, (l) => lines.push(l));
    try {
      const polled = await waitFor(
        async () => (await sources.feeds())[0]!.lastPolledAt !== before,
        60_000,
      );
      expect(polled).toBe(true);
    } finally {
      stop();
    }
    await waitFor(() => lines.length > 0, 30_000);
    expect(lines[0]).toMatch(/^feeds polled: 1 feed\(s\), 0 new article\(s\), 0 feed\(s\) failed$/);
    expect(statements.some((c) => c.includes('MATCH (f:Feed)'))).toBe(true);
    expect(statements.some((c) => c.includes('CREATE (f)-[:POLLED]->(:FeedPoll'))).toBe(true);
  });
});
