// Runs the web team's browser layout bench (tests/bench/browser-layout.ts) and parses its table.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The browser bench's rows as printed, or why it did not run. */
export interface BrowserResult {
  ran: boolean;
  reason?: string;
  rows: Record<string, string | number>[];
  seconds: number;
}

const SCRIPT = resolve(import.meta.dirname, '..', 'browser-layout.ts');

/** Parses console.table output (box-drawing format) into objects. */
export function parseConsoleTable(text: string): Record<string, string | number>[] {
  const lines = text.split('\n').filter((l) => l.startsWith('│'));
  const cells = (l: string) =>
    l
      .split('│')
      .slice(1, -1)
      .map((c) => c.trim().replace(/^'|'$/g, ''));
  const [header, ...rows] = lines;
  if (!header) return [];
  const keys = cells(header);
  return rows.map((l) => {
    const row: Record<string, string | number> = {};
    cells(l).forEach((v, i) => {
      const k = keys[i] ?? String(i);
      if (k === '(index)') return;
      row[k] = v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    });
    return row;
  });
}

/** Spawns the browser bench with a time limit; never throws. */
export async function runBrowserBench(
  timeoutMs: number,
  log: (l: string) => void,
): Promise<BrowserResult> {
  if (!existsSync(SCRIPT))
    return {
      ran: false,
      reason: 'tests/bench/browser-layout.ts is not there yet',
      rows: [],
      seconds: 0,
    };
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  clearTimeout(timer);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const rows = parseConsoleTable(out);
  if (code !== 0 || rows.length === 0) {
    const reason =
      code === null
        ? `timed out after ${timeoutMs / 1000} s`
        : `exit ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`;
    log(`browser bench did not finish: ${reason}`);
    return { ran: false, reason, rows, seconds };
  }
  return { ran: true, rows, seconds };
}
