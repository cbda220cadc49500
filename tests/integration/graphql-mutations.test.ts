// GraphQL mutations in-process against the real Neo4j: ingest (and dry run), delete, merge,
// update, reject, with the curation invariants of the graph model.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { FIXTURE_DELTAS, loadFixtures, makeDelta } from './fixtures/graphql-fixtures.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;

const ARTICLE = `Renault and Nissan renewed their alliance on Tuesday.
Ampere, the electric vehicle subsidiary of Renault, will build the Renault 5 in Douai.
Luca de Meo, chief executive of Renault, presented the plan in Paris.`;

async function fresh(): Promise<void> {
  await resetDatabase(driver);
  await loadFixtures(driver);
}

/** Sum of `claims` over all typed relationships, and the number of non-rejected claims. */
async function claimTotals(): Promise<{ onRelations: number; claims: number }> {
  const r = await driver.executeQuery(
    `CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN sum(r.claims) AS onRelations }
     CALL () { MATCH (c:Claim) WHERE NOT c.rejected RETURN count(c) AS claims }
     RETURN onRelations, claims`,
  );
  return {
    onRelations: r.records[0]!.get('onRelations') as number,
    claims: r.records[0]!.get('claims') as number,
  };
}

beforeAll(() => {
  driver = testDriver();
  app = createApp({ driver, config: testConfig({ maxArticleBytes: 20_000 }) });
});

afterAll(async () => {
  await driver.close();
});

describe('ingestArticle', () => {
  beforeAll(fresh);

  it('dry run returns what would be written and writes nothing', async () => {
    const before = await graphCounts(driver);
    const { body } = await gql(
      app,
      `mutation($input: ArticleInput!) { ingestArticle(input: $input, dryRun: true) {
        created dryRun warnings article { id title text entities { entity { id } count } claims { sentence } }
        entities { id name type } relations { type source { id } target { id } sentence method confidence } } }`,
      { input: { text: ARTICLE, title: 'Alliance news', publishedAt: '2024-05-02' } },
    );
    expect(body.errors).toBeUndefined();
    const r = body.data?.ingestArticle;
    expect(r.dryRun).toBe(true);
    expect(r.created).toBe(true);
    expect(r.article.text).toContain('Ampere');
    expect(r.entities.map((e: any) => e.name)).toEqual(
      expect.arrayContaining(['Renault', 'Nissan']),
    );
    expect(r.article.entities.length).toBe(r.entities.length);
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('writes the article once; the same content again changes nothing', async () => {
    const q = `mutation($input: ArticleInput!) { ingestArticle(input: $input) {
      created dryRun article { id title publishedAt } entities { id name articleCount } } }`;
    const input = { text: ARTICLE, title: 'Alliance news', publishedAt: '2024-05-02' };
    const first = await gql(app, q, { input });
    expect(first.body.errors).toBeUndefined();
    const r = first.body.data?.ingestArticle;
    expect(r).toMatchObject({ created: true, dryRun: false, article: { title: 'Alliance news' } });
    const renault = r.entities.find((e: any) => e.name === 'Renault');
    expect(renault.articleCount).toBeGreaterThanOrEqual(1);
    const stored = await gql(
      app,
      '{ article(id: $id) { id } }'.replace('$id', JSON.stringify(r.article.id)),
    );
    expect(stored.body.data?.article.id).toBe(r.article.id);
    const counts = await graphCounts(driver);
    const again = await gql(app, q, { input });
    expect(again.body.data?.ingestArticle.created).toBe(false);
    expect(await graphCounts(driver)).toEqual(counts);
  });

  it('rejects empty, oversized and badly formatted articles with codes', async () => {
    const before = await graphCounts(driver);
    const q = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }`;
    const empty = await gql(app, q, { input: { text: '   ' } });
    expect(codes(empty.body)).toEqual(['INVALID_ARTICLE']);
    const big = await gql(app, q, { input: { text: 'Renault builds cars. '.repeat(2000) } });
    expect(codes(big.body)).toEqual(['ARTICLE_TOO_LARGE']);
    const format = await gql(app, q, { input: { text: ARTICLE, format: 'pdf' } });
    expect(codes(format.body)).toEqual(['INVALID_ARGUMENT']);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('ingestArticles', () => {
  beforeAll(fresh);

  const BATCH = `mutation($inputs: [ArticleInput!]!, $dryRun: Boolean) {
    ingestArticles(inputs: $inputs, dryRun: $dryRun) {
      index result { created dryRun article { id title } } error { code message } } }`;
  const OTHER = `Stellantis opened a battery plant in Kokomo with Samsung SDI.
Carlos Tavares, chief executive of Stellantis, visited the plant on Monday.`;

  it('answers each article in order; a refused article never fails its neighbours', async () => {
    const before = await graphCounts(driver);
    const inputs = [
      { text: ARTICLE, title: 'Alliance news' },
      { text: '   ' },
      { text: OTHER, format: 'pdf' },
      { text: 'Renault builds cars. '.repeat(2000) },
      { text: OTHER, title: 'Kokomo' },
    ];
    const dry = await gql(app, BATCH, { inputs, dryRun: true });
    expect(dry.body.errors).toBeUndefined();
    expect(await graphCounts(driver)).toEqual(before);
    const { body } = await gql(app, BATCH, { inputs });
    expect(body.errors).toBeUndefined();
    const items = body.data?.ingestArticles;
    for (const list of [dry.body.data?.ingestArticles, items]) {
      expect(list.map((i: any) => i.index)).toEqual([0, 1, 2, 3, 4]);
      expect(list.map((i: any) => i.error?.code ?? null)).toEqual([
        null,
        'INVALID_ARTICLE',
        'INVALID_ARGUMENT',
        'ARTICLE_TOO_LARGE',
        null,
      ]);
      expect(list[1].result).toBeNull();
      expect(list[1].error.message).toMatch(/\S/);
    }
    expect(dry.body.data?.ingestArticles[0].result).toMatchObject({ created: true, dryRun: true });
    expect(items[0].result).toMatchObject({ created: true, dryRun: false });
    expect(items[4].result.article.title).toBe('Kokomo');
    for (const i of [0, 4]) {
      const stored = await gql(
        app,
        `{ article(id: ${JSON.stringify(items[i].result.article.id)}) { title } }`,
      );
      expect(stored.body.data?.article.title).toBe(i === 0 ? 'Alliance news' : 'Kokomo');
    }
    const again = await gql(app, BATCH, { inputs: [inputs[4], inputs[0]] });
    expect(again.body.data?.ingestArticles.map((i: any) => i.result.created)).toEqual([
      false,
      false,
    ]);
  });

  it('refuses more than 100 articles in one call with LIMIT_EXCEEDED', async () => {
    const inputs = Array.from({ length: 101 }, (_, i) => ({ text: `Renault ${i}.` }));
    const { body } = await gql(app, BATCH, { inputs });
    expect(codes(body)).toEqual(['LIMIT_EXCEEDED']);
  });
});

describe('deleteArticle', () => {
  beforeAll(fresh);

  it('removes relations stated only by the article and keeps others with right counts', async () => {
    const del = await gql(
      app,
      'mutation { deleteArticle(id: "art-2") { id deleted relationsRemoved relationsUpdated } }',
    );
    expect(del.body.data?.deleteArticle).toEqual({
      id: 'art-2',
      deleted: true,
      relationsRemoved: 0,
      relationsUpdated: 2,
    });
    const sub = await gql(
      app,
      '{ relation(id: "SUBSIDIARY_OF:ampere:renault") { claimCount articleCount firstSeen lastSeen evidence { article { id } } } }',
    );
    expect(sub.body.data?.relation).toEqual({
      claimCount: 1,
      articleCount: 1,
      firstSeen: '2024-01-10',
      lastSeen: '2024-01-10',
      evidence: [{ article: { id: 'art-1' } }],
    });
    const del3 = await gql(
      app,
      'mutation { deleteArticle(id: "art-3") { deleted relationsRemoved } }',
    );
    expect(del3.body.data?.deleteArticle).toEqual({ deleted: true, relationsRemoved: 2 });
    const gone = await gql(
      app,
      '{ relation(id: "PRODUCES:plant:renault-douai:renault-5") { id } }',
    );
    expect(gone.body.data?.relation).toBeNull();
    const plant = await gql(
      app,
      '{ entity(id: "plant:renault-douai") { articleCount relations { type } } }',
    );
    expect(plant.body.data?.entity.articleCount).toBe(1);
    expect(plant.body.data?.entity.relations.map((r: any) => r.type).sort()).toEqual([
      'LOCATED_IN',
      'OPERATES',
    ]);
    expect(await claimTotals()).toEqual({ onRelations: 5, claims: 5 });
  });

  it('reports deleted: false for an unknown article and changes nothing', async () => {
    const before = await graphCounts(driver);
    const r = await gql(app, 'mutation { deleteArticle(id: "nope") { deleted relationsRemoved } }');
    expect(r.body.data?.deleteArticle).toEqual({ deleted: false, relationsRemoved: 0 });
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('mergeEntities', () => {
  beforeAll(async () => {
    await fresh();
    // A duplicate of Renault with its own relations, one of which also exists on Renault.
    await loadFixtures(driver, [
      makeDelta(
        'art-dup',
        { title: 'Groupe Renault news', publishedAt: '2024-04-01' },
        [
          ['renault-sa', 'Renault SA', 'Company', ['Régie Renault'], 2],
          ['nissan', 'Nissan', 'Company'],
          ['alpine', 'Alpine', 'Brand'],
          ['plant:renault-flins', 'Renault Flins plant', 'Plant'],
        ],
        [
          ['renault-sa', 'PARTNERS_WITH', 'nissan', 'Renault SA and Nissan work together.', 0.6],
          ['alpine', 'BRAND_OF', 'renault-sa', 'Alpine is a brand of Renault SA.', 0.9],
          [
            'renault-sa',
            'OPERATES',
            'plant:renault-flins',
            'Renault SA runs the Flins plant.',
            0.8,
          ],
        ],
      ),
    ]);
  });

  it('moves relations, aliases and mentions; no relationship is lost and counts add up', async () => {
    const before = await claimTotals();
    const rels = async (id: string) =>
      (
        await gql(
          app,
          `{ entity(id: "${id}") { relations(first: 100) { type source { id } target { id } claimCount } } }`,
        )
      ).body.data?.entity.relations as any[];
    const renaultBefore = await rels('renault');
    const dupBefore = await rels('renault-sa');
    const m = await gql(
      app,
      `mutation { mergeEntities(keep: "renault", merge: ["renault-sa"]) {
        merged relationsMoved entity { id aliases mentionCount articleCount } } }`,
    );
    expect(m.body.errors).toBeUndefined();
    const r = m.body.data?.mergeEntities;
    expect(r.merged).toEqual(['renault-sa']);
    expect(r.relationsMoved).toBe(3);
    expect(r.entity.aliases).toEqual(
      expect.arrayContaining(['Renault SA', 'Régie Renault', 'Groupe Renault']),
    );
    expect(r.entity).toMatchObject({ mentionCount: 8, articleCount: 3 });
    const after = await rels('renault');
    // Renault had 4 relations and the duplicate 3; PARTNERS_WITH nissan existed on both.
    expect(renaultBefore).toHaveLength(4);
    expect(dupBefore).toHaveLength(3);
    expect(after).toHaveLength(6);
    const partners = after.find((x) => x.type === 'PARTNERS_WITH');
    expect(partners.claimCount).toBe(3);
    expect(after.find((x) => x.type === 'BRAND_OF')).toMatchObject({
      source: { id: 'alpine' },
      target: { id: 'renault' },
    });
    expect(await claimTotals()).toEqual(before);
    const gone = await gql(app, '{ entity(id: "renault-sa") { id } }');
    expect(gone.body.data?.entity).toBeNull();
    const log = await driver.executeQuery(
      'MATCH (m:MergeLog {keep: "renault"}) RETURN m.merged AS merged',
    );
    expect(log.records[0]?.get('merged')).toEqual(['renault-sa']);
    const search = await gql(app, '{ search(text: "Regie Renault") { entity { id } } }');
    expect(search.body.data?.search[0].entity.id).toBe('renault');
  });

  it('refuses unknown ids with ENTITY_NOT_FOUND and changes nothing', async () => {
    const before = await graphCounts(driver);
    const r = await gql(
      app,
      'mutation { mergeEntities(keep: "renault", merge: ["ghost"]) { merged } }',
    );
    expect(codes(r.body)).toEqual(['ENTITY_NOT_FOUND']);
    const self = await gql(
      app,
      'mutation { mergeEntities(keep: "renault", merge: ["renault"]) { merged } }',
    );
    expect(codes(self.body)).toEqual(['INVALID_ARGUMENT']);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('updateEntity', () => {
  beforeAll(fresh);

  it('renames, replaces aliases and changes the type label', async () => {
    const r = await gql(
      app,
      `mutation { updateEntity(id: "energie-electrique", name: "Energie Electrique SAS",
        aliases: ["EE", "Énergie Électrique"], type: Company) { id name type aliases } }`,
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.updateEntity).toEqual({
      id: 'energie-electrique',
      name: 'Energie Electrique SAS',
      type: 'Company',
      aliases: ['Energie Electrique SAS', 'EE', 'Énergie Électrique'],
    });
    const labels = await driver.executeQuery(
      'MATCH (e:Entity {id: "energie-electrique"}) RETURN labels(e) AS l',
    );
    expect((labels.records[0]?.get('l') as string[]).sort()).toEqual(['Company', 'Entity']);
    const keys = await driver.executeQuery(
      'MATCH (k:AliasKey)-[:ALIAS_OF]->(:Entity {id: "energie-electrique"}) RETURN k.key AS k ORDER BY k',
    );
    expect(keys.records.map((x) => x.get('k'))).toEqual([
      'ee',
      'energie electrique',
      'energie electrique sas',
    ]);
    const s = await gql(
      app,
      '{ search(text: "energie electrique sas", types: [Company]) { entity { id } } }',
    );
    expect(s.body.data?.search[0].entity.id).toBe('energie-electrique');
  });

  it('reports unknown ids and empty names', async () => {
    const r = await gql(app, 'mutation { updateEntity(id: "nope", name: "X") { id } }');
    expect(codes(r.body)).toEqual(['ENTITY_NOT_FOUND']);
    const e = await gql(app, 'mutation { updateEntity(id: "renault", name: "   ") { id } }');
    expect(codes(e.body)).toEqual(['INVALID_ARGUMENT']);
  });
});

describe('rejectClaim', () => {
  beforeAll(fresh);

  it('updates the aggregate, then removes the relation when no claim is left', async () => {
    const q =
      '{ relation(id: "PARTNERS_WITH:nissan:renault") { claimCount confidence evidence { id } } }';
    const before = await gql(app, q);
    expect(before.body.data?.relation.claimCount).toBe(2);
    const [first, second] = before.body.data?.relation.evidence as { id: string }[];
    const r = await gql(app, `mutation { rejectClaim(id: "${first!.id}") { id rejected } }`);
    expect(r.body.data?.rejectClaim).toEqual({ id: first!.id, rejected: true });
    const mid = await gql(app, q);
    expect(mid.body.data?.relation).toMatchObject({
      claimCount: 1,
      evidence: [{ id: second!.id }],
    });
    await gql(app, `mutation { rejectClaim(id: "${second!.id}") { id } }`);
    const after = await gql(app, q);
    expect(after.body.data?.relation).toBeNull();
    const claim = await gql(app, `{ claim(id: "${second!.id}") { rejected } }`);
    expect(claim.body.data?.claim.rejected).toBe(true);
  });

  it('reports an unknown claim with CLAIM_NOT_FOUND', async () => {
    const r = await gql(app, 'mutation { rejectClaim(id: "nope") { id } }');
    expect(codes(r.body)).toEqual(['CLAIM_NOT_FOUND']);
  });
});

describe('write protection', () => {
  beforeEach(fresh);
  const token = 'a-very-secret-token-123';
  const mutation = 'mutation { deleteArticle(id: "art-1") { deleted } }';

  it('beyond loopback, mutations need the bearer token; reads do not', async () => {
    const remote = createApp({ driver, config: testConfig({ host: '0.0.0.0', apiToken: token }) });
    const before = await graphCounts(driver);
    const none = await gql(remote, mutation);
    expect(codes(none.body)).toEqual(['UNAUTHENTICATED']);
    const wrong = await gql(
      remote,
      mutation,
      {},
      { authorization: 'Bearer wrong-token-of-some-length' },
    );
    expect(codes(wrong.body)).toEqual(['UNAUTHENTICATED']);
    expect(await graphCounts(driver)).toEqual(before);
    const read = await gql(remote, '{ entity(id: "renault") { id } }');
    expect(read.body.data?.entity.id).toBe('renault');
    const ok = await gql(remote, mutation, {}, { authorization: `Bearer ${token}` });
    expect(ok.body.data?.deleteArticle.deleted).toBe(true);
  });

  it('read-only mode refuses every mutation with READ_ONLY', async () => {
    const ro = createApp({ driver, config: testConfig({ readOnly: true }) });
    const before = await graphCounts(driver);
    const r = await gql(ro, mutation);
    expect(codes(r.body)).toEqual(['READ_ONLY']);
    const ing = await gql(
      ro,
      'mutation { ingestArticle(input: {text: "Renault builds cars."}) { created } }',
    );
    expect(codes(ing.body)).toEqual(['READ_ONLY']);
    expect(await graphCounts(driver)).toEqual(before);
  });
});

it('fixtures are the three hand-made articles', () => {
  expect(FIXTURE_DELTAS.map((d) => d.article.id)).toEqual(['art-1', 'art-2', 'art-3']);
});
