// Deterministic synthetic EV-news corpus (French and English, ~500 words) with its expected entities.
import type { ArticleInput } from '../../../server/ingest/extract/extract-article.js';
import { loadGazetteerData, type GazetteerData } from './gazetteer-data.js';
import { createRng } from './prng.js';
import {
  FILLER,
  TITLES,
  relationTemplates,
  type ExpectedEntity,
  type ExpectedRelation,
  type SyntheticLanguage,
} from './templates.js';

/** Every synthetic article carries this source, so it can never pass for real data. */
export const SYNTHETIC_SOURCE = 'synthetic';

/** One generated article, ready for `extractArticle`, with what it should contain. */
export interface SyntheticArticle {
  index: number;
  language: SyntheticLanguage;
  input: ArticleInput;
  /** Distinct entities the text names (first surface form used). */
  expectedEntities: ExpectedEntity[];
  /** Relations the templates meant to state. */
  expectedRelations: ExpectedRelation[];
  wordCount: number;
}

/** Generation options. */
export interface CorpusOptions {
  seed?: number;
  /** Target words per article (default 500). */
  words?: number;
  /** Share of French articles (default 0.5). */
  frenchShare?: number;
  gazetteer?: GazetteerData;
}

const DEFAULT_SEED = 20250730;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isoDate(rng: ReturnType<typeof createRng>): string {
  const y = rng.int(2021, 2025);
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const d = String(rng.int(1, 28)).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Article `index` of the corpus for `seed`: the same inputs always give the same article. */
export function generateArticle(index: number, options: CorpusOptions = {}): SyntheticArticle {
  const seed = options.seed ?? DEFAULT_SEED;
  const g = options.gazetteer ?? loadGazetteerData();
  const rng = createRng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const language: SyntheticLanguage = rng.next() < (options.frenchShare ?? 0.5) ? 'fr' : 'en';
  const target = options.words ?? 500;
  const templates = relationTemplates(language);
  const focus = rng.pickSkewed(g.byType.Company);
  const title = rng.pick(TITLES[language]).replace('{c}', focus.name);

  const entities = new Map<string, ExpectedEntity>();
  const relations: ExpectedRelation[] = [];
  entities.set(focus.id, { id: focus.id, type: focus.type, surface: focus.name });
  const paragraphs: string[] = [];
  let words = countWords(title);
  while (words < target) {
    const sentences: string[] = [];
    const n = rng.int(3, 5);
    for (let i = 0; i < n; i++) {
      if (rng.chance(0.45)) {
        const s = rng.pick(templates)(rng, g);
        if (s) {
          sentences.push(s.text);
          for (const e of s.entities) if (!entities.has(e.id)) entities.set(e.id, e);
          relations.push(...s.relations);
          continue;
        }
      }
      sentences.push(rng.pick(FILLER[language]));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  const marker =
    language === 'fr'
      ? `Article synthétique de banc d'essai ${seed}-${index}.`
      : `Synthetic benchmark article ${seed}-${index}.`;
  const text = [title, '', ...paragraphs, marker].join('\n');
  return {
    index,
    language,
    input: {
      text,
      title,
      format: 'text',
      publishedAt: isoDate(rng),
      source: SYNTHETIC_SOURCE,
      url: `https://synthetic.invalid/${seed}/${index}`,
    },
    expectedEntities: [...entities.values()],
    expectedRelations: relations,
    wordCount: countWords(text),
  };
}

/** `count` articles of the corpus for `seed` (index 0..count-1). */
export function generateCorpus(count: number, options: CorpusOptions = {}): SyntheticArticle[] {
  const gazetteer = options.gazetteer ?? loadGazetteerData();
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) out.push(generateArticle(i, { ...options, gazetteer }));
  return out;
}
