// One left-to-right pass over tokens with the gazetteer trie: longest match wins.
import type { Gazetteer, GazetteerTerm } from './gazetteer.js';
import type { Token } from './tokenize.js';

/** A gazetteer hit over tokens [tokenStart, tokenEnd). */
export interface GazetteerHit {
  tokenStart: number;
  tokenEnd: number;
  terms: GazetteerTerm[];
}

function caseOk(term: GazetteerTerm, tokens: readonly Token[], from: number, to: number): boolean {
  if (term.rule === 'none') return true;
  if (term.rule === 'initial')
    return tokens[from]!.upper || (term.lowerOk && allLower(tokens, from, to));
  for (let k = from; k < to; k++)
    if (!tokens[k]!.caps && /\p{L}/u.test(tokens[k]!.norm)) return false;
  return true;
}

function allLower(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.upper) return false;
  return true;
}

/** Longest gazetteer matches in tokens [from, to), never overlapping. */
export function matchGazetteer(
  gaz: Gazetteer,
  tokens: readonly Token[],
  from: number,
  to: number,
): GazetteerHit[] {
  const hits: GazetteerHit[] = [];
  let i = from;
  while (i < to) {
    let node = gaz.root.next.get(tokens[i]!.norm);
    let best: GazetteerHit | null = null;
    let j = i;
    while (node) {
      j++;
      if (node.terms) {
        const ok = node.terms.filter((t) => caseOk(t, tokens, i, j));
        if (ok.length > 0) best = { tokenStart: i, tokenEnd: j, terms: ok };
      }
      if (j >= to) break;
      node = node.next.get(tokens[j]!.norm);
    }
    if (best) {
      hits.push(best);
      i = best.tokenEnd;
    } else {
      i++;
    }
  }
  return hits;
}
