// Runs the evaluation: finds gold files in folders, extracts each article in-process, scores and sums.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES } from '../../schema/ontology.js';
import { extractArticle, toExtractJson } from '../ingest/extract/extract-article.js';
import { splitSentences } from '../ingest/extract/split-sentences.js';
import { EvalInputError, readGoldFile, type Gold } from './gold-schema.js';
import { scoreArticle, type ArticleScore, type MetadataCheck } from './score-article.js';
import { tally, type Tally } from './tally.js';

/** The score of one article, or the error extraction raised (then every required item is missed). */
export interface ArticleReport extends ArticleScore {
  article: string;
  gold: string;
  error: string | null;
}

/** The whole evaluation. */
export interface EvalReport {
  /** Entity and relation types the counts are restricted to, or null for all. */
  types: string[] | null;
  articles: ArticleReport[];
  entities: Tally;
  relations: Tally;
  leaks: number;
  metadata: {
    right: number;
    of: number;
    byField: Record<MetadataCheck['field'], [number, number]>;
  };
}

const KNOWN_TYPES = new Set<string>([...ENTITY_TYPES, ...RELATION_TYPES]);

/** The gold files of the folders, validated before any extraction; throws EvalInputError. */
export function loadGoldFiles(
  dirs: readonly string[],
): { file: string; gold: Gold; articlePath: string }[] {
  if (dirs.length === 0) throw new EvalInputError('kg eval', 'give at least one folder');
  return dirs.flatMap((dir) => {
    let names: string[];
    try {
      if (!statSync(dir).isDirectory()) throw new Error('not a folder');
      names = readdirSync(dir);
    } catch (err) {
      throw new EvalInputError(dir, `cannot read the folder (${(err as Error).message})`);
    }
    const golds = names.filter((n) => n.endsWith('.gold.json')).sort();
    if (golds.length === 0) throw new EvalInputError(dir, 'no NAME.gold.json file in this folder');
    return golds.map((n) => {
      const file = join(dir, n);
      return { file, ...readGoldFile(file) };
    });
  });
}

/** Checks a `--type` list against the ontology; throws EvalInputError on an unknown type. */
export function checkTypes(types: readonly string[]): void {
  const unknown = types.filter((t) => !KNOWN_TYPES.has(t));
  if (unknown.length > 0)
    throw new EvalInputError(
      '--type',
      `unknown type ${unknown.join(', ')}; use entity types (${ENTITY_TYPES.join(', ')}) or relation types (${RELATION_TYPES.join(', ')})`,
    );
}

/** Extracts one article and scores it against its gold annotation. */
export function evaluateArticle(gold: Gold, articlePath: string, goldFile: string): ArticleReport {
  const base = { article: articlePath, gold: goldFile };
  try {
    const bytes = readFileSync(articlePath);
    const delta = extractArticle({
      text: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      format: 'auto',
      fileName: basename(articlePath),
    });
    const sentences = splitSentences(delta.article.text, delta.article.language).map((s) =>
      s.text.trim(),
    );
    return { ...base, error: null, ...scoreArticle(gold, toExtractJson(delta), sentences) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const nothing = { language: gold.language, title: null, publishedAt: null };
    const score = scoreArticle(gold, { ...nothing, entities: [], relations: [] }, []);
    return { ...base, error: message, ...score, metadata: [] };
  }
}

/** Sums article scores, keeping only outcomes of `types` when given. */
export function summarise(articles: ArticleReport[], types: readonly string[] | null): EvalReport {
  const keep = <T extends { type: string }>(items: T[]): T[] =>
    types ? items.filter((i) => types.includes(i.type)) : items;
  const filtered = articles.map((a) => ({
    ...a,
    entities: keep(a.entities),
    relations: keep(a.relations),
  }));
  const byField: EvalReport['metadata']['byField'] = {
    language: [0, 0],
    title: [0, 0],
    publishedAt: [0, 0],
  };
  for (const a of filtered)
    for (const m of a.metadata) {
      byField[m.field][1]++;
      if (m.ok) byField[m.field][0]++;
    }
  const checks = filtered.flatMap((a) => a.metadata);
  return {
    types: types ? [...types] : null,
    articles: filtered,
    entities: tally(filtered.flatMap((a) => a.entities)),
    relations: tally(filtered.flatMap((a) => a.relations)),
    leaks: filtered.reduce((n, a) => n + a.leaks.length, 0),
    metadata: { right: checks.filter((m) => m.ok).length, of: checks.length, byField },
  };
}

/** Evaluates every gold-annotated article of the folders. Throws EvalInputError on bad input. */
export function runEval(
  dirs: readonly string[],
  types: readonly string[] | null = null,
): EvalReport {
  if (types) checkTypes(types);
  const golds = loadGoldFiles(dirs);
  return summarise(
    golds.map((g) => evaluateArticle(g.gold, g.articlePath, g.file)),
    types,
  );
}
