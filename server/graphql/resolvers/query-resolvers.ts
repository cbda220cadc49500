// Query resolvers: search, lists, subgraphs, paths, articles, stats, ontology and export.
import { ENTITY_TYPE_LABELS, RELATION_TYPE_LABELS } from '../../../schema/ontology.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import type { GraphQLContext } from '../context.js';
import type { SubgraphRecord } from '../../db/queries/subgraph-queries.js';
import { confidence, intInRange, isoDate, listSize, pageSize } from '../arguments.js';
import { buildExport } from '../export/export-graph.js';
import { timeRangeArg } from './view-resolvers.js';

// The qualifier filter argument, with its defaults.
function qualifierFilter(
  q: { currentLeadersOnly?: boolean | null; hidePossible?: boolean | null } | null | undefined,
) {
  return {
    currentLeadersOnly: q?.currentLeadersOnly ?? false,
    hidePossible: q?.hidePossible ?? false,
  };
}

function primed<T extends SubgraphRecord>(ctx: GraphQLContext, g: T): T {
  ctx.loaders.primeEntities(g.nodes);
  return g;
}

const ontology = {
  entityTypes: Object.entries(ENTITY_TYPE_LABELS).map(([name, label]) => ({ name, label })),
  relationTypes: Object.entries(RELATION_TYPE_LABELS).map(([name, label]) => ({ name, label })),
};

/** Root query fields. */
export const Query: QueryResolvers = {
  search: async (_p, args, ctx) => {
    const limit = pageSize(args.limit, 'limit', ctx.config.maxPageSize, 10);
    if (args.text.length > 500) return [];
    const hits = await ctx.repo.searchEntities(args.text, args.types ?? null, limit);
    ctx.loaders.primeEntities(hits.map((h) => h.entity));
    return hits;
  },
  entity: (_p, args, ctx) => ctx.loaders.entity.load(args.id),
  entities: async (_p, args, ctx) => {
    const page = await ctx.repo.entitiesPage({
      types: args.filter?.types ?? null,
      name: args.filter?.name ?? null,
      sort: args.filter?.sort ?? 'MENTIONS',
      first: pageSize(args.first, 'first', ctx.config.maxPageSize, 50),
      after: args.after ?? null,
    });
    const nodes = page.edges.map((e) => e.node);
    ctx.loaders.primeEntities(nodes);
    return {
      edges: page.edges,
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  },
  relation: (_p, args, ctx) => ctx.loaders.relation.load(args.id),
  neighborhood: async (_p, args, ctx) =>
    primed(
      ctx,
      await ctx.repo.neighborhood({
        ids: listSize(args.ids, 'ids', ctx.config.maxPageSize),
        depth: intInRange(args.depth, 'depth', 1, 3, 1),
        limit: pageSize(args.limit, 'limit', ctx.config.maxPageSize, 200),
        relationTypes: args.relationTypes ?? null,
        entityTypes: args.entityTypes ?? null,
        minConfidence: confidence(args.minConfidence),
        since: isoDate(args.since, 'since'),
        until: isoDate(args.until, 'until'),
        timeRange: timeRangeArg(args.timeRange),
        qualifiers: qualifierFilter(args.qualifiers),
      }),
    ),
  overview: async (_p, args, ctx) =>
    primed(
      ctx,
      await ctx.repo.overview(
        pageSize(args.limit, 'limit', ctx.config.maxPageSize, 60),
        args.entityTypes ?? null,
        timeRangeArg(args.timeRange),
        qualifierFilter(args.qualifiers),
      ),
    ),
  paths: async (_p, args, ctx) => {
    const paths = await ctx.repo.shortestPaths({
      from: args.from,
      to: args.to,
      maxHops: intInRange(args.maxHops, 'maxHops', 1, 6, 4),
      limit: pageSize(args.limit, 'limit', Math.min(100, ctx.config.maxPageSize), 5),
      relationTypes: args.relationTypes ?? null,
      minConfidence: confidence(args.minConfidence),
    });
    ctx.loaders.primeEntities(paths.flatMap((p) => p.nodes));
    return paths;
  },
  articles: async (_p, args, ctx) => {
    const f = args.filter;
    const page = await ctx.repo.articlesPage({
      text: f?.text ?? null,
      since: isoDate(f?.since, 'since'),
      until: isoDate(f?.until, 'until'),
      mentions: listSize(f?.mentions, 'mentions', 50),
      language: f?.language ?? null,
      first: pageSize(args.first, 'first', ctx.config.maxPageSize, 20),
      after: args.after ?? null,
    });
    for (const a of page.nodes) ctx.loaders.article.prime(a.id, a);
    return {
      nodes: page.nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  },
  article: (_p, args, ctx) => ctx.loaders.article.load(args.id),
  claim: (_p, args, ctx) => ctx.loaders.claim.load(args.id),
  stats: (_p, _args, ctx) => ctx.repo.stats(),
  ontology: () => ontology,
  export: (_p, args, ctx) =>
    buildExport(
      ctx.repo,
      {
        ids: args.ids ?? null,
        depth: args.depth ?? null,
        limit: args.limit ?? null,
        format: args.format ?? null,
      },
      ctx.config.maxPageSize,
    ),
};
