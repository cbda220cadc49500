// Document-level inference: a successor leads what the predecessor led, and the reverse.
import type { ClaimDraft } from './mention.js';
import type { Succession } from './relation-scope.js';

/**
 * For each "Y succeeds X" of the article, adds LEADS claims so that X and Y share every
 * organisation one of them is stated to lead; the evidence is the succession sentence.
 */
export function inferSuccessions(
  successions: readonly Succession[],
  claims: ClaimDraft[],
  orgsNear: (sentence: number) => ReadonlySet<string>,
): void {
  if (successions.length === 0) return;
  const leads = claims.filter((c) => c.type === 'LEADS');
  for (const { next, previous, sentence } of successions) {
    // Only the post the succession sentence (or the two before it) is about, not every past one.
    const near = orgsNear(sentence);
    for (const [from, to] of [
      [previous, next],
      [next, previous],
    ] as const) {
      for (const c of leads) {
        if (c.source !== from || !near.has(c.target)) continue;
        if (leads.some((d) => d.source === to && d.target === c.target)) continue;
        const claim: ClaimDraft = {
          type: 'LEADS',
          source: to,
          target: c.target,
          confidence: Math.min(0.6, c.confidence),
          method: `${c.method.split(':')[0]}:succession`,
          sentenceIndex: sentence,
        };
        const base = c.role
          ?.replace(/ \(possible\)$/, '')
          .replace(
            /^(?:(?:former|new|current|interim|acting|incoming|nouveau|nouvelle|nouvel|actuel|actuelle|ancien|ancienne)[ -])+/,
            '',
          );
        if (base) claim.role = to === previous ? `former ${base}` : base;
        claims.push(claim);
      }
    }
  }
}
