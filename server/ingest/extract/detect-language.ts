// Detects the article language with franc-min; only French and English are supported.
import { franc } from 'franc-min';
import { KgError } from '../../errors.js';
import type { Language } from '../../../schema/graph-delta.js';

// Comparing against a short list of common languages keeps detection fast; anything detected
// other than French or English is rejected.
const CANDIDATES = [
  'fra',
  'eng',
  'deu',
  'spa',
  'ita',
  'por',
  'nld',
  'pol',
  'ron',
  'swe',
  'tur',
  'ces',
  'hun',
  'fin',
  'dan',
  'nob',
];
const FR_WORDS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'est',
  'une',
  'et',
  'dans',
  'pour',
  'qui',
  'que',
  'sur',
  'avec',
  'au',
  'aux',
  'sa',
  'son',
  'ses',
  'pas',
  'ce',
]);
const EN_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'a',
  'for',
  'on',
  'with',
  'that',
  'by',
  'its',
  'was',
  'will',
  'from',
  'at',
  'as',
  'it',
  'has',
]);
const SAMPLE = 1200;
const FR_ONLY = new Set([
  'les',
  'des',
  'est',
  'une',
  'dans',
  'pour',
  'avec',
  'aux',
  'sur',
  'qui',
  'du',
  'au',
  'ses',
  'sont',
  'cette',
  'ont',
  'mais',
  'leur',
  'pas',
  'été',
]);
const EN_ONLY = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'for',
  'with',
  'that',
  'by',
  'its',
  'was',
  'will',
  'from',
  'has',
  'have',
  'which',
  'are',
  'been',
  'said',
  'this',
]);

const LETTER = /^\p{L}$/u;
// Per BMP code unit: 0 = not yet known, 1 = not a letter, 2 = letter.
const letterClass = new Uint8Array(0x10000);

/** Length (1 or 2 code units) of the letter at `i`, or 0 when there is none. */
function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return 0;
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = letterClass[c]!;
  if (k === 0) {
    k = c >= 0xdc00 && c <= 0xdfff ? 1 : LETTER.test(String.fromCharCode(c)) ? 2 : 1;
    letterClass[c] = k;
  }
  return k === 2 ? 1 : 0;
}

/** Clear-cut French or English by distinctive function words; null when franc must decide. */
function functionWordVote(sample: string): Language | null {
  let fr = 0;
  let en = 0;
  let words = 0;
  const lower = sample.toLowerCase();
  // Words are maximal runs of letters, as split(/[^\p{L}]+/u) would give them.
  let i = 0;
  while (i < lower.length) {
    const n = letterLength(lower, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    i += n;
    for (let m = letterLength(lower, i); m > 0; m = letterLength(lower, i)) i += m;
    words++;
    // Function words are short: skip the slice and lookups for long words.
    if (i - start > 5) continue;
    const w = lower.slice(start, i);
    if (FR_ONLY.has(w)) fr++;
    else if (EN_ONLY.has(w)) en++;
  }
  if (fr >= 10 && fr >= 4 * en && fr / words >= 0.08) return 'fr';
  if (en >= 10 && en >= 4 * fr && en / words >= 0.08) return 'en';
  return null;
}

/** Returns 'fr' or 'en', or throws UNSUPPORTED_LANGUAGE naming what was detected. */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const quick = functionWordVote(sample);
  if (quick) return quick;
  const code = franc(sample, { only: CANDIDATES, minLength: 3 });
  if (code === 'fra') return 'fr';
  if (code === 'eng') return 'en';
  if (code === 'und') {
    // Too short for trigram statistics: count function words instead.
    let fr = 0;
    let en = 0;
    for (const w of sample.toLowerCase().split(/[^\p{L}]+/u)) {
      if (FR_WORDS.has(w)) fr++;
      if (EN_WORDS.has(w)) en++;
    }
    if (fr > en && fr >= 2) return 'fr';
    if (en > fr && en >= 2) return 'en';
  }
  throw new KgError(
    'UNSUPPORTED_LANGUAGE',
    code === 'und'
      ? 'The article language could not be determined; only French and English are supported (pass a language to force one).'
      : `The article looks like "${code}" (ISO 639-3); only French and English are supported (pass a language to force one).`,
    { detected: code },
  );
}
