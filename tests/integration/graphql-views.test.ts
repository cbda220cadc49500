// GraphQL timeline (buckets, counts, filters shared with the graph, timeRange) and saved views, on a real Neo4j.
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

const TIMELINE = `query($f: GraphFilter, $ids: [ID!], $p: TimePeriod) {
  timeline(filter: $f, ids: $ids, period: $p) { start claimCount articleCount } }`;

async function timeline(vars: Record<string, unknown>): Promise<any[]> {
  const { body } = await gql(app, TIMELINE, vars);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data?.timeline;
}

/** Only the non-empty buckets, as `start:claims/articles`. */
const nonEmpty = (buckets: any[]) =>
  buckets
    .filter((b) => b.claimCount > 0)
    .map((b) => `${b.start}:${b.claimCount}/${b.articleCount}`);

describe('timeline', () => {
  it('counts claims and articles per month, empty months included', async () => {
    const months = await timeline({});
    expect(months.map((b) => b.start)).toEqual([
      '2023-06-01',
      '2023-07-01',
      '2023-08-01',
      '2023-09-01',
      '2023-10-01',
      '2023-11-01',
      '2023-12-01',
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
    ]);
    expect(nonEmpty(months)).toEqual(['2023-06-01:2/1', '2024-01-01:5/1', '2024-03-01:2/1']);
  });

  it('buckets by week starting on Monday', async () => {
    const weeks = await timeline({ p: 'WEEK' });
    expect(nonEmpty(weeks)).toEqual(['2023-05-29:2/1', '2024-01-08:5/1', '2024-03-04:2/1']);
    expect(weeks[1].start).toBe('2023-06-05');
  });

  it('honours the graph filters: relation and entity types, confidence, time range, entities', async () => {
    expect(nonEmpty(await timeline({ f: { relationTypes: ['PARTNERS_WITH'] } }))).toEqual([
      '2024-01-01:1/1',
      '2024-03-01:1/1',
    ]);
    expect(nonEmpty(await timeline({ f: { entityTypes: ['Company'] } }))).toEqual([
      '2024-01-01:2/1',
      '2024-03-01:2/1',
    ]);
    expect(nonEmpty(await timeline({ f: { minConfidence: 0.85 } }))).toEqual([
      '2023-06-01:1/1',
      '2024-01-01:4/1',
    ]);
    const ranged = await timeline({ f: { timeRange: { from: '2024-01-01' } } });
    expect(ranged.map((b) => `${b.start}:${b.claimCount}`)).toEqual([
      '2024-01-01:5',
      '2024-02-01:0',
      '2024-03-01:2',
    ]);
    expect(nonEmpty(await timeline({ ids: ['catl'] }))).toEqual(['2023-06-01:1/1']);
    // With entities given, those pass the entity-type filter whatever their own type.
    expect(
      nonEmpty(await timeline({ ids: ['luca-de-meo'], f: { entityTypes: ['Company'] } })),
    ).toEqual(['2024-01-01:1/1']);
    expect(await timeline({ ids: ['no-such-entity'] })).toEqual([]);
  });

  it('refuses a reversed or malformed time range', async () => {
    const bad = await gql(app, TIMELINE, {
      f: { timeRange: { from: '2024-05-01', to: '2024-01-01' } },
    });
    expect(codes(bad.body)).toEqual(['INVALID_ARGUMENT']);
    expect(bad.body.errors?.[0]?.message).toContain('filter.timeRange.from');
    const malformed = await gql(app, TIMELINE, { f: { timeRange: { to: 'March' } } });
    expect(codes(malformed.body)).toEqual(['INVALID_ARGUMENT']);
  });
});

const OVERVIEW = `query($tr: TimeRange) { overview(timeRange: $tr) { nodes { id } edges { id } } }`;
const NEIGHBORHOOD = `query($ids: [ID!]!, $depth: Int, $tr: TimeRange) {
  neighborhood(ids: $ids, depth: $depth, timeRange: $tr) { nodes { id } edges { id } } }`;

const edgeIds = (g: any): string[] => g.edges.map((e: any) => e.id).sort();
const nodeIds = (g: any): string[] => g.nodes.map((n: any) => n.id).sort();

describe('timeRange on the graph queries', () => {
  it('keeps only the overview relations stated by a claim published in the range', async () => {
    const all = await gql(app, OVERVIEW, {});
    expect(all.body.data?.overview.edges).toHaveLength(7);
    const march = await gql(app, OVERVIEW, { tr: { from: '2024-02-01', to: '2024-03-31' } });
    expect(edgeIds(march.body.data?.overview)).toEqual([
      'PARTNERS_WITH:nissan:renault',
      'SUBSIDIARY_OF:ampere:renault',
    ]);
    // Nodes stay (the overview is the most-mentioned entities); only their links are filtered.
    expect(march.body.data?.overview.nodes).toHaveLength(all.body.data?.overview.nodes.length);
    // January's partnership claim names Renault first: symmetric relations match both ways.
    const january = await gql(app, OVERVIEW, { tr: { from: '2024-01-01', to: '2024-01-31' } });
    expect(edgeIds(january.body.data?.overview)).toEqual([
      'LEADS:luca-de-meo:renault',
      'LOCATED_IN:plant:renault-douai:douai',
      'OPERATES:renault:plant:renault-douai',
      'PARTNERS_WITH:nissan:renault',
      'SUBSIDIARY_OF:ampere:renault',
    ]);
  });

  it('walks the neighbourhood only along relations stated in the range', async () => {
    const old = await gql(app, NEIGHBORHOOD, {
      ids: ['plant:renault-douai'],
      tr: { to: '2023-12-31' },
    });
    expect(nodeIds(old.body.data?.neighborhood)).toEqual([
      'catl',
      'plant:renault-douai',
      'renault-5',
    ]);
    const none = await gql(app, NEIGHBORHOOD, {
      ids: ['renault'],
      depth: 2,
      tr: { to: '2023-12-31' },
    });
    expect(nodeIds(none.body.data?.neighborhood)).toEqual(['renault']);
    expect(none.body.data?.neighborhood.edges).toEqual([]);
  });
});

const SAVE = `mutation($input: SavedViewInput!) { saveView(input: $input) { id name state createdAt updatedAt } }`;
const LIST = `{ savedViews { id name } }`;

describe('saved views', () => {
  it('saves, lists, reads, replaces and deletes a view', async () => {
    const state = JSON.stringify({ focus: ['renault'], hidden: ['douai'], timeRange: null });
    const first = await gql(app, SAVE, { input: { name: '  Renault EV  ', state } });
    expect(first.body.errors).toBeUndefined();
    const saved = first.body.data?.saveView;
    expect(saved.name).toBe('Renault EV');
    expect(saved.state).toBe(state);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    const second = await gql(app, SAVE, { input: { name: 'Douai', state: '{}' } });
    const list = await gql(app, LIST);
    expect(list.body.data?.savedViews.map((v: any) => v.name)).toEqual(['Douai', 'Renault EV']);

    const one = await gql(app, 'query($id: ID!) { savedView(id: $id) { name state } }', {
      id: saved.id,
    });
    expect(one.body.data?.savedView).toEqual({ name: 'Renault EV', state });

    const replaced = await gql(app, SAVE, {
      input: { id: saved.id, name: 'Renault, renamed', state: '{"focus":[]}' },
    });
    expect(replaced.body.data?.saveView).toMatchObject({
      id: saved.id,
      name: 'Renault, renamed',
      state: '{"focus":[]}',
      createdAt: saved.createdAt,
    });

    const del = 'mutation($id: ID!) { deleteSavedView(id: $id) }';
    expect((await gql(app, del, { id: second.body.data?.saveView.id })).body.data).toEqual({
      deleteSavedView: true,
    });
    expect((await gql(app, del, { id: 'nope' })).body.data).toEqual({ deleteSavedView: false });
    const after = await gql(app, LIST);
    expect(after.body.data?.savedViews.map((v: any) => v.name)).toEqual(['Renault, renamed']);
    const gone = await gql(app, 'query { savedView(id: "nope") { id } }');
    expect(gone.body.data).toEqual({ savedView: null });
  });

  it('refuses bad input with a stable code and a message saying what is wrong', async () => {
    const count = async () => (await gql(app, LIST)).body.data?.savedViews.length as number;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '   ', state: '{}' }, 'INVALID_ARGUMENT', 'needs a name'],
      [{ name: 'x'.repeat(121), state: '{}' }, 'INVALID_ARGUMENT', 'maximum is 120'],
      [{ name: 'Bad', state: 'not json' }, 'INVALID_ARGUMENT', 'JSON object'],
      [{ name: 'Bad', state: '[1,2]' }, 'INVALID_ARGUMENT', 'JSON object'],
      [
        { name: 'Huge', state: JSON.stringify({ p: 'x'.repeat(70_000) }) },
        'LIMIT_EXCEEDED',
        'maximum is 65536',
      ],
      [{ id: 'no-such-view', name: 'Ghost', state: '{}' }, 'SAVED_VIEW_NOT_FOUND', 'no-such-view'],
    ];
    for (const [input, code, message] of cases) {
      const { body } = await gql(app, SAVE, { input });
      expect(codes(body), JSON.stringify(input).slice(0, 80)).toEqual([code]);
      expect(body.errors?.[0]?.message).toContain(message);
    }
    expect(await count()).toBe(before);
  });
});
