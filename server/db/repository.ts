// The repository: every read and curation write the GraphQL layer performs, over one gateway.
import * as curation from './curation/curation.js';
import type { Gateway } from './gateway.js';
import * as articles from './queries/article-queries.js';
import { articlesPage } from './queries/article-page-queries.js';
import * as entities from './queries/entity-queries.js';
import * as evidence from './queries/evidence-queries.js';
import { shortestPaths } from './queries/path-queries.js';
import * as relations from './queries/relation-queries.js';
import * as summaries from './queries/relation-summary-queries.js';
import * as subgraphs from './queries/subgraph-queries.js';
import { readStats } from './stats-queries.js';

type Rest<F> = F extends (db: Gateway, ...rest: infer R) => infer O ? (...rest: R) => O : never;

function bind<F extends (db: Gateway, ...rest: never[]) => unknown>(db: Gateway, fn: F): Rest<F> {
  return ((...rest: never[]) => fn(db, ...rest)) as Rest<F>;
}

/** Creates the repository over `gateway` (reads, stats and curation; ingestion is in ingest/). */
export function createRepository(gateway: Gateway) {
  const db = gateway;
  return {
    db,
    entitiesByIds: bind(db, entities.entitiesByIds),
    entitiesPage: bind(db, entities.entitiesPage),
    searchEntities: bind(db, entities.searchEntities),
    relationsOfEntities: bind(db, relations.relationsOfEntities),
    relationsByIds: bind(db, relations.relationsByIds),
    relationTypeCountsOf: bind(db, summaries.relationTypeCountsOf),
    claimRolesOfRelations: bind(db, summaries.claimRolesOfRelations),
    evidenceOfRelations: bind(db, evidence.evidenceOfRelations),
    claimsByIds: bind(db, evidence.claimsByIds),
    articlesByIds: bind(db, articles.articlesByIds),
    articleTexts: bind(db, articles.articleTexts),
    articlesOfEntities: bind(db, articles.articlesOfEntities),
    entitiesOfArticles: bind(db, articles.entitiesOfArticles),
    claimsOfArticles: bind(db, articles.claimsOfArticles),
    articlesPage: bind(db, articlesPage),
    neighborhood: bind(db, subgraphs.neighborhood),
    overview: bind(db, subgraphs.overview),
    shortestPaths: bind(db, shortestPaths),
    stats: bind(db, readStats),
    updateEntity: bind(db, curation.updateEntity),
    deleteArticle: bind(db, curation.deleteArticle),
    mergeEntities: bind(db, curation.mergeEntities),
    rejectClaim: bind(db, curation.rejectClaim),
  };
}

/** Everything the GraphQL layer can ask of the database. */
export type Repository = ReturnType<typeof createRepository>;
