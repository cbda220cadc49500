// Text normalisation helpers: accent/case folding, whitespace cleanup and slugs.

const COMBINING_MARKS = /\p{M}/gu;

const NOT_PLAIN_ASCII = /[^ -~\n\t\r]/;
// Folded form of each lower-cased BMP character outside plain ASCII, filled on first use.
const charFolds = new Map<number, string>();

/** The folding steps after lower-casing, applied to a whole string. */
function foldLowered(lowered: string): string {
  return (
    lowered
      .replace(/[’‘ʼ`´]/g, "'")
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      // Letters with a stroke do not decompose: "Wrocław" and "Wroclaw" are one name.
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/đ/g, 'd')
      .replace(/ı/g, 'i')
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
  );
}

/** Folds one token or phrase: accents removed, lower case, typographic apostrophes unified. */
export function foldText(value: string): string {
  const out = value.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  if (!NOT_PLAIN_ASCII.test(out)) return out;
  // Character by character (each step maps one character on its own, marks are dropped);
  // surrogate pairs take the whole-string path.
  let res = '';
  let run = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if (c < 0x80 && c !== 0x60) continue;
    if (c >= 0xd800 && c <= 0xdfff) return foldLowered(out);
    let f = charFolds.get(c);
    if (f === undefined) {
      f = foldLowered(String.fromCharCode(c));
      charFolds.set(c, f);
    }
    res += out.slice(run, i) + f;
    run = i + 1;
  }
  return run === 0 ? res + out : res + out.slice(run);
}

/** A lower-case, accent-free, hyphen-separated slug. */
export function slugify(value: string): string {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const INVISIBLE = /[\u200b-\u200d\ufeff\u00ad]/;
const ODD_SPACE = /[\t\f\v\u00a0\u202f\u2007\u2009]/;

/** NFC, unified line breaks, no control or zero-width characters, collapsed spaces per line. */
export function cleanText(value: string): string {
  let text = value.normalize('NFC');
  // Each replacement only runs when its characters occur.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (INVISIBLE.test(text)) text = text.replace(/[\u200b-\u200d\ufeff\u00ad]/g, '');
  if (ODD_SPACE.test(text)) text = text.replace(/[\t\f\v\u00a0\u202f\u2007\u2009]/g, ' ');
  return text
    .split('\n')
    .map((line) => {
      const l = line.includes('  ') ? line.replace(/ {2,}/g, ' ') : line;
      return l.trim();
    })
    .join('\n');
}

// A whitespace run, or whitespace other than ' ' and '\n'.
const WHITESPACE_RUN_OR_ODD = /\s\s|[^\S \n]/;
const SPACE_CHAR = /^\s$/;

/** NFC with every whitespace run collapsed to one space: the form that article ids hash. */
export function collapseWhitespace(value: string): string {
  const text = value.normalize('NFC');
  // Usual case: single spaces and line breaks only, no space at either end.
  if (
    !WHITESPACE_RUN_OR_ODD.test(text) &&
    !SPACE_CHAR.test(text.charAt(0)) &&
    !SPACE_CHAR.test(text.charAt(text.length - 1))
  )
    return text.replaceAll('\n', ' ');
  return text.replace(/\s+/g, ' ').trim();
}
