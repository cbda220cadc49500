// Rule-based UAX #29 sentence boundaries for Latin text; other scripts go to Intl.Segmenter.
import type { Language } from '../../../schema/graph-delta.js';

// Sentence_Break classes of the characters this splitter handles itself.
const OTHER = 0;
const SP = 1;
const LF = 2;
const LOWER = 3;
const UPPER = 4;
const OLETTER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
const UNHANDLED = 11;

const classes = new Uint8Array(0x10000).fill(UNHANDLED);
const LOWERCASE = /^\p{Lowercase}$/u;
const UPPERCASE = /^(?:\p{Uppercase}|\p{Lt})$/u;
const ALPHABETIC = /^\p{Alphabetic}$/u;
const CLOSE_PUNCT = /^[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']$/u;

function classify(c: number): number {
  if (c === 0x0a) return LF;
  if (c === 0x09 || c === 0x0b || c === 0x0c || c === 0x20 || c === 0xa0) return SP;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c === 0xad) return UNHANDLED;
  if (c === 0x2e) return ATERM;
  if (c === 0x21 || c === 0x3f) return STERM;
  if (c === 0x2c || c === 0x2d || c === 0x3a || c === 0x3b || c === 0x2013 || c === 0x2014)
    return SCONTINUE;
  if (c >= 0x30 && c <= 0x39) return NUMERIC;
  const ch = String.fromCharCode(c);
  if (LOWERCASE.test(ch)) return LOWER;
  if (UPPERCASE.test(ch)) return UPPER;
  if (ALPHABETIC.test(ch)) return OLETTER;
  if (CLOSE_PUNCT.test(ch)) return CLOSE;
  return OTHER;
}

// Basic Latin, Latin-1, Latin Extended-A/B, general punctuation quotes and dashes, the euro sign.
for (let c = 0; c < 0x250; c++) classes[c] = classify(c);
for (let c = 0x2010; c <= 0x2023; c++) classes[c] = classify(c);
for (let c = 0x2025; c <= 0x2027; c++) classes[c] = classify(c);
for (let c = 0x2030; c <= 0x203a; c++) classes[c] = classify(c);
classes[0x20ac] = classify(0x20ac);

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenter(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** Start offsets of the sentence segments of `text` (the first is 0), as Intl.Segmenter gives them. */
export function sentenceBreaks(text: string, language: Language): number[] {
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = classes[text.charCodeAt(i)]!;
    if (k === UNHANDLED) return segmenterBreaks(text, language);
    cls[i] = k;
  }
  const out = [0];
  for (let i = 0; i < n; i++) {
    const k = cls[i]!;
    if (k === LF) {
      if (i + 1 < n) out.push(i + 1);
      continue;
    }
    if (k !== ATERM && k !== STERM) continue;
    const next = i + 1 < n ? cls[i + 1]! : -1;
    if (k === ATERM) {
      if (next === NUMERIC) continue; // SB6
      const prev = i > 0 ? cls[i - 1]! : -1;
      if ((prev === UPPER || prev === LOWER) && next === UPPER) continue; // SB7
    }
    let j = i + 1;
    while (j < n && cls[j] === CLOSE) j++;
    while (j < n && cls[j] === SP) j++;
    if (j >= n) break;
    const at = cls[j]!;
    if (at === LF) {
      // SB11 with the paragraph separator: the break comes after it (handled above).
      continue;
    }
    if (at === SCONTINUE || at === ATERM || at === STERM) continue; // SB8a
    if (k === ATERM) {
      // SB8: no break when the next letter (past numbers and punctuation) is lower case.
      let l = j;
      while (l < n) {
        const c = cls[l]!;
        if (c === OLETTER || c === UPPER || c === LOWER || c === LF || c === ATERM || c === STERM)
          break;
        l++;
      }
      if (l < n && cls[l] === LOWER) continue;
    }
    out.push(j); // SB11
    i = j - 1;
  }
  return out;
}

function segmenterBreaks(text: string, language: Language): number[] {
  const out: number[] = [];
  for (const part of segmenter(language).segment(text)) out.push(part.index);
  if (out.length === 0) out.push(0);
  return out;
}
