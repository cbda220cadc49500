import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectArticleFiles,
  isArticleFile,
  readArticleFile,
} from '../../../server/ingest/article-files.js';
import { fileResult, formatSummary } from '../../../server/cli/ingest-command.js';
import { KgError } from '../../../server/errors.js';
import { delta, entity } from './delta-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('article files', () => {
  it('recognises article extensions', () => {
    for (const f of ['a.txt', 'b.MD', 'c.markdown', 'd.html', 'e.HTM'])
      expect(isArticleFile(f)).toBe(true);
    for (const f of ['a.json', 'b', 'c.pdf']) expect(isArticleFile(f)).toBe(false);
  });

  it('expands folders recursively, sorted, and reports missing paths', async () => {
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    writeFileSync(join(dir, 'z.txt'), 'z');
    writeFileSync(join(dir, 'b', 'a.html'), '<p>a</p>');
    writeFileSync(join(dir, 'b', 'c', 'x.md'), '# x');
    writeFileSync(join(dir, 'b', 'skip.csv'), 'x');
    writeFileSync(join(dir, '.hidden.txt'), 'h');
    const { files, skipped } = await collectArticleFiles([
      dir,
      join(dir, 'z.txt'),
      join(dir, 'nope'),
    ]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['b/a.html', 'b/c/x.md', 'z.txt']);
    expect(skipped).toEqual([{ path: join(dir, 'nope'), reason: 'no such file or folder' }]);
  });

  it('reads bytes with the format from the extension', async () => {
    const input = await readArticleFile(join(dir, 'b', 'a.html'));
    expect(input.format).toBe('html');
    expect(input.fileName).toBe('a.html');
    expect(input.text).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(input.text as Uint8Array)).toBe('<p>a</p>');
  });
});

describe('ingest command helpers', () => {
  it('maps each ingestMany result to a file result, failures with their code', () => {
    const failed = fileResult('bad.txt', {
      index: 0,
      ok: false,
      error: new KgError('INVALID_ARTICLE', 'The article is empty.'),
    });
    expect(failed).toEqual({
      file: 'bad.txt',
      status: 'failed',
      code: 'INVALID_ARTICLE',
      reason: 'The article is empty.',
    });
    expect(fileResult('x.txt', { index: 1, ok: false, error: new Error('disk') }).code).toBe(
      'ERROR',
    );
    const d = delta(
      'a1',
      [entity('renault', 'Renault', 'Company'), entity('nissan', 'Nissan', 'Company')],
      [],
    );
    const ok = fileResult('a.txt', {
      index: 2,
      ok: true,
      outcome: {
        delta: d,
        articleId: 'a1',
        created: false,
        dryRun: false,
        entityIds: ['renault', 'nissan'],
        warnings: [],
      },
    });
    expect(ok).toEqual({
      file: 'a.txt',
      status: 'unchanged',
      articleId: 'a1',
      entities: 2,
      claims: 0,
    });
  });

  it('formats a summary with failures and codes', () => {
    const text = formatSummary({
      files: 3,
      created: 1,
      unchanged: 1,
      failed: 1,
      dryRun: false,
      entitiesAdded: 5,
      relationsAdded: 2,
      claimsAdded: 3,
      results: [
        {
          file: 'bad.txt',
          status: 'failed',
          code: 'INVALID_ARTICLE',
          reason: 'The article is empty.',
        },
      ],
    });
    expect(text).toContain('3 file(s): 1 created, 1 unchanged, 1 failed');
    expect(text).toContain('+5 entities, +2 relations');
    expect(text).toContain('FAILED bad.txt: [INVALID_ARTICLE] The article is empty.');
  });
});
