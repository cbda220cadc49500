// PURE: the nodes and relationships a set of deltas produces, aggregated, as rows for raw UNWIND writes.
import type { EntityType, RelationType } from '../../../schema/ontology.js';
import { orientKey } from '../../../server/db/writes/relation-aggregates.js';
import { aliasKeys } from '../../../server/db/writes/alias-key.js';
import { nameKey } from '../../../server/db/writes/name-key.js';
import type { GraphDelta } from '../../../schema/graph-delta.js';
import { publishedDay } from '../../../schema/graph-delta.js';
import { claimRow, normalizeDelta } from '../../../server/db/writes/write-plan.js';

/** Row lists, one per statement kind of the raw script. */
export interface RawPlan {
  articles: Record<string, unknown>[];
  entities: Map<EntityType, Record<string, unknown>[]>;
  aliases: { key: string; entityId: string }[];
  mentions: { articleId: string; entityId: string; count: number }[];
  claims: Record<string, unknown>[];
  relations: Map<RelationType, Record<string, unknown>[]>;
}

interface EntityAgg {
  id: string;
  name: string;
  type: EntityType;
  origin: string;
  aliases: Set<string>;
  mentionCount: number;
  articleCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

interface RelAgg {
  claims: number;
  articles: Set<string>;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  roles: Map<string, number>;
}

const min = (a: string | null, b: string | null) => (a === null ? b : b === null || a < b ? a : b);
const max = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);

/** Aggregates deltas (first occurrence of an article wins) into the rows the raw script writes. */
export function rawPlan(input: readonly GraphDelta[], now: string): RawPlan {
  const seen = new Set<string>();
  const entities = new Map<string, EntityAgg>();
  const rels = new Map<string, { type: RelationType; s: string; o: string; agg: RelAgg }>();
  const plan: RawPlan = {
    articles: [],
    entities: new Map(),
    aliases: [],
    mentions: [],
    claims: [],
    relations: new Map(),
  };
  for (const raw of input) {
    if (seen.has(raw.article.id)) continue;
    seen.add(raw.article.id);
    const d = normalizeDelta(raw);
    const a = d.article;
    const day = publishedDay(a.publishedAt);
    plan.articles.push({ ...a, ingestedAt: now });
    for (const e of d.entities) {
      let agg = entities.get(e.id);
      if (!agg) {
        agg = {
          id: e.id,
          name: e.name,
          type: e.type,
          origin: e.origin,
          aliases: new Set(),
          mentionCount: 0,
          articleCount: 0,
          firstSeen: null,
          lastSeen: null,
        };
        entities.set(e.id, agg);
      }
      for (const x of e.aliases) agg.aliases.add(x);
      agg.mentionCount += Math.max(1, Math.round(e.mentions));
      agg.articleCount += 1;
      agg.firstSeen = min(agg.firstSeen, day);
      agg.lastSeen = max(agg.lastSeen, day);
      plan.mentions.push({
        articleId: a.id,
        entityId: e.id,
        count: Math.max(1, Math.round(e.mentions)),
      });
    }
    d.claims.forEach((c, i) => {
      plan.claims.push(claimRow(a.id, day, c, i));
      const { subjectId: s, objectId: o } = orientKey({
        type: c.type,
        subjectId: c.source,
        objectId: c.target,
      });
      const key = `${c.type}|${s}|${o}`;
      let r = rels.get(key);
      if (!r) {
        r = {
          type: c.type,
          s,
          o,
          agg: {
            claims: 0,
            articles: new Set(),
            confidence: 0,
            firstSeen: null,
            lastSeen: null,
            roles: new Map(),
          },
        };
        rels.set(key, r);
      }
      r.agg.claims += 1;
      r.agg.articles.add(a.id);
      r.agg.confidence = Math.max(r.agg.confidence, c.confidence);
      r.agg.firstSeen = min(r.agg.firstSeen, day);
      r.agg.lastSeen = max(r.agg.lastSeen, day);
      if (c.role) r.agg.roles.set(c.role, (r.agg.roles.get(c.role) ?? 0) + 1);
    });
  }
  for (const e of entities.values()) {
    const aliases = [...new Set([e.name, ...e.aliases])];
    const list = plan.entities.get(e.type) ?? [];
    list.push({
      id: e.id,
      name: e.name,
      nameKey: nameKey(e.name),
      type: e.type,
      origin: e.origin,
      aliases,
      aliasesText: aliases.join(' | '),
      mentionCount: e.mentionCount,
      articleCount: e.articleCount,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      createdAt: now,
      updatedAt: now,
    });
    plan.entities.set(e.type, list);
    for (const key of aliasKeys(e.name, aliases)) plan.aliases.push({ key, entityId: e.id });
  }
  for (const r of rels.values()) {
    const roles = [...r.agg.roles].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const list = plan.relations.get(r.type) ?? [];
    list.push({
      s: r.s,
      o: r.o,
      props: {
        claims: r.agg.claims,
        articles: r.agg.articles.size,
        confidence: r.agg.confidence,
        firstSeen: r.agg.firstSeen,
        lastSeen: r.agg.lastSeen,
        role: roles[0]?.[0] ?? null,
        updatedAt: now,
      },
    });
    plan.relations.set(r.type, list);
  }
  return plan;
}
