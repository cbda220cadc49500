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

interface WordInfo {
  norm: string;
  upper: boolean;
  caps: boolean;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// Per BMP code unit: 0 = not yet known, 1 = not a word character, 2 = word character.
const wordClass = new Uint8Array(0x10000);
// Words repeat across articles: folding each distinct word once is much cheaper.
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_MAX = 100_000;

function isWordUnit(c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  }
  let k = wordClass[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 1 : WORD_CHAR.test(String.fromCharCode(c)) ? 2 : 1;
    wordClass[c] = k;
  }
  return k === 2;
}

/** Length (1 or 2 code units) of the word character at `i`, or 0 when it is not one. */
function wordCharLength(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return isWordUnit(c) ? 1 : 0;
  if (i + 1 >= to) return 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
}

function isPlain(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

function wordInfo(w: string): WordInfo {
  let info = wordCache.get(w);
  if (info === undefined) {
    const first = w.charAt(0);
    const upper = first !== first.toLowerCase();
    info = { norm: foldText(w), upper, caps: upper && w === w.toUpperCase() };
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
    wordCache.set(w, info);
  }
  return info;
}

/** Tokens of `text` between `from` and `to` (offsets are absolute). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    let n = wordCharLength(text, i, to);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    // Words of lower-case ASCII letters and digits are their own folded form.
    let plain = isPlain(text.charCodeAt(i));
    i += n;
    while (i < to && (n = wordCharLength(text, i, to)) > 0) {
      if (plain) plain = isPlain(text.charCodeAt(i));
      i += n;
    }
    const word = text.slice(start, i);
    if (plain) {
      out.push({ norm: word, start, end: i, upper: false, caps: false });
      continue;
    }
    const info = wordInfo(word);
    out.push({ norm: info.norm, start, end: i, upper: info.upper, caps: info.caps });
  }
  return out;
}

/** Folded token forms of a gazetteer alias. */
export function aliasTokens(alias: string): string[] {
  return tokenize(alias).map((t) => t.norm);
}
