import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectArticleFiles,
  isArticleFile,
  readArticleFile,
} from '../../../server/ingest/article-files.js';
import { formatSummary, mapPool } from '../../../server/cli/ingest-command.js';

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
  it('mapPool keeps order and bounds concurrency', async () => {
    let inFlight = 0;
    let max = 0;
    const out = await mapPool([5, 1, 3, 2, 4], 2, async (n) => {
      inFlight++;
      max = Math.max(max, inFlight);
      await new Promise((r) => setTimeout(r, n));
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 30, 20, 40]);
    expect(max).toBe(2);
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
