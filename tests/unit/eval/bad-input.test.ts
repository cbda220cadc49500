// Bad evaluation input: each problem is an EvalInputError naming the file and what is wrong.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvalInputError } from '../../../server/eval/gold-schema.js';
import { runEval } from '../../../server/eval/run-eval.js';

const root = mkdtempSync(join(tmpdir(), 'kg-eval-bad-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const valid = {
  article: 'a.txt',
  language: 'en',
  title: 'A title',
  publishedAt: '2024-01-02',
  entities: [{ name: 'Eclair Motors', type: 'Company' }],
  relations: [],
  mustNotExtract: [],
};

/** A folder holding a.txt (unless `article` is false) and a.gold.json with `gold` as its text. */
function folder(name: string, gold: string, article = true): string {
  const dir = join(root, name);
  mkdirSync(dir);
  if (article) writeFileSync(join(dir, 'a.txt'), 'Eclair Motors opened a plant.\n');
  writeFileSync(join(dir, 'a.gold.json'), gold);
  return dir;
}

function errorOf(fn: () => unknown): EvalInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof EvalInputError) return err;
    throw err;
  }
  throw new Error('expected an EvalInputError');
}

describe('bad evaluation input', () => {
  it('names the gold file whose JSON does not parse', () => {
    const dir = folder('json', '{ "article": "a.txt", ');
    const err = errorOf(() => runEval([dir]));
    expect(err.file).toBe(join(dir, 'a.gold.json'));
    expect(err.message).toMatch(/cannot read JSON/);
  });

  it('names the missing article file', () => {
    const dir = folder('missing', JSON.stringify(valid), false);
    expect(errorOf(() => runEval([dir])).message).toMatch(/article file .*a\.txt does not exist/);
  });

  it('lists unknown entity and relation types with their path', () => {
    const gold = {
      ...valid,
      entities: [{ name: 'Eclair Motors', type: 'Firm' }],
      relations: [{ type: 'OWNS', source: 'Eclair Motors', target: 'Eclair Motors' }],
    };
    const err = errorOf(() => runEval([folder('types', JSON.stringify(gold))]));
    expect(err.message).toMatch(/a\.gold\.json: invalid gold annotation/);
    expect(err.message).toMatch(/entities\.0\.type: /);
    expect(err.message).toMatch(/relations\.0\.type: /);
  });

  it('rejects a relation naming no gold entity, misspelt keys, bad dates and empty names', () => {
    const gold = {
      ...valid,
      publishedAt: '02/01/2024',
      entities: [
        { name: 'Eclair Motors', type: 'Company', alias: ['EM'] },
        { name: '!!', type: 'Person' },
      ],
      relations: [{ type: 'LEADS', source: 'Ada Lint', target: 'Eclair Motors' }],
    };
    const err = errorOf(() => runEval([folder('refs', JSON.stringify(gold))]));
    expect(err.message).toMatch(/relations\.0\.source: "Ada Lint" is not the name of an entity/);
    expect(err.message).toMatch(/entities\.0: .*alias/);
    expect(err.message).toMatch(/publishedAt/);
    expect(err.message).toMatch(/entities\.1\.name: must contain a letter or digit/);
  });

  it('rejects a missing folder, a folder without gold files and an unknown --type', () => {
    expect(errorOf(() => runEval([join(root, 'nowhere')])).message).toMatch(
      /nowhere: cannot read the folder/,
    );
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(errorOf(() => runEval([empty])).message).toMatch(/no NAME\.gold\.json/);
    const ok = folder('ok', JSON.stringify(valid));
    expect(errorOf(() => runEval([ok], ['LEADS', 'Firm'])).message).toMatch(
      /--type: unknown type Firm/,
    );
  });

  it('scores an article the extractor rejects as all misses, with the error', () => {
    const dir = folder('blank', JSON.stringify(valid), false);
    writeFileSync(join(dir, 'a.txt'), '   \n');
    const report = runEval([dir]);
    expect(report.articles[0]?.error).toMatch(/empty/);
    expect(report.entities.total).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(report.metadata.of).toBe(0);
  });
});
