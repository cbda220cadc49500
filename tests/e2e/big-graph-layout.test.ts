// End-to-end: a big graph is laid out by the worker in real Chromium. The bench page draws a
// synthetic graph through the product's graph view (loading thousands of entities through the
// API would take minutes of CI): positions arrive, spread out and reproducible, and the page
// answers the keyboard while the layout runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { benchReport, openBenchPage, startBenchPageServer } from '../bench/lib/bench-page.js';
import { hasChromium, launchBrowser, shot } from './support/browser.js';

const N = 1200;
const CASE = { n: N, m: 2 * N, path: 'worker', webgl: false } as const;

type PageWindow = Window & { __cy: Core; __keys: number; __keysDuringLayout: number };

async function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    (window as unknown as PageWindow).__cy.nodes().forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
    return out;
  });
}

describe.runIf(hasChromium())('big graph layout in a Web Worker (e2e)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startBenchPageServer>>;

  beforeAll(async () => {
    server = await startBenchPageServer();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers the keyboard while the worker lays out, then shows spread-out, reproducible positions', async () => {
    const page = await openBenchPage(browser, server.url, CASE);
    // The status line is up while the worker runs; a key press is handled meanwhile.
    const status = page.locator('.layout-progress');
    await status.waitFor({ state: 'visible', timeout: 120_000 });
    await expect(status.textContent()).resolves.toMatch(/Laying out 1,200 nodes/);
    await page.keyboard.press('x');
    await page.keyboard.press('y');
    const during = await page.evaluate(() => ({
      keys: (window as unknown as PageWindow).__keys,
      whileRunning: (window as unknown as PageWindow).__keysDuringLayout,
    }));
    expect(during).toEqual({ keys: 2, whileRunning: 2 });

    const report = await benchReport(page);
    await shot(page, 'big-graph-worker-layout');
    expect(report).toMatchObject({ nodes: N, edges: 2 * N, atOrigin: 0 });
    await expect(status.count()).resolves.toBe(0);
    const first = await positions(page);
    const xs = Object.values(first).map((p) => p.x);
    const ys = Object.values(first).map((p) => p.y);
    const spots = new Set(Object.values(first).map((p) => `${Math.round(p.x)}:${Math.round(p.y)}`));
    expect(spots.size).toBeGreaterThan(N * 0.95);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(500);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(500);
    // Big-graph drawing: haystack edges.
    const curve = await page.evaluate(() =>
      String((window as unknown as PageWindow).__cy.edges().first().style('curve-style')),
    );
    expect(curve).toBe('haystack');
    await page.close();

    // The same graph again: the same drawing.
    const again = await openBenchPage(browser, server.url, CASE);
    await benchReport(again);
    expect(await positions(again)).toEqual(first);
    await again.close();
  }, 300_000);
});
