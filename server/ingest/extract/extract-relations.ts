// Runs every relation pattern and walker over one sentence's skeleton.
import type { Language } from '../graph-delta.js';
import type { ClaimDraft, Mention } from './mention.js';
import { RELATION_PATTERNS, type RelationPattern } from './relation-patterns.js';
import { RelationScope } from './relation-scope.js';
import { walkOperates, walkProduces } from './relation-walkers.js';
import type { Skeleton } from './sentence-skeleton.js';

interface CompiledPattern {
  pattern: RelationPattern;
  /** Index of its cue regex in the language's list (patterns with the same cues share one). */
  cue: number;
}

interface LanguagePatterns {
  patterns: CompiledPattern[];
  cues: RegExp[];
}

const BY_LANGUAGE = new Map<Language, LanguagePatterns>();
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsFor(language: Language): LanguagePatterns {
  let compiled = BY_LANGUAGE.get(language);
  if (!compiled) {
    const sources = new Map<string, number>();
    const cues: RegExp[] = [];
    const patterns = RELATION_PATTERNS.filter((p) => p.lang === 'any' || p.lang === language).map(
      (pattern) => {
        const source = pattern.cues.map(escape).join('|');
        let cue = sources.get(source);
        if (cue === undefined) {
          cue = cues.length;
          sources.set(source, cue);
          cues.push(new RegExp(source));
        }
        return { pattern, cue };
      },
    );
    compiled = { patterns, cues };
    BY_LANGUAGE.set(language, compiled);
  }
  return compiled;
}

/** Whether a pattern's prefilter lets it run on a skeleton with `mentions` mentions. */
export function cuesAllow(pattern: RelationPattern, text: string, mentions: number): boolean {
  if (mentions < pattern.min) return false;
  for (const cue of pattern.cues) if (text.includes(cue)) return true;
  return false;
}

/** Appends the claims one sentence states to `claims`. */
export function extractSentenceRelations(
  language: Language,
  sentence: number,
  skeleton: Skeleton,
  history: readonly Mention[],
  claims: ClaimDraft[],
): void {
  const count = skeleton.mentions.length;
  if (count === 0) return;
  const scope = new RelationScope(language, sentence, skeleton, history, claims);
  if (count >= 2) {
    walkProduces(scope);
    walkOperates(scope);
  }
  const text = skeleton.text;
  const { patterns, cues } = patternsFor(language);
  // Each distinct cue regex is tested at most once per sentence: 0 unknown, 1 absent, 2 present.
  const seen = new Uint8Array(cues.length);
  for (const { pattern, cue } of patterns) {
    if (count < pattern.min) continue;
    if (seen[cue] === 0) seen[cue] = cues[cue]!.test(text) ? 2 : 1;
    if (seen[cue] === 1) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      pattern.apply(m, scope);
      if (m[0].length === 0) pattern.re.lastIndex++;
    }
  }
}
