// Splits article text into sentences (UAX #29 segments, abbreviations glued); line breaks end sentences.
import type { Language } from '../../../schema/graph-delta.js';
import { sentenceBreaks } from './sentence-breaks.js';

/** One sentence and its character offsets in the article text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

const ABBREVIATION =
  /(?:\b(?:M|Mme|Mlle|MM|Dr|Mr|Mrs|Ms|St|Inc|Co|Corp|Ltd|Jr|Sr|No|n°|p|vs|cf|etc|av|apr|J\.-C|U\.S|Prof|Gen|Gov|Sen|Rep)|\b\p{Lu})\.\s*$/u;

// A match is at most 6 characters ("J.-C.") plus the one before it that `\b` looks at.
const ABBREVIATION_TAIL = 10;
const LOWER_START = /^[\p{Ll}»”)\]]/u;

/** Sentences of `text`; line breaks always end a sentence. */
export function splitSentences(text: string, language: Language): Sentence[] {
  const out: Sentence[] = [];
  // One pass over the whole text: a line break always ends a segment (UAX #29 rule SB4), so the
  // segments are those of each line, with the break attached to the last one of the line.
  let pending: { start: number; end: number } | null = null;
  const breaks = sentenceBreaks(text, language);
  for (let b = 0; b < breaks.length; b++) {
    const index = breaks[b]!;
    const raw = text.slice(index, breaks[b + 1] ?? text.length);
    const newLine = raw.charCodeAt(raw.length - 1) === 10;
    const body = raw.trim();
    if (body !== '') {
      const start = index + raw.length - raw.trimStart().length;
      const end = start + body.length;
      if (pending !== null && glues(body, text, pending)) {
        pending.end = end;
      } else {
        if (pending) push(out, text, pending);
        pending = { start, end };
      }
    }
    if (newLine && pending) {
      push(out, text, pending);
      pending = null;
    }
  }
  if (pending) push(out, text, pending);
  return out;
}

/** A segment continues the previous one when it starts in lower case or follows an abbreviation. */
function glues(body: string, text: string, prev: { start: number; end: number }): boolean {
  if (LOWER_START.test(body)) return true;
  // Every abbreviation ends with a full stop (the previous segment is trimmed).
  return (
    text.charCodeAt(prev.end - 1) === 46 &&
    ABBREVIATION.test(text.slice(Math.max(prev.start, prev.end - ABBREVIATION_TAIL), prev.end))
  );
}

function push(out: Sentence[], text: string, span: { start: number; end: number }): void {
  out.push({
    index: out.length,
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  });
}
