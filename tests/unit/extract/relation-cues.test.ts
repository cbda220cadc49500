// The cheap cue prefilter of each relation pattern never hides a match of its regex.
import { describe, expect, it } from 'vitest';
import { defaultGazetteer } from '../../../server/ingest/extract/gazetteer.js';
import { recogniseMentions } from '../../../server/ingest/extract/recognise-mentions.js';
import { RELATION_PATTERNS } from '../../../server/ingest/extract/relation-patterns.js';
import { buildSkeleton } from '../../../server/ingest/extract/sentence-skeleton.js';
import { splitSentences } from '../../../server/ingest/extract/split-sentences.js';
import { generateCorpus } from '../../bench/synthetic/generate-corpus.js';
import * as fixtures from './fixtures.js';
import * as articles from './relation-articles.js';

function skeletons(text: string, language: 'fr' | 'en'): { text: string; mentions: number }[] {
  const sentences = splitSentences(text, language);
  const { perSentence } = recogniseMentions(text, sentences, language, defaultGazetteer());
  return sentences.map((s, i) => {
    const sk = buildSkeleton(text, s.start, s.end, perSentence[i]!);
    return { text: sk.text, mentions: sk.mentions.length };
  });
}

describe('relation pattern cues', () => {
  it('every regex match has one of its cues and enough mentions', () => {
    const texts: { text: string; language: 'fr' | 'en' }[] = [
      ...[...Object.values(fixtures), ...Object.values(articles)].map((text) => ({
        text,
        language: /\b(?:le|la|les|des)\b/.test(text) ? ('fr' as const) : ('en' as const),
      })),
      ...generateCorpus(60).map((a) => ({
        text: String(a.input.text),
        language: a.language,
      })),
    ];
    let matched = 0;
    for (const { text, language } of texts) {
      for (const sk of skeletons(text, language)) {
        for (const p of RELATION_PATTERNS) {
          const re = new RegExp(p.re.source, 'g');
          if (!re.test(sk.text)) continue;
          matched++;
          expect(
            p.cues.some((c) => sk.text.includes(c)),
            `${p.name}: ${sk.text}`,
          ).toBe(true);
          expect(sk.mentions, `${p.name}: ${sk.text}`).toBeGreaterThanOrEqual(p.min);
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
    // Builds the synthetic corpus and the full gazetteer: seconds on a busy machine.
  }, 30_000);
});
