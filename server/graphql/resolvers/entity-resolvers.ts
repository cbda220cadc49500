// Field resolvers of Entity, EntitySearchHit and EntityConnection (batched through loaders).
import type { EntityResolvers } from '../generated/resolvers-types.js';
import { defaultGazetteer } from '../../ingest/extract/gazetteer.js';
import { confidence, pageSize } from '../arguments.js';
import { entityLocation } from '../entity-location.js';

/** Entity fields; relations and articles go through per-request loaders. */
export const Entity: EntityResolvers = {
  relations: (e, args, ctx) =>
    ctx.loaders.relationsOf.load({
      id: e.id,
      args: {
        types: args.types ?? null,
        direction: args.direction ?? 'BOTH',
        minConfidence: confidence(args.minConfidence),
        first: pageSize(args.first, 'first', ctx.config.maxPageSize, 50),
      },
    }),
  articles: (e, args, ctx) =>
    ctx.loaders.articlesOf.load({
      id: e.id,
      args: pageSize(args.first, 'first', ctx.config.maxPageSize, 20),
    }),
  location: (e) => entityLocation(e, defaultGazetteer().entries),
  relationTypeCounts: (e, _args, ctx) => ctx.loaders.relationTypeCounts.load(e.id),
};
