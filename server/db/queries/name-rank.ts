// Java regular expressions that rank search hits: a name equal to the searched words, or starting with them.
import { searchTerms } from './lucene-query.js';

// Runs of anything but letters and digits (spaces, hyphens, dots) separate words; marks are
// allowed after every character, so `normalize(name, NFD)` matches without its accents.
const SEP = '[^\\p{L}\\p{N}]';

function wordsPattern(terms: string[]): string {
  // searchTerms keeps only letters and digits, so no character here is regex syntax.
  return terms.map((t) => [...t].map((c) => `${c}\\p{M}*`).join('')).join(`${SEP}+`);
}

/** Patterns for Cypher `=~` against `normalize(name, NFD)`; null when the text has no word. */
export interface NameRankPatterns {
  /** The whole name is the searched words (ignoring case, accents and punctuation). */
  exact: string;
  /** The name starts with the searched words (the last one may be a prefix of a word). */
  prefix: string;
}

/** The exact and prefix patterns for `text` (the same words as the full-text query uses). */
export function nameRankPatterns(text: string): NameRankPatterns | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const words = wordsPattern(terms);
  return {
    exact: `(?isu)${SEP}*${words}${SEP}*`,
    prefix: `(?isu)${SEP}*${words}.*`,
  };
}
