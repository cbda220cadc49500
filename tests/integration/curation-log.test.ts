// The article library, the curation log and undo, through the real GraphQL app and real Neo4j.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any -- GraphQL responses are untyped JSON */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createApp, type KgApp } from '../../server/graphql/create-app.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { graphFingerprint } from '../setup/graph-fingerprint.js';
import { loadFixtures, makeDelta } from './fixtures/graphql-fixtures.js';
import { codes, gql, testConfig } from './fixtures/graphql-client.js';

let driver: Driver;
let app: KgApp;

async function rows(cypher: string): Promise<string[]> {
  const res = await driver.executeQuery(cypher);
  return res.records.map((r) => JSON.stringify(r.get('k'))).sort();
}

/**
 * Everything a curation may change, the log itself left out: counts, typed relationships with
 * their aggregates, entities (name, type, labels, aliases, counts), alias keys, claims with their
 * ends and rejection, mentions, merge logs.
 */
async function graphState() {
  const fp = await graphFingerprint(driver);
  const counts = Object.fromEntries(
    Object.entries(fp.counts).filter(([k]) => k !== 'CurationEvent'),
  );
  return {
    counts,
    // The bulk writer stores counts as floats, the recompute as integers: compare the numbers.
    relations: fp.relations.map((r) => r.replace(/=(\d+)\.0\b/g, '=$1')),
    aggregates: await rows(
      `MATCH (a:Entity)-[r]->(b:Entity) RETURN [type(r), a.id, b.id, r.confidence, r.firstSeen,
        r.lastSeen, r.role] AS k`,
    ),
    entities: await rows(
      `MATCH (e:Entity) RETURN [e.id, e.name, e.type, apoc_free_labels, e.aliases, e.aliasesText,
        e.mentionCount, e.articleCount, e.firstSeen, e.lastSeen, e.origin] AS k ORDER BY e.id`.replace(
        'apoc_free_labels',
        'reduce(s = "", l IN labels(e) | s + ":" + l)',
      ),
    ),
    aliasKeys: await rows(
      `MATCH (k:AliasKey) OPTIONAL MATCH (k)-[:ALIAS_OF]->(e)
       WITH k, e ORDER BY e.id WITH k.key AS key, collect(e.id) AS ids RETURN [key, ids] AS k`,
    ),
    claims: await rows(
      `MATCH (a:Article)-[:STATES]->(c:Claim)-[:SUBJECT]->(s), (c)-[:OBJECT]->(o)
       RETURN [a.id, c.id, c.type, s.id, o.id, c.subjectId, c.objectId, c.rejected, c.sentence]
       AS k ORDER BY c.id`,
    ),
    mentions: await rows(
      `MATCH (a:Article)-[m:MENTIONS]->(e) RETURN [a.id, e.id, m.count] AS k ORDER BY a.id, e.id`,
    ),
    articles: await rows(
      'MATCH (a:Article) RETURN [a.id, a.title, a.text, a.publishedAt, a.hash] AS k ORDER BY a.id',
    ),
    mergeLogs: await rows('MATCH (m:MergeLog) RETURN m.keep AS k ORDER BY k'),
  };
}

async function ok(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await gql(app, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

async function latestEvent() {
  const d = await ok(
    '{ curationEvents(first: 1) { totalCount nodes { id kind actor at summary targets revertedAt revertedBy } } }',
  );
  return d.curationEvents.nodes[0];
}

async function revert(id: string) {
  const d = await ok(
    `mutation($id: ID!) { revertCuration(id: $id) { id revertedAt revertedBy } }`,
    {
      id,
    },
  );
  return d.revertCuration;
}

async function claimId(articleId: string, type: string): Promise<string> {
  const d = await ok(`{ article(id: "${articleId}") { claims { id type } } }`);
  return d.article.claims.find((c: any) => c.type === type).id as string;
}

const DUPLICATE = makeDelta(
  'art-dup',
  { title: 'Groupe Renault news', publishedAt: '2024-04-01' },
  [
    ['renault-sa', 'Renault SA', 'Company', ['Régie Renault'], 2],
    ['nissan', 'Nissan', 'Company'],
    ['alpine', 'Alpine', 'Brand'],
  ],
  [
    ['renault-sa', 'PARTNERS_WITH', 'nissan', 'Renault SA and Nissan work together.', 0.6],
    ['alpine', 'BRAND_OF', 'renault-sa', 'Alpine is a brand of Renault SA.', 0.9],
  ],
);

beforeAll(() => {
  driver = testDriver();
  app = createApp({ driver, config: testConfig() });
});

afterAll(async () => {
  await driver.close();
});

describe('articleLibrary', () => {
  beforeAll(async () => {
    await resetDatabase(driver);
    await loadFixtures(driver);
  });
  const q = `query($text: String, $sort: ArticleSort, $first: Int, $after: String) {
    articleLibrary(text: $text, sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      items { article { id title source language publishedAt } entityCount claimCount rejectedClaimCount } } }`;
  const ids = (d: any) => d.articleLibrary.items.map((i: any) => i.article.id as string);

  it('lists every article with its counts, newest first by default', async () => {
    const d = await ok(q);
    expect(d.articleLibrary.totalCount).toBe(3);
    expect(ids(d)).toEqual(['art-2', 'art-1', 'art-3']);
    const art1 = d.articleLibrary.items.find((i: any) => i.article.id === 'art-1');
    expect(art1).toMatchObject({ entityCount: 7, claimCount: 5, rejectedClaimCount: 0 });
    expect(art1.article.source).toBe('Test Wire');
  });

  it('sorts by date, title and counts', async () => {
    expect(ids(await ok(q, { sort: 'OLDEST' }))).toEqual(['art-3', 'art-1', 'art-2']);
    expect(ids(await ok(q, { sort: 'TITLE' }))).toEqual(['art-3', 'art-2', 'art-1']);
    expect(ids(await ok(q, { sort: 'ENTITIES' }))).toEqual(['art-1', 'art-2', 'art-3']);
    expect(ids(await ok(q, { sort: 'CLAIMS' }))).toEqual(['art-1', 'art-2', 'art-3']);
  });

  it('searches titles case-insensitively and pages with cursors in every order', async () => {
    expect(ids(await ok(q, { text: 'DOUAI' }))).toEqual(['art-3']);
    expect((await ok(q, { text: 'no such title' })).articleLibrary.totalCount).toBe(0);
    for (const sort of ['NEWEST', 'TITLE', 'CLAIMS']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const d = await ok(q, { sort, first: 1, after });
        seen.push(...ids(d));
        if (!d.articleLibrary.pageInfo.hasNextPage) break;
        after = d.articleLibrary.pageInfo.endCursor;
      }
      expect(seen).toEqual(ids(await ok(q, { sort })));
    }
  });

  it('refuses a bad cursor and a page too large with clear codes', async () => {
    const bad = await gql(app, q, { after: 'nonsense' });
    expect(codes(bad.body)).toEqual(['INVALID_ARGUMENT']);
    const big = await gql(app, q, { first: 100_000 });
    expect(codes(big.body)).toEqual(['LIMIT_EXCEEDED']);
  });
});

describe('curation log and revert', () => {
  beforeEach(async () => {
    await resetDatabase(driver);
    await loadFixtures(driver);
  });

  it('rejectClaim is logged; rejected claims are listed, excluded from counts, restorable, revertible', async () => {
    const before = await graphState();
    const stats0 = (await ok('{ stats { claims relations } }')).stats;
    const id = await claimId('art-1', 'PARTNERS_WITH');
    await ok(`mutation { rejectClaim(id: "${id}") { id rejected } }`);
    const ev = await latestEvent();
    expect(ev).toMatchObject({ kind: 'REJECT_CLAIM', actor: 'local', targets: [id] });
    expect(ev.summary).toContain('PARTNERS_WITH');

    const rejected = await ok(
      '{ rejectedClaims { totalCount nodes { rejectedAt rejectedReason claim { id rejected } } } }',
    );
    expect(rejected.rejectedClaims.totalCount).toBe(1);
    expect(rejected.rejectedClaims.nodes[0].claim).toEqual({ id, rejected: true });
    expect(rejected.rejectedClaims.nodes[0].rejectedAt).toMatch(/^\d{4}-/);
    const stats1 = (await ok('{ stats { claims relations } }')).stats;
    expect(stats1.claims).toBe(stats0.claims - 1);
    const rel = await ok(
      '{ relation(id: "PARTNERS_WITH:nissan:renault") { claimCount articleCount } }',
    );
    expect(rel.relation).toEqual({ claimCount: 1, articleCount: 1 });
    const lib = await ok(
      '{ articleLibrary(text: "reorganises") { items { claimCount rejectedClaimCount } } }',
    );
    expect(lib.articleLibrary.items[0]).toEqual({ claimCount: 4, rejectedClaimCount: 1 });

    await revert(ev.id);
    expect(await graphState()).toEqual(before);
    expect((await ok('{ rejectedClaims { totalCount } }')).rejectedClaims.totalCount).toBe(0);

    // Restoring is a curation of its own, logged and revertible too.
    await ok(`mutation { rejectClaim(id: "${id}") { id } }`);
    const restored = await ok(`mutation { restoreClaim(id: "${id}") { id rejected } }`);
    expect(restored.restoreClaim).toEqual({ id, rejected: false });
    expect(await graphState()).toEqual(before);
    const restoreEv = await latestEvent();
    expect(restoreEv.kind).toBe('RESTORE_CLAIM');
    await revert(restoreEv.id);
    expect((await ok('{ rejectedClaims { totalCount } }')).rejectedClaims.totalCount).toBe(1);
  });

  it('a claim whose only support is rejected takes its relationship away, and revert brings it back', async () => {
    const before = await graphState();
    const id = await claimId('art-3', 'SUPPLIES');
    await ok(`mutation { rejectClaim(id: "${id}") { id } }`);
    expect(
      (await ok('{ relation(id: "SUPPLIES:catl:plant:renault-douai") { id } }')).relation,
    ).toBeNull();
    await revert((await latestEvent()).id);
    expect(await graphState()).toEqual(before);
  });

  it('updateEntity is logged and revert restores name, aliases, type and alias keys', async () => {
    const before = await graphState();
    await ok(
      'mutation { updateEntity(id: "ampere", name: "Ampere SAS", aliases: ["AmpR unit"], type: Organization) { id } }',
    );
    const ev = await latestEvent();
    expect(ev).toMatchObject({ kind: 'UPDATE_ENTITY', actor: 'local', targets: ['ampere'] });
    expect(ev.summary).toContain('Ampere SAS');
    expect(await graphState()).not.toEqual(before);
    const back = await revert(ev.id);
    expect(back).toMatchObject({ id: ev.id, revertedBy: 'local' });
    expect(await graphState()).toEqual(before);
  });

  it('mergeEntities is logged and revert restores the merged entity with its claims, aliases and mentions', async () => {
    await loadFixtures(driver, [DUPLICATE]);
    const before = await graphState();
    await ok('mutation { mergeEntities(keep: "renault", merge: ["renault-sa"]) { merged } }');
    const ev = await latestEvent();
    expect(ev).toMatchObject({ kind: 'MERGE_ENTITIES', targets: ['renault', 'renault-sa'] });
    expect((await ok('{ entity(id: "renault-sa") { id } }')).entity).toBeNull();
    await revert(ev.id);
    expect(await graphState()).toEqual(before);
    const sa = await ok('{ entity(id: "renault-sa") { name aliases articleCount } }');
    expect(sa.entity).toMatchObject({ name: 'Renault SA', articleCount: 1 });
  });

  it('a merge that rejected a self-loop claim is undone with the claim back', async () => {
    // Two entities with a claim between them: merging makes it a self-loop (rejected).
    await loadFixtures(driver, [
      makeDelta(
        'art-loop',
        { title: 'Loop news', publishedAt: '2024-02-02' },
        [
          ['renault-sa', 'Renault SA', 'Company'],
          ['renault', 'Renault', 'Company'],
        ],
        [['renault-sa', 'SUBSIDIARY_OF', 'renault', 'Renault SA belongs to Renault.', 0.7]],
      ),
    ]);
    const before = await graphState();
    await ok('mutation { mergeEntities(keep: "renault", merge: ["renault-sa"]) { merged } }');
    const listed = await ok('{ rejectedClaims { nodes { rejectedReason } } }');
    expect(listed.rejectedClaims.nodes).toEqual([{ rejectedReason: 'merged-self-loop' }]);
    await revert((await latestEvent()).id);
    expect(await graphState()).toEqual(before);
  });

  it('deleteArticle is logged and revert restores the article, its claims and the entities it alone held', async () => {
    const before = await graphState();
    await ok('mutation { deleteArticle(id: "art-1") { deleted } }');
    const ev = await latestEvent();
    expect(ev).toMatchObject({ kind: 'DELETE_ARTICLE', targets: ['art-1'] });
    expect(ev.summary).toContain('Renault reorganises its EV business');
    expect((await ok('{ entity(id: "luca-de-meo") { id } }')).entity).toBeNull();
    await revert(ev.id);
    expect(await graphState()).toEqual(before);
    const art = await ok('{ article(id: "art-1") { title claims { id } } }');
    expect(art.article.claims).toHaveLength(5);
  });

  it('events are listed newest first with paging; reverting twice or an unknown id is refused', async () => {
    const id = await claimId('art-2', 'SUBSIDIARY_OF');
    await ok(`mutation { rejectClaim(id: "${id}") { id } }`);
    await ok('mutation { updateEntity(id: "douai", name: "Douai (Nord)") { id } }');
    await ok('mutation { deleteArticle(id: "art-3") { deleted } }');
    const all = await ok('{ curationEvents { totalCount nodes { kind at } } }');
    expect(all.curationEvents.totalCount).toBe(3);
    expect(all.curationEvents.nodes.map((n: any) => n.kind)).toEqual([
      'DELETE_ARTICLE',
      'UPDATE_ENTITY',
      'REJECT_CLAIM',
    ]);
    const first = await ok('{ curationEvents(first: 2) { pageInfo { endCursor hasNextPage } } }');
    const rest = await ok(
      `{ curationEvents(first: 2, after: "${first.curationEvents.pageInfo.endCursor}") { nodes { kind } pageInfo { hasNextPage } } }`,
    );
    expect(rest.curationEvents.nodes).toEqual([{ kind: 'REJECT_CLAIM' }]);
    expect(rest.curationEvents.pageInfo.hasNextPage).toBe(false);

    const ev = await latestEvent();
    await revert(ev.id);
    const again = await gql(app, `mutation { revertCuration(id: "${ev.id}") { id } }`);
    expect(codes(again.body)).toEqual(['CURATION_CONFLICT']);
    const unknown = await gql(app, 'mutation { revertCuration(id: "no-such-event") { id } }');
    expect(codes(unknown.body)).toEqual(['CURATION_EVENT_NOT_FOUND']);
  });

  it('an older curation is not reverted over a later one that changed the same entity or claim', async () => {
    const before = await graphState();
    await ok('mutation { updateEntity(id: "douai", name: "Douai (Nord)") { id } }');
    const first = await latestEvent();
    await ok('mutation { updateEntity(id: "douai", aliases: ["Douai plant"]) { id } }');
    const second = await latestEvent();
    const id = await claimId('art-2', 'SUBSIDIARY_OF');
    await ok(`mutation { rejectClaim(id: "${id}") { id } }`);
    const reject = await latestEvent();

    // The second edit would be undone silently: refused, naming it.
    const refused = await gql(app, `mutation { revertCuration(id: "${first.id}") { id } }`);
    expect(codes(refused.body)).toEqual(['CURATION_CONFLICT']);
    expect(JSON.stringify(refused.body)).toContain(second.id);
    expect((await ok('{ entity(id: "douai") { name aliases } }')).entity.aliases).toContain(
      'Douai plant',
    );
    // An unrelated later event (the rejection) does not block; the newer edit first, then the older.
    await revert(second.id);
    await revert(first.id);
    expect((await ok(`{ claim(id: "${id}") { rejected } }`)).claim.rejected).toBe(true);
    await revert(reject.id);
    expect(await graphState()).toEqual(before);
  });

  it('logs the API token name as the actor when the request presents the token', async () => {
    const token = 'a-long-enough-test-token-42';
    const remote = createApp({
      driver,
      config: testConfig({ host: '0.0.0.0', apiToken: token, apiTokenName: 'desk-analyst' }),
    });
    const r = await gql(
      remote,
      'mutation { updateEntity(id: "douai", name: "Douai city") { id } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(r.body.errors).toBeUndefined();
    expect(await latestEvent()).toMatchObject({ kind: 'UPDATE_ENTITY', actor: 'desk-analyst' });
  });
});
