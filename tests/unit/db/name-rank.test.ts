// The patterns that put exact and prefix name matches first in search results.
import { describe, expect, it } from 'vitest';
import { nameRankPatterns } from '../../../server/db/queries/name-rank.js';

// Cypher `=~` is a whole-string Java match on `normalize(name, NFD)`; JS regexes agree on these.
function matches(pattern: string, name: string): boolean {
  const js = new RegExp(`^(?:${pattern.replace('(?isu)', '')})$`, 'isu');
  return js.test(name.normalize('NFD'));
}

describe('nameRankPatterns', () => {
  it('matches the exact name ignoring case, accents and punctuation', () => {
    const p = nameRankPatterns('catl')!;
    expect(matches(p.exact, 'CATL')).toBe(true);
    expect(matches(p.exact, 'CATL Debrecen gigafactory')).toBe(false);
    const q = nameRankPatterns('societe generale')!;
    expect(matches(q.exact, 'Société Générale')).toBe(true);
    expect(matches(q.exact, 'Société-Générale.')).toBe(true);
  });
  it('matches names that start with the searched words', () => {
    const p = nameRankPatterns('catl deb')!;
    expect(matches(p.prefix, 'CATL Debrecen gigafactory')).toBe(true);
    expect(matches(p.prefix, 'Debrecen CATL plant')).toBe(false);
    expect(matches(nameRankPatterns('catl')!.prefix, 'CATL Arnstadt plant')).toBe(true);
  });
  it('keeps regex syntax out: only letters and digits of the text reach the pattern', () => {
    const p = nameRankPatterns('.* (a|b) [x]')!;
    expect(p.exact).not.toContain('.*\\p');
    expect(matches(p.exact, 'a b x')).toBe(true);
    expect(matches(p.exact, 'anything')).toBe(false);
  });
  it('is null without a searchable word', () => {
    expect(nameRankPatterns(' -*- ')).toBeNull();
  });
});
