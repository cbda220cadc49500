// Splits article text into sentences with Intl.Segmenter, one paragraph (line) at a time.
import type { Language } from '../graph-delta.js';

/** One sentence and its character offsets in the article text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<Language, Intl.Segmenter>();
const ABBREVIATION =
  /(?:\b(?:M|Mme|Mlle|MM|Dr|Mr|Mrs|Ms|St|Inc|Co|Corp|Ltd|Jr|Sr|No|n°|p|vs|cf|etc|av|apr|J\.-C|U\.S|Prof|Gen|Gov|Sen|Rep)|\b\p{Lu})\.\s*$/u;

function segmenter(language: Language): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/** Sentences of `text`; line breaks always end a sentence. */
export function splitSentences(text: string, language: Language): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenter(language);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      let pending: { start: number; end: number } | null = null;
      for (const part of seg.segment(line)) {
        const raw = part.segment;
        const lead = raw.length - raw.trimStart().length;
        const body = raw.trim();
        if (body === '') continue;
        const start = lineStart + part.index + lead;
        const end = start + body.length;
        const prev = pending ? text.slice(pending.start, pending.end) : '';
        const glue = pending !== null && (/^[\p{Ll}»”)\]]/u.test(body) || ABBREVIATION.test(prev));
        if (glue && pending) {
          pending.end = end;
        } else {
          if (pending) push(out, text, pending);
          pending = { start, end };
        }
      }
      if (pending) push(out, text, pending);
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

function push(out: Sentence[], text: string, span: { start: number; end: number }): void {
  out.push({
    index: out.length,
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  });
}
