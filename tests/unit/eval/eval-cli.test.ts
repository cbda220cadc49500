// End to end: `kg eval` on a fixture folder, run as a child process like an analyst would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalReport } from '../../../server/eval/run-eval.js';

const DIR = 'tests/unit/eval/fixtures/articles';
const HARD_SENTENCE =
  "Harbour Cells and Renault go back a long way: the former's cells power the latter's vans.";

function kg(...args: string[]) {
  const r = spawnSync('node', ['--import', 'tsx', 'server/cli/main.ts', 'eval', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each run starts Node with tsx and loads the gazetteer: seconds on a busy machine.
describe('kg eval (CLI)', { timeout: 120_000 }, () => {
  let json: EvalReport;
  let jsonCode: number | null;
  beforeAll(() => {
    const run = kg(DIR, '--json');
    jsonCode = run.code;
    json = JSON.parse(run.stdout) as EvalReport;
  }, 120_000);

  it('prints a JSON report whose counts follow from the gold file', () => {
    expect(jsonCode).toBe(0);
    const report = json;
    expect(report.articles).toHaveLength(1);
    const [article] = report.articles;
    expect(article?.error).toBeNull();
    // 7 required entities and 6 required relations in the gold: each is either found or missed.
    const e = report.entities.total;
    const r = report.relations.total;
    expect(e.tp + e.fn).toBe(7);
    expect(r.tp + r.fn).toBe(6);
    const sum = (t: EvalReport['entities'], k: 'tp' | 'fp' | 'fn') =>
      Object.values(t.byType).reduce((n, p) => n + p[k], 0);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      expect(sum(report.entities, k)).toBe(e[k]);
      expect(sum(report.relations, k)).toBe(r[k]);
    }
    expect(report.metadata.of).toBe(3);
    const supplies = article?.relations.find((x) => x.type === 'SUPPLIES');
    expect(supplies).toMatchObject({ outcome: 'missed', evidence: [HARD_SENTENCE] });
  });

  it('prints per-type tables, totals and, with --verbose, each miss with its sentence', () => {
    const { code, stdout } = kg(DIR, '--verbose');
    expect(code).toBe(0);
    expect(stdout).toContain(`missed relation Harbour Cells SUPPLIES Renault: “${HARD_SENTENCE}”`);
    const pct = (x: number) => (100 * x).toFixed(1);
    const { entities: e, relations: r } = json;
    expect(stdout).toContain(
      `entities P ${pct(e.total.precision)} R ${pct(e.total.recall)} F1 ${pct(e.total.f1)} | ` +
        `relations P ${pct(r.total.precision)} R ${pct(r.total.recall)} F1 ${pct(r.total.f1)}`,
    );
    for (const type of Object.keys(r.byType))
      expect(stdout).toMatch(new RegExp(`^  ${type} `, 'm'));
  });

  it('counts only the requested types with --type', () => {
    const report = JSON.parse(kg(DIR, '--json', '--type', 'LEADS').stdout) as EvalReport;
    expect(report.types).toEqual(['LEADS']);
    expect(Object.keys(report.entities.byType)).toEqual([]);
    expect(Object.keys(report.relations.byType)).toEqual(['LEADS']);
  });

  it('exits 2 naming the file on bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-eval-cli-'));
    try {
      writeFileSync(join(dir, 'x.gold.json'), '{"language": "en"}');
      const { code, stderr } = kg(dir);
      expect(code).toBe(2);
      expect(stderr).toContain(`${join(dir, 'x.gold.json')}: invalid gold annotation`);
      expect(stderr).toMatch(/title: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
