// Search ranking through GraphQL on the real Neo4j: exact name or alias, then prefix, then the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { loadFixtures, makeDelta } from './fixtures/graphql-fixtures.js';
import { gql, testConfig } from './fixtures/graphql-client.js';

interface SearchData {
  search: { entity: { id: string } }[];
}

let driver: Driver;
let app: KgApp;

// The plant is mentioned far more often and says "CATL" in several aliases, so the full-text score
// alone puts it above the company; the exact name must still come first.
const DELTA = makeDelta(
  'rank-1',
  { title: 'Battery makers expand in Hungary', publishedAt: '2025-02-01' },
  [
    ['catl', 'CATL', 'Company', ['Contemporary Amperex Technology'], 1],
    [
      'plant:catl-debrecen',
      'CATL Debrecen gigafactory',
      'Plant',
      ['CATL Debrecen', 'CATL Debrecen plant', 'the CATL site in Debrecen'],
      12,
    ],
    ['catlin', 'Catlin Cells', 'Company', [], 9],
    ['hu-battery', 'Hungarian Battery Works', 'Company', ['HBW', 'works of CATL partners'], 20],
    ['voltpack', 'Voltpack Systems', 'Company', ['Ampère Packs'], 30],
    ['ampere-cells', 'Ampère', 'Company', [], 1],
  ],
  [
    [
      'catl',
      'OPERATES',
      'plant:catl-debrecen',
      'The Chinese cell maker runs a large plant near Debrecen.',
    ],
  ],
);

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadFixtures(driver, [DELTA]);
  app = createApp({ driver, config: testConfig() });
});

afterAll(async () => {
  await resetDatabase(driver);
  await driver.close();
});

async function searchIds(text: string, limit = 10): Promise<string[]> {
  const { body } = await gql<SearchData>(
    app,
    'query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { entity { id } } }',
    { text, limit },
  );
  expect(body.errors).toBeUndefined();
  return (body.data?.search ?? []).map((h) => h.entity.id);
}

describe('search ranking', () => {
  it('puts the exact name first, then names starting with the words, then the rest', async () => {
    const ids = await searchIds('catl');
    expect(ids[0]).toBe('catl');
    expect(new Set(ids.slice(1, 3))).toEqual(new Set(['plant:catl-debrecen', 'catlin']));
    expect(ids.slice(3)).toContain('hu-battery');
    expect(await searchIds('CATL', 1)).toEqual(['catl']);
  });

  it('ranks an exact alias or an accent-free spelling as exact', async () => {
    expect((await searchIds('ampere'))[0]).toBe('ampere-cells');
    expect((await searchIds('contemporary amperex technology'))[0]).toBe('catl');
  });

  it('gives the same order on every call', async () => {
    const first = await searchIds('catl');
    for (let i = 0; i < 3; i++) expect(await searchIds('catl')).toEqual(first);
  });
});
