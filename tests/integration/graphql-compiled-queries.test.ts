// Queries compiled by graphql-jit answer exactly as graphql-js does, and their errors keep their codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import {
  EntityDocument,
  NeighborhoodDocument,
  SearchDocument,
} from '../../web/src/api/generated/operations.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { loadFixtures } from './fixtures/graphql-fixtures.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let compiled: KgApp;
let interpreted: KgApp;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadFixtures(driver);
  const config = testConfig({ responseCache: false });
  compiled = createApp({ driver, config, compiledQueries: true });
  interpreted = createApp({ driver, config, compiledQueries: false });
});

afterAll(async () => {
  await driver.close();
});

describe('compiled queries (graphql-jit)', () => {
  it('give the same responses as graphql-js for the web app’s queries', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [NeighborhoodDocument.toString(), { ids: ['renault'], depth: 2, limit: 50 }],
      [EntityDocument.toString(), { id: 'renault' }],
      [SearchDocument.toString(), { text: 'ren', limit: 10 }],
    ];
    for (const [query, variables] of cases) {
      const a = await gql(compiled, query, variables);
      const b = await gql(interpreted, query, variables);
      expect(a.body.errors).toBeUndefined();
      expect(a.body).toEqual(b.body);
    }
  });

  it('keep error codes: domain errors, bad arguments, limits', async () => {
    const n = NeighborhoodDocument.toString();
    for (const app of [compiled, interpreted]) {
      expect(codes((await gql(app, n, { ids: ['ghost'] })).body)).toEqual(['ENTITY_NOT_FOUND']);
      expect(codes((await gql(app, n, { ids: ['renault'], depth: 4 })).body)).toEqual([
        'INVALID_ARGUMENT',
      ]);
      expect(codes((await gql(app, n, { ids: ['renault'], limit: 5000 })).body)).toEqual([
        'LIMIT_EXCEEDED',
      ]);
      let sel = '{ id }';
      for (let d = 0; d < 8; d++) sel = `{ id relations { source ${sel} } }`;
      const deep = await gql(app, `{ entity(id: "renault") ${sel} }`);
      expect(codes(deep.body)).toContain('LIMIT_EXCEEDED');
    }
  });
});
