// Hostile values in every string argument of every operation: each gets data or a client error
// with a code (never a masked crash), the graph is unchanged, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { loadFixtures } from './fixtures/graphql-fixtures.js';
import { gql, testConfig } from './fixtures/graphql-client.js';

const HOSTILE = [
  '") DETACH DELETE n //',
  "x'}) MATCH (n) DETACH DELETE n //",
  '*:*',
  '~',
  '"unbalanced',
  '} RETURN 1 UNION MATCH (n) DETACH DELETE n {',
  '$(whoami)',
  '\u0000',
  '%00%27',
  '<script>alert(1)</script>',
  '9999-99-99',
  '',
  'é'.repeat(2000),
];

/** Client error codes that say what was wrong; anything else (or a masked error) fails. */
const CLIENT_CODES = new Set([
  'INVALID_ARGUMENT',
  'ENTITY_NOT_FOUND',
  'ARTICLE_NOT_FOUND',
  'CLAIM_NOT_FOUND',
  'INVALID_ARTICLE',
  'UNSUPPORTED_LANGUAGE',
  'LIMIT_EXCEEDED',
  'BAD_USER_INPUT',
]);

/** Operations with `$s` standing for the hostile string; mutations only touch unknown ids. */
const READS: [string, string][] = [
  ['search', 'query($s: String!) { search(text: $s) { entity { id } } }'],
  ['entity', 'query($s: ID!) { entity(id: $s) { id } }'],
  ['entities.name', 'query($s: String) { entities(filter: {name: $s}) { totalCount } }'],
  ['entities.after', 'query($s: String) { entities(after: $s) { totalCount } }'],
  ['relation', 'query($s: ID!) { relation(id: $s) { id } }'],
  ['neighborhood.ids', 'query($s: ID!) { neighborhood(ids: [$s]) { truncated } }'],
  [
    'neighborhood.since',
    'query($s: String) { neighborhood(ids: ["company:renault"], since: $s, until: $s) { truncated } }',
  ],
  ['paths.from', 'query($s: ID!) { paths(from: $s, to: "company:renault") { length } }'],
  ['articles.text', 'query($s: String) { articles(filter: {text: $s}) { totalCount } }'],
  [
    'articles.since',
    'query($s: String) { articles(filter: {since: $s, until: $s}) { totalCount } }',
  ],
  ['articles.mentions', 'query($s: ID!) { articles(filter: {mentions: [$s]}) { totalCount } }'],
  ['articles.after', 'query($s: String) { articles(after: $s) { totalCount } }'],
  ['article', 'query($s: ID!) { article(id: $s) { id } }'],
  ['export.ids', 'query($s: ID!) { export(ids: [$s], format: GRAPHML) { content } }'],
];
const WRITES: [string, string][] = [
  ['deleteArticle', 'mutation($s: ID!) { deleteArticle(id: $s) { deleted } }'],
  ['rejectClaim', 'mutation($s: ID!) { rejectClaim(id: $s) { id } }'],
  [
    'updateEntity',
    'mutation($s: ID!, $t: String, $u: String!) { updateEntity(id: $s, name: $t, aliases: [$u]) { id } }',
  ],
  ['mergeEntities', 'mutation($s: ID!) { mergeEntities(keep: $s, merge: [$s]) { merged } }'],
  [
    'ingestArticle.meta',
    'mutation($s: String!) { ingestArticle(input: {text: $s, title: $s, url: $s, source: $s, author: $s}, dryRun: true) { created } }',
  ],
];

let driver: Driver;
let app: KgApp;
let counts: Record<string, number>;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadFixtures(driver);
  counts = await graphCounts(driver);
  app = createApp({ driver, config: testConfig() });
});
afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

describe('hostile strings in every string argument', () => {
  for (const [name, query] of [...READS, ...WRITES]) {
    it(name, async () => {
      for (const s of HOSTILE) {
        const res = await gql(app, query, { s, t: s, u: s });
        const errors = res.body.errors ?? [];
        for (const e of errors) {
          const code = (e.extensions as { code?: string } | undefined)?.code;
          expect(CLIENT_CODES.has(code ?? ''), `${name} ${JSON.stringify(s)}: ${e.message}`).toBe(
            true,
          );
          expect(e.message).not.toMatch(/Unexpected error/);
        }
      }
      expect(await graphCounts(driver)).toEqual(counts);
      const after = await gql<{ stats: { entities: number } }>(app, '{ stats { entities } }');
      expect(after.body.data?.stats.entities).toBe(counts.Entity);
    });
  }
});
