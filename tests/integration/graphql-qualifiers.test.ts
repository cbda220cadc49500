// Claim qualifiers, the qualifier filters of the graph queries, and relation counts per type,
// on articles ingested through the real GraphQL app into the real Neo4j.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;

const ARTICLE = `Voltaris Motors reshapes its leadership

Tom Berglund, the former CEO of Voltaris Motors, left the company in March.
Jane Okafor, chief executive of Voltaris Motors, spoke in Paris on Monday.
Voltaris Motors holds a 20% stake in Cellion Batteries.
Voltaris Motors could invest €500 million in Nordfeld Energy.
Voltaris Motors plans to build a gigafactory in Lyon.`;

const VOLTARIS = 'company:voltaris-motors';
const TOM = 'person:tom-berglund';
const JANE = 'person:jane-okafor';

const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
  article { id claims { id type subject { id } object { id } rejected
    qualifiers { role tense modality amount label } } } } }`;

const GRAPH = `query($ids: [ID!]!, $rt: [RelationType!], $q: QualifierFilter) {
  neighborhood(ids: $ids, relationTypes: $rt, qualifiers: $q) {
    nodes { id } edges { id type qualifiers { role tense modality amount label } } } }`;

async function ingest(text: string, publishedAt: string): Promise<any> {
  const { body } = await gql(app, INGEST, { input: { text, publishedAt } });
  expect(body.errors).toBeUndefined();
  return body.data?.ingestArticle.article;
}

async function graph(vars: Record<string, unknown>): Promise<any> {
  const { body } = await gql(app, GRAPH, vars);
  expect(body.errors).toBeUndefined();
  return body.data?.neighborhood;
}

const claimOf = (article: any, type: string, subject: string) =>
  article.claims.find((c: any) => c.type === type && c.subject.id === subject);

let article: any;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  app = createApp({ driver, config: testConfig() });
  article = await ingest(ARTICLE, '2026-03-02');
});

afterAll(async () => {
  await driver.close();
});

describe('claim qualifiers', () => {
  it('parses tense, role, modality and amount from what extraction stored', () => {
    expect(claimOf(article, 'LEADS', TOM).qualifiers).toEqual({
      role: 'CEO',
      tense: 'FORMER',
      modality: 'ASSERTED',
      amount: null,
      label: 'former CEO',
    });
    expect(claimOf(article, 'LEADS', JANE).qualifiers).toMatchObject({
      role: 'chief executive',
      tense: 'CURRENT',
    });
    expect(claimOf(article, 'OWNS_STAKE_IN', VOLTARIS).qualifiers).toMatchObject({
      amount: '20%',
      modality: 'ASSERTED',
    });
    expect(claimOf(article, 'INVESTS_IN', VOLTARIS).qualifiers).toMatchObject({
      amount: '€500 million',
      modality: 'POSSIBLE',
      label: '€500 million, planned/possible',
    });
  });

  it('shows them on relations and their evidence', async () => {
    const { body } = await gql(
      app,
      `query($id: ID!) { relation(id: $id) { qualifiers { label tense }
        evidence { qualifiers { role tense label } } } }`,
      { id: `LEADS:${TOM}:${VOLTARIS}` },
    );
    expect(body.data?.relation).toEqual({
      qualifiers: { label: 'former CEO', tense: 'FORMER' },
      evidence: [{ qualifiers: { role: 'CEO', tense: 'FORMER', label: 'former CEO' } }],
    });
  });
});

describe('qualifier filters', () => {
  it('currentLeadersOnly hides LEADS relations whose claims are all former', async () => {
    const all = await graph({ ids: [VOLTARIS] });
    expect(all.nodes.map((n: any) => n.id)).toContain(TOM);
    const current = await graph({ ids: [VOLTARIS], q: { currentLeadersOnly: true } });
    const ids = current.nodes.map((n: any) => n.id);
    expect(ids).not.toContain(TOM);
    expect(ids).toContain(JANE);
    expect(current.edges.filter((e: any) => e.type === 'LEADS')).toHaveLength(1);
    expect(current.edges.length).toBe(all.edges.length - 1);
  });

  it('hidePossible hides relations stated only as plans or possibilities', async () => {
    const all = await graph({ ids: [VOLTARIS] });
    const possible = all.edges.filter((e: any) => e.qualifiers.modality === 'POSSIBLE');
    expect(possible.map((e: any) => e.type)).toContain('INVESTS_IN');
    const asserted = await graph({ ids: [VOLTARIS], q: { hidePossible: true } });
    expect(asserted.edges.map((e: any) => e.type)).not.toContain('INVESTS_IN');
    expect(asserted.edges.length).toBe(all.edges.length - possible.length);
    expect(asserted.nodes.map((n: any) => n.id)).not.toContain('company:nordfeld-energy');
  });

  it('the overview honours the same filter', async () => {
    const q = `query($q: QualifierFilter) { overview(limit: 50, qualifiers: $q) { edges { type source { id } } } }`;
    const all = (await gql(app, q)).body.data?.overview.edges;
    const cur = (await gql(app, q, { q: { currentLeadersOnly: true } })).body.data?.overview.edges;
    expect(all.some((e: any) => e.source.id === TOM)).toBe(true);
    expect(cur.some((e: any) => e.source.id === TOM)).toBe(false);
  });

  it('a later sentence naming him current brings the relation back', async () => {
    await ingest(
      'Tom Berglund, chief executive of Voltaris Motors, opened the show.',
      '2026-03-05',
    );
    const current = await graph({ ids: [VOLTARIS], q: { currentLeadersOnly: true } });
    expect(current.nodes.map((n: any) => n.id)).toContain(TOM);
    const { body } = await gql(
      app,
      `query($id: ID!) { relation(id: $id) { qualifiers { label } } }`,
      {
        id: `LEADS:${TOM}:${VOLTARIS}`,
      },
    );
    expect(body.data?.relation.qualifiers.label).toBe('chief executive');
  });
});

describe('relation counts per type', () => {
  const COUNTS = `query($id: ID!) { entity(id: $id) { relationTypeCounts { type count } } }`;
  const counts = async (id: string) =>
    Object.fromEntries(
      ((await gql(app, COUNTS, { id })).body.data?.entity.relationTypeCounts ?? []).map(
        (c: any) => [c.type, c.count],
      ),
    );

  it('lists only the types the entity has, with counts, and follows rejected claims', async () => {
    expect(await counts(VOLTARIS)).toMatchObject({ LEADS: 2, OWNS_STAKE_IN: 1, INVESTS_IN: 1 });
    expect(await counts(JANE)).toEqual({ LEADS: 1 });
    const stake = claimOf(article, 'OWNS_STAKE_IN', VOLTARIS);
    const rejected = await gql(app, `mutation($id: ID!) { rejectClaim(id: $id) { id } }`, {
      id: stake.id,
    });
    expect(rejected.body.errors).toBeUndefined();
    expect(Object.keys(await counts(VOLTARIS))).not.toContain('OWNS_STAKE_IN');
  });

  it('expanding one type adds only relations of that type and their other ends', async () => {
    const leads = await graph({ ids: [VOLTARIS], rt: ['LEADS'] });
    expect(leads.edges.map((e: any) => e.type)).toEqual(['LEADS', 'LEADS']);
    expect(leads.nodes.map((n: any) => n.id).sort()).toEqual([VOLTARIS, JANE, TOM].sort());
    expect(leads.edges).toHaveLength((await counts(VOLTARIS)).LEADS);
  });
});
