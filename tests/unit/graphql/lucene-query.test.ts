// Lucene query building for search: escaping by construction, prefixes, fuzziness, best match.
import { describe, expect, it } from 'vitest';
import {
  articleSearchQuery,
  bestMatch,
  containsPattern,
  entitySearchQuery,
  searchTerms,
} from '../../../server/db/queries/lucene-query.js';

describe('entitySearchQuery', () => {
  it('requires every word, boosts exact, allows prefix and one typo on longer words', () => {
    expect(entitySearchQuery('Luca de M')).toBe(
      '+(luca^4 OR luca*^1 OR luca~1) +(de^4 OR de*^1) +(m^4 OR m*^2)',
    );
  });

  it('cuts very long words so Lucene can build its automata', () => {
    const [term] = searchTerms('é'.repeat(2000));
    expect(term).toBe('e'.repeat(64));
    expect(searchTerms('a b c d e f g h i j k l m n o p')).toHaveLength(12);
  });

  it('folds accents and case', () => {
    expect(searchTerms('ÉNERGIE Électrique')).toEqual(['energie', 'electrique']);
  });

  it('keeps no Lucene operator or special character', () => {
    for (const nasty of [
      '") DETACH DELETE n //',
      '*:*',
      '~',
      '"unbalanced',
      'a:b',
      '\\',
      '/x/',
      '[1 TO 2]',
      '&&||!',
    ]) {
      const q = entitySearchQuery(nasty);
      if (q === null) continue;
      const stripped = q.replace(/\^\d|\*\^\d|~1|\(|\)| OR |\+/g, ' ');
      expect(stripped, nasty).toMatch(/^[\p{L}\p{N} ]*$/u);
    }
    expect(entitySearchQuery('*:*')).toBeNull();
    expect(entitySearchQuery('   ')).toBeNull();
  });

  it('does not require English stop words the index dropped', () => {
    expect(entitySearchQuery('bank of china')).toBe(
      '+(bank^4 OR bank*^1 OR bank~1) (of^4 OR of*^1) +(china^4 OR china*^2 OR china~1)',
    );
  });
});

describe('articleSearchQuery', () => {
  it('requires each word, the last as a prefix', () => {
    expect(articleSearchQuery('gigafactory Dou')).toBe('+gigafactory +(dou OR dou*)');
    expect(articleSearchQuery('~')).toBeNull();
  });
});

describe('bestMatch', () => {
  it('picks the alias matching the searched words', () => {
    expect(bestMatch('contemporary amp', ['CATL', 'Contemporary Amperex Technology'])).toBe(
      'Contemporary Amperex Technology',
    );
    expect(bestMatch('renault', ['Renault', 'Groupe Renault'])).toBe('Renault');
  });
});

describe('containsPattern', () => {
  it('escapes every non-alphanumeric character and tolerates accents', () => {
    expect(containsPattern('E.*')).toBe('(?isu).*e\\p{M}*\\x{2e}\\p{M}*\\x{2a}.*');
    const re = new RegExp(
      containsPattern('elec')!
        .replace('(?isu)', '')
        .replace(/\\p\{M\}/g, '\\p{M}'),
      'isu',
    );
    expect(re.test('Énergie E\u0301lectrique'.normalize('NFD'))).toBe(true);
    expect(containsPattern('  ')).toBeNull();
  });
});
