// Splits a batch upload into calls the server accepts: a few articles and a bounded size per call.
import type { ArticleInput } from '../../api/types.js';

/** Most articles sent in one `ingestArticles` call. */
export const CHUNK_ARTICLES = 10;
/** Most characters of article text sent in one call (the server caps a request body). */
export const CHUNK_CHARS = 1_500_000;

/** Consecutive groups of input indexes, each within both bounds (a larger single article goes alone). */
export function chunkInputs(inputs: readonly ArticleInput[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let size = 0;
  inputs.forEach((input, i) => {
    const chars = (input.text ?? '').length + (input.url ?? '').length;
    if (current.length > 0 && (current.length >= CHUNK_ARTICLES || size + chars > CHUNK_CHARS)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(i);
    size += chars;
  });
  if (current.length > 0) out.push(current);
  return out;
}
