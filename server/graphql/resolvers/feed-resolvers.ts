// Resolvers for loading by link (ingestArticle with only a url) and for feeds.
import { KgError } from '../../errors.js';
import type { ArticleInput as IngestInput, IngestOutcome } from '../../ingest/ingest-many.js';
import { fetchArticleInput, type UrlMetadata } from '../../sources/ingest-url.js';
import type { WebSources } from '../../sources/web-sources.js';
import type { GraphQLContext } from '../context.js';
import type {
  ArticleInput,
  MutationResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.js';
import { listSize } from '../arguments.js';

function sources(ctx: GraphQLContext): WebSources {
  if (!ctx.sources) throw new Error('This server was built without web sources.');
  return ctx.sources;
}

function urlMeta(input: ArticleInput): { url: string; meta: UrlMetadata } {
  if (!input.url) {
    throw new KgError('INVALID_ARGUMENT', 'Give the article text, or its url to fetch it.', {
      argument: 'input',
    });
  }
  if (input.format) {
    throw new KgError(
      'INVALID_ARGUMENT',
      'format applies to text; a fetched page has its own type.',
      {
        argument: 'format',
      },
    );
  }
  return {
    url: input.url,
    meta: {
      title: input.title ?? null,
      publishedAt: input.publishedAt ?? null,
      source: input.source ?? null,
      author: input.author ?? null,
      language: input.language ?? null,
    },
  };
}

/** `ingestArticle` without text: fetches `input.url` (caller metadata still wins). */
export async function ingestByUrl(
  ctx: GraphQLContext,
  input: ArticleInput,
  dryRun: boolean,
): Promise<IngestOutcome> {
  const { url, meta } = urlMeta(input);
  return sources(ctx).ingestUrl(url, { dryRun, meta });
}

/** An `ingestArticles` item without text: the page at `input.url`, fetched when its turn comes. */
export async function urlArticleInput(
  ctx: GraphQLContext,
  input: ArticleInput,
): Promise<IngestInput> {
  const { url, meta } = urlMeta(input);
  return fetchArticleInput(sources(ctx).deps, url, meta);
}

/** Query fields for feeds. */
export const FeedQuery: Pick<QueryResolvers, 'feeds'> = {
  feeds: (_p, _a, ctx) => sources(ctx).feeds(),
};

/** Mutation fields for feeds. */
export const FeedMutation: Pick<MutationResolvers, 'addFeed' | 'removeFeed' | 'pollFeeds'> = {
  addFeed: async (_p, { url }, ctx) => (await sources(ctx).addFeed(url)).feed,
  removeFeed: (_p, { url }, ctx) => sources(ctx).removeFeed(url),
  pollFeeds: async (_p, { urls }, ctx) => {
    const s = sources(ctx);
    const polled = await s.pollFeeds(urls ? listSize(urls, 'urls', 100) : undefined);
    const feeds = new Map((await s.feeds(polled.map((p) => p.url))).map((f) => [f.url, f]));
    return polled.flatMap(({ url, poll }) => {
      const feed = feeds.get(url);
      return feed ? [{ feed, poll }] : [];
    });
  },
};
