// The side-by-side table (terminal and README) with the goals met or missed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PEER_GOALS, type PeerResults } from './peer-bench.js';

/** One line of the side-by-side table. */
export interface PeerRow {
  query: string;
  ours: string;
  peer: string;
  ratio: string;
  goal: string;
  met: boolean | null;
}

const ms = (p50: number, p95: number) => `${p50} / ${p95} ms`;
const hits = (st: number, h: number | null) =>
  h === null ? ` (${st} st)` : ` (${st} st, ${h} db hits)`;

/** Rows: one per case (p50 / p95 in-process, statements, db hits on the profiled cases) and one for the load. */
export function peerRows(r: PeerResults): PeerRow[] {
  const rows: PeerRow[] = r.cases.map((c) => ({
    query: c.name,
    ours: ms(c.ours.inProcess.p50, c.ours.inProcess.p95) + hits(c.ours.statements, c.ours.dbHits),
    peer: ms(c.peer.inProcess.p50, c.peer.inProcess.p95) + hits(c.peer.statements, c.peer.dbHits),
    ratio: `${c.ratioP50} / ${c.ratioP95}`,
    goal: `p95 ratio ≤ ${PEER_GOALS.p95Ratio}`,
    met: Number.isFinite(c.ratioP95) ? c.ratioP95 <= PEER_GOALS.p95Ratio : null,
  }));
  const l = r.load;
  rows.push({
    query: `cold load c=${l.connections}, mix of ${l.mix.length}`,
    ours: `${l.ours.requestsPerSecond} req/s`,
    peer: `${l.peer.requestsPerSecond} req/s`,
    ratio: `${l.throughputRatio}`,
    goal: `throughput ratio ≥ ${PEER_GOALS.throughputRatio}`,
    met: Number.isFinite(l.throughputRatio)
      ? l.throughputRatio >= PEER_GOALS.throughputRatio
      : null,
  });
  return rows;
}

const mark = (m: boolean | null) => (m === null ? '' : m ? 'met' : 'MISSED');

/** Plain-text table for the terminal. */
export function peerTextTable(rows: readonly PeerRow[]): string {
  const heads = ['query', 'ours p50 / p95', 'peer p50 / p95', 'ours/peer', 'goal', ''];
  const cells = rows.map((r) => [r.query, r.ours, r.peer, r.ratio, r.goal, mark(r.met)]);
  const widths = heads.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(heads), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Markdown table. */
export function peerMarkdownTable(rows: readonly PeerRow[]): string {
  return [
    '| query | ours p50 / p95 | peer p50 / p95 | ours/peer p50 / p95 (load: req/s) | goal | |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.query} | ${r.ours} | ${r.peer} | ${r.ratio} | ${r.goal} | ${r.met === null ? '' : r.met ? '✅ met' : '❌ missed'} |`,
    ),
  ].join('\n');
}

const START = '<!-- bench:peer:start -->';
const END = '<!-- bench:peer:end -->';

/** Replaces the side-by-side block of README.md (between the bench:peer markers). */
export function writePeerReadme(
  file: string,
  r: PeerResults,
  meta: { date: string; mode: string },
): void {
  const block = [
    START,
    `Measured ${meta.date} (${meta.mode} run) against ${r.peer}, in-process (\`app.fetch\`), no response cache on either side. Ratios are ours/peer: below 1 ours is faster (latency); above 1 ours serves more (load).`,
    '',
    peerMarkdownTable(peerRows(r)),
    END,
  ].join('\n');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const s = old.indexOf(START);
  const e = old.indexOf(END);
  writeFileSync(
    file,
    s >= 0 && e > s ? old.slice(0, s) + block + old.slice(e + END.length) : `${old}\n${block}\n`,
  );
}
