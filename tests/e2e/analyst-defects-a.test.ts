// End-to-end checks for defects an analyst reported in the explorer (depth control, GraphiQL and
// copied operations, search ranking, filtered views, and a stopped database), in real Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { startManagedNeo4j, type ManagedNeo4j } from '../../server/neo4j/managed-neo4j.js';
import { resetTestDatabase } from '../setup/db.js';
import { freePort, neo4jPidsFor } from '../setup/processes.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, newTestPage, shot } from './support/browser.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DEPTH = 'select[aria-label="Expansion depth"]';

interface GqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function searchHits(page: Page, text: string): Promise<string[]> {
  await page.fill('input[aria-label="Search entities"]', '');
  await page.type('input[aria-label="Search entities"]', text, { delay: 30 });
  await page.locator('.search-list li[role=option]').first().waitFor();
  await page.waitForFunction(() => !document.body.classList.contains('busy'));
  return page.locator('.search-list li[role=option] .hit-name').allTextContents();
}

/** A test page with a generous default timeout (the machine running the tests is shared). */
async function slowPage(browser: Browser): Promise<Page> {
  const page = await newTestPage(browser);
  page.setDefaultTimeout(90_000);
  return page;
}

async function statusText(page: Page): Promise<string> {
  return (await page.locator('.status').textContent()) ?? '';
}

async function waitForGraph(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const k = (window as unknown as { kgExplorer?: { cy: Core } }).kgExplorer;
        return !!k && k.cy.nodes().length > 0 && !document.body.classList.contains('busy');
      },
      undefined,
      { timeout: 90_000 },
    );
  } catch (err) {
    throw new Error(`no graph; status line: "${await statusText(page)}"`, { cause: err });
  }
}

/** What the depth control shows: its value and the text of its selected option. */
async function depthShown(page: Page): Promise<{ value: string; text: string }> {
  return page.$eval(DEPTH, (el) => {
    const s = el as HTMLSelectElement;
    return { value: s.value, text: s.options[s.selectedIndex]?.text ?? '' };
  });
}

/** The view's depth in the store (the test hook) and in the address bar. */
async function depthState(page: Page): Promise<{ store: number; url: string | null }> {
  return page.evaluate(() => ({
    store: (window as unknown as { kgExplorer: { view(): { depth: number } } }).kgExplorer.view()
      .depth,
    url: new URLSearchParams(location.search).get('depth'),
  }));
}

/** Ids of the nodes drawn and not hidden, sorted. */
async function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
    return cy
      .nodes()
      .filter((n) => n.visible())
      .map((n) => n.id())
      .sort();
  });
}

/** Shown nodes, not focused, that have drawn edges but none of them shown (stranded). */
async function strandedNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
    const out: string[] = [];
    cy.nodes().forEach((n) => {
      const edges = n.connectedEdges();
      const lost = edges.nonempty() && edges.filter((e) => e.visible()).empty();
      if (n.visible() && !n.hasClass('focus') && lost) out.push(n.id());
    });
    return out;
  });
}

/** Nodes and edges on screen (display and visibility, endpoints included). */
async function shownCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
    return {
      nodes: cy.nodes().filter((n) => n.visible()).length,
      edges: cy.edges().filter((e) => e.visible()).length,
    };
  });
}

describe.runIf(hasChromium())('analyst defects (e2e)', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await resetTestDatabase();
    server = await startAppServer(inject('neo4jUri'), 540_000);
    browser = await launchBrowser();
    page = await slowPage(browser);
    page.on('pageerror', (err) => console.error('[page error]', err.message));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('2: the neighbourhood-depth control always shows the store value', async () => {
    await page.goto(`${server.url}/?focus=company:catl`);
    await waitForGraph(page);
    expect(await depthShown(page)).toEqual({ value: '1', text: '1 hop' });

    await page.selectOption(DEPTH, '3');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('depth') === '3');
    await waitForGraph(page);
    expect(await depthState(page)).toEqual({ store: 3, url: '3' });
    expect(await depthShown(page)).toEqual({ value: '3', text: '3 hops' });

    // Loading a URL shows its depth.
    await page.goto(`${server.url}/?focus=company:catl&depth=2`);
    await waitForGraph(page);
    expect(await depthState(page)).toEqual({ store: 2, url: '2' });
    expect(await depthShown(page)).toEqual({ value: '2', text: '2 hops' });

    // Back and forward between the two entries: the control follows the restored view.
    await page.goBack();
    await waitForGraph(page);
    expect(await depthState(page)).toEqual({ store: 3, url: '3' });
    expect(await depthShown(page)).toEqual({ value: '3', text: '3 hops' });
    await page.goForward();
    await waitForGraph(page);
    expect(await depthState(page)).toEqual({ store: 2, url: '2' });
    expect(await depthShown(page)).toEqual({ value: '2', text: '2 hops' });
    await shot(page, 'defects-a-02-depth');
  });

  it('3: GraphiQL and Copy GraphQL carry the variables and run as they are', async () => {
    await page.goto(`${server.url}/?focus=company:catl&depth=2`);
    await waitForGraph(page);
    const href = await page.locator('a', { hasText: 'GraphiQL' }).getAttribute('href');
    expect(new URL(href ?? '', server.url).searchParams.get('variables')).toContain('company:catl');

    const graphiql = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    graphiql.setDefaultTimeout(90_000);
    try {
      await graphiql.goto(new URL(href ?? '', server.url).toString());
      await graphiql.locator('.graphiql-container').first().waitFor();
      // The Variables pane holds the view's variables (the query itself only says $ids).
      await graphiql.waitForFunction(() =>
        /company:catl/.test(document.querySelector('.graphiql-editor-tool')?.textContent ?? ''),
      );
      await graphiql.locator('.graphiql-execute-button').click();
      await graphiql.waitForFunction(() =>
        /"neighborhood"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
      );
      const response = (await graphiql.locator('.graphiql-response').textContent()) ?? '';
      expect(response).not.toMatch(/was not provided|"errors"/);
      await shot(graphiql, 'defects-a-03-graphiql');
    } finally {
      await graphiql.close();
    }

    // Copy GraphQL: the clipboard text is a JSON body that /graphql runs as it is.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url,
    });
    let prompted: string | null = null;
    page.once('dialog', (d) => {
      prompted = d.defaultValue();
      void d.dismiss();
    });
    await page.locator('button[data-action="gql"]').click();
    await page.waitForFunction(() =>
      /copied/.test(document.querySelector('.status')?.textContent ?? ''),
    );
    const copied = prompted ?? (await page.evaluate(() => navigator.clipboard.readText()));
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: copied,
    });
    const body = (await res.json()) as GqlBody;
    expect(body.errors).toBeUndefined();
    const hood = body.data?.neighborhood as { nodes: { id: string }[] } | undefined;
    expect(hood?.nodes.map((n) => n.id)).toContain('company:catl');
  });

  it('6: search ranks the exact name "CATL" first for "catl"', async () => {
    await page.goto(server.url);
    await waitForGraph(page);
    const hits = await searchHits(page, 'catl');
    expect(hits[0]).toBe('CATL');
    expect(hits).toContain('CATL Debrecen gigafactory');
    await shot(page, 'defects-a-06-search');
    await page.keyboard.press('Escape');
  });

  it('7: filtered views strand no node, count what is shown, and reload to the same set', async () => {
    await page.goto(`${server.url}/?focus=company:catl&depth=2`);
    await waitForGraph(page);
    const before = await shownCounts(page);
    // Keep one relation type: uncheck all the others in the filters panel.
    const boxes = page.locator('input[data-rel]');
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if ((await box.getAttribute('data-rel')) !== 'OPERATES') await box.uncheck();
    }
    await page.waitForFunction(() => new URLSearchParams(location.search).get('rels') !== null);
    const after = await shownCounts(page);
    expect(after.nodes).toBeLessThan(before.nodes);
    expect(await strandedNodes(page)).toEqual([]);
    expect(await statusText(page)).toContain(`${after.nodes} entities and ${after.edges} relation`);

    const url = page.url();
    const sets: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const other = await slowPage(browser);
      try {
        await other.goto(url);
        await waitForGraph(other);
        sets.push(await visibleNodeIds(other));
        const counts = await shownCounts(other);
        expect(await strandedNodes(other)).toEqual([]);
        expect(await statusText(other)).toContain(
          `${counts.nodes} entities and ${counts.edges} relation`,
        );
      } finally {
        await other.close();
      }
    }
    expect(sets[0]?.length).toBeGreaterThan(1);
    expect(sets[1]).toEqual(sets[0]);
    await shot(page, 'defects-a-07-filters');
  });
});

describe.runIf(hasChromium())('analyst defect 10: Neo4j down (e2e)', () => {
  let neo4j: ManagedNeo4j | undefined;
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'kg-e2e-down-'));

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await neo4j?.stop();
    for (const pid of neo4jPidsFor(dataDir)) process.kill(pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    '10: with Neo4j down the page says "database unavailable" at once, not a spinner',
    { timeout: 900_000 },
    async () => {
      // This test's own Neo4j (stopping the shared one would break the other tests).
      neo4j = await startManagedNeo4j({
        dataDir,
        cacheDir: join(ROOT, '.cache'),
        boltPort: await freePort(),
        httpPort: await freePort(),
        heap: '512m',
        pageCache: '128m',
        startTimeoutMs: 240_000,
        log: () => undefined,
      });
      server = await startAppServer(neo4j.boltUri, 540_000, { KG_SEED: 'false' });
      browser = await launchBrowser();
      const page = await slowPage(browser);
      await page.goto(server.url);
      await page.waitForFunction(
        () => /graph is empty/.test(document.querySelector('.status')?.textContent ?? ''),
        undefined,
        { timeout: 90_000 },
      );

      await neo4j.stop();
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && /Overview/.test(r.request().postData() ?? ''),
      );
      await page.reload();
      const body = (await (await answered).json()) as GqlBody;
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      // The message replaces "Loading…" as soon as that answer arrives (no retry, no spinner).
      await page.waitForFunction(() =>
        /database is unavailable/.test(document.querySelector('.status')?.textContent ?? ''),
      );
      expect(await page.locator('.status').getAttribute('data-kind')).toBe('error');
      expect(await page.evaluate(() => document.body.classList.contains('busy'))).toBe(false);
      await shot(page, 'defects-a-10-db-down');

      // The API says the same to any client, at once, while the database stays down.
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { entities } }' }),
      });
      const direct = (await res.json()) as GqlBody & {
        errors?: { extensions?: { details?: { readiness?: string } } }[];
      };
      expect(direct.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      // Answered from the readiness state, not after the driver's retries.
      expect(direct.errors?.[0]?.extensions?.details?.readiness).toBe('down');
      expect((await fetch(`${server.url}/ready`)).status).toBe(503);
    },
  );
});
