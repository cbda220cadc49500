// All resolvers, typed from the SDL by GraphQL Code Generator.
import type { Resolvers } from '../generated/resolvers-types.js';
import { Article } from './article-resolvers.js';
import { CurationMutation, CurationQuery } from './curation-resolvers.js';
import { Entity } from './entity-resolvers.js';
import { FeedMutation, FeedQuery } from './feed-resolvers.js';
import { Mutation } from './mutation-resolvers.js';
import { Query } from './query-resolvers.js';
import { Claim, Evidence, Relation } from './relation-resolvers.js';
import { ViewMutation, ViewQuery } from './view-resolvers.js';

/** The resolver map passed to `createSchema`. */
export const resolvers: Resolvers = {
  Query: { ...Query, ...FeedQuery, ...ViewQuery, ...CurationQuery },
  Mutation: { ...Mutation, ...FeedMutation, ...ViewMutation, ...CurationMutation },
  Entity,
  Relation,
  Evidence,
  Claim,
  Article,
};
