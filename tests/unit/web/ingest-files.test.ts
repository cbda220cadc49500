// Unit tests: which dropped files are refused and why; which entities an upload created.
import { describe, expect, it } from 'vitest';
import { createdEntityIds } from '../../../web/src/ui/ingest/created-entities.js';
import { fileRejection, MAX_FILE_BYTES } from '../../../web/src/ui/ingest/file-rejection.js';

describe('file rejection', () => {
  it('accepts article files under the size limit', () => {
    expect(fileRejection('a.txt', 10)).toBeNull();
    expect(fileRejection('b.MD', MAX_FILE_BYTES)).toBeNull();
    expect(fileRejection('c.html', 1)).toBeNull();
  });
  it('names the type or the size that is refused', () => {
    expect(fileRejection('scan.PDF', 10)).toMatch(/^\.pdf files are not supported; use \.txt/);
    expect(fileRejection('README', 10)).toMatch(/without an extension/);
    expect(fileRejection('big.txt', 3_400_000)).toBe('3.4 MB is over the 2 MB limit per file');
  });
});

describe('entities created by an upload', () => {
  const e = (id: string, articleCount: number) => ({ id, articleCount });
  it('keeps the entities whose every article came from the upload', () => {
    expect(
      createdEntityIds([
        { created: true, dryRun: false, entities: [e('new', 1), e('old', 5)] },
        { created: true, dryRun: false, entities: [e('shared-new', 2), e('new2', 1)] },
        { created: true, dryRun: false, entities: [e('shared-new', 2)] },
      ]).sort(),
    ).toEqual(['new', 'new2', 'shared-new']);
  });
  it('ignores articles already loaded and previews', () => {
    expect(
      createdEntityIds([
        { created: false, dryRun: false, entities: [e('a', 1)] },
        { created: true, dryRun: true, entities: [e('b', 0)] },
      ]),
    ).toEqual([]);
  });
});
