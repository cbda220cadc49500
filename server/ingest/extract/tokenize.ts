// Word tokens with character offsets and folded forms, the unit every matcher works on.
import { foldText } from './text-normalize.js';

/** A word or number in the article text. */
export interface Token {
  /** Folded form: lower case, no accents. */
  norm: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Every letter is upper case (acronyms). */
  caps: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Words repeat across articles: folding each distinct word once is much cheaper.
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 100_000;

function foldWord(w: string): string {
  let f = foldCache.get(w);
  if (f === undefined) {
    f = foldText(w);
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    foldCache.set(w, f);
  }
  return f;
}

/** Tokens of `text` between `from` and `to` (offsets are absolute). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const w = m[0];
    const first = w.charAt(0);
    const upper = first !== first.toLowerCase();
    out.push({
      norm: foldWord(w),
      start: from + m.index,
      end: from + m.index + w.length,
      upper,
      caps: upper && w === w.toUpperCase(),
    });
  }
  return out;
}

/** Folded token forms of a gazetteer alias. */
export function aliasTokens(alias: string): string[] {
  return tokenize(alias).map((t) => t.norm);
}
