// Turns an ingest outcome into the IngestResult the API returns (dry runs included).
import { claimId, publishedDay } from '../../../schema/graph-delta.js';
import type { IngestOutcome } from '../../ingest/ingest-many.js';
import type { ClaimRecord, EntityRecord } from '../../db/queries/models.js';
import type { GraphQLContext } from '../context.js';
import type { ArticleModel, IngestResultModel } from '../model-types.js';

function draftEntity(
  e: IngestOutcome['delta']['entities'][number],
  day: string | null,
): EntityRecord {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentionCount: e.mentions,
    articleCount: 1,
    firstSeen: day,
    lastSeen: day,
  };
}

/** Builds the result; a dry run describes the delta without reading anything it would write. */
export async function ingestResult(
  ctx: GraphQLContext,
  out: IngestOutcome,
): Promise<IngestResultModel> {
  const { delta } = out;
  const day = publishedDay(delta.article.publishedAt);
  const stored = await ctx.repo.entitiesByIds(delta.entities.map((e) => e.id));
  const entities = delta.entities.map((e, i) =>
    out.dryRun ? draftEntity(e, day) : (stored[i] ?? draftEntity(e, day)),
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const relations = delta.claims.flatMap((c) => {
    const source = byId.get(c.source);
    const target = byId.get(c.target);
    if (!source || !target) return [];
    return [
      {
        type: c.type,
        source,
        target,
        confidence: c.confidence,
        sentence: c.sentence,
        method: c.method,
      },
    ];
  });
  let article: ArticleModel | null = out.dryRun
    ? null
    : await ctx.repo.articlesByIds([out.articleId]).then((a) => a[0] ?? null);
  if (!article) {
    const a = delta.article;
    const claims: ClaimRecord[] = delta.claims.map((c, i) => ({
      id: claimId(a.id, i),
      type: c.type,
      subjectId: c.source,
      objectId: c.target,
      sentence: c.sentence,
      confidence: c.confidence,
      method: c.method,
      start: c.start,
      end: c.end,
      rejected: false,
      articleId: a.id,
      role: c.role ?? null,
    }));
    article = {
      id: a.id,
      title: a.title,
      url: a.url,
      source: a.source,
      author: a.author,
      publishedAt: a.publishedAt,
      language: a.language,
      ingestedAt: '',
      text: a.text,
      inline: {
        entities: entities.map((e, i) => ({ entity: e, count: delta.entities[i]?.mentions ?? 1 })),
        claims,
      },
    };
  }
  ctx.loaders.primeEntities(entities.filter((e) => byId.get(e.id) === e));
  return {
    article,
    created: out.created,
    dryRun: out.dryRun,
    entities,
    relations,
    warnings: out.warnings,
  };
}
