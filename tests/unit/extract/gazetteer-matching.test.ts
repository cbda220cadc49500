// Gazetteer matching: folding, longest match, capitalisation rules and lower-case distinctive names.
import { describe, expect, it } from 'vitest';
import { commonWords, defaultGazetteer } from '../../../server/ingest/extract/gazetteer.js';
import { matchGazetteer } from '../../../server/ingest/extract/match-gazetteer.js';
import { tokenize } from '../../../server/ingest/extract/tokenize.js';

const hitsOf = (text: string): string[] => {
  const tokens = tokenize(text);
  return matchGazetteer(defaultGazetteer(), tokens, 0, tokens.length).map(
    (h) => h.terms[0]!.entry.id,
  );
};

describe('gazetteer matching', () => {
  it('matches aliases accent- and case-insensitively (names need a capital) with the longest match', () => {
    expect(hitsOf('La Renault 5 E-Tech sort de l’usine ; CITROEN et Citroën aussi.')).toEqual([
      'vehicle:renault-5-e-tech',
      'brand:citroen',
      'brand:citroen',
    ]);
  });
  it('matches distinctive names in lower case but never common words', () => {
    expect(hitsOf('les ventes de citroën et de skoda montent')).toEqual([
      'brand:citroen',
      'brand:skoda',
    ]);
    // "nord", "spring", "alpine" are ordinary words: only their capitalised form names something.
    expect(hitsOf('au nord, au printemps (spring) et en station alpine')).toEqual([]);
    expect(commonWords().has('spring')).toBe(true);
    expect(commonWords().has('citroen')).toBe(false);
  });
  it('tokenizes with offsets, folded forms and case flags', () => {
    const t = tokenize('Škoda ID.3 BYD');
    expect(t.map((x) => [x.norm, x.start, x.end, x.upper, x.caps])).toEqual([
      ['skoda', 0, 5, true, false],
      ['id', 6, 8, true, true],
      ['3', 9, 10, false, false],
      ['byd', 11, 14, true, true],
    ]);
  });
});
