// Counts the Cypher statements behind a page of entities with relations and evidence: the
// loaders must keep it constant, independent of the page size.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { chainDeltas, loadFixtures } from './fixtures/graphql-fixtures.js';
import { gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;
const queries: string[] = [];

const PAGE = `query($n: Int) { entities(first: $n, filter: {types: [Company]}) { totalCount nodes {
  id name
  relations(first: 10) {
    id type confidence
    source { id name mentionCount }
    target { id name mentionCount }
    evidence(first: 5) { id sentence confidence article { id title publishedAt } }
  }
  articles(first: 3) { id title }
} } }`;

async function countFor(n: number): Promise<{ count: number; body: any }> {
  queries.length = 0;
  const { body } = await gql(app, PAGE, { n });
  return { count: queries.length, body };
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadFixtures(driver, chainDeltas(60));
  // Cache off: this counts the Cypher behind each request (the cache has its own test).
  const config = testConfig({ responseCache: false });
  app = createApp({ driver, config, onQuery: (cypher) => queries.push(cypher) });
});

afterAll(async () => {
  await driver.close();
});

it('a page of 50 entities with relations, endpoints, evidence and articles takes a constant number of queries', async () => {
  const fifty = await countFor(50);
  expect(fifty.body.errors).toBeUndefined();
  const nodes = fifty.body.data.entities.nodes;
  expect(nodes).toHaveLength(50);
  const relations = nodes.flatMap((n: any) => n.relations);
  expect(relations.length).toBeGreaterThanOrEqual(98);
  for (const r of relations) {
    expect(r.evidence).toHaveLength(2);
    expect(r.source.name).toMatch(/^Chain Company/);
    for (const e of r.evidence) expect(['chain-a', 'chain-b']).toContain(e.article.id);
  }
  for (const n of nodes) expect(n.articles).toHaveLength(2);
  // entities page + count, relations (with endpoints), evidence, evidence articles, entity articles.
  expect(fifty.count).toBeLessThanOrEqual(6);
  const five = await countFor(5);
  expect(five.body.data.entities.nodes).toHaveLength(5);
  expect(fifty.count).toBe(five.count);
  console.log(
    `Cypher queries for a page of 50 entities: ${fifty.count} (page of 5: ${five.count})`,
  );
});

it('counts every statement a mutation or stats sends, writes included', async () => {
  queries.length = 0;
  const { body } = await gql(
    app,
    'mutation($t: String!) { ingestArticle(input: {text: $t}) { created } }',
    { t: 'Renault opened a plant in Douai. Nissan is a partner of Renault.' },
  );
  expect(body.errors).toBeUndefined();
  expect(queries.some((c) => c.includes('MERGE (a:Article {id: art.id})'))).toBe(true);
  queries.length = 0;
  const stats = await gql(app, '{ stats { entities articles } }');
  expect(stats.body.data?.stats.articles).toBeGreaterThan(0);
  expect(queries.length).toBeGreaterThan(1);
  queries.length = 0;
  const merge = await gql(
    app,
    'mutation { mergeEntities(keep: "ghost", merge: ["nope"]) { merged } }',
  );
  expect(merge.body.errors?.[0]?.extensions?.code).toBe('ENTITY_NOT_FOUND');
  expect(queries.length).toBeGreaterThan(0);
});
