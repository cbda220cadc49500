// Scores one article's extraction against its gold annotation: found, missed and spurious items with evidence.
import { SYMMETRIC_RELATIONS, type RelationType } from '../../schema/ontology.js';
import type { ExtractJson } from '../ingest/extract/extract-json.js';
import type { Gold, GoldEntity } from './gold-schema.js';
import { containsWords, keysMeet, nameKeys, normaliseName, textNames } from './match-names.js';

/** One entity outcome; `type` is the gold type for found/missed, the extracted type for spurious. */
export interface EntityOutcome {
  outcome: 'found' | 'missed' | 'spurious';
  type: string;
  name: string;
  /** For a spurious entity that names a gold entity of another type: that gold type. */
  goldType?: string;
  /** A sentence of the article naming it, or null when none does. */
  evidence: string | null;
}

/** One relation outcome, by gold entity names when the endpoints match gold entities. */
export interface RelationOutcome {
  outcome: 'found' | 'missed' | 'spurious';
  type: RelationType;
  source: string;
  target: string;
  /** Spurious: the sentence the extraction used. Missed: the sentences naming both ends. */
  evidence: string[];
}

/** A mustNotExtract name that an extracted entity carries. */
export interface Leak {
  name: string;
  extracted: string;
}

export interface MetadataCheck {
  field: 'language' | 'title' | 'publishedAt';
  ok: boolean;
  expected: string;
  got: string;
}

export interface ArticleScore {
  entities: EntityOutcome[];
  relations: RelationOutcome[];
  leaks: Leak[];
  metadata: MetadataCheck[];
}

type Extracted = ExtractJson['entities'][number];

/**
 * Compares an extraction with the gold annotation of the same article. `sentences` are the
 * article's sentences, used to show evidence for misses and spurious entities.
 */
export function scoreArticle(
  gold: Gold,
  out: ExtractJson,
  sentences: readonly string[],
): ArticleScore {
  const golds = gold.entities.map((g) => ({ ...g, keys: nameKeys([g.name, ...g.aliases]) }));
  const extracted = out.entities.map((e) => ({ ...e, keys: nameKeys([e.name, ...e.aliases]) }));
  const firstNaming = (names: readonly string[]): string | null =>
    sentences.find((s) => textNames(s, names)) ?? null;

  // Each extracted entity names at most one gold entity, preferring one of the same type.
  const goldOf = new Map<string, GoldEntity | null>();
  for (const e of extracted) {
    const hits = golds.filter((g) => keysMeet(e.keys, g.keys));
    goldOf.set(e.id, hits.find((g) => g.type === e.type) ?? hits[0] ?? null);
  }

  const entities: EntityOutcome[] = [];
  const found = new Set<string>();
  for (const e of extracted) {
    const g = goldOf.get(e.id) ?? null;
    if (g && g.type === e.type) {
      if (!g.optional && !found.has(g.name)) {
        found.add(g.name);
        entities.push({ outcome: 'found', type: g.type, name: g.name, evidence: null });
      }
    } else if (!g?.optional) {
      entities.push({
        outcome: 'spurious',
        type: e.type,
        name: e.name,
        ...(g ? { goldType: g.type } : {}),
        evidence: firstNaming([e.name, ...e.aliases]),
      });
    }
  }
  for (const g of gold.entities) {
    if (g.optional || found.has(g.name)) continue;
    entities.push({
      outcome: 'missed',
      type: g.type,
      name: g.name,
      evidence: firstNaming([g.name, ...g.aliases]),
    });
  }

  return {
    entities,
    relations: scoreRelations(gold, out, goldOf, sentences),
    leaks: findLeaks(gold.mustNotExtract, extracted),
    metadata: checkMetadata(gold, out),
  };
}

function relationKey(type: RelationType, a: string, b: string): string {
  return SYMMETRIC_RELATIONS.has(type) && a > b ? `${type}|${b}|${a}` : `${type}|${a}|${b}`;
}

function scoreRelations(
  gold: Gold,
  out: ExtractJson,
  goldOf: ReadonlyMap<string, GoldEntity | null>,
  sentences: readonly string[],
): RelationOutcome[] {
  const goldByName = new Map(gold.entities.map((g) => [g.name, g]));
  const goldRelations = new Map(
    gold.relations.map((r) => [relationKey(r.type, r.source, r.target), r]),
  );
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  const outcomes: RelationOutcome[] = [];
  const seen = new Set<string>();
  for (const r of out.relations) {
    const a = goldOf.get(r.source) ?? null;
    const b = goldOf.get(r.target) ?? null;
    const key =
      a && b ? relationKey(r.type, a.name, b.name) : `${r.type}|?${r.source}|?${r.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (goldRelations.has(key)) continue;
    outcomes.push({
      outcome: 'spurious',
      type: r.type,
      source: a?.name ?? names.get(r.source) ?? r.source,
      target: b?.name ?? names.get(r.target) ?? r.target,
      evidence: [r.evidence],
    });
  }
  for (const [key, r] of goldRelations) {
    if (r.optional) continue;
    if (seen.has(key)) {
      outcomes.push({ ...pick(r), outcome: 'found', evidence: [] });
      continue;
    }
    const s = goldByName.get(r.source);
    const t = goldByName.get(r.target);
    const evidence =
      s && t
        ? sentences.filter(
            (text) =>
              textNames(text, [s.name, ...s.aliases]) && textNames(text, [t.name, ...t.aliases]),
          )
        : [];
    outcomes.push({ ...pick(r), outcome: 'missed', evidence });
  }
  return outcomes;
}

function pick(r: Gold['relations'][number]): {
  type: RelationType;
  source: string;
  target: string;
} {
  return { type: r.type, source: r.source, target: r.target };
}

/** A leak: an extracted name or alias that contains a mustNotExtract name as whole words. */
function findLeaks(
  mustNotExtract: readonly string[],
  extracted: readonly (Extracted & { keys: Set<string> })[],
): Leak[] {
  const leaks: Leak[] = [];
  for (const bad of mustNotExtract) {
    const n = normaliseName(bad);
    const hit = extracted.find((e) =>
      [...e.keys].some((k) => !k.startsWith('~') && containsWords(k, n)),
    );
    if (hit) leaks.push({ name: bad, extracted: `${hit.name} (${hit.type})` });
  }
  return leaks;
}

function checkMetadata(gold: Gold, out: ExtractJson): MetadataCheck[] {
  const expectedDate = gold.publishedAt ?? '';
  const gotDate = (out.publishedAt ?? '').slice(0, 10);
  return [
    {
      field: 'language',
      ok: out.language === gold.language,
      expected: gold.language,
      got: out.language,
    },
    {
      field: 'title',
      ok: normaliseName(out.title ?? '') === normaliseName(gold.title),
      expected: gold.title,
      got: out.title ?? '',
    },
    { field: 'publishedAt', ok: gotDate === expectedDate, expected: expectedDate, got: gotDate },
  ];
}
