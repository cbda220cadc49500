// Reads publication dates written in common French and English forms and checks they are sane.
import { KgError } from '../../errors.js';
import { foldText } from './text-normalize.js';

const MONTHS: Record<string, number> = {
  janvier: 1,
  january: 1,
  jan: 1,
  fevrier: 2,
  february: 2,
  feb: 2,
  fev: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  april: 4,
  apr: 4,
  avr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  july: 7,
  jul: 7,
  juil: 7,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  september: 9,
  sep: 9,
  sept: 9,
  octobre: 10,
  october: 10,
  oct: 10,
  novembre: 11,
  november: 11,
  nov: 11,
  decembre: 12,
  december: 12,
  dec: 12,
};
// Whitespace that `\s+` → ' ' would change: a run of two, or any space other than ' '.
const RUN_OR_ODD_SPACE = /\s\s|[^\S ]/;
const MONTH_NAMES = Object.keys(MONTHS).join('|');

/** Patterns tried in order; each returns [year, month, day]. */
const PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray) => [string, string, string] }[] = [
  {
    re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/,
    ymd: (m) => [m[1]!, m[2]!, m[3]!],
  },
  { re: /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/, ymd: (m) => [m[3]!, m[2]!, m[1]!] },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/, ymd: (m) => [m[1]!, m[2]!, m[3]!] },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)? (${MONTH_NAMES})\\.?,? (\\d{4})\\b`),
    ymd: (m) => [m[3]!, String(MONTHS[m[2]!]), m[1]!],
  },
  {
    re: new RegExp(`\\b(${MONTH_NAMES})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`),
    ymd: (m) => [m[3]!, String(MONTHS[m[1]!]), m[2]!],
  },
];

/** A date found in free text, as `YYYY-MM-DD`, or null when the text holds none. */
export function findDate(text: string): string | null {
  // Every accepted form has a four-digit year.
  if (!/\d{4}/.test(text)) return null;
  let folded = foldText(text);
  if (RUN_OR_ODD_SPACE.test(folded)) folded = folded.replace(/\s+/g, ' ');
  for (const { re, ymd } of PATTERNS) {
    const m = re.exec(folded);
    if (!m) continue;
    const [y, mo, d] = ymd(m);
    const iso = toIso(Number(y), Number(mo), Number(d));
    if (iso) return iso;
  }
  return null;
}

/**
 * Normalises a caller-supplied or detected date to `YYYY-MM-DD` (or keeps a full ISO timestamp)
 * and rejects absurd years; throws INVALID_ARTICLE when it cannot be read.
 */
export function normaliseDate(value: string, origin: string): string {
  const trimmed = value.trim();
  const full =
    /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(trimmed);
  const iso = full ? trimmed : findDate(trimmed);
  if (!iso)
    throw new KgError(
      'INVALID_ARTICLE',
      `The ${origin} date "${value}" is not a date this tool can read.`,
    );
  checkYear(Number(iso.slice(0, 4)), value, origin);
  if (full && !toIso(Number(full[1]), Number(full[2]), Number(full[3]))) {
    throw new KgError(
      'INVALID_ARTICLE',
      `The ${origin} date "${value}" is not a valid calendar date.`,
    );
  }
  return iso;
}

/** Throws INVALID_ARTICLE for years before 1900 or after next year. */
export function checkYear(year: number, raw: string, origin: string): void {
  const max = new Date().getUTCFullYear() + 1;
  if (year < 1900 || year > max) {
    throw new KgError(
      'INVALID_ARTICLE',
      `The ${origin} date "${raw}" has year ${year}, outside the accepted range 1900–${max}.`,
    );
  }
}

function toIso(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
