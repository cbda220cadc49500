// Runs every relation pattern and walker over one sentence's skeleton.
import type { Language } from '../../../schema/graph-delta.js';
import type { Gazetteer } from './gazetteer.js';
import type { ClaimDraft, Mention } from './mention.js';
import { RELATION_PATTERNS, type RelationPattern } from './relation-patterns.js';
import { RelationScope, type Succession } from './relation-scope.js';
import { walkOperates, walkProduces } from './relation-walkers.js';
import type { Skeleton } from './sentence-skeleton.js';

interface CompiledPattern {
  pattern: RelationPattern;
  /** Ids of its cues in the language's cue list. */
  cues: number[];
}

interface LanguagePatterns {
  patterns: CompiledPattern[];
  /** Every cue, longest first, as one alternation. */
  cueRe: RegExp;
  cueIds: Map<string, number>;
  /** For each cue, itself and every other cue that is a prefix of it. */
  prefixes: number[][];
}

const BY_LANGUAGE = new Map<Language, LanguagePatterns>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsFor(language: Language): LanguagePatterns {
  let compiled = BY_LANGUAGE.get(language);
  if (compiled) return compiled;
  const list = RELATION_PATTERNS.filter((p) => p.lang === 'any' || p.lang === language);
  const cues = [...new Set(list.flatMap((p) => p.cues))].sort(
    (x, y) => y.length - x.length || (x < y ? -1 : 1),
  );
  const cueIds = new Map(cues.map((c, i) => [c, i]));
  compiled = {
    patterns: list.map((pattern) => ({ pattern, cues: pattern.cues.map((c) => cueIds.get(c)!) })),
    cueRe: new RegExp(cues.map(escape).join('|'), 'g'),
    cueIds,
    prefixes: cues.map((c) => cues.flatMap((d, j) => (c.startsWith(d) ? [j] : []))),
  };
  BY_LANGUAGE.set(language, compiled);
  return compiled;
}

/** Marks every cue that occurs in `text` (one scan; the longest cue at a position implies its prefixes). */
function findCues(compiled: LanguagePatterns, text: string): Uint8Array {
  const found = new Uint8Array(compiled.prefixes.length);
  const re = compiled.cueRe;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const k of compiled.prefixes[compiled.cueIds.get(m[0])!]!) found[k] = 1;
    re.lastIndex = m.index + 1;
  }
  return found;
}

/** Appends the claims one sentence states to `claims`. */
export function extractSentenceRelations(
  language: Language,
  sentence: number,
  skeleton: Skeleton,
  history: readonly Mention[],
  claims: ClaimDraft[],
  gazetteer: Gazetteer | null = null,
  successions: Succession[] = [],
): void {
  const count = skeleton.mentions.length;
  if (count === 0) return;
  const scope = new RelationScope(
    language,
    sentence,
    skeleton,
    history,
    claims,
    gazetteer,
    successions,
  );
  if (count >= 2) {
    walkProduces(scope);
    walkOperates(scope);
  }
  const text = skeleton.text;
  const compiled = patternsFor(language);
  const found = findCues(compiled, text);
  for (const { pattern, cues } of compiled.patterns) {
    if (count < pattern.min || !cues.some((k) => found[k] === 1)) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      pattern.apply(m, scope);
      if (m[0].length === 0) pattern.re.lastIndex++;
    }
  }
}
