// Finds appositions in a skeleton ("⟨X⟩, a brand of ⟨Y⟩, will…") so clause walkers can skip them.
import type { Skeleton } from './sentence-skeleton.js';

/** A comma-enclosed noun phrase right after a mention, with the mentions it holds. */
export interface Apposition {
  /** Mention index of the head the phrase describes. */
  head: number;
  /** Skeleton offsets of the opening and the closing comma. */
  start: number;
  end: number;
  /** Mention indices inside the phrase. */
  members: number[];
}

const DET = "(?:l'|(?:a|an|the|its|their|one|le|la|les|un|une|sa|son|ses|leur) )";
const LIST = '⟨\\d+⟩(?:(?:,|,? et|,? and|,? ou|,? or) ⟨\\d+⟩)*';
// A determiner-led phrase without clause punctuation, maybe ending in a list of names, then a comma.
const APPOSITION = new RegExp(
  `⟨(\\d+)⟩(, ${DET}[^⟨⟩,.;:]{0,60}?(?:${LIST}[^⟨⟩,.;:]{0,40}?)?),`,
  'g',
);

/** Appositions of a skeleton, in order. */
export function findAppositions(skeleton: Skeleton): Apposition[] {
  const out: Apposition[] = [];
  const { text, offsets } = skeleton;
  APPOSITION.lastIndex = 0;
  for (let m = APPOSITION.exec(text); m; m = APPOSITION.exec(text)) {
    const head = Number(m[1]);
    const start = m.index + m[0].length - m[2]!.length - 1;
    const end = m.index + m[0].length - 1;
    const members: number[] = [];
    for (let i = 0; i < offsets.length; i++)
      if (offsets[i]! > start && offsets[i]! < end) members.push(i);
    out.push({ head, start, end, members });
    // The closing comma may open the next apposition's list.
    APPOSITION.lastIndex = end;
  }
  return out;
}
