// GraphQL graph operations against the real Neo4j: neighborhood, overview, paths, export (+ HTTP).
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

const NEIGHBORHOOD = `query($ids: [ID!]!, $depth: Int, $limit: Int, $rt: [RelationType!], $et: [EntityType!],
  $min: Float, $since: String, $until: String) {
  neighborhood(ids: $ids, depth: $depth, limit: $limit, relationTypes: $rt, entityTypes: $et,
    minConfidence: $min, since: $since, until: $until) {
    truncated nodes { id } edges { id source { id } target { id } } } }`;

function ids(g: any): string[] {
  return g.nodes.map((n: any) => n.id).sort();
}

/** Every edge joins two returned nodes. */
function closed(g: any): boolean {
  const set = new Set(g.nodes.map((n: any) => n.id));
  return g.edges.every((e: any) => set.has(e.source.id) && set.has(e.target.id));
}

describe('neighborhood', () => {
  it('returns depth-1 neighbours with the edges between them', async () => {
    const { body } = await gql(app, NEIGHBORHOOD, { ids: ['renault'] });
    const g = body.data?.neighborhood;
    expect(ids(g)).toEqual(['ampere', 'luca-de-meo', 'nissan', 'plant:renault-douai', 'renault']);
    expect(g.truncated).toBe(false);
    expect(g.edges).toHaveLength(4);
    expect(closed(g)).toBe(true);
  });

  it('goes deeper with depth and reports truncation by limit', async () => {
    const deep = await gql(app, NEIGHBORHOOD, { ids: ['renault'], depth: 3 });
    expect(deep.body.data?.neighborhood.nodes).toHaveLength(8);
    const cut = await gql(app, NEIGHBORHOOD, { ids: ['renault'], depth: 3, limit: 3 });
    const g = cut.body.data?.neighborhood;
    expect(g.nodes).toHaveLength(3);
    expect(g.nodes[0].id).toBe('renault');
    expect(g.truncated).toBe(true);
    expect(closed(g)).toBe(true);
  });

  it('filters by relation type, entity type, confidence and date window', async () => {
    const rt = await gql(app, NEIGHBORHOOD, {
      ids: ['renault'],
      depth: 2,
      rt: ['OPERATES', 'LOCATED_IN'],
    });
    expect(ids(rt.body.data?.neighborhood)).toEqual(['douai', 'plant:renault-douai', 'renault']);
    const et = await gql(app, NEIGHBORHOOD, { ids: ['renault'], et: ['Person'] });
    expect(ids(et.body.data?.neighborhood)).toEqual(['luca-de-meo', 'renault']);
    const min = await gql(app, NEIGHBORHOOD, { ids: ['renault'], min: 0.88 });
    expect(ids(min.body.data?.neighborhood)).toEqual(['ampere', 'luca-de-meo', 'renault']);
    // Only relations seen in 2024-02..03 (art-2): partners and subsidiary.
    const window = await gql(app, NEIGHBORHOOD, {
      ids: ['renault'],
      since: '2024-02-01',
      until: '2024-03-31',
    });
    expect(ids(window.body.data?.neighborhood)).toEqual(['ampere', 'nissan', 'renault']);
    const old = await gql(app, NEIGHBORHOOD, { ids: ['plant:renault-douai'], until: '2023-12-31' });
    expect(ids(old.body.data?.neighborhood)).toEqual(['catl', 'plant:renault-douai', 'renault-5']);
  });

  it('reports unknown ids and bad arguments with codes', async () => {
    const missing = await gql(app, NEIGHBORHOOD, { ids: ['ghost'] });
    expect(codes(missing.body)).toEqual(['ENTITY_NOT_FOUND']);
    const depth = await gql(app, NEIGHBORHOOD, { ids: ['renault'], depth: 4 });
    expect(codes(depth.body)).toEqual(['INVALID_ARGUMENT']);
    const limit = await gql(app, NEIGHBORHOOD, { ids: ['renault'], limit: 5000 });
    expect(codes(limit.body)).toEqual(['LIMIT_EXCEEDED']);
    const date = await gql(app, NEIGHBORHOOD, { ids: ['renault'], since: '2024-13-45' });
    expect(codes(date.body)).toEqual(['INVALID_ARGUMENT']);
  });
});

describe('overview', () => {
  it('returns the most-mentioned entities and the relations among them', async () => {
    const { body } = await gql(
      app,
      '{ overview(limit: 3) { truncated nodes { id } edges { type source { id } target { id } } } }',
    );
    const g = body.data?.overview;
    expect(g.nodes.map((n: any) => n.id)).toEqual(['renault', 'ampere', 'nissan']);
    expect(g.truncated).toBe(true);
    expect(g.edges.map((e: any) => e.type).sort()).toEqual(['PARTNERS_WITH', 'SUBSIDIARY_OF']);
    const typed = await gql(
      app,
      '{ overview(entityTypes: [Plant, Place]) { nodes { id } edges { type } } }',
    );
    expect(typed.body.data?.overview).toEqual({
      nodes: [{ id: 'plant:renault-douai' }, { id: 'douai' }],
      edges: [{ type: 'LOCATED_IN' }],
    });
  });
});

describe('paths', () => {
  const Q = `query($from: ID!, $to: ID!, $max: Int, $rt: [RelationType!]) {
    paths(from: $from, to: $to, maxHops: $max, relationTypes: $rt) { length nodes { id } edges { type } } }`;

  it('finds the shortest paths ignoring direction', async () => {
    const { body } = await gql(app, Q, { from: 'luca-de-meo', to: 'douai' });
    expect(body.data?.paths).toEqual([
      {
        length: 3,
        nodes: [
          { id: 'luca-de-meo' },
          { id: 'renault' },
          { id: 'plant:renault-douai' },
          { id: 'douai' },
        ],
        edges: [{ type: 'LEADS' }, { type: 'OPERATES' }, { type: 'LOCATED_IN' }],
      },
    ]);
  });

  it('respects maxHops and relation types, and validates', async () => {
    const short = await gql(app, Q, { from: 'luca-de-meo', to: 'douai', max: 2 });
    expect(short.body.data?.paths).toEqual([]);
    const typed = await gql(app, Q, {
      from: 'luca-de-meo',
      to: 'douai',
      rt: ['LEADS', 'OPERATES'],
    });
    expect(typed.body.data?.paths).toEqual([]);
    const same = await gql(app, Q, { from: 'renault', to: 'renault' });
    expect(same.body.data?.paths).toEqual([{ length: 0, nodes: [{ id: 'renault' }], edges: [] }]);
    const bad = await gql(app, Q, { from: 'renault', to: 'douai', max: 7 });
    expect(codes(bad.body)).toEqual(['INVALID_ARGUMENT']);
    const missing = await gql(app, Q, { from: 'renault', to: 'ghost' });
    expect(codes(missing.body)).toEqual(['ENTITY_NOT_FOUND']);
  });
});

describe('export', () => {
  it('exports GraphML with typed keys for the nodes and edges', async () => {
    const { body } = await gql(
      app,
      '{ export(ids: ["renault"], depth: 1, format: GRAPHML) { format mimeType filename content } }',
    );
    const x = body.data?.export;
    expect(x).toMatchObject({
      format: 'GRAPHML',
      mimeType: 'application/graphml+xml',
      filename: 'ev-kg.graphml',
    });
    expect(x.content).toContain(
      '<key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    );
    expect(x.content).toContain(
      '<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>',
    );
    expect(x.content.match(/<node /g)).toHaveLength(5);
    expect(x.content.match(/<edge /g)).toHaveLength(4);
    expect(x.content).toContain(
      '<edge id="LEADS:luca-de-meo:renault" source="luca-de-meo" target="renault">',
    );
  });

  it('exports JSON and CSV, and the whole graph when ids is empty', async () => {
    const json = await gql(app, '{ export(format: JSON) { content } }');
    const parsed = JSON.parse(json.body.data?.export.content);
    expect(parsed.nodes).toHaveLength(9);
    expect(parsed.edges).toHaveLength(7);
    const csv = await gql(app, '{ export(ids: ["douai"], format: CSV) { mimeType content } }');
    const lines = csv.body.data?.export.content.trim().split('\r\n');
    expect(lines[0]).toBe(
      'source,target,interaction,source_name,source_type,target_name,target_type,confidence,claim_count,article_count,first_seen,last_seen,role',
    );
    expect(lines[1]).toBe(
      'plant:renault-douai,douai,LOCATED_IN,Renault Douai plant,Plant,Douai,Place,0.95,1,1,2024-01-10,2024-01-10,',
    );
  });

  it('serves GET /export as a download with content-disposition', async () => {
    const res = await app.fetch(
      'http://localhost/export?ids=renault,nissan&depth=1&format=graphml',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ev-kg.graphml"');
    const text = await res.text();
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('<node id="nissan">');
    const csv = await app.fetch('http://localhost/export?ids=douai&format=csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="ev-kg.csv"');
    const bad = await app.fetch('http://localhost/export?format=pdf');
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('INVALID_ARGUMENT');
    const ghost = await app.fetch('http://localhost/export?ids=ghost');
    expect(ghost.status).toBe(404);
    const huge = await app.fetch('http://localhost/export?limit=100000');
    expect((await huge.json()).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
  });
});
