// The `kg extract --json` contract object built from a GraphDelta.
import type { EntityType, RelationType } from '../../../schema/ontology.js';
import type { GraphDelta, Language } from '../../../schema/graph-delta.js';

/** The JSON printed by `kg extract --json` (see DESIGN.md). */
export interface ExtractJson {
  language: Language;
  title: string | null;
  publishedAt: string | null;
  entities: { id: string; name: string; type: EntityType; aliases: string[] }[];
  relations: {
    type: RelationType;
    source: string;
    target: string;
    confidence: number;
    evidence: string;
    /** Role or qualifier the sentence states ("former chief executive", "possible"), when any. */
    role?: string;
  }[];
}

/** One entry per distinct (type, source, target), keeping the most confident evidence. */
export function toExtractJson(delta: GraphDelta): ExtractJson {
  const best = new Map<string, ExtractJson['relations'][number]>();
  for (const c of delta.claims) {
    const key = `${c.type}|${c.source}|${c.target}`;
    const prev = best.get(key);
    if (!prev || c.confidence > prev.confidence) {
      best.set(key, {
        type: c.type,
        source: c.source,
        target: c.target,
        confidence: c.confidence,
        evidence: c.sentence,
        ...(c.role ? { role: c.role } : {}),
      });
    }
  }
  return {
    language: delta.article.language,
    title: delta.article.title,
    publishedAt: delta.article.publishedAt,
    entities: delta.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
    })),
    relations: [...best.values()],
  };
}
