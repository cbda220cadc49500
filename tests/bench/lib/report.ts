// Turns results into the summary table (console, README.md) with each goal met or not.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { MachineInfo } from './machine.js';

/** One line of the summary table. */
export interface Row {
  area: string;
  metric: string;
  value: string;
  goal: string;
  /** true met, false missed, null no goal / not measured. */
  met: boolean | null;
}

const fmt = (x: number | null | undefined, unit = ''): string =>
  x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : `${x}${unit}`;

/** A row comparing `value` with a goal (`atLeast` or `atMost`). */
export function goalRow(
  area: string,
  metric: string,
  value: number | null | undefined,
  unit: string,
  goal: { atLeast?: number; atMost?: number } | null,
): Row {
  let met: boolean | null = null;
  let goalText = '';
  if (goal && value !== null && value !== undefined && Number.isFinite(value)) {
    if (goal.atLeast !== undefined) met = value >= goal.atLeast;
    if (goal.atMost !== undefined) met = value <= goal.atMost;
  }
  if (goal?.atLeast !== undefined) goalText = `≥ ${goal.atLeast}${unit}`;
  if (goal?.atMost !== undefined) goalText = `≤ ${goal.atMost}${unit}`;
  return { area, metric, value: fmt(value, unit), goal: goalText, met };
}

const mark = (m: boolean | null) => (m === null ? '' : m ? 'met' : 'MISSED');

/** Plain-text table for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const cols = [
    rows.map((r) => r.area),
    rows.map((r) => r.metric),
    rows.map((r) => r.value),
    rows.map((r) => r.goal),
    rows.map((r) => mark(r.met)),
  ];
  const heads = ['area', 'metric', 'value', 'goal', ''];
  const widths = cols.map((c, i) => Math.max(heads[i]!.length, ...c.map((x) => x.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    line(heads),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((_, i) => line(cols.map((c) => c[i]!))),
  ].join('\n');
}

/** Markdown table. */
export function markdownTable(rows: readonly Row[]): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    '| area | metric | value | goal | |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${esc(r.area)} | ${esc(r.metric)} | ${esc(r.value)} | ${esc(r.goal)} | ${r.met === null ? '' : r.met ? '✅ met' : '❌ missed'} |`,
    ),
  ].join('\n');
}

const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

/** Replaces the generated part of README.md (between the bench:table markers), keeping the rest. */
export function writeReadme(
  file: string,
  rows: readonly Row[],
  machine: MachineInfo,
  meta: { date: string; mode: string; seconds: number },
): void {
  const block = [
    START,
    `Measured ${meta.date} (${meta.mode} run, ${Math.round(meta.seconds)} s) on a **shared** machine: ${machine.nproc} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM, Node ${machine.node}, ${machine.platform}, load average ${machine.loadAverage ?? '?'} at the start. These machines are shared and noisy: read the ratios, which are measured against baselines taken in the same run.`,
    '',
    markdownTable(rows),
    END,
  ].join('\n');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const s = old.indexOf(START);
  const e = old.indexOf(END);
  const text =
    s >= 0 && e > s
      ? old.slice(0, s) + block + old.slice(e + END.length)
      : `${old}\n## Performance\n\n${block}\n`;
  writeFileSync(file, text);
}
