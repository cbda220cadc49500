// Resolvers of the article library, the curation log, rejected claims, restore and revert.
import { restoreClaim, revertCuration } from '../../db/curation/curation.js';
import { articleLibrary } from '../../db/queries/article-library-queries.js';
import { curationEvents, rejectedClaims } from '../../db/queries/curation-queries.js';
import { KgError } from '../../errors.js';
import { pageSize } from '../arguments.js';
import { curationActor } from '../curation-actor.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';

const pageInfo = (p: { hasNextPage: boolean; endCursor: string | null }) => ({
  hasNextPage: p.hasNextPage,
  endCursor: p.endCursor,
});

/** Query fields: `articleLibrary`, `curationEvents`, `rejectedClaims`. */
export const CurationQuery: Pick<
  QueryResolvers,
  'articleLibrary' | 'curationEvents' | 'rejectedClaims'
> = {
  articleLibrary: async (_p, args, ctx) => {
    const text = args.text ?? null;
    if (text !== null && text.length > 200) {
      throw new KgError('INVALID_ARGUMENT', '`text` must be at most 200 characters.', {
        argument: 'text',
      });
    }
    const page = await articleLibrary(ctx.repo.db, {
      text,
      sort: args.sort ?? 'NEWEST',
      first: pageSize(args.first, 'first', ctx.config.maxPageSize, 50),
      after: args.after ?? null,
    });
    for (const item of page.items) ctx.loaders.article.prime(item.article.id, item.article);
    return { items: page.items, pageInfo: pageInfo(page), totalCount: page.totalCount };
  },
  curationEvents: async (_p, args, ctx) => {
    const page = await curationEvents(ctx.repo.db, {
      first: pageSize(args.first, 'first', ctx.config.maxPageSize, 50),
      after: args.after ?? null,
    });
    return { nodes: page.nodes, pageInfo: pageInfo(page), totalCount: page.totalCount };
  },
  rejectedClaims: async (_p, args, ctx) => {
    const page = await rejectedClaims(ctx.repo.db, {
      first: pageSize(args.first, 'first', ctx.config.maxPageSize, 50),
      after: args.after ?? null,
    });
    return {
      nodes: page.nodes.map((c) => ({
        claim: c,
        rejectedAt: c.rejectedAt,
        rejectedReason: c.rejectedReason,
      })),
      pageInfo: pageInfo(page),
      totalCount: page.totalCount,
    };
  },
};

/** Mutation fields: `restoreClaim`, `revertCuration`. */
export const CurationMutation: Pick<MutationResolvers, 'restoreClaim' | 'revertCuration'> = {
  restoreClaim: async (_p, { id }, ctx) => {
    const found = await restoreClaim(ctx.repo.db, id, curationActor(ctx));
    const [claim] = found ? await ctx.repo.claimsByIds([id]) : [];
    if (!claim) throw new KgError('CLAIM_NOT_FOUND', `No claim with id ${id}.`, { id });
    return claim;
  },
  revertCuration: (_p, { id }, ctx) => revertCuration(ctx.repo.db, id, curationActor(ctx)),
};
