// Field resolvers of Article: text, entities and claims load lazily and in batches.
import type { ArticleResolvers } from '../generated/resolvers-types.js';

/** Article fields. */
export const Article: ArticleResolvers = {
  text: (a, _args, ctx) => a.text ?? ctx.loaders.articleText.load(a.id),
  entities: (a, _args, ctx) => a.inline?.entities ?? ctx.loaders.articleEntities.load(a.id),
  claims: (a, _args, ctx) => a.inline?.claims ?? ctx.loaders.articleClaims.load(a.id),
};
