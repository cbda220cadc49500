// GraphQL read operations in-process against the real Neo4j: search, entities, relations, articles.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { loadFixtures } from './fixtures/graphql-fixtures.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;

beforeAll(async () => {
  driver = testDriver();
  await resetDatabase(driver);
  await loadFixtures(driver);
  app = createApp({ driver, config: testConfig() });
});

afterAll(async () => {
  await driver.close();
});

describe('search', () => {
  it('is case- and accent-insensitive and ranks the exact name first', async () => {
    const { body } = await gql(
      app,
      '{ search(text: "ENERGIE electrique") { score matched entity { id } } }',
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.search[0].entity.id).toBe('energie-electrique');
    expect(body.data?.search[0].matched).toBe('Énergie Électrique');
  });

  it('matches prefixes for autocomplete and reports the alias that matched', async () => {
    const { body } = await gql(
      app,
      '{ search(text: "contemporary amp") { matched entity { id } } }',
    );
    expect(body.data?.search.map((h: any) => h.entity.id)).toEqual(['catl']);
    expect(body.data?.search[0].matched).toBe('Contemporary Amperex Technology');
    const r = await gql(app, '{ search(text: "Ren", limit: 3) { score entity { id } } }');
    const ids = r.body.data?.search.map((h: any) => h.entity.id);
    expect(ids).toContain('renault');
    expect(r.body.data?.search[0].score).toBeGreaterThan(0);
  });

  it('tolerates one typo and filters by type', async () => {
    const typo = await gql(app, '{ search(text: "Renaut") { entity { id } } }');
    expect(typo.body.data?.search.map((h: any) => h.entity.id)).toContain('renault');
    const typed = await gql(
      app,
      '{ search(text: "renault", types: [Vehicle]) { entity { id type } } }',
    );
    expect(typed.body.data?.search).toEqual([{ entity: { id: 'renault-5', type: 'Vehicle' } }]);
  });
});

describe('entity and entities', () => {
  it('returns an entity with its aggregates', async () => {
    const { body } = await gql(
      app,
      '{ entity(id: "renault") { id name type aliases mentionCount articleCount firstSeen lastSeen } }',
    );
    expect(body.data?.entity).toMatchObject({
      id: 'renault',
      name: 'Renault',
      type: 'Company',
      mentionCount: 6,
      articleCount: 2,
      firstSeen: '2024-01-10',
      lastSeen: '2024-03-05',
    });
    expect(body.data?.entity.aliases).toContain('Groupe Renault');
  });

  it('returns null for an unknown id', async () => {
    const { body } = await gql(app, '{ entity(id: "nope") { id } }');
    expect(body.data?.entity).toBeNull();
  });

  it('pages by mentions with cursors and a total count', async () => {
    const q = `query($after: String) { entities(first: 4, after: $after) {
      totalCount nodes { id mentionCount } edges { cursor } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: unknown = null;
    let pages = 0;
    for (;;) {
      const { body }: { body: any } = await gql(app, q, { after });
      expect(body.errors).toBeUndefined();
      const c: any = body.data.entities;
      expect(c.totalCount).toBe(9);
      seen.push(...c.nodes.map((n: any) => n.id));
      pages++;
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(9);
    expect(seen[0]).toBe('renault');
  });

  it('filters by type and accent-insensitive name substring, sorted by name', async () => {
    const { body } = await gql(
      app,
      '{ entities(filter: {name: "ELEC", sort: NAME}) { totalCount nodes { id } } }',
    );
    expect(body.data?.entities).toEqual({ totalCount: 1, nodes: [{ id: 'energie-electrique' }] });
    const typed = await gql(
      app,
      '{ entities(filter: {types: [Company], sort: NAME}) { totalCount nodes { name } } }',
    );
    expect(typed.body.data?.entities.nodes.map((n: any) => n.name)).toEqual([
      'Ampere',
      'CATL',
      'Nissan',
      'Renault',
    ]);
  });

  it('rejects a forged cursor with INVALID_ARGUMENT', async () => {
    const { body } = await gql(app, '{ entities(after: "garbage!") { totalCount } }');
    expect(codes(body)).toEqual(['INVALID_ARGUMENT']);
  });
});

describe('relations and evidence', () => {
  it('lists relations with direction, type and confidence filters', async () => {
    const q = `query($dir: Direction, $types: [RelationType!], $min: Float) {
      entity(id: "renault") { relations(direction: $dir, types: $types, minConfidence: $min) {
        id type confidence claimCount articleCount firstSeen lastSeen role
        source { id } target { id } } } }`;
    const all = await gql(app, q, {});
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.entity.relations).toHaveLength(4);
    const incoming = await gql(app, q, { dir: 'IN' });
    // PARTNERS_WITH is symmetric, stored once from the smaller id (nissan → renault).
    expect(incoming.body.data?.entity.relations.map((r: any) => r.type).sort()).toEqual([
      'LEADS',
      'PARTNERS_WITH',
      'SUBSIDIARY_OF',
    ]);
    const outgoing = await gql(app, q, { dir: 'OUT' });
    expect(outgoing.body.data?.entity.relations.map((r: any) => r.type)).toEqual(['OPERATES']);
    const leads = incoming.body.data?.entity.relations.find((r: any) => r.type === 'LEADS');
    expect(leads.role).toBe('CEO');
    const sub = await gql(app, q, { types: ['SUBSIDIARY_OF'] });
    expect(sub.body.data?.entity.relations).toEqual([
      {
        id: 'SUBSIDIARY_OF:ampere:renault',
        type: 'SUBSIDIARY_OF',
        confidence: 0.9,
        claimCount: 2,
        articleCount: 2,
        firstSeen: '2024-01-10',
        lastSeen: '2024-03-05',
        role: null,
        source: { id: 'ampere' },
        target: { id: 'renault' },
      },
    ]);
    const strong = await gql(app, q, { min: 0.88 });
    expect(strong.body.data?.entity.relations.map((r: any) => r.type).sort()).toEqual([
      'LEADS',
      'SUBSIDIARY_OF',
    ]);
  });

  it('returns a relation by id with its evidence, most confident first', async () => {
    const { body } = await gql(
      app,
      `{ relation(id: "SUBSIDIARY_OF:ampere:renault") { type evidence { id sentence confidence method start end
         article { id title publishedAt } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const ev = body.data?.relation.evidence;
    expect(ev.map((e: any) => e.article.id)).toEqual(['art-1', 'art-2']);
    expect(ev[0]).toMatchObject({
      sentence: 'Ampere is the EV subsidiary of Renault.',
      confidence: 0.9,
    });
    expect(typeof ev[0].start).toBe('number');
  });

  it('finds evidence of a symmetric relation stated in both orders, and ids containing colons', async () => {
    const sym = await gql(
      app,
      '{ relation(id: "PARTNERS_WITH:nissan:renault") { claimCount evidence { sentence } } }',
    );
    expect(sym.body.data?.relation.claimCount).toBe(2);
    expect(sym.body.data?.relation.evidence).toHaveLength(2);
    const plant = await gql(
      app,
      '{ relation(id: "PRODUCES:plant:renault-douai:renault-5") { source { name } target { name } } }',
    );
    expect(plant.body.data?.relation).toEqual({
      source: { name: 'Renault Douai plant' },
      target: { name: 'Renault 5 E-Tech' },
    });
    const none = await gql(app, '{ relation(id: "NOT_A_TYPE:a:b") { id } }');
    expect(none.body.data?.relation).toBeNull();
  });

  it('lists the articles of an entity, newest first', async () => {
    const { body } = await gql(
      app,
      '{ entity(id: "renault") { articles(first: 5) { id publishedAt } } }',
    );
    expect(body.data?.entity.articles.map((a: any) => a.id)).toEqual(['art-2', 'art-1']);
  });
});

describe('articles', () => {
  it('returns an article with text, entities and claims with offsets', async () => {
    const { body } = await gql(
      app,
      `{ article(id: "art-1") { id title language ingestedAt text
         entities { count entity { id } } claims { id type sentence start end rejected subject { id } object { id } } } }`,
    );
    const a = body.data?.article;
    expect(a.language).toBe('en');
    expect(a.ingestedAt).not.toBe('');
    expect(a.entities.find((x: any) => x.entity.id === 'renault').count).toBe(3);
    expect(a.claims).toHaveLength(5);
    for (const c of a.claims) expect(a.text.slice(c.start, c.end)).toBe(c.sentence);
  });

  it('filters by full text, dates, language and mentions with pagination', async () => {
    const q = `query($f: ArticleFilter, $after: String) { articles(filter: $f, first: 1, after: $after) {
      totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const all = await gql(app, q, {});
    expect(all.body.data?.articles.totalCount).toBe(3);
    expect(all.body.data?.articles.nodes).toEqual([{ id: 'art-2' }]);
    const next = await gql(app, q, { after: all.body.data?.articles.pageInfo.endCursor });
    expect(next.body.data?.articles.nodes).toEqual([{ id: 'art-1' }]);
    const text = await gql(app, q, { f: { text: 'PLANT' } });
    expect(text.body.data?.articles.totalCount).toBe(2);
    const dated = await gql(app, q, { f: { since: '2024-01-01', until: '2024-02-01' } });
    expect(dated.body.data?.articles).toMatchObject({ totalCount: 1, nodes: [{ id: 'art-1' }] });
    const fr = await gql(app, q, { f: { language: 'fr' } });
    expect(fr.body.data?.articles.nodes).toEqual([{ id: 'art-2' }]);
    const mentions = await gql(app, q, { f: { mentions: ['renault', 'luca-de-meo'] } });
    expect(mentions.body.data?.articles).toMatchObject({ totalCount: 1, nodes: [{ id: 'art-1' }] });
    const bad = await gql(app, q, { f: { since: 'yesterday' } });
    expect(codes(bad.body)).toEqual(['INVALID_ARGUMENT']);
  });

  it('returns a claim by id', async () => {
    const { body } = await gql(
      app,
      '{ claim(id: "art-3:0") { type subject { id } object { id } article { id } rejected } }',
    );
    expect(body.data?.claim).toEqual({
      type: 'PRODUCES',
      subject: { id: 'plant:renault-douai' },
      object: { id: 'renault-5' },
      article: { id: 'art-3' },
      rejected: false,
    });
  });
});

describe('stats and ontology', () => {
  it('counts by type', async () => {
    const { body } = await gql(
      app,
      '{ stats { entities relations articles claims entitiesByType { type count } relationsByType { type count } } }',
    );
    expect(body.data?.stats).toMatchObject({ entities: 9, relations: 7, articles: 3, claims: 9 });
    expect(body.data?.stats.relationsByType).toContainEqual({ type: 'PARTNERS_WITH', count: 1 });
  });

  it('lists the ontology with labels', async () => {
    const { body } = await gql(
      app,
      '{ ontology { entityTypes { name label } relationTypes { name label } } }',
    );
    expect(body.data?.ontology.entityTypes).toHaveLength(8);
    expect(body.data?.ontology.relationTypes).toContainEqual({ name: 'LEADS', label: 'leads' });
  });
});
