// Reads title, dateline (date and author) and byline from the first lines of a plain-text article.
import { findDate } from './parse-date.js';

/** Metadata found in the text and the body lines left once title and dateline are removed. */
export interface TextMetadata {
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  bodyLines: string[];
}

const HEAD_LINES = 8;
const DATELINE =
  /^(?:publi[ée]e?|mis[e]? (?:à|a) jour|actualis[ée]e?|published|updated|posted|first published|last updated|dated?|le|on)\b/i;
const BYLINE = /^(?:par|by|de)\s+(\p{Lu}[\p{L}'’. -]{1,60})$/u;
const AUTHOR_IN_LINE = /\b(?:par|by)\s+([\p{L}][\p{L}'’. -]{1,60}?)\s*(?:[|,–—-].*)?$/u;

/** Finds title, publication date and author at the top of the text. */
export function readTextMetadata(lines: string[], hasTitle: boolean): TextMetadata {
  const body = [...lines];
  let title: string | null = null;
  if (!hasTitle) {
    const first = body.findIndex((l) => l !== '');
    const line = first >= 0 ? body[first]! : '';
    if (first >= 0 && line.length <= 300 && !/[.;,]$/.test(line) && !isDateline(line)) {
      title = line;
      body.splice(first, 1);
    }
  }
  let publishedAt: string | null = null;
  let author: string | null = null;
  let seen = 0;
  for (let i = 0; i < body.length && seen < HEAD_LINES; i++) {
    const line = body[i]!;
    if (line === '') continue;
    seen++;
    if (publishedAt === null && isDateline(line)) {
      publishedAt = findDate(line);
      const who = AUTHOR_IN_LINE.exec(line);
      if (who && author === null) author = cleanAuthor(who[1]!);
      body.splice(i, 1);
      i--;
      continue;
    }
    const by = author === null ? BYLINE.exec(line) : null;
    if (by) {
      author = cleanAuthor(by[1]!);
      body.splice(i, 1);
      i--;
    }
  }
  return { title, publishedAt, author, bodyLines: body };
}

/** True for a short line that carries a date and reads as a dateline, not a sentence. */
export function isDateline(line: string): boolean {
  if (line.length > 160) return false;
  if (!findDate(line)) return false;
  if (DATELINE.test(line)) return true;
  // A line that is little more than a date (and maybe a time or a byline).
  const rest = line
    .replace(/\d+/g, '')
    .replace(/\b(?:par|by)\b.*$/i, '')
    .replace(/\p{P}|\s/gu, '');
  return rest.length <= 16;
}

function cleanAuthor(raw: string): string | null {
  const name = raw
    .replace(/\s+/g, ' ')
    .replace(/[\s.,;-]+$/, '')
    .trim();
  return name.length >= 2 ? name : null;
}
