// Runs every relation pattern and walker over one sentence's skeleton.
import type { Language } from '../graph-delta.js';
import type { ClaimDraft, Mention } from './mention.js';
import { RELATION_PATTERNS } from './relation-patterns.js';
import { RelationScope } from './relation-scope.js';
import { walkOperates, walkProduces } from './relation-walkers.js';
import type { Skeleton } from './sentence-skeleton.js';

/** Appends the claims one sentence states to `claims`. */
export function extractSentenceRelations(
  language: Language,
  sentence: number,
  skeleton: Skeleton,
  history: readonly Mention[],
  claims: ClaimDraft[],
): void {
  if (skeleton.mentions.length === 0) return;
  const scope = new RelationScope(language, sentence, skeleton, history, claims);
  if (skeleton.mentions.length >= 2) {
    walkProduces(scope);
    walkOperates(scope);
  }
  for (const pattern of RELATION_PATTERNS) {
    if (pattern.lang !== 'any' && pattern.lang !== language) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(skeleton.text); m; m = pattern.re.exec(skeleton.text)) {
      pattern.apply(m, scope);
      if (m[0].length === 0) pattern.re.lastIndex++;
    }
  }
}
