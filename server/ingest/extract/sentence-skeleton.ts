// A folded copy of a sentence with each mention replaced by ⟨n⟩, the input of relation patterns.
import type { Mention } from './mention.js';
import { stripDescriptor } from './descriptors.js';
import { foldText } from './text-normalize.js';

/** Folded sentence text with placeholders, and the mentions they stand for. */
export interface Skeleton {
  text: string;
  mentions: Mention[];
  /** Skeleton offset of each placeholder, by mention index. */
  offsets: number[];
}

/** Builds the skeleton of the sentence [start, end) of `text`. */
export function buildSkeleton(
  text: string,
  start: number,
  end: number,
  mentions: Mention[],
): Skeleton {
  let out = '';
  let pos = start;
  const offsets: number[] = [];
  mentions.forEach((m, i) => {
    out += stripDescriptor(fold(text.slice(pos, m.start)));
    offsets.push(out.length);
    out += `⟨${i}⟩`;
    pos = m.end;
  });
  out += fold(text.slice(pos, end));
  return { text: out, mentions, offsets };
}

// Characters the fold below would change once accents and case are folded.
const QUOTE_OR_ODD_SPACE = /[«»“”"]|\s\s|[^\S ]/;

function fold(gap: string): string {
  const folded = foldText(gap);
  if (!QUOTE_OR_ODD_SPACE.test(folded)) return folded;
  return folded.replace(/[«»“”"]/g, ' ').replace(/\s+/g, ' ');
}

/** Placeholder indices inside a skeleton fragment. */
export function placeholders(fragment: string): number[] {
  const out: number[] = [];
  for (const m of fragment.matchAll(/⟨(\d+)⟩/g)) out.push(Number(m[1]));
  return out;
}
