// Field resolvers of Relation, Evidence, Claim, Path and Subgraph endpoints (batched).
import { KgError } from '../../errors.js';
import type { EntityRecord } from '../../db/queries/models.js';
import type { GraphQLContext } from '../context.js';
import type {
  ClaimResolvers,
  EvidenceResolvers,
  RelationResolvers,
} from '../generated/resolvers-types.js';
import { pageSize } from '../arguments.js';
import { parseQualifiers, relationQualifiers } from '../../db/queries/claim-qualifiers.js';

async function loadEndpoint(ctx: GraphQLContext, id: string): Promise<EntityRecord> {
  const e = await ctx.loaders.entity.load(id);
  if (!e) throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${id}.`, { id });
  return e;
}

/**
 * The entity a relation or claim points at (it must exist): synchronously when this request
 * already read it, else through the entity loader.
 */
export function endpoint(ctx: GraphQLContext, id: string): EntityRecord | Promise<EntityRecord> {
  return ctx.loaders.known.get(id) ?? loadEndpoint(ctx, id);
}

async function article(ctx: GraphQLContext, id: string) {
  const a = await ctx.loaders.article.load(id);
  if (!a) throw new KgError('ARTICLE_NOT_FOUND', `No article with id ${id}.`, { id });
  return a;
}

/** Relation fields. */
export const Relation: RelationResolvers = {
  source: (r, _args, ctx) => endpoint(ctx, r.sourceId),
  target: (r, _args, ctx) => endpoint(ctx, r.targetId),
  evidence: (r, args, ctx) =>
    ctx.loaders.evidence.load({
      type: r.type,
      sourceId: r.sourceId,
      targetId: r.targetId,
      first: pageSize(args.first, 'first', ctx.config.maxPageSize, 20),
    }),
  qualifiers: async (r, _args, ctx) =>
    relationQualifiers(
      r.type,
      await ctx.loaders.claimRoles.load({
        type: r.type,
        sourceId: r.sourceId,
        targetId: r.targetId,
      }),
    ),
};

/** Evidence fields (a claim seen from its relation). */
export const Evidence: EvidenceResolvers = {
  article: (c, _args, ctx) => article(ctx, c.articleId),
  qualifiers: (c) => parseQualifiers(c.role, c.type, c.sentence),
};

/** Claim fields. */
export const Claim: ClaimResolvers = {
  subject: (c, _args, ctx) => endpoint(ctx, c.subjectId),
  object: (c, _args, ctx) => endpoint(ctx, c.objectId),
  article: (c, _args, ctx) => article(ctx, c.articleId),
  qualifiers: (c) => parseQualifiers(c.role, c.type, c.sentence),
};
