// Mutation resolvers: ingest, delete, merge, update and reject, delegating writes to ingest/.
import { KgError } from '../../errors.js';
import type { ArticleInput } from '../../ingest/ingest-service.js';
import type {
  ArticleInput as ArticleInputArgs,
  MutationResolvers,
} from '../generated/resolvers-types.js';
import { listSize } from '../arguments.js';
import { ingestByUrl } from './feed-resolvers.js';
import { ingestResult } from './ingest-result.js';

const FORMATS = ['auto', 'text', 'markdown', 'html'] as const;

function articleInput(input: ArticleInputArgs & { text: string }): ArticleInput {
  const format = input.format?.toLowerCase() ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new KgError('INVALID_ARGUMENT', 'format must be text, markdown or html.', {
      argument: 'format',
    });
  }
  return {
    text: input.text,
    format: format as ArticleInput['format'],
    title: input.title ?? null,
    url: input.url ?? null,
    publishedAt: input.publishedAt ?? null,
    source: input.source ?? null,
    author: input.author ?? null,
    language: input.language ?? null,
  };
}

/** Root mutation fields (the write guard plugin has already checked token and read-only mode). */
export const Mutation: MutationResolvers = {
  ingestArticle: async (_p, { input, dryRun }, ctx) => {
    if (input.text == null) {
      return ingestResult(ctx, await ingestByUrl(ctx, input, dryRun ?? false));
    }
    const out = await ctx.repo.ingestArticle(articleInput({ ...input, text: input.text }), {
      dryRun: dryRun ?? false,
      maxBytes: ctx.config.maxArticleBytes,
      maxWords: ctx.config.maxArticleWords,
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
