// The browser bench's rows for the summary table: before (fcose on the main thread) and after
// (worker layout + preset) for each size, the ratio, and pan/zoom frame times, with the goals.
import type { Row } from './report.js';
import { goalRow } from './report.js';
import type { BrowserResult } from './run-browser.js';

/** The goals: 5k nodes + 10k edges drawn in ≤ 3 s; pan/zoom frames ≤ 33 ms (p95). */
export const DRAW_GOAL_MS = 3000;
export const FRAME_GOAL_MS = 33;
const GOAL_NODES = 5000;

const isAfter = (r: Record<string, string | number>) => String(r.path).startsWith('worker');
const num = (v: string | number | undefined) => (v === undefined ? null : Number(v));

/** Summary rows for a browser bench run (or one row saying why it did not run). */
export function browserRows(b: BrowserResult): Row[] {
  if (!b.ran)
    return [
      {
        area: 'browser',
        metric: 'layout 1k / 5k nodes',
        value: `not run: ${b.reason ?? ''}`,
        goal: '',
        met: null,
      },
    ];
  const rows: Row[] = [];
  const canvas = b.rows.filter((r) => r.renderer !== 'webgl');
  for (const n of new Set(canvas.map((r) => Number(r.nodes)))) {
    const before = canvas.find((r) => Number(r.nodes) === n && !isAfter(r));
    const after = canvas.find((r) => Number(r.nodes) === n && isAfter(r));
    const size = `${n} nodes + ${Number((after ?? before)?.edges)} edges`;
    if (before)
      rows.push(
        goalRow(
          'browser',
          `${size}: fcose on the main thread + first draw (before)`,
          num(before['total (ms)']),
          ' ms',
          null,
        ),
      );
    if (!after) continue;
    rows.push(
      goalRow(
        'browser',
        `${size}: worker layout + preset + first draw (after)`,
        num(after['total (ms)']),
        ' ms',
        n >= GOAL_NODES ? { atMost: DRAW_GOAL_MS } : null,
      ),
    );
    if (before)
      rows.push(
        goalRow(
          'browser',
          `${n} nodes: after / before`,
          Math.round((1000 * Number(after['total (ms)'])) / Number(before['total (ms)'])) / 1000,
          '×',
          null,
        ),
      );
    rows.push(
      goalRow(
        'browser',
        `${n} nodes: longest main-thread stall while laid out (after)`,
        num(after['longest stall (ms)']),
        ' ms',
        null,
      ),
    );
    rows.push(
      goalRow(
        'browser',
        `${n} nodes: pan/zoom frame p95 (after; p50 ${after['frame p50 (ms)']}, max ${after['frame max (ms)']} ms)`,
        num(after['frame p95 (ms)']),
        ' ms',
        { atMost: FRAME_GOAL_MS },
      ),
    );
  }
  for (const r of b.rows.filter((x) => x.renderer === 'webgl'))
    rows.push(
      goalRow(
        'browser',
        `${r.nodes} nodes webgl: worker layout + first draw`,
        num(r['total (ms)']),
        ' ms',
        null,
      ),
    );
  return rows;
}
