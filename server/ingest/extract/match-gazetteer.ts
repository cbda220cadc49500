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

/** The terms whose case rule the tokens meet (the same array when all do), or null when none. */
function acceptedTerms(
  terms: GazetteerTerm[],
  tokens: readonly Token[],
  from: number,
  to: number,
): GazetteerTerm[] | null {
  let all = true;
  for (const t of terms)
    if (!caseOk(t, tokens, from, to)) {
      all = false;
      break;
    }
  if (all) return terms.slice();
  const ok = terms.filter((t) => caseOk(t, tokens, from, to));
  return ok.length > 0 ? ok : null;
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
    let bestEnd = -1;
    let bestTerms: GazetteerTerm[] | null = null;
    let j = i;
    while (node) {
      j++;
      if (node.terms) {
        const ok = acceptedTerms(node.terms, tokens, i, j);
        if (ok) {
          bestEnd = j;
          bestTerms = ok;
        }
      }
      if (j >= to) break;
      node = node.next.get(tokens[j]!.norm);
    }
    if (bestTerms) {
      hits.push({ tokenStart: i, tokenEnd: bestEnd, terms: bestTerms });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return hits;
}
