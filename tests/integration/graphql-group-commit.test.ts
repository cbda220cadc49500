// Group commit through the real yoga app and Neo4j: concurrent one-article mutations share
// transactions, yet each gets its own result, and a bad article (invalid, or refused by the
// database) fails alone.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
  created article { id title } } }`;

/** The i-th test article: its own title and content (so its own id). */
function article(i: number, title = `Plant report ${i}`) {
  return {
    title,
    publishedAt: '2025-03-04',
    text: `Renault said on Monday that its Douai factory built ${1000 + i * 37} electric cars in week ${i}.
Ampere, the electric vehicle subsidiary of Renault, expects ${i + 2} new battery lines there.`,
  };
}

const send = (input: Record<string, unknown>) => gql(app, INGEST, { input });

async function storedTitles(): Promise<Map<string, string>> {
  const r = await driver.executeQuery('MATCH (a:Article) RETURN a.title AS t, a.id AS id');
  return new Map(r.records.map((x) => [x.get('t') as string, x.get('id') as string]));
}

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  app = createApp({ driver, config: testConfig() });
});

afterAll(async () => {
  await driver.executeQuery('DROP CONSTRAINT group_commit_test_title IF EXISTS');
  await driver.close();
});

describe('group commit of one-article mutations', () => {
  it('16 concurrent ingestArticle calls: all stored, each its own result, fewer transactions', async () => {
    const inputs = Array.from({ length: 16 }, (_, i) => article(i));
    const responses = await Promise.all(inputs.map(send));
    for (const [i, r] of responses.entries()) {
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data?.ingestArticle).toMatchObject({
        created: true,
        article: { title: `Plant report ${i}` },
      });
    }
    const ids = responses.map((r) => r.body.data?.ingestArticle.article.id as string);
    expect(new Set(ids).size).toBe(16);
    const stored = await storedTitles();
    for (const [i, id] of ids.entries()) expect(stored.get(`Plant report ${i}`)).toBe(id);
    // Articles written by one transaction share its ingestedAt: at least two shared one.
    const tx = await driver.executeQuery(
      'MATCH (a:Article) RETURN count(DISTINCT a.ingestedAt) AS txs, count(a) AS n',
    );
    expect(tx.records[0]!.get('n')).toBe(16);
    expect(tx.records[0]!.get('txs')).toBeLessThan(16);
    // Idempotent by content: the same 16 again, concurrently, create nothing.
    const again = await Promise.all(inputs.map(send));
    expect(again.map((r) => r.body.data?.ingestArticle.created)).toEqual(Array(16).fill(false));
    expect(again.map((r) => r.body.data?.ingestArticle.article.id)).toEqual(ids);
  }, 300_000);

  it('an invalid article and one the database refuses fail alone; the other 14 are stored', async () => {
    // A DB-level failure for exactly one member: a uniqueness constraint on titles, and one
    // article (new content, so a new Article node) reusing a stored title.
    await driver.executeQuery(
      'CREATE CONSTRAINT group_commit_test_title IF NOT EXISTS FOR (a:Article) REQUIRE a.title IS UNIQUE',
    );
    try {
      const inputs = Array.from({ length: 16 }, (_, i) => article(100 + i));
      inputs[5] = { ...article(105), publishedAt: 'sometime after the harvest' };
      inputs[11] = article(111, 'Plant report 3');
      const responses = await Promise.all(inputs.map(send));
      const invalid = responses[5]!.body;
      expect(codes(invalid)).toEqual(['INVALID_ARTICLE']);
      expect(invalid.errors?.[0]?.message).toMatch(/date/i);
      const refused = responses[11]!.body;
      expect(refused.errors).toHaveLength(1);
      expect(refused.data?.ingestArticle ?? null).toBeNull();
      const stored = await storedTitles();
      for (const [i, r] of responses.entries()) {
        if (i === 5 || i === 11) continue;
        expect(r.body.errors).toBeUndefined();
        const got = r.body.data?.ingestArticle;
        expect(got).toMatchObject({ created: true, article: { title: `Plant report ${100 + i}` } });
        expect(stored.get(`Plant report ${100 + i}`)).toBe(got.article.id);
      }
      expect(stored.has('Plant report 105')).toBe(false);
      expect(stored.size).toBe(16 + 14);
    } finally {
      await driver.executeQuery('DROP CONSTRAINT group_commit_test_title IF EXISTS');
    }
  }, 300_000);
});
