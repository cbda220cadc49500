// End-to-end: node menu with relation counts, analytics sizing/colouring and ranking, claim
// qualifiers on edges and evidence, and the current-leaders filter, in headless Chromium.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { resetTestDatabase } from '../setup/db.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, newTestPage } from './support/browser.js';

const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

const ARTICLES = [
  `Voltaris Motors reshapes its leadership

Tom Berglund, the former CEO of Voltaris Motors, left the company in March.
Jane Okafor, chief executive of Voltaris Motors, spoke in Paris on Monday.
Voltaris Motors holds a 20% stake in Cellion Batteries.
Voltaris Motors could invest €500 million in Nordfeld Energy.`,
  `Cellion Batteries widens its circle

Cellion Batteries partners with Arvane Materials on cathodes.
Orvex Motors partners with Cellion Batteries on recycling.
Arvane Materials and Orvex Motors signed a partnership on lithium.`,
];

const VOLTARIS = 'company:voltaris-motors';
const TOM = 'person:tom-berglund';
const JANE = 'person:jane-okafor';

type Hook = { kgExplorer: { cy: Core; view(): { analytics?: unknown } } };

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const k = (window as unknown as Partial<Hook>).kgExplorer;
    return !!k && k.cy.nodes().length > 0 && !document.body.classList.contains('busy');
  });
}

async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as Hook).kgExplorer.cy
      .nodes(':visible')
      .map((n) => n.id())
      .sort(),
  );
}

async function edgeTypes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as Hook).kgExplorer.cy
      .edges(':visible')
      .map((e) => String(e.data('type')))
      .sort(),
  );
}

async function rightClick(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nid) => {
    const cy = (window as unknown as Hook).kgExplorer.cy;
    const p = cy.getElementById(nid).renderedPosition();
    const r = cy.container()!.getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
  await page.mouse.click(at.x, at.y, { button: 'right' });
}

describe.runIf(hasChromium())('analytics and claim qualifiers (e2e)', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await resetTestDatabase();
    server = await startAppServer(inject('neo4jUri'), 240_000, { KG_SEED: 'false' });
    for (const text of ARTICLES) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: ArticleInput!) { ingestArticle(input: $i) { created } }',
          variables: { i: { text, publishedAt: '2026-03-02' } },
        }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    browser = await launchBrowser();
    page = await newTestPage(browser);
    page.on('pageerror', (err) => console.error('[page error]', err.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists only the relation types a node has, with counts, and expands one type', async () => {
    await page.goto(`${server.url}/?focus=${encodeURIComponent(JANE)}`);
    await waitIdle(page);
    expect(await nodeIds(page)).toEqual([VOLTARIS, JANE].sort());
    await rightClick(page, VOLTARIS);
    await page.locator('.context-menu button', { hasText: 'Expand by relation' }).click();
    const items = await page.locator('.context-menu button').allTextContents();
    expect(items).toHaveLength(3);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\(2\)$/),
        expect.stringMatching(/\(1\)$/),
        expect.stringMatching(/\(1\)$/),
      ]),
    );
    const leads = items.find((t) => t.endsWith('(2)'))!;
    await page.locator('.context-menu button', { hasText: leads }).click();
    await page.waitForFunction(
      (id) => (window as unknown as Hook).kgExplorer.cy.getElementById(id).nonempty(),
      TOM,
    );
    await waitIdle(page);
    expect(await nodeIds(page)).toEqual([VOLTARIS, JANE, TOM].sort());
    expect(await edgeTypes(page)).toEqual(['LEADS', 'LEADS']);
  });

  it('shows qualifiers on the edge label and as a badge in the evidence', async () => {
    const label = await page.evaluate(
      (id) => String((window as unknown as Hook).kgExplorer.cy.getElementById(id).data('label')),
      `LEADS:${TOM}:${VOLTARIS}`,
    );
    expect(label).toMatch(/\(former CEO\)$/);
    // As a click on the edge would (returns nothing: a collection does not serialise).
    await page.evaluate((id) => {
      (window as unknown as Hook).kgExplorer.cy.getElementById(id).emit('tap');
    }, `LEADS:${TOM}:${VOLTARIS}`);
    const badge = page.locator('.details .evidence .qualifier-badge').first();
    await badge.waitFor();
    expect(await badge.textContent()).toBe('former CEO');
    expect(await badge.getAttribute('class')).toContain('former');
  });

  it('sizes and colours nodes by a measure and community, and ranks them', async () => {
    await page.goto(`${server.url}/?focus=${encodeURIComponent(VOLTARIS)}&depth=2`);
    await waitIdle(page);
    const before = await page.evaluate(
      (id) => (window as unknown as Hook).kgExplorer.cy.getElementById(id).width(),
      VOLTARIS,
    );
    await page.selectOption('select[data-analytics=size]', 'pagerank');
    await page.selectOption('select[data-analytics=color]', 'community');
    await page.waitForFunction(() => /size=pagerank&color=community/.test(location.search));
    await page.waitForFunction(
      (id) =>
        (window as unknown as Hook).kgExplorer.cy.getElementById(id).data('anSize') !== undefined,
      VOLTARIS,
    );
    const data = await page.evaluate(() =>
      (window as unknown as Hook).kgExplorer.cy.nodes().map((n) => ({
        id: n.id(),
        size: n.data('anSize') as number,
        color: n.data('anColor') as string,
        community: n.data('community') as number,
        width: n.width(),
      })),
    );
    const hub = data.find((d) => d.id === VOLTARIS)!;
    // Voltaris is the hub of its neighbourhood: the biggest node, drawn at its analytics size.
    expect(hub.size).toBe(Math.max(...data.map((d) => d.size)));
    expect(hub.width).toBe(hub.size);
    expect(hub.width).not.toBe(before);
    expect(new Set(data.map((d) => d.community)).size).toBeGreaterThan(1);
    expect(data.every((d) => /^#[0-9a-f]{6}$/i.test(d.color))).toBe(true);
    const ranked = page.locator('.analytics-panel .ranked li button');
    expect(await ranked.first().textContent()).toBe('Voltaris Motors');
    expect(await page.locator('.analytics-panel h3', { hasText: 'PageRank' }).count()).toBe(1);
    await ranked.nth(1).click();
    const second = (await ranked.nth(1).getAttribute('data-id'))!;
    await page.waitForFunction(
      (id) => (window as unknown as Hook).kgExplorer.cy.getElementById(id).selected(),
      second,
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, 'analytics-graph.png') });
    // A reload restores the choice from the URL.
    await page.reload();
    await waitIdle(page);
    expect(await page.inputValue('select[data-analytics=size]')).toBe('pagerank');
  });

  it('"current leaders only" hides a leader whose claims are all former', async () => {
    await page.goto(`${server.url}/?focus=${encodeURIComponent(VOLTARIS)}`);
    await waitIdle(page);
    expect(await nodeIds(page)).toContain(TOM);
    await page.locator('input[data-qualifier=current-leaders]').check();
    await page.waitForFunction(() => /leaders=current/.test(location.search));
    await page.waitForFunction(
      (id) => (window as unknown as Hook).kgExplorer.cy.getElementById(id).empty(),
      TOM,
    );
    await waitIdle(page);
    const ids = await nodeIds(page);
    expect(ids).not.toContain(TOM);
    expect(ids).toContain(JANE);
  });
});
