// Builds safe Lucene queries for the full-text indexes from free user text (pure).

/** Lower-cases and strips accents, like the `standard-folding` analyzer. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Longest word kept: Lucene refuses prefix/fuzzy automata over ~1,000 states. */
const MAX_TERM_LENGTH = 64;

/**
 * The words of `text`: runs of letters and digits, folded, at most 12 and each cut to 64
 * characters. Every Lucene operator is dropped.
 */
export function searchTerms(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, 12)
    .map((t) => t.slice(0, MAX_TERM_LENGTH));
}

// The standard analyzer drops these English stop words from the index, so they cannot be required.
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * Entity autocomplete query: every word must match exactly (boosted), as a prefix, or (for
 * longer words) with one typo. Returns null when the text has no searchable word.
 */
export function entitySearchQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const clauses = terms.map((t, i) => {
    const last = i === terms.length - 1;
    const options = [`${t}^4`, `${t}*^${last ? 2 : 1}`];
    if (t.length >= 4) options.push(`${t}~1`);
    const group = `(${options.join(' OR ')})`;
    return STOP_WORDS.has(t) ? group : `+${group}`;
  });
  return clauses.join(' ');
}

/** Article full-text query: every word required (prefix allowed for the last one). */
export function articleSearchQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((t, i) => {
      const group = i === terms.length - 1 ? `(${t} OR ${t}*)` : t;
      return STOP_WORDS.has(t) ? group : `+${group}`;
    })
    .join(' ');
}

/**
 * The name or alias that best matches the searched words: most words found as word prefixes,
 * then exact words, then the shortest.
 */
export function bestMatch(text: string, names: readonly string[]): string | null {
  const terms = searchTerms(text);
  let best: { name: string; score: number } | null = null;
  for (const name of names) {
    const words = searchTerms(name);
    let score = 0;
    for (const t of terms) {
      if (words.includes(t)) score += 3;
      else if (words.some((w) => w.startsWith(t))) score += 2;
      else if (fold(name).includes(t)) score += 1;
    }
    score -= name.length / 1000;
    if (!best || score > best.score) best = { name, score };
  }
  return best && best.score > 0 ? best.name : (names[0] ?? null);
}

/**
 * A Java regular expression (for Cypher `=~` against `normalize(name, NFD)`) matching names that
 * contain `text` ignoring case and accents. Every non-alphanumeric character is written as a
 * `\x{..}` escape, so the input cannot inject regex syntax.
 */
export function containsPattern(text: string): string | null {
  const chars = [...fold(text).trim()];
  if (chars.length === 0) return null;
  const parts = chars.map((c) =>
    /[\p{L}\p{N}]/u.test(c) ? c : `\\x{${c.codePointAt(0)!.toString(16)}}`,
  );
  return `(?isu).*${parts.join('\\p{M}*')}.*`;
}
