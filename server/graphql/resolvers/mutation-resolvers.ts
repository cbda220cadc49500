// Mutation resolvers: ingestion through ingest/ (ingestMany), curation through the repository.
import type { GraphDelta } from '../../../schema/graph-delta.js';
import { KgError, isKgError } from '../../errors.js';
import {
  ingestArticle,
  ingestMany,
  type ArticleInput,
  type IngestOptions,
} from '../../ingest/ingest-many.js';
import { adoptStoredUrlIds } from '../../sources/ingest-url.js';
import type { GraphQLContext } from '../context.js';
import type {
  ArticleInput as ArticleInputArgs,
  MutationResolvers,
} from '../generated/resolvers-types.js';
import { listSize } from '../arguments.js';
import { curationActor } from '../curation-actor.js';
import { ingestByUrl, urlArticleInput } from './feed-resolvers.js';
import { ingestResult } from './ingest-result.js';

const FORMATS = ['auto', 'text', 'markdown', 'html'] as const;

// Most articles one `ingestArticles` call takes.
const MAX_BATCH_ARTICLES = 100;

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

function ingestOptions(ctx: GraphQLContext, dryRun: boolean | null | undefined): IngestOptions {
  return {
    dryRun: dryRun ?? false,
    maxBytes: ctx.config.maxArticleBytes,
    maxWords: ctx.config.maxArticleWords,
  };
}

/** A refused article's error as the API shows it: its code, or a masked internal error. */
function itemError(err: unknown): { code: string; message: string } {
  if (isKgError(err)) return { code: err.code, message: err.message };
  console.error(err);
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' };
}

/** Root mutation fields (the write guard plugin has already checked token and read-only mode). */
export const Mutation: MutationResolvers = {
  ingestArticle: async (_p, { input, dryRun }, ctx) => {
    if (input.text == null) {
      return ingestResult(ctx, await ingestByUrl(ctx, input, dryRun ?? false));
    }
    const out = await ingestArticle(
      ctx.repo.db,
      articleInput({ ...input, text: input.text }),
      ingestOptions(ctx, dryRun),
    );
    return ingestResult(ctx, out);
  },
  ingestArticles: async (_p, { inputs, dryRun }, ctx) => {
    const list = listSize(inputs, 'inputs', MAX_BATCH_ARTICLES);
    // A badly formed input is that article's error, not the batch's.
    // An input without text is a page to fetch (as in `ingestArticle`).
    const sources = list.map((input) => () => {
      const { text } = input;
      return text == null
        ? urlArticleInput(ctx, input)
        : Promise.resolve().then(() => articleInput({ ...input, text }));
    });
    const byLink = list.some((input) => input.text == null);
    const { results } = await ingestMany(ctx.repo.db, sources, {
      ...ingestOptions(ctx, dryRun),
      ...(byLink
        ? { beforeStore: (d: GraphDelta[]) => adoptStoredUrlIds({ gateway: ctx.repo.db }, d) }
        : {}),
    });
    const items = [];
    for (const r of results) {
      items.push(
        r.ok
          ? { index: r.index, result: await ingestResult(ctx, r.outcome), error: null }
          : { index: r.index, result: null, error: itemError(r.error) },
      );
    }
    return items;
  },
  deleteArticle: async (_p, { id }, ctx) => {
    const r = await ctx.repo.deleteArticle(id, curationActor(ctx));
    return {
      id,
      deleted: r.deleted,
      relationsRemoved: r.relationsRemoved,
      relationsUpdated: r.relationsUpdated,
    };
  },
  mergeEntities: async (_p, { keep, merge }, ctx) => {
    const ids = listSize(merge, 'merge', 100);
    const r = await ctx.repo.mergeEntities(keep, ids, curationActor(ctx));
    const [entity] = await ctx.repo.entitiesByIds([keep]);
    if (!entity) throw new KgError('ENTITY_NOT_FOUND', `No entity with id ${keep}.`, { id: keep });
    ctx.loaders.entity.clearAll();
    ctx.loaders.primeEntities([entity]);
    return { entity, merged: r.merged, relationsMoved: r.relationsMoved };
  },
  updateEntity: async (_p, args, ctx) => {
    const { id, name, aliases, type } = args;
    const entity = await ctx.repo.updateEntity(
      id,
      {
        name,
        aliases: aliases ? listSize(aliases, 'aliases', 500) : null,
        type,
        // Absent leaves the location; an explicit null removes the edited one.
        ...('location' in args ? { location: args.location ?? null } : {}),
      },
      curationActor(ctx),
    );
    ctx.loaders.primeEntities([entity]);
    return entity;
  },
  rejectClaim: async (_p, { id }, ctx) => {
    const found = await ctx.repo.rejectClaim(id, curationActor(ctx));
    if (!found) throw new KgError('CLAIM_NOT_FOUND', `No claim with id ${id}.`, { id });
    const [claim] = await ctx.repo.claimsByIds([id]);
    if (!claim) throw new KgError('CLAIM_NOT_FOUND', `No claim with id ${id}.`, { id });
    return claim;
  },
};
