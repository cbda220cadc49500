// Browser bench: 1k and 5k synthetic nodes (2× edges) drawn the product's way (force layout in a
// Web Worker, preset positions, fit) and the old way (fcose on the main thread) in headless
// Chromium, plus frame times while the user pans and zooms. Prints a table; asserts nothing.
// Run: npx tsx tests/bench/browser-layout.ts [--nodes N] [--webgl]
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { hasChromium, launchBrowser } from '../e2e/support/browser.js';
import {
  benchReport,
  openBenchPage,
  panZoomFrames,
  startBenchPageServer,
} from './lib/bench-page.js';
import type { BenchCase } from './lib/bench-page.js';
import { percentile } from './lib/stats.js';

/** Cases to run: `--nodes N` one small size (to check the bench works), `--webgl` adds WebGL. */
function cases(argv: string[]): BenchCase[] {
  const at = argv.indexOf('--nodes');
  const one = at >= 0 ? Number(argv[at + 1]) : NaN;
  const sizes = Number.isInteger(one) && one >= 2 ? [one] : [1000, 5000];
  const out: BenchCase[] = [];
  for (const n of sizes) {
    out.push({ n, m: 2 * n, path: 'fcose', webgl: false });
    out.push({ n, m: 2 * n, path: 'worker', webgl: false });
    if (argv.includes('--webgl')) out.push({ n, m: 2 * n, path: 'worker', webgl: true });
  }
  return out;
}

const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-output', 'bench');
const PATH_NAME = { fcose: 'fcose, main thread (before)', worker: 'worker + preset (after)' };

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error('/usr/bin/chromium is missing: apt-get install -y chromium');
  const server = await startBenchPageServer();
  const browser = await launchBrowser();
  const rows: Record<string, string | number>[] = [];
  try {
    for (const c of cases(process.argv.slice(2))) {
      const page = await openBenchPage(browser, server.url, c);
      const r = await benchReport(page);
      // The drawing, to look at: test-output/bench/<path>-<nodes>.png (git-ignored).
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({
        path: resolve(SHOTS, `${c.path}${c.webgl ? '-webgl' : ''}-${c.n}.png`),
      });
      const frames = await panZoomFrames(page);
      await page.close();
      rows.push({
        nodes: r.nodes,
        edges: r.edges,
        path: PATH_NAME[c.path],
        renderer: c.webgl ? 'webgl' : 'canvas',
        'add (ms)': r.addMs,
        'layout (ms)': r.layoutMs,
        'first draw (ms)': r.drawMs,
        'total (ms)': r.totalMs,
        'longest stall (ms)': r.longestStallMs,
        'frame p50 (ms)': Math.round(percentile(frames, 50)),
        'frame p95 (ms)': Math.round(percentile(frames, 95)),
        'frame max (ms)': Math.round(Math.max(...frames)),
        frames: frames.length,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    '\nLayout + first draw, then frames while wheel-zooming and drag-panning (~2 s);' +
      ' headless Chromium (--disable-gpu), synthetic graph. "longest stall" is the longest' +
      ' gap between frames while the layout ran (the main thread was busy that long).\n',
  );
  console.table(rows);
  for (const n of new Set(rows.map((r) => r.nodes))) {
    const before = rows.find((r) => r.nodes === n && r.path === PATH_NAME.fcose);
    const after = rows.find((r) => r.nodes === n && r.path === PATH_NAME.worker);
    if (before && after)
      console.log(
        `${n} nodes: after / before = ${(Number(after['total (ms)']) / Number(before['total (ms)'])).toFixed(3)}`,
      );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
