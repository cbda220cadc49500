// Text normalisation helpers: accent/case folding, whitespace cleanup and slugs.

const COMBINING_MARKS = /\p{M}/gu;

/** Folds one token or phrase: accents removed, lower case, typographic apostrophes unified. */
export function foldText(value: string): string {
  let out = value.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (/[^ -~\n\t\r]/.test(out)) {
    out = out
      .replace(/[’‘ʼ`´]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(COMBINING_MARKS, '');
  }
  return out;
}

/** A lower-case, accent-free, hyphen-separated slug. */
export function slugify(value: string): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** NFC, unified line breaks, no control or zero-width characters, collapsed spaces per line. */
export function cleanText(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/[\t\f\v\u00a0\u202f\u2007\u2009]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** NFC with every whitespace run collapsed to one space: the form that article ids hash. */
export function collapseWhitespace(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}
