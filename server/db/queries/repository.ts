// The repository: every read and write the GraphQL layer performs, over one counted query runner.
import type { Driver } from 'neo4j-driver';
import { readStats } from '../stats-queries.js';
import {
  deleteArticle,
  ingestArticle,
  ingestDelta,
  mergeEntities,
  rejectClaim,
  type ArticleInput,
  type IngestOptions,
} from '../../ingest/ingest-service.js';
import type { GraphDelta } from '../../ingest/graph-delta.js';
import * as articles from './article-queries.js';
import { articlesPage } from './article-page-queries.js';
import * as entities from './entity-queries.js';
import * as evidence from './evidence-queries.js';
import { shortestPaths } from './path-queries.js';
import { createQueryRunner, type QueryRunner, type QueryRunnerOptions } from './query-runner.js';
import * as relations from './relation-queries.js';
import * as subgraphs from './subgraph-queries.js';
import { updateEntity } from './update-entity.js';

type Rest<F> = F extends (db: QueryRunner, ...rest: infer R) => infer O ? (...rest: R) => O : never;

function bind<F extends (db: QueryRunner, ...rest: never[]) => unknown>(
  db: QueryRunner,
  fn: F,
): Rest<F> {
  return ((...rest: never[]) => fn(db, ...rest)) as Rest<F>;
}

/** Creates the repository for one driver (and database). */
export function createRepository(driver: Driver, options: QueryRunnerOptions = {}) {
  const db = createQueryRunner(driver, options);
  const database = options.database ?? undefined;
  const opts = database ? { database } : {};
  return {
    db,
    entitiesByIds: bind(db, entities.entitiesByIds),
    entitiesPage: bind(db, entities.entitiesPage),
    searchEntities: bind(db, entities.searchEntities),
    relationsOfEntities: bind(db, relations.relationsOfEntities),
    relationsByIds: bind(db, relations.relationsByIds),
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
    updateEntity: bind(db, updateEntity),
    stats: () => {
      options.onQuery?.('stats');
      return readStats(driver, database);
    },
    ingestArticle: (input: ArticleInput, o: Omit<IngestOptions, 'database'>) =>
      ingestArticle(driver, input, { ...o, ...opts }),
    ingestDelta: (delta: GraphDelta, o: Omit<IngestOptions, 'database'> = {}) =>
      ingestDelta(driver, delta, { ...o, ...opts }),
    deleteArticle: (id: string) => deleteArticle(driver, id, opts),
    mergeEntities: (keep: string, merge: string[]) => mergeEntities(driver, keep, merge, opts),
    rejectClaim: (id: string) => rejectClaim(driver, id, opts),
  };
}

/** Everything the GraphQL layer can ask of the database. */
export type Repository = ReturnType<typeof createRepository>;
