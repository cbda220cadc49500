// Name matching for evaluation: normalised names, generic-free word sets, and "does this sentence name it".

/** Words that only say what kind of thing a name is ("usine de Douai" = "Douai plant"). */
const GENERIC_WORDS = new Set([
  'plant',
  'factory',
  'usine',
  'site',
  'gigafactory',
  'manufacture',
  'works',
  'group',
  'groupe',
  'de',
  'du',
  'des',
  'd',
  'of',
  'the',
  'la',
  'le',
  'l',
  'in',
  'a',
]);

const LEADING_ARTICLE = /^(?:the|le|la|les|l) /;

/**
 * A name without accents, case, punctuation and a leading article:
 * "L'Usine de Douai" → "usine de douai".
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '');
}

/** The non-generic words of a normalised name, sorted; empty when every word is generic. */
export function nameWords(normalised: string): string[] {
  return normalised
    .split(' ')
    .filter((w) => w !== '' && !GENERIC_WORDS.has(w))
    .sort();
}

/**
 * Every key a name or alias matches by: each normalised form, and each generic-free word set
 * (prefixed with `~` so a word set never equals a plain name).
 */
export function nameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const n = normaliseName(name);
    if (n === '') continue;
    keys.add(n);
    const words = nameWords(n);
    if (words.length > 0) keys.add(`~${words.join(' ')}`);
  }
  return keys;
}

/** True when the two key sets share a key. */
export function keysMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** True when `needle` occurs in `haystack` as whole words (both already normalised). */
export function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

/**
 * True when the text names one of `names`: the normalised name occurs as whole words, or every
 * non-generic word of it occurs ("l'usine Renault de Douai" names "Renault Douai plant").
 */
export function textNames(text: string, names: readonly string[]): boolean {
  const normText = normaliseName(text);
  const words = new Set(normText.split(' '));
  return names.some((name) => {
    const n = normaliseName(name);
    if (n === '') return false;
    const significant = nameWords(n);
    if (significant.length === 0) return containsWords(normText, n);
    return significant.every((w) => words.has(w));
  });
}
