// Browser bench: time to lay out (fcose) and draw 1k and 5k synthetic nodes in headless Chromium.
// Run: npx tsx tests/bench/browser-layout.ts [--nodes N]   (prints a table; asserts nothing about time)
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { hasChromium, launchBrowser } from '../e2e/support/browser.js';

interface Row {
  nodes: number;
  edges: number;
  webgl: boolean;
  addMs: number;
  layoutMs: number;
  drawMs: number;
  zoomRedrawMs: number;
  totalMs: number;
  error?: string;
}

const DEFAULT_CASES: { n: number; m: number; webgl: boolean }[] = [
  { n: 1000, m: 2000, webgl: false },
  { n: 1000, m: 2000, webgl: true },
  { n: 5000, m: 10000, webgl: false },
  { n: 5000, m: 10000, webgl: true },
];

/** `--nodes N` runs one small size (both renderers) instead, to check the bench still works. */
function cases(argv: string[]): typeof DEFAULT_CASES {
  const at = argv.indexOf('--nodes');
  const n = at >= 0 ? Number(argv[at + 1]) : NaN;
  if (!Number.isInteger(n) || n < 2) return DEFAULT_CASES;
  return [false, true].map((webgl) => ({ n, m: n * 2, webgl }));
}

async function main(): Promise<void> {
  if (!hasChromium()) throw new Error('/usr/bin/chromium is missing: apt-get install -y chromium');
  // The bench page lives beside this script (tests/bench/browser), out of the product's web/ tree.
  const vite = await createServer({
    configFile: false,
    root: resolve(import.meta.dirname, 'browser'),
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    for (const c of cases(process.argv.slice(2))) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${url}bench.html?n=${c.n}&m=${c.m}&webgl=${c.webgl ? 1 : 0}`, {
        waitUntil: 'commit',
        timeout: 600_000,
      });
      await page.waitForFunction(
        () => (window as unknown as { __bench?: unknown }).__bench,
        undefined,
        {
          timeout: 600_000,
        },
      );
      rows.push(await page.evaluate(() => (window as unknown as { __bench: Row }).__bench));
      await page.close();
    }
  } finally {
    await browser.close();
    await vite.close();
  }
  console.log('\nfcose layout + first draw, headless Chromium (--disable-gpu), synthetic graph\n');
  console.table(
    rows.map((r) =>
      r.error
        ? { renderer: '?', error: r.error }
        : {
            nodes: r.nodes,
            edges: r.edges,
            renderer: r.webgl ? 'webgl' : 'canvas',
            'add (ms)': r.addMs,
            'layout (ms)': r.layoutMs,
            'first draw (ms)': r.drawMs,
            'zoom redraw (ms)': r.zoomRedrawMs,
            'total (ms)': r.totalMs,
          },
    ),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
