// Entity.location through the real yoga app and Neo4j: reference coordinates, country fallback,
// an analyst's edit overriding both (and removed again), no location, and bad coordinates refused.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;

// Written for this test: a plant, two companies and a person from the domain reference.
const ARTICLE = `Ampere assembles the electric Renault 5 at the Renault Douai plant.
Luca de Meo, chief executive of Renault, toured the assembly line with suppliers on Monday.`;

const LOCATION = `query($id: ID!) { entity(id: $id) { id location { lat lon source } } }`;
const EDIT = `mutation($id: ID!, $location: LocationInput) {
  updateEntity(id: $id, location: $location) { id name location { lat lon source } } }`;

async function location(id: string): Promise<any> {
  const { body } = await gql(app, LOCATION, { id });
  expect(body.errors).toBeUndefined();
  expect(body.data?.entity?.id).toBe(id);
  return body.data?.entity?.location;
}

beforeAll(async () => {
  driver = testDriver();
  app = createApp({ driver, config: testConfig() });
  await resetDatabase(driver);
  const { body } = await gql(
    app,
    `mutation($input: ArticleInput!) { ingestArticle(input: $input) { entities { id } } }`,
    { input: { text: ARTICLE, title: 'A plant visit', publishedAt: '2025-03-03' } },
  );
  expect(body.errors).toBeUndefined();
  const ids = (body.data?.ingestArticle.entities as { id: string }[]).map((e) => e.id);
  expect(ids).toEqual(
    expect.arrayContaining([
      'plant:renault-douai',
      'company:ampere',
      'company:renault',
      'person:luca-de-meo',
    ]),
  );
});

afterAll(async () => {
  await driver.close();
});

describe('Entity.location', () => {
  it('gives a seeded plant its reference coordinates', async () => {
    expect(await location('plant:renault-douai')).toEqual({
      lat: 50.37,
      lon: 3.08,
      source: 'REFERENCE',
    });
  });

  it("places a company at its country's reference point", async () => {
    expect(await location('company:ampere')).toEqual({ lat: 46.6, lon: 2.4, source: 'COUNTRY' });
  });

  it('is null for an entity the reference does not place', async () => {
    expect(await location('person:luca-de-meo')).toBeNull();
  });

  it("an analyst's edit overrides the reference; null removes it again", async () => {
    const set = await gql(app, EDIT, {
      id: 'plant:renault-douai',
      location: { lat: 50.4, lon: 3.1 },
    });
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data?.updateEntity.location).toEqual({ lat: 50.4, lon: 3.1, source: 'EDITED' });
    expect(await location('plant:renault-douai')).toEqual({
      lat: 50.4,
      lon: 3.1,
      source: 'EDITED',
    });
    // A rename without `location` keeps the edited point.
    const rename = await gql(
      app,
      `mutation { updateEntity(id: "plant:renault-douai", name: "Douai plant (Ampere)") { location { source } } }`,
    );
    expect(rename.body.data?.updateEntity.location.source).toBe('EDITED');
    const cleared = await gql(app, EDIT, { id: 'plant:renault-douai', location: null });
    expect(cleared.body.errors).toBeUndefined();
    expect(cleared.body.data?.updateEntity.location).toEqual({
      lat: 50.37,
      lon: 3.08,
      source: 'REFERENCE',
    });
  });

  it('gives an edited location to an entity the reference does not place', async () => {
    const set = await gql(app, EDIT, {
      id: 'person:luca-de-meo',
      location: { lat: 48.84, lon: 2.24 },
    });
    expect(set.body.data?.updateEntity.location).toEqual({
      lat: 48.84,
      lon: 2.24,
      source: 'EDITED',
    });
  });

  it('refuses coordinates out of range with INVALID_ARGUMENT and changes nothing', async () => {
    const bad = await gql(app, EDIT, { id: 'company:ampere', location: { lat: 91, lon: 0 } });
    expect(codes(bad.body)).toEqual(['INVALID_ARGUMENT']);
    expect(bad.body.errors?.[0]?.message).toMatch(/lat must be between -90 and 90/);
    const bad2 = await gql(app, EDIT, { id: 'company:ampere', location: { lat: 0, lon: -200 } });
    expect(bad2.body.errors?.[0]?.message).toMatch(/lon must be between -180 and 180/);
    expect(await location('company:ampere')).toMatchObject({ source: 'COUNTRY' });
  });
});
