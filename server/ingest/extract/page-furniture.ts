// Drops page furniture (headline lists, timestamps, share and paywall lines) by structural signals.
import { findDate } from './parse-date.js';

// Generic web boilerplate that opens a line: sharing, subscribing, reading on, ads, cookies.
const BOILERPLATE =
  /^(?:lire la suite|lire aussi|la suite (?:est )?r[ée]serv[ée]e|read more|continue reading|read the full|keep reading|abonnez[- ]vous|s'abonner|inscrivez[- ]vous|subscribe|sign up|already a subscriber|d[ée]j[àa] abonn[ée]|article r[ée]serv[ée]|r[ée]serv[ée] aux abonn[ée]s|for subscribers|subscribers only|partager|share (?:this|on)|tweet|imprimer|print this|envoyer par (?:e-?)?mail|publicit[ée]|advertisement|sponsored|cookies?\b|newsletter)/i;
const CLOCK = /\b\d{1,2}[:h]\d{2}(?::\d{2})?\b/;
const RELATIVE_TIME =
  /\b(?:il y a \d+ ?(?:min|minutes?|h|heures?|jours?)|\d+ (?:min|minutes?|hours?|days?) ago)\b/i;
const SENTENCE_END = /[.!?…]["»”’)\]]*$/;

/** True when a line carries a timestamp (a date with a time, or a date at its end, or "2 h ago"). */
export function hasTimestamp(line: string): boolean {
  if (RELATIVE_TIME.test(line)) return true;
  if (!/\d/.test(line)) return false;
  // Cheap tests first: a timestamp needs a time or a trailing number as well as a date.
  if (!CLOCK.test(line) && !/\d{2,4}\s*$/.test(line)) return false;
  return findDate(line) !== null;
}

function isHeadingLike(line: string): boolean {
  return (
    line.length <= 60 &&
    line.split(/\s+/).length <= 7 &&
    !SENTENCE_END.test(line) &&
    !/[,;:]$/.test(line)
  );
}

function isHeadlineLike(line: string, i: number, stamped: (i: number) => boolean): boolean {
  return line.length <= 220 && (!SENTENCE_END.test(line) || stamped(i));
}

/**
 * Removes furniture lines: boilerplate lines; a short heading followed by headline-like lines
 * (no final full stop, or timestamped) when at least two follow, or when they run to the end of
 * the page, or when they carry timestamps; and any run of two or more timestamped lines.
 */
export function removePageFurniture(lines: string[]): string[] {
  const drop = new Array<boolean>(lines.length).fill(false);
  // Timestamp checks parse dates; each line is checked once however many runs look at it.
  const stampCache = new Array<boolean | undefined>(lines.length);
  const isStamped = (i: number): boolean => (stampCache[i] ??= hasTimestamp(lines[i]!));
  const next = (i: number): number => {
    let j = i + 1;
    while (j < lines.length && lines[j] === '') j++;
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    if (BOILERPLATE.test(line)) {
      drop[i] = true;
      continue;
    }
    const lineStamped = isStamped(i);
    if (!lineStamped && !isHeadingLike(line)) continue;
    // Collect the run of headline-like lines after this one.
    const run: number[] = [];
    let stamped = lineStamped ? 1 : 0;
    let j = next(i);
    while (j < lines.length && isHeadlineLike(lines[j]!, j, isStamped)) {
      run.push(j);
      // Only "at least one" and "at least two" matter: stop parsing dates once two are seen.
      if (stamped < 2 && isStamped(j)) stamped++;
      j = next(j);
    }
    const toEnd = j >= lines.length;
    const furniture = lineStamped
      ? stamped >= 2
      : run.length >= 2 || (run.length >= 1 && toEnd) || stamped >= 1;
    if (furniture && run.length > 0) {
      drop[i] = true;
      for (const k of run) drop[k] = true;
      i = run[run.length - 1]!;
    }
  }
  return lines.filter((_, i) => !drop[i]);
}
