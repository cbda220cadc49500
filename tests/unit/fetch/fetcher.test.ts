// The fetcher against real HTTP servers on 127.0.0.1: charsets, redirects, limits, coded errors.
import { lookup } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../server/config/config.js';
import { isKgError } from '../../../server/errors.js';
import { createFetcher } from '../../../server/fetch/fetcher.js';
import { page, redirect, startSite, type TestSite } from '../../setup/site-server.js';

const EN_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Battery plant news</title></head>
<body><article><h1>Battery plant news</h1>
<p>The carmaker said its new battery plant near Douai would start production next spring.</p>
<p>Engineers tested the first cells in a pilot line during the summer.</p></article></body></html>`;

// "Une usine électrique à Douai : l'été prochain." in windows-1252 (é = 0xE9, à = 0xE0).
const FR_SENTENCE =
  "Le constructeur a précisé que l'usine de batteries à Douai démarrera l'été prochain.";
const FR_HTML = (meta: string) =>
  `<!doctype html><html><head>${meta}<title>Usine à Douai</title></head><body><article>
<h1>Usine à Douai</h1><p>${FR_SENTENCE}</p><p>Les premières cellules sont déjà testées.</p>
</article></body></html>`;

let site: TestSite;
let open: Config;

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (isKgError(err)) return err.code;
    throw err;
  }
  throw new Error('expected a coded error');
}

beforeAll(async () => {
  site = await startSite({
    '/en': page(EN_HTML, 'text/html; charset=utf-8'),
    '/fr-header': page(Buffer.from(FR_HTML(''), 'latin1'), 'text/html; charset=windows-1252'),
    '/fr-meta': page(
      Buffer.from(
        FR_HTML('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
        'latin1',
      ),
      'text/html',
    ),
    '/fr-undeclared': page(Buffer.from(FR_HTML(''), 'latin1'), 'text/html'),
    '/plain': page('The plant opened in March.\nIt employs 1,200 people.', 'text/plain'),
    '/hop1': redirect('/hop2', 301),
    '/hop2': redirect('/hop3', 307),
    '/hop3': redirect('/en', 302),
    '/loop': redirect('/loop'),
    '/slow': () => {
      // Never answers: the fetcher's deadline must end the request.
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>The first part arrives');
    },
    '/huge': page(`<html><body>${'<p>word </p>'.repeat(20_000)}</body></html>`, 'text/html'),
    '/huge-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 200; i++) res.write(`<p>${'x'.repeat(1000)}</p>`);
      res.end();
    },
    '/doc.pdf': page(
      Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'),
      'application/pdf',
    ),
    '/to-private': redirect('http://10.20.30.40/internal'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-localhost': redirect(''),
  });
  site.routes.set('/to-localhost', redirect(`http://localhost:${site.port}/en`));
  open = loadConfig({ KG_FETCH_ALLOW_PRIVATE: 'true', KG_FETCH_TIMEOUT_MS: '400' });
});

afterAll(async () => {
  await site.close();
});

describe('fetching articles', () => {
  it('fetches a UTF-8 page and keeps the URL asked for', async () => {
    const got = await createFetcher(open).fetchArticle(site.url('/en#top'));
    expect(got.input.format).toBe('html');
    expect(got.input.url).toBe(site.url('/en'));
    expect(got.encoding).toBe('utf-8');
    expect(got.input.text).toContain('battery plant near Douai');
  });

  it('decodes windows-1252 from the Content-Type header', async () => {
    const got = await createFetcher(open).fetchArticle(site.url('/fr-header'));
    expect(got.encoding).toBe('windows-1252');
    expect(got.input.text).toContain(FR_SENTENCE);
  });

  it('decodes ISO-8859-1 declared only in <meta http-equiv>', async () => {
    const got = await createFetcher(open).fetchArticle(site.url('/fr-meta'));
    expect(got.encoding).toBe('windows-1252'); // the WHATWG name for the ISO-8859-1 label
    expect(got.input.text).toContain(FR_SENTENCE);
  });

  it('falls back to windows-1252 when nothing is declared and the bytes are not UTF-8', async () => {
    const got = await createFetcher(open).fetchArticle(site.url('/fr-undeclared'));
    expect(got.input.text).toContain(FR_SENTENCE);
  });

  it('takes text/plain as text', async () => {
    const got = await createFetcher(open).fetchArticle(site.url('/plain'));
    expect(got.input.format).toBe('text');
    expect(got.input.text).toContain('1,200 people');
  });

  it('follows a redirect chain (301, 307, 302) and records where it ended', async () => {
    const got = await createFetcher(open).fetchArticle(site.url('/hop1'));
    expect(got.finalUrl).toBe(site.url('/en'));
    expect(got.input.url).toBe(site.url('/hop1'));
    expect(got.input.text).toContain('pilot line');
  });

  it('stops redirect loops at the configured bound', async () => {
    const before = site.hits.get('/loop') ?? 0;
    const f = createFetcher({ ...open, fetch: { ...open.fetch, maxRedirects: 3 } });
    expect(await code(f.fetchArticle(site.url('/loop')))).toBe('TOO_MANY_REDIRECTS');
    expect((site.hits.get('/loop') ?? 0) - before).toBe(4);
  });

  it('times out on a server that never answers, and on one that stalls mid-body', async () => {
    const f = createFetcher(open);
    expect(await code(f.fetchArticle(site.url('/slow')))).toBe('FETCH_TIMEOUT');
    expect(await code(f.fetchArticle(site.url('/slow-body')))).toBe('FETCH_TIMEOUT');
  });

  it('refuses bodies over the size cap, by Content-Length and while streaming', async () => {
    const f = createFetcher({ ...open, maxArticleBytes: 50_000 });
    expect(await code(f.fetchArticle(site.url('/huge')))).toBe('ARTICLE_TOO_LARGE');
    expect(await code(f.fetchArticle(site.url('/huge-chunked')))).toBe('ARTICLE_TOO_LARGE');
  });

  it('refuses a PDF as not an article, a 404 as a failed fetch, and bad URLs', async () => {
    const f = createFetcher(open);
    expect(await code(f.fetchArticle(site.url('/doc.pdf')))).toBe('NOT_AN_ARTICLE');
    const notFound = await f.fetchArticle(site.url('/missing')).catch((e: unknown) => e);
    expect(isKgError(notFound) && notFound.code).toBe('FETCH_FAILED');
    expect(isKgError(notFound) && notFound.details?.status).toBe(404);
    expect(await code(f.fetchArticle('ftp://example.org/file'))).toBe('INVALID_URL');
    expect(await code(f.fetchArticle('not a url'))).toBe('INVALID_URL');
    expect(await code(f.fetchArticle(`http://user:pw@127.0.0.1:${site.port}/en`))).toBe(
      'INVALID_URL',
    );
  });
});

describe('politeness', () => {
  it('sends the User-Agent and keeps at most KG_FETCH_PER_HOST requests in flight per host', async () => {
    let inFlight = 0;
    let most = 0;
    const agents = new Set<string>();
    site.routes.set('/held', (req, res) => {
      agents.add(req.headers['user-agent'] ?? '');
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/plain' }).end('A held answer.');
      }, 30);
    });
    const f = createFetcher({ ...open, fetch: { ...open.fetch, perHost: 2, timeoutMs: 10_000 } });
    const got = await Promise.all(
      Array.from({ length: 6 }, () => f.fetchArticle(site.url('/held'))),
    );
    expect(got.every((g) => g.input.text === 'A held answer.')).toBe(true);
    expect(most).toBe(2);
    expect([...agents]).toEqual([open.fetch.userAgent]);
    expect(open.fetch.userAgent).toMatch(/^ev-kg-explorer\//);
  });
});

describe('the private-address guard', () => {
  const closed = () => loadConfig({ KG_FETCH_TIMEOUT_MS: '2000' });

  it('refuses loopback, private and link-local literals before connecting', async () => {
    const f = createFetcher(closed());
    const before = site.hits.get('/en') ?? 0;
    expect(await code(f.fetchArticle(site.url('/en')))).toBe('ADDRESS_NOT_ALLOWED');
    expect(await code(f.fetchArticle('http://10.1.2.3/'))).toBe('ADDRESS_NOT_ALLOWED');
    expect(await code(f.fetchArticle('http://192.168.0.10:8080/admin'))).toBe(
      'ADDRESS_NOT_ALLOWED',
    );
    expect(await code(f.fetchArticle('http://169.254.169.254/latest/'))).toBe(
      'ADDRESS_NOT_ALLOWED',
    );
    expect(await code(f.fetchArticle('http://[::1]/'))).toBe('ADDRESS_NOT_ALLOWED');
    expect(await code(f.fetchArticle('http://[::ffff:10.0.0.1]/'))).toBe('ADDRESS_NOT_ALLOWED');
    expect(await code(f.fetchFeed('http://0.0.0.0/feed'))).toBe('ADDRESS_NOT_ALLOWED');
    expect(site.hits.get('/en') ?? 0).toBe(before);
  });

  it('refuses a host name that resolves to loopback (checked after DNS resolution)', async () => {
    const before = site.hits.get('/en') ?? 0;
    expect(
      await code(createFetcher(closed()).fetchArticle(`http://localhost:${site.port}/en`)),
    ).toBe('ADDRESS_NOT_ALLOWED');
    expect(site.hits.get('/en') ?? 0).toBe(before);
  });

  it('refuses redirects to private addresses, on every hop', async () => {
    // Only the test site's own address is allowed; everything it redirects to is checked again.
    const f = createFetcher(loadConfig({ KG_FETCH_ALLOW_ADDRESSES: '127.0.0.1' }));
    expect((await f.fetchArticle(site.url('/en'))).input.text).toContain('Douai');
    expect(await code(f.fetchArticle(site.url('/to-private')))).toBe('ADDRESS_NOT_ALLOWED');
    expect(await code(f.fetchArticle(site.url('/to-metadata')))).toBe('ADDRESS_NOT_ALLOWED');
    // localhost may resolve to ::1 as well as 127.0.0.1: every resolved address must be allowed.
    const resolved = await lookup('localhost', { all: true });
    const onlyAllowed = resolved.every((a) => a.address === '127.0.0.1');
    const viaName = await f.fetchArticle(site.url('/to-localhost')).then(
      () => 'fetched',
      (e: unknown) => (isKgError(e) ? e.code : 'other'),
    );
    expect(viaName).toBe(onlyAllowed ? 'fetched' : 'ADDRESS_NOT_ALLOWED');
  });
});
