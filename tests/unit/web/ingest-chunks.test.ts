// Batch uploads are split into ingestArticles calls within the article-count and size bounds.
import { describe, expect, it } from 'vitest';
import {
  CHUNK_ARTICLES,
  CHUNK_CHARS,
  chunkInputs,
} from '../../../web/src/ui/ingest/ingest-chunks.js';

describe('chunkInputs', () => {
  it('keeps order and cuts after the article bound', () => {
    const inputs = Array.from({ length: CHUNK_ARTICLES * 2 + 3 }, (_, i) => ({ text: `a${i}` }));
    const chunks = chunkInputs(inputs);
    expect(chunks.map((c) => c.length)).toEqual([CHUNK_ARTICLES, CHUNK_ARTICLES, 3]);
    expect(chunks.flat()).toEqual(inputs.map((_, i) => i));
  });
  it('cuts on size, and a single large article goes alone', () => {
    const big = 'x'.repeat(CHUNK_CHARS);
    const chunks = chunkInputs([
      { text: 'small' },
      { text: big },
      { url: 'https://example.org/a' },
    ]);
    expect(chunks).toEqual([[0], [1], [2]]);
  });
  it('gives nothing for nothing', () => {
    expect(chunkInputs([])).toEqual([]);
  });
});
