// Detects the article language with franc-min; only French and English are supported.
import { franc } from 'franc-min';
import { KgError } from '../../errors.js';
import type { Language } from '../graph-delta.js';

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

/** Clear-cut French or English by distinctive function words; null when franc must decide. */
function functionWordVote(sample: string): Language | null {
  let fr = 0;
  let en = 0;
  let words = 0;
  for (const w of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w === '') continue;
    words++;
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
