// Mutation resolvers: ingest, delete, merge, update and reject, delegating writes to ingest/.
import { KgError } from '../../errors.js';
import type { ArticleInput } from '../../ingest/ingest-service.js';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { listSize } from '../arguments.js';
import { ingestResult } from './ingest-result.js';

/** Root mutation fields (the write guard plugin has already checked token and read-only mode). */
export const Mutation: MutationResolvers = {
  ingestArticle: async (_p, { input, dryRun }, ctx) => {
    const article = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== null && v !== undefined),
    ) as unknown as ArticleInput;
    const out = await ctx.repo.ingestArticle(article, {
      dryRun: dryRun ?? false,
      maxBytes: ctx.config.maxArticleBytes,
    });
    return ingestResult(ctx, out);
  },
  deleteArticle: async (_p, { id }, ctx) => {
    const r = await ctx.repo.deleteArticle(id);
    return {
      id,
      deleted: r.deleted,
      relationsRemoved: r.relationsRemoved,
      relationsUpdated: r.relationsUpdated,
    };
  },
  mergeEntities: async (_p, { keep, merge }, ctx) => {
    const ids = listSize(merge, 'merge', 100);
    const r = await ctx.repo.mergeEntities(keep, [...ids]);
    const [entity] = await ctx.repo.entitiesByIds([keep]);
    if (!entity) throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${keep}.`, { id: keep });
    ctx.loaders.entity.clearAll();
    ctx.loaders.primeEntities([entity]);
    return { entity, merged: r.merged, relationsMoved: r.relationsMoved };
  },
  updateEntity: async (_p, { id, name, aliases, type }, ctx) => {
    const entity = await ctx.repo.updateEntity(id, {
      name,
      aliases: aliases ? listSize(aliases, 'aliases', 500) : null,
      type,
    });
    ctx.loaders.primeEntities([entity]);
    return entity;
  },
  rejectClaim: async (_p, { id }, ctx) => {
    const found = await ctx.repo.rejectClaim(id);
    if (!found) throw new KgError('CLAIM_NOT_FOUND', `No claim with id ${id}.`, { id });
    const [claim] = await ctx.repo.claimsByIds([id]);
    if (!claim) throw new KgError('CLAIM_NOT_FOUND', `No claim with id ${id}.`, { id });
    return claim;
  },
};
