// Sentence splitting: offsets, abbreviations, lines, lower-case continuations.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../server/ingest/extract/split-sentences.js';

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
});
