// Renders an evaluation report as text: one line per article, per-type P/R/F1 tables, optional item lists.
import type { ArticleReport, EvalReport } from './run-eval.js';
import type { Prf, Tally } from './tally.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}`.padStart(5);

function table(title: string, t: Tally): string[] {
  const width = Math.max(8, ...Object.keys(t.byType).map((k) => k.length));
  const row = (label: string, p: Prf): string =>
    `  ${label.padEnd(width)} ${String(p.tp).padStart(4)} ${String(p.fp).padStart(4)} ${String(p.fn).padStart(4)}  ${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;
  return [
    `${title.padEnd(width + 2)}   TP   FP   FN      P     R    F1`,
    ...Object.entries(t.byType).map(([type, p]) => row(type, p)),
    row('total', t.total),
  ];
}

function quote(sentence: string | null): string {
  return sentence === null ? 'not named in the text' : `“${sentence}”`;
}

function articleLine(a: ArticleReport): string {
  if (a.error !== null) return `${a.article}: extraction failed: ${a.error}`;
  const count = (items: { outcome: string }[], o: string): number =>
    items.filter((i) => i.outcome === o).length;
  const eTp = count(a.entities, 'found');
  const rTp = count(a.relations, 'found');
  const right = a.metadata.filter((m) => m.ok).map((m) => m.field);
  return (
    `${a.article}: entities ${eTp}/${eTp + count(a.entities, 'missed')} found, ` +
    `${count(a.entities, 'spurious')} spurious; relations ${rTp}/${rTp + count(a.relations, 'missed')} found, ` +
    `${count(a.relations, 'spurious')} spurious; leaks ${a.leaks.length}; ` +
    `metadata ${right.join(',') || 'none'} right`
  );
}

function articleItems(a: ArticleReport): string[] {
  const lines: string[] = [];
  for (const e of a.entities) {
    if (e.outcome === 'found') continue;
    const other = e.goldType ? ` (gold type ${e.goldType})` : '';
    lines.push(`  ${e.outcome} entity ${e.type} "${e.name}"${other}: ${quote(e.evidence)}`);
  }
  for (const r of a.relations) {
    if (r.outcome === 'found') continue;
    const evidence =
      r.outcome === 'spurious'
        ? quote(r.evidence[0] ?? null)
        : r.evidence.length > 0
          ? r.evidence.map((s) => quote(s)).join(' | ')
          : 'no sentence names both';
    lines.push(`  ${r.outcome} relation ${r.source} ${r.type} ${r.target}: ${evidence}`);
  }
  for (const l of a.leaks) lines.push(`  leak "${l.name}": extracted as ${l.extracted}`);
  for (const m of a.metadata)
    if (!m.ok) lines.push(`  wrong ${m.field}: expected "${m.expected}", got "${m.got}"`);
  return lines;
}

/** The report as text; `verbose` lists every miss, spurious item, leak and wrong metadata field. */
export function formatReport(report: EvalReport, verbose: boolean): string {
  const lines: string[] = [];
  for (const a of report.articles) {
    lines.push(articleLine(a));
    if (verbose) lines.push(...articleItems(a));
  }
  if (report.types) lines.push('', `Counting only: ${report.types.join(', ')}`);
  lines.push(
    '',
    ...table('Entities', report.entities),
    '',
    ...table('Relations', report.relations),
  );
  const { right, of, byField } = report.metadata;
  const fields = Object.entries(byField)
    .map(([f, [ok, n]]) => `${f} ${ok}/${n}`)
    .join(', ');
  lines.push('', `Leaks: ${report.leaks}`, `Metadata: ${right}/${of} right (${fields})`);
  const e = report.entities.total;
  const r = report.relations.total;
  lines.push(
    '',
    `entities P ${pct(e.precision).trim()} R ${pct(e.recall).trim()} F1 ${pct(e.f1).trim()} | ` +
      `relations P ${pct(r.precision).trim()} R ${pct(r.recall).trim()} F1 ${pct(r.f1).trim()} | ` +
      `leaks ${report.leaks} | metadata ${right}/${of}`,
  );
  return `${lines.join('\n')}\n`;
}
