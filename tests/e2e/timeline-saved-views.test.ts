// End-to-end: the timeline strip (bars, brushing, typed range, play) and saved views reopened by link.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { resetTestDatabase } from '../setup/db.js';
import { periodEnd } from '../../schema/time-buckets.js';
import type { ViewState } from '../../web/src/state/view-state.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, newTestPage } from './support/browser.js';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

type Hook = { kgExplorer?: { cy: Core; view(): ViewState } };

async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const k = (window as unknown as Hook).kgExplorer;
    return !!k && k.cy.nodes().length > 0 && !document.body.classList.contains('busy');
  });
}
/** Ids of the drawn nodes and edges that are displayed. */
async function shown(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as Hook).kgExplorer!.cy;
    return {
      nodes: cy
        .nodes(':visible')
        .map((e) => e.id())
        .sort(),
      edges: cy
        .edges(':visible')
        .map((e) => e.id())
        .sort(),
    };
  });
}
const view = (page: Page) => page.evaluate(() => (window as unknown as Hook).kgExplorer!.view());

/** What the view's time range should be: none, or with these ends / an end before or after. */
interface RangeWant {
  none?: boolean;
  from?: string;
  to?: string;
  toBefore?: string;
  toAfter?: string;
}
async function waitForRange(page: Page, want: RangeWant): Promise<void> {
  await page.waitForFunction((w) => {
    const r = (window as unknown as Hook).kgExplorer!.view().filters.timeRange;
    if (w.none) return !r;
    if (!r?.from || !r.to) return false;
    return (
      (w.from === undefined || r.from === w.from) &&
      (w.to === undefined || r.to === w.to) &&
      (w.toBefore === undefined || r.to < w.toBefore) &&
      (w.toAfter === undefined || r.to > w.toAfter)
    );
  }, want);
}

describe.runIf(hasChromium())('timeline and saved views (e2e)', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await resetTestDatabase();
    server = await startAppServer(inject('neo4jUri'));
    browser = await launchBrowser();
    page = await newTestPage(browser);
    page.on('pageerror', (err) => console.error('[page error]', err.message));
    await page.goto(server.url);
    await waitForGraph(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the timeline strip with bars under the graph', async () => {
    await page.locator('.timeline-strip[data-loaded=true]').waitFor();
    const heights = await page
      .locator('.tl-bars rect')
      .evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('height'))));
    expect(heights.length).toBeGreaterThan(3);
    expect(heights.filter((x) => x > 0).length).toBeGreaterThan(1);
    const graph = await page.locator('.graph').boundingBox();
    const strip = await page.locator('.timeline-strip').boundingBox();
    expect(strip!.y).toBeGreaterThanOrEqual(graph!.y + graph!.height - 1);
  });

  it('brushing a range keeps only the relations stated in it', async () => {
    const before = await shown(page);
    const box = (await page.locator('.tl-bars').boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.2, y, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.35, y, { steps: 4 });
    await page.mouse.up();
    await waitForRange(page, {});
    await page.waitForFunction((n) => {
      const cy = (window as unknown as Hook).kgExplorer!.cy;
      return cy.edges(':visible').length < n && !document.body.classList.contains('busy');
    }, before.edges.length);
    const after = await shown(page);
    expect(after.edges.length).toBeLessThan(before.edges.length);
    expect(page.url()).toMatch(/tfrom=\d{4}-\d{2}-01/);
    expect(await page.locator('.tl-bar.in-range').count()).toBeGreaterThan(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SHOTS, 'timeline-graph.png') });

    // "All time" brings every relation back.
    await page.getByRole('button', { name: 'All time' }).click();
    await waitForRange(page, { none: true });
    await page.waitForFunction(
      (n) => (window as unknown as Hook).kgExplorer!.cy.edges(':visible').length === n,
      before.edges.length,
    );
  });

  it('the range can be typed (keyboard) and play steps through time', async () => {
    await page.getByLabel('Timeline from').fill('2023-01-01');
    await page.getByLabel('Timeline to').fill('2023-06-30');
    await page.getByLabel('Timeline to').press('Tab');
    await waitForRange(page, { from: '2023-01-01', to: '2023-06-30' });

    const first = await page.locator('.tl-bars rect').first().getAttribute('data-start');
    // Play continues from a range that is itself a play window; from "All time" it starts over.
    await page.getByRole('button', { name: 'All time' }).click();
    await waitForRange(page, { none: true });
    await page.getByRole('button', { name: '▶ Play' }).click();
    // Step 1: the window is the first bucket; a later step widens it (same start, later end).
    await waitForRange(page, { from: first!, toBefore: periodEnd(first!, 'MONTH') + '~' });
    const step1 = (await view(page)).filters.timeRange!;
    await waitForRange(page, { from: first!, toAfter: step1.to! });
    await page.getByRole('button', { name: '❚❚ Pause' }).click();
    await page.getByRole('button', { name: 'All time' }).click();
    await waitForRange(page, { none: true });
  });

  it('saves a view and its link reopens the same nodes, filters, hidden nodes and range', async () => {
    // Focus the most connected entity, restrict the time, hide one neighbour.
    const hub = await page.evaluate(() => {
      const cy = (window as unknown as Hook).kgExplorer!.cy;
      return cy
        .nodes()
        .max((n) => n.degree(false))
        .ele.id();
    });
    await page.goto(`${server.url}/?focus=${encodeURIComponent(hub)}&conf=0.5`);
    await waitForGraph(page);
    await page.getByLabel('Timeline from').fill('2023-01-01');
    await page.getByLabel('Timeline to').fill('2024-12-31');
    await page.getByLabel('Timeline to').press('Tab');
    await waitForRange(page, { to: '2024-12-31' });
    await waitForGraph(page);
    const victim = await page.evaluate((h) => {
      const cy = (window as unknown as Hook).kgExplorer!.cy;
      const n = cy.nodes().filter((x) => x.id() !== h)[0]!;
      cy.elements(':selected').unselect();
      n.select();
      (document.activeElement as HTMLElement | null)?.blur();
      return n.id();
    }, hub);
    await page.keyboard.press('h');
    await page.waitForFunction(
      (v) => (window as unknown as Hook).kgExplorer!.view().hidden?.includes(v) === true,
      victim,
    );
    expect(page.url()).toContain('hide=');
    const before = await view(page);
    const drawn = await shown(page);

    await page.getByLabel('Saved view name').fill('Hub in 2023–24');
    await page.getByRole('button', { name: 'Save view' }).click();
    const item = page.locator('ul.saved-views li', { hasText: 'Hub in 2023–24' });
    await item.waitFor();
    const link = (await item.locator('a').getAttribute('href'))!;
    expect(link).toMatch(/\?saved=[0-9a-f-]{36}$/);

    // A fresh page opens the saved view from its link.
    await page.goto(server.url);
    await waitForGraph(page);
    await page.goto(link);
    await waitForGraph(page);
    await page.waitForFunction(
      (h) => (window as unknown as Hook).kgExplorer!.view().focus.includes(h),
      hub,
    );
    await waitForGraph(page);
    const after = await view(page);
    expect(after.focus).toEqual(before.focus);
    expect(after.filters).toEqual(before.filters);
    expect(after.hidden).toEqual([victim]);
    expect(after.filters.timeRange).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    expect(await shown(page)).toEqual(drawn);
    expect(page.url()).toContain('tto=2024-12-31');
  });

  it('refuses to save a view without a name, saying why', async () => {
    await page.getByLabel('Saved view name').fill('   ');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.locator('.status', { hasText: /name/i }).waitFor();
  });
});
