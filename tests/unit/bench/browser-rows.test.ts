// Unit tests: the browser bench's summary rows (before/after, ratio, frame p95) and their goals.
import { describe, expect, it } from 'vitest';
import { browserRows } from '../../bench/lib/browser-rows.js';

const row = (nodes: number, path: string, total: number, p95: number) => ({
  nodes,
  edges: 2 * nodes,
  path,
  renderer: 'canvas',
  'total (ms)': total,
  'longest stall (ms)': 100,
  'frame p50 (ms)': 17,
  'frame p95 (ms)': p95,
  'frame max (ms)': 50,
});

describe('browser summary rows', () => {
  it('gives before, after with the 3 s goal at 5k nodes, the ratio and the frame goal', () => {
    const rows = browserRows({
      ran: true,
      seconds: 60,
      rows: [
        row(1000, 'fcose, main thread (before)', 4000, 17),
        row(1000, 'worker + preset (after)', 1000, 17),
        row(5000, 'fcose, main thread (before)', 12000, 20),
        row(5000, 'worker + preset (after)', 4000, 40),
      ],
    });
    const by = (m: string) => rows.find((r) => r.metric.includes(m));
    expect(by('1000 nodes + 2000 edges: worker')).toMatchObject({ value: '1000 ms', met: null });
    expect(by('5000 nodes + 10000 edges: worker')).toMatchObject({
      value: '4000 ms',
      goal: '≤ 3000 ms',
      met: false,
    });
    expect(by('5000 nodes + 10000 edges: fcose')?.value).toBe('12000 ms');
    expect(by('5000 nodes: after / before')?.value).toBe('0.333×');
    expect(by('1000 nodes: pan/zoom')).toMatchObject({ goal: '≤ 33 ms', met: true });
    expect(by('5000 nodes: pan/zoom')).toMatchObject({ value: '40 ms', met: false });
  });

  it('says why when the bench did not run', () => {
    const rows = browserRows({ ran: false, reason: 'timed out', rows: [], seconds: 0 });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.value).toBe('not run: timed out');
  });
});
