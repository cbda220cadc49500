// Drives the browser bench page (tests/bench/browser): serves it with Vite, opens a case, waits
// for its report, and pans and zooms with real mouse input while recording frame times.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer } from 'vite';
import type { BenchReport } from '../browser/bench-main.js';

/** One bench case: a graph size and the drawing path. */
export interface BenchCase {
  n: number;
  m: number;
  path: 'worker' | 'fcose';
  webgl: boolean;
}

/** Serves tests/bench/browser (out of the product's web/ tree) on a free port. */
export async function startBenchPageServer(): Promise<{ url: string; close(): Promise<void> }> {
  const vite = await createServer({
    configFile: false,
    root: resolve(import.meta.dirname, '..', 'browser'),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
  return { url, close: () => vite.close() };
}

/** Opens the bench page for `c` (it starts drawing at once) and returns the page. */
export async function openBenchPage(browser: Browser, url: string, c: BenchCase): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const q = `n=${c.n}&m=${c.m}&path=${c.path}&webgl=${c.webgl ? 1 : 0}`;
  await page.goto(`${url}bench.html?${q}`, { waitUntil: 'commit', timeout: 600_000 });
  return page;
}

/** Waits for the page's report; throws the page's error if it failed. */
export async function benchReport(page: Page): Promise<BenchReport> {
  await page.waitForFunction(() => (window as { __bench?: unknown }).__bench, undefined, {
    timeout: 600_000,
    polling: 100,
  });
  const r = await page.evaluate(
    () => (window as unknown as { __bench: BenchReport | { error: string } }).__bench,
  );
  if ('error' in r && r.error) throw new Error(`bench page: ${r.error}`);
  return r as BenchReport;
}

/**
 * Zooms with the mouse wheel, then pans by dragging the background, about two seconds in all,
 * as a user would; returns the gaps (ms) between the frames drawn meanwhile.
 */
export async function panZoomFrames(page: Page): Promise<number[]> {
  await page.evaluate(() => (window as { __frames?: { start(): void } }).__frames?.start());
  await page.mouse.move(640, 400);
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
    await page.waitForTimeout(50);
  }
  await page.mouse.move(200, 200);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(200 + 15 * (i % 20), 200 + 8 * (i % 20));
    await page.waitForTimeout(25);
  }
  await page.mouse.up();
  return page.evaluate(() =>
    (window as unknown as { __frames: { stop(): number[] } }).__frames.stop(),
  );
}
