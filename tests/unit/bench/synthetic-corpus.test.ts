// Unit tests for the synthetic benchmark corpus: deterministic, bilingual, entities present.
import { describe, expect, it } from 'vitest';
import {
  SYNTHETIC_SOURCE,
  generateArticle,
  generateCorpus,
} from '../../bench/synthetic/generate-corpus.js';
import { createRng } from '../../bench/synthetic/prng.js';

describe('synthetic corpus', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateCorpus(20, { seed: 7 });
    const b = generateCorpus(20, { seed: 7 });
    const c = generateCorpus(20, { seed: 8 });
    expect(a).toEqual(b);
    expect(a.map((x) => x.input.text)).not.toEqual(c.map((x) => x.input.text));
    expect(generateArticle(13, { seed: 7 })).toEqual(a[13]);
  });

  it('produces French and English articles of about 500 words', () => {
    const corpus = generateCorpus(100, { seed: 1 });
    const langs = new Set(corpus.map((a) => a.language));
    expect(langs).toEqual(new Set(['fr', 'en']));
    for (const a of corpus) {
      expect(a.wordCount).toBeGreaterThanOrEqual(480);
      expect(a.wordCount).toBeLessThanOrEqual(700);
    }
  });

  it('names every expected entity in the text and marks the article synthetic', () => {
    for (const a of generateCorpus(50, { seed: 3 })) {
      const text = String(a.input.text);
      expect(a.input.source).toBe(SYNTHETIC_SOURCE);
      expect(text).toMatch(/synth[eé]tique|Synthetic/);
      expect(a.expectedEntities.length).toBeGreaterThan(3);
      for (const e of a.expectedEntities) expect(text).toContain(e.surface);
      for (const r of a.expectedRelations) {
        const ids = new Set(a.expectedEntities.map((e) => e.id));
        expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      }
    }
  });

  it('gives distinct texts for distinct indexes', () => {
    const texts = generateCorpus(200, { seed: 5 }).map((a) => a.input.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has a reproducible PRNG in [0, 1)', () => {
    const x = createRng(42);
    const y = createRng(42);
    const xs = Array.from({ length: 100 }, () => x.next());
    expect(xs).toEqual(Array.from({ length: 100 }, () => y.next()));
    expect(xs.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
