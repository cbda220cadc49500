// End-to-end: the map and table views in headless Chromium against the real server on a real Neo4j,
// opened straight from their URLs, with selection shared with the graph.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { resetTestDatabase } from '../setup/db.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, newTestPage } from './support/browser.js';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');
/** Two hops around Renault in ARTICLE: its plants, a supplier, its plant and the vehicles made. */
const FOCUS = 'focus=company:renault&depth=2';

// Written for this test (the sample articles are not loaded: seeding them is slow on a busy machine).
const ARTICLE = `Renault expands electric production in northern France

Douai, 4 February 2025 — Renault operates the Renault Douai plant, where Ampere assembles the electric Renault 5.
Renault also operates the Renault Maubeuge plant, which produces the Kangoo E-Tech van.
The battery maker AESC supplies battery cells to the Renault Douai plant from its gigafactory in Douai.
`;

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const k = (window as unknown as { kgExplorer?: { cy: Core } }).kgExplorer;
      return !!k && k.cy.nodes().length > 0 && !document.body.classList.contains('busy');
    },
    undefined,
    { timeout: 120_000 },
  );
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

/** Ids and labels of the nodes the canvas displays. */
async function shownNodes(page: Page): Promise<{ id: string; label: string; type: string }[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
    return cy
      .nodes()
      .filter((n) => n.style('display') !== 'none')
      .map((n) => ({
        id: n.id(),
        label: String(n.data('label')),
        type: String(n.data('type')),
      }));
  });
}

const entityRows = (page: Page) => page.locator('table[aria-label="Entities"] tbody tr[data-id]');
const columnTexts = (page: Page, col: number) =>
  page.$$eval(
    'table[aria-label="Entities"] tbody tr[data-id]',
    (rows, i) => rows.map((r) => r.children[i]?.textContent ?? ''),
    col,
  );

describe.runIf(hasChromium())('map and table views (e2e)', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await resetTestDatabase();
    server = await startAppServer(inject('neo4jUri'), 420_000, { KG_SEED: 'false' });
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }',
        variables: { input: { text: ARTICLE } },
      }),
    });
    expect(await res.json()).toEqual({ data: { ingestArticle: { created: true } } });
    browser = await launchBrowser();
    page = await newTestPage(browser);
    page.on('pageerror', (err) => console.error('[page error]', err.message));
  }, 480_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens ?view=map directly: country outlines, plant markers, arcs; a plant opens its evidence', async () => {
    await page.goto(`${server.url}/?view=map&${FOCUS}`);
    await waitForGraph(page);
    await page.locator('.map-country').nth(100).waitFor({ state: 'attached' });
    await page.locator('.map-marker.t-Plant').first().waitFor();
    expect(await page.locator('.view-tab[aria-selected="true"]').textContent()).toBe('Map');
    expect(await page.locator('.graph').isHidden()).toBe(true);
    expect(await page.locator('.map-country').count()).toBeGreaterThan(200);
    // Every plant the view shows has a marker (plants have reference coordinates).
    const plants = (await shownNodes(page)).filter((n) => n.type === 'Plant');
    expect(plants.length).toBeGreaterThan(0);
    const markerIds = await page.$$eval('.map-marker.t-Plant', (els) =>
      els.map((e) => e.getAttribute('data-id')),
    );
    expect(markerIds.sort()).toEqual(plants.map((p) => p.id).sort());
    expect(await page.locator('.map-arc').count()).toBeGreaterThan(0);
    await screenshot(page, 'map-view');

    const plant = plants[0]!;
    // Two plants of the view lie a few pixels apart at world scale: click the marker's own element.
    await page.locator(`.map-marker[data-id="${plant.id}"]`).dispatchEvent('click');
    await page.locator('.details h2', { hasText: plant.label }).waitFor();
    expect(page.url()).toContain(`sel=${encodeURIComponent(plant.id)}`);
    await page.locator(`.map-marker.selected[data-id="${plant.id}"]`).waitFor();
    // The same details panel as in the graph: follow a relation to its evidence sentence.
    await page.locator('.details button.link[title="Show the evidence"]').first().click();
    await page.locator('.details .evidence-item blockquote.sentence').first().waitFor();
    expect(
      (await page.locator('.details .evidence-item blockquote.sentence').first().textContent())
        ?.length,
    ).toBeGreaterThan(10);
  });

  it('zooms the map with the controls, keeping markers the same size on screen', async () => {
    // The map opened framed on the view's entities (all in Europe here), not on the whole world.
    const first = await page.locator('.map-layer').getAttribute('transform');
    expect(Number(/scale\(([\d.]+)/.exec(first ?? '')?.[1] ?? 1)).toBeGreaterThan(1.5);
    await page.locator('.map-controls button[title="Whole world"]').click();
    await page.waitForFunction(() =>
      /scale\(1\)/.test(document.querySelector('.map-layer')?.getAttribute('transform') ?? ''),
    );
    const marker = page.locator('.map-marker.t-Plant').first();
    const before = await marker.boundingBox();
    await page.locator('.map-controls button[title="Zoom in"]').click();
    await page.waitForFunction(() =>
      /scale\(1\.6/.test(document.querySelector('.map-layer')?.getAttribute('transform') ?? ''),
    );
    const after = await marker.boundingBox();
    expect(after!.width).toBeCloseTo(before!.width, 0);
    await page.locator('.map-controls button[title="Whole world"]').click();
  });

  it('opens ?view=table directly; sorts, filters and downloads the rows as CSV', async () => {
    await page.goto(`${server.url}/?view=table&${FOCUS}`);
    await waitForGraph(page);
    await entityRows(page).first().waitFor();
    const shown = await shownNodes(page);
    expect(await entityRows(page).count()).toBe(shown.length);
    expect(await page.locator('table[aria-label="Relations"] tbody tr[data-id]').count()).toBe(
      await page.evaluate(
        () =>
          (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy
            .edges()
            .filter((e) => e.style('display') !== 'none').length,
      ),
    );

    // Sort by name (A→Z, then Z→A), then by mentions (most first).
    const nameHeader = page.locator('table[aria-label="Entities"] th button[data-key="name"]');
    await nameHeader.click();
    const names = await columnTexts(page, 0);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(names).toEqual([...names].sort(collator.compare));
    expect(await nameHeader.locator('..').getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.click();
    expect(await columnTexts(page, 0)).toEqual([...names].sort(collator.compare).reverse());
    await page.locator('table[aria-label="Entities"] th button[data-key="mentions"]').click();
    const mentions = (await columnTexts(page, 2)).map(Number);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

    // Filter: by type, then by words.
    await page.selectOption('select[name="entities-type"]', 'Plant');
    const plantRows = await columnTexts(page, 1);
    expect(plantRows.length).toBe(shown.filter((n) => n.type === 'Plant').length);
    expect(new Set(plantRows)).toEqual(new Set(['Plant']));
    await page.selectOption('select[name="entities-type"]', '');
    await page.fill('input[name="entities-filter"]', 'renault');
    const filtered = await columnTexts(page, 0);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(shown.length);
    for (const n of filtered) expect(n.toLowerCase()).toContain('renault');
    await screenshot(page, 'table-view');

    // The CSV holds exactly the filtered, sorted rows.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.data-table-section[aria-label="Entities"] .csv-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('entities.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,Name,Type,Mentions,Articles,First seen,Last seen');
    expect(lines).toHaveLength(filtered.length + 1);
    expect(lines[1]).toContain(filtered[0]!);
    await page.fill('input[name="entities-filter"]', '');
  });

  it('is the keyboard path into the graph: arrows move, Enter opens details, selection is shared', async () => {
    // One Tab stop per table: exactly one row is focusable; Home goes to the first row.
    const stop = page.locator('table[aria-label="Entities"] tr[tabindex="0"]');
    expect(await stop.count()).toBe(1);
    await stop.focus();
    await page.keyboard.press('Home');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(
      await entityRows(page).first().getAttribute('data-id'),
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => ({
      id: (document.activeElement as HTMLElement).dataset.id ?? '',
      name: document.activeElement?.firstElementChild?.textContent ?? '',
    }));
    expect(focused.id).toBe(await entityRows(page).nth(2).getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await page.locator('.details h2', { hasText: focused.name }).waitFor();
    expect(page.url()).toContain(`sel=${encodeURIComponent(focused.id)}`);
    expect(await entityRows(page).nth(2).getAttribute('aria-selected')).toBe('true');

    // Back to the graph: the row's entity is the selected node.
    await page.locator('.view-tab[data-view="graph"]').click();
    expect(page.url()).not.toContain('view=');
    expect(await page.locator('.graph').isVisible()).toBe(true);
    const selected = await page.evaluate(() =>
      (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy
        .$(':selected')
        .map((e) => e.id()),
    );
    expect(selected).toEqual([focused.id]);

    // Select another node on the canvas: its row is highlighted in the table.
    const other = (await shownNodes(page)).find((n) => n.id !== focused.id)!;
    await page.evaluate((id) => {
      (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy
        .getElementById(id)
        .emit('tap');
    }, other.id);
    await page.locator('.details h2', { hasText: other.label }).waitFor();
    await page.locator('.view-tab[data-view="table"]').click();
    await page.locator(`table[aria-label="Entities"] tr.selected[data-id="${other.id}"]`).waitFor();
    expect(
      await page.locator('table[aria-label="Entities"] tr[aria-selected="true"]').count(),
    ).toBe(1);
  });
});
