// Sentence splitting: offsets, abbreviations, lines, lower-case continuations.
import { describe, expect, it } from 'vitest';
import { sentenceBreaks } from '../../../server/ingest/extract/sentence-breaks.js';
import { splitSentences } from '../../../server/ingest/extract/split-sentences.js';
import * as fixtures from './fixtures.js';
import * as articles from './relation-articles.js';

const ALPHABET = [
  ...'aAbBéÉßǅƻ12  \u00a0\t\n..!?,;:-–—…"\'«»“”‘’()[]%€°/&*•‹›„_#ªºµ×§·¿¡‐‑‒―‖‗†‡‣‥‧‰′MrxZøŀſĸǄǈ',
];

function reference(text: string, language: 'fr' | 'en'): number[] {
  const out: number[] = [];
  for (const part of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text))
    out.push(part.index);
  return out.length > 0 ? out : [0];
}

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('sentences', () => {
  it('splits sentences with offsets and keeps abbreviations together', () => {
    const text = 'M. Dupont dirige Renault. Il parle.\nTitre';
    const s = splitSentences(text, 'fr');
    expect(s.map((x) => x.text)).toEqual(['M. Dupont dirige Renault.', 'Il parle.', 'Titre']);
    expect(text.slice(s[1]!.start, s[1]!.end)).toBe('Il parle.');
  });
  it('always ends a sentence at a line break and glues lower-case continuations', () => {
    const text =
      'Tesla Inc. builds cars in the U.S. and Germany\nNew line here! « Quoted. » then more.';
    const s = splitSentences(text, 'en');
    expect(s.map((x) => x.text)).toEqual([
      'Tesla Inc. builds cars in the U.S. and Germany',
      'New line here!',
      '« Quoted. » then more.',
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2]);
  });
  // 40k comparisons against Intl.Segmenter: a few seconds on a loaded 2-core machine.
  it(
    'finds the same segment starts as Intl.Segmenter (rule-based fast path)',
    { timeout: 60_000 },
    () => {
      const random = rng(29);
      const texts = [...Object.values(fixtures), ...Object.values(articles), 'Hello 中文。 World.'];
      for (let n = 0; n < 20000; n++) {
        let t = '';
        const len = 2 + Math.floor(random() * 24);
        for (let i = 0; i < len; i++) t += ALPHABET[Math.floor(random() * ALPHABET.length)];
        texts.push(t);
      }
      for (const lang of ['fr', 'en'] as const)
        for (const t of texts)
          expect(sentenceBreaks(t, lang), JSON.stringify(t)).toEqual(reference(t, lang));
    },
  );
});
