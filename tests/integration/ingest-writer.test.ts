// The writer on a real Neo4j with hand-built deltas: idempotence, delete, reject, merge, concurrency.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { deleteArticle, mergeEntities, rejectClaim } from '../../server/db/curation/curation.js';
import { createGateway } from '../../server/db/gateway.js';
import { storeDelta, storeDeltas } from '../../server/db/writes/store-deltas.js';
import { WRITE_LOOKUP_CYPHER } from '../../server/db/writes/resolve-existing.js';
import { planWrite } from '../../server/db/writes/write-plan.js';
import { claim, delta, entity, foundingLike } from '../unit/ingest/delta-fixtures.js';

const driver: Driver = testDriver();
afterAll(async () => {
  await driver.close();
});
beforeEach(async () => {
  await resetDatabase(driver);
});

async function rel(type: string, s: string, o: string): Promise<Record<string, unknown> | null> {
  const res = await driver.executeQuery(
    `MATCH (:Entity {id: $s})-[r]->(:Entity {id: $o}) WHERE type(r) = $type RETURN properties(r) AS p`,
    { s, o, type },
  );
  return (res.records[0]?.get('p') as Record<string, unknown> | undefined) ?? null;
}

async function entityProps(id: string): Promise<Record<string, unknown> | null> {
  const res = await driver.executeQuery(
    'MATCH (e:Entity {id: $id}) RETURN properties(e) AS p, labels(e) AS l',
    { id },
  );
  const r = res.records[0];
  return r ? { ...(r.get('p') as Record<string, unknown>), labels: r.get('l') } : null;
}

/** Typed relationships and entities whose stored aggregates differ from a recomputation. */
async function inconsistencies(): Promise<string[]> {
  const rels = await driver.executeQuery(
    `MATCH (s:Entity)-[r]->(o:Entity) WHERE NOT type(r) IN ['MENTIONS']
     CALL (s, r, o) {
       MATCH (c:Claim {type: type(r)})
       WHERE NOT c.rejected AND ((c.subjectId = s.id AND c.objectId = o.id)
         OR (type(r) IN ['PARTNERS_WITH', 'COMPETES_WITH'] AND c.subjectId = o.id AND c.objectId = s.id))
       RETURN count(c) AS n, count(DISTINCT c.articleId) AS a, max(c.confidence) AS conf,
         min(c.publishedAt) AS first, max(c.publishedAt) AS last
     }
     WITH s, r, o, n, a, conf, first, last
     WHERE r.claims <> n OR r.articles <> a OR r.confidence <> conf
       OR coalesce(r.firstSeen, '') <> coalesce(first, '') OR coalesce(r.lastSeen, '') <> coalesce(last, '')
     RETURN type(r) + ':' + s.id + ':' + o.id + ' ' + r.claims + '/' + n AS bad`,
  );
  const ents = await driver.executeQuery(
    `MATCH (e:Entity)
     CALL (e) {
       OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
       RETURN sum(coalesce(m.count, 0)) AS mc, count(a) AS ac,
         min(left(a.publishedAt, 10)) AS first, max(left(a.publishedAt, 10)) AS last
     }
     WITH e, mc, ac, first, last
     WHERE e.mentionCount <> mc OR e.articleCount <> ac
       OR coalesce(e.firstSeen, '') <> coalesce(first, '') OR coalesce(e.lastSeen, '') <> coalesce(last, '')
     RETURN e.id + ' ' + e.mentionCount + '/' + mc AS bad`,
  );
  return [...rels.records, ...ents.records].map((r) => r.get('bad') as string);
}

const second = () =>
  delta(
    'art-2',
    [
      entity('renault', 'Renault', 'Company', { mentions: 2 }),
      entity('ampere', 'Ampere', 'Company'),
      entity('nissan', 'Nissan', 'Company'),
    ],
    [
      claim('SUBSIDIARY_OF', 'ampere', 'renault', 'Ampere, a Renault subsidiary.', {
        confidence: 0.95,
      }),
      claim('PARTNERS_WITH', 'renault', 'nissan', 'Renault partners with Nissan.'),
    ],
    { publishedAt: '2025-02-03' },
  );

describe('storeDelta', () => {
  it('writes article, entities, mentions, claims and typed relationships with aggregates', async () => {
    const out = await storeDelta(createGateway(driver), foundingLike());
    expect(out.created).toBe(true);
    expect(out.delta.article.id).toBe('art-1');
    const counts = await graphCounts(driver);
    expect(counts).toMatchObject({
      Article: 1,
      Entity: 5,
      Company: 3,
      Person: 1,
      Plant: 1,
      Claim: 3,
      MENTIONS: 5,
      STATES: 3,
      SUBJECT: 3,
      OBJECT: 3,
      SUBSIDIARY_OF: 1,
      LEADS: 1,
      COMPETES_WITH: 1,
    });
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toMatchObject({
      claims: 1,
      articles: 1,
      confidence: 0.8,
      firstSeen: '2024-10-31',
      lastSeen: '2024-10-31',
    });
    expect(await rel('LEADS', 'luca-de-meo', 'renault')).toMatchObject({ role: 'CEO' });
    // symmetric: stored from the smaller id to the larger
    expect(await rel('COMPETES_WITH', 'renault', 'stellantis')).not.toBeNull();
    expect(await rel('COMPETES_WITH', 'stellantis', 'renault')).toBeNull();
    const renault = await entityProps('renault');
    expect(renault).toMatchObject({
      name: 'Renault',
      type: 'Company',
      mentionCount: 5,
      articleCount: 1,
      firstSeen: '2024-10-31',
      lastSeen: '2024-10-31',
      aliases: ['Renault', 'Groupe Renault'],
      aliasesText: 'Renault | Groupe Renault',
    });
    expect(renault!.labels).toEqual(expect.arrayContaining(['Entity', 'Company']));
    const claimRes = await driver.executeQuery(
      `MATCH (a:Article {id: 'art-1'})-[:STATES]->(c:Claim {type: 'SUBSIDIARY_OF'})-[:SUBJECT]->(:Entity {id: 'ampere'}),
         (c)-[:OBJECT]->(:Entity {id: 'renault'}) RETURN c.sentence AS s, c.id AS id, c.rejected AS rej`,
    );
    expect(claimRes.records[0]?.get('s')).toBe('Ampere est la filiale de Renault.');
    expect(claimRes.records[0]?.get('id')).toBe('art-1:0');
    expect(claimRes.records[0]?.get('rej')).toBe(false);
  });

  it('writes nothing the second time and returns created: false', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    const before = await graphCounts(driver);
    const props = await entityProps('renault');
    const again = await storeDelta(createGateway(driver), foundingLike());
    expect(again.created).toBe(false);
    expect(await graphCounts(driver)).toEqual(before);
    expect(await entityProps('renault')).toEqual(props);
  });

  it('dry run writes nothing', async () => {
    const out = await storeDelta(createGateway(driver), foundingLike(), { dryRun: true });
    expect(out.created).toBe(true);
    expect(await graphCounts(driver)).toEqual({});
  });

  it('aggregates claims across articles', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    await storeDelta(createGateway(driver), second());
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toMatchObject({
      claims: 2,
      articles: 2,
      confidence: 0.95,
      firstSeen: '2024-10-31',
      lastSeen: '2025-02-03',
    });
    expect(await entityProps('renault')).toMatchObject({
      mentionCount: 7,
      articleCount: 2,
      lastSeen: '2025-02-03',
    });
    expect(await inconsistencies()).toEqual([]);
  });

  it('resolves a discovered name to the entity already in the graph', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    const d = delta(
      'art-3',
      [
        entity('renault', 'Renault', 'Company'),
        entity('plant:douai', 'la manufacture de Douai', 'Plant', { origin: 'discovered' }),
      ],
      [claim('OPERATES', 'renault', 'plant:douai', 'Renault runs la manufacture de Douai.')],
    );
    const out = await storeDelta(createGateway(driver), d);
    expect(out.delta.entities.map((e) => e.id)).toContain('plant:renault-douai');
    expect(await entityProps('plant:douai')).toBeNull();
    expect(await rel('OPERATES', 'renault', 'plant:renault-douai')).toMatchObject({ claims: 1 });
    expect(await entityProps('plant:renault-douai')).toMatchObject({ articleCount: 2 });
  });
});

describe('deleteArticle', () => {
  it('removes relationships stated only by the article and recomputes the others', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    const before = await graphCounts(driver);
    await storeDelta(createGateway(driver), second());
    const res = await deleteArticle(createGateway(driver), 'art-2');
    expect(res).toMatchObject({ deleted: true, relationsRemoved: 1, relationsUpdated: 1 });
    expect(await rel('PARTNERS_WITH', 'nissan', 'renault')).toBeNull();
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toMatchObject({
      claims: 1,
      articles: 1,
      confidence: 0.8,
      lastSeen: '2024-10-31',
    });
    expect(await entityProps('renault')).toMatchObject({
      mentionCount: 5,
      articleCount: 1,
      lastSeen: '2024-10-31',
    });
    expect(await entityProps('nissan')).toBeNull();
    // The graph is as before the second article, plus the deletion's entry in the curation log.
    const { CurationEvent: logged, ...facts } = await graphCounts(driver);
    expect(facts).toEqual(before);
    expect(logged).toBe(1);
    expect((await deleteArticle(createGateway(driver), 'art-2')).deleted).toBe(false);
    expect(await inconsistencies()).toEqual([]);
  });

  it('deleting the only article empties the graph of its facts', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    await deleteArticle(createGateway(driver), 'art-1');
    // Only the curation log's entry for the deletion (which can undo it) is left.
    expect(await graphCounts(driver)).toEqual({ CurationEvent: 1 });
  });
});

describe('rejectClaim', () => {
  it('updates the aggregate and removes a relationship with no claim left', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    await storeDelta(createGateway(driver), second());
    expect(await rejectClaim(createGateway(driver), 'art-2:0')).toBe(true);
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toMatchObject({
      claims: 1,
      articles: 1,
      confidence: 0.8,
    });
    expect(await rejectClaim(createGateway(driver), 'art-1:0')).toBe(true);
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toBeNull();
    expect(await rejectClaim(createGateway(driver), 'nope:0')).toBe(false);
    // re-ingesting does not resurrect a rejected claim
    await storeDelta(createGateway(driver), second());
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toBeNull();
  });
});

describe('mergeEntities', () => {
  it('moves aliases, mentions, claims and relationships to keep; counts add up', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    await storeDelta(
      createGateway(driver),
      delta(
        'art-4',
        [
          entity('company:renault-group', 'Renault Group', 'Company', {
            origin: 'discovered',
            mentions: 2,
          }),
          entity('renault', 'Renault', 'Company'),
          entity('ampere', 'Ampere', 'Company'),
          entity('nissan', 'Nissan', 'Company'),
        ],
        [
          claim(
            'SUBSIDIARY_OF',
            'ampere',
            'company:renault-group',
            'Ampere belongs to Renault Group.',
          ),
          claim(
            'PARTNERS_WITH',
            'nissan',
            'company:renault-group',
            'Nissan and Renault Group partner.',
          ),
          claim('PART_OF', 'company:renault-group', 'renault', 'Renault Group is Renault.'),
        ],
        { publishedAt: '2025-03-01' },
      ),
    );
    const before = await graphCounts(driver);
    const res = await mergeEntities(createGateway(driver), 'renault', ['company:renault-group']);
    expect(res.merged).toEqual(['company:renault-group']);
    expect(res.relationsMoved).toBe(2);
    expect(await entityProps('company:renault-group')).toBeNull();
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toMatchObject({
      claims: 2,
      articles: 2,
      lastSeen: '2025-03-01',
    });
    expect(await rel('PARTNERS_WITH', 'nissan', 'renault')).toMatchObject({ claims: 1 });
    expect(await rel('PART_OF', 'renault', 'renault')).toBeNull();
    const renault = await entityProps('renault');
    expect(renault).toMatchObject({ mentionCount: 8, articleCount: 2 });
    expect(renault!.aliases).toEqual(
      expect.arrayContaining(['Renault', 'Groupe Renault', 'Renault Group']),
    );
    const after = await graphCounts(driver);
    expect(after.Entity).toBe(before.Entity! - 1);
    expect(after.Claim).toBe(before.Claim);
    expect(after.MENTIONS).toBe(before.MENTIONS! - 1);
    expect(after.PART_OF ?? 0).toBe(0);
    expect(after.MergeLog).toBe(1);
    expect(await inconsistencies()).toEqual([]);
    // a later article naming the merged entity lands on `keep`
    await storeDelta(
      createGateway(driver),
      delta(
        'art-5',
        [entity('company:renault-group', 'Renault Group', 'Company', { origin: 'discovered' })],
        [],
      ),
    );
    expect(await entityProps('company:renault-group')).toBeNull();
    expect(await entityProps('renault')).toMatchObject({ articleCount: 3 });
  });

  it('throws ENTITY_NOT_FOUND for an unknown id and changes nothing', async () => {
    await storeDelta(createGateway(driver), foundingLike());
    const before = await graphCounts(driver);
    await expect(mergeEntities(createGateway(driver), 'renault', ['nope'])).rejects.toMatchObject({
      code: 'ENTITY_NOT_FOUND',
    });
    await expect(mergeEntities(createGateway(driver), 'nope', ['renault'])).rejects.toMatchObject({
      code: 'ENTITY_NOT_FOUND',
    });
    expect(await graphCounts(driver)).toEqual(before);
  });
});

describe('concurrency and bulk', () => {
  const shared = (i: number) =>
    delta(
      `conc-${i}`,
      [
        entity('renault', 'Renault', 'Company'),
        entity('ampere', 'Ampere', 'Company'),
        entity('nissan', 'Nissan', 'Company'),
        entity(`company:new-${i % 2}`, `Newco ${i % 2}`, 'Company', { origin: 'discovered' }),
      ],
      [
        claim('SUBSIDIARY_OF', 'ampere', 'renault', `Sentence ${i} one.`),
        claim(
          'PARTNERS_WITH',
          i % 2 ? 'nissan' : 'renault',
          i % 2 ? 'renault' : 'nissan',
          `Sentence ${i} two.`,
        ),
        claim('INVESTS_IN', 'renault', `company:new-${i % 2}`, `Sentence ${i} three.`),
      ],
      { publishedAt: `2024-0${i + 1}-01` },
    );

  it('four concurrent ingests give the same graph as a serial run', async () => {
    for (let i = 0; i < 4; i++) await storeDelta(createGateway(driver), shared(i));
    const serial = await graphCounts(driver);
    const serialRel = await rel('PARTNERS_WITH', 'nissan', 'renault');
    await resetDatabase(driver);
    const drivers = [0, 1, 2, 3].map(() => testDriver());
    try {
      const outs = await Promise.all(
        drivers.map((d, i) => storeDelta(createGateway(d), shared(i))),
      );
      expect(outs.every((o) => o.created)).toBe(true);
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    expect(await graphCounts(driver)).toEqual(serial);
    expect(await rel('PARTNERS_WITH', 'nissan', 'renault')).toMatchObject({
      claims: serialRel!.claims,
      articles: 4,
      firstSeen: '2024-01-01',
      lastSeen: '2024-04-01',
    });
    const dup = await driver.executeQuery(
      'MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(*) AS d',
    );
    expect(dup.records[0]?.get('d')).toBe(0);
    expect(await inconsistencies()).toEqual([]);
  });

  it('concurrent writers add different aliases and counts to shared entities without losing any', async () => {
    const many = (i: number) =>
      delta(
        `alias-${i}`,
        [
          entity('renault', 'Renault', 'Company', {
            aliases: ['Renault', `Renault alias ${i}`],
            mentions: i + 1,
          }),
          entity('ampere', 'Ampere', 'Company'),
        ],
        [
          claim('SUBSIDIARY_OF', 'ampere', 'renault', `Alias sentence ${i}.`, {
            confidence: 0.5 + i / 100,
          }),
        ],
        { publishedAt: `2024-01-${String(i + 1).padStart(2, '0')}` },
      );
    const drivers = [0, 1, 2, 3].map(() => testDriver());
    try {
      await Promise.all(
        drivers.map(async (d, w) => {
          for (let j = 0; j < 3; j++) await storeDelta(createGateway(d), many(w * 3 + j));
        }),
      );
    } finally {
      await Promise.all(drivers.map((d) => d.close()));
    }
    const renault = await entityProps('renault');
    expect((renault!.aliases as string[]).length).toBe(13);
    expect(renault).toMatchObject({ articleCount: 12, mentionCount: 78 });
    expect(await rel('SUBSIDIARY_OF', 'ampere', 'renault')).toMatchObject({
      claims: 12,
      articles: 12,
    });
    expect(await inconsistencies()).toEqual([]);
  });

  it('the same article ingested concurrently is created once', async () => {
    const outs = await Promise.all(
      [0, 1, 2, 3].map(() => storeDelta(createGateway(driver), shared(0))),
    );
    expect(outs.filter((o) => o.created)).toHaveLength(1);
    expect((await graphCounts(driver)).Article).toBe(1);
  });

  it('storeDeltas writes batches with the same result as one by one', async () => {
    const deltas = [0, 1, 2, 3].map(shared);
    for (const d of deltas) await storeDelta(createGateway(driver), d);
    const serial = await graphCounts(driver);
    await resetDatabase(driver);
    const outs = await storeDeltas(createGateway(driver), [...deltas, deltas[0]!], {
      batchSize: 2,
    });
    expect(outs.map((o) => o.created)).toEqual([true, true, true, true, false]);
    expect(await graphCounts(driver)).toEqual(serial);
    expect(await inconsistencies()).toEqual([]);
  });

  it('a batch racing another writer on one of its articles writes the content of the others only', async () => {
    const deltas = [0, 1].map(shared);
    const blocker = driver.session();
    const tx = blocker.beginTransaction();
    try {
      // Another writer holds the uncommitted Article conc-1: the batch's pre-check misses it,
      // its MERGE waits for the lock, then finds the article; only conc-0 gets content.
      await tx.run("CREATE (:Article {id: 'conc-1', title: 'other writer'})");
      const pending = storeDeltas(createGateway(driver), deltas, { batchSize: 2 });
      await new Promise((r) => setTimeout(r, 500));
      await tx.commit();
      const outs = await pending;
      expect(outs.map((o) => o.created)).toEqual([true, false]);
    } finally {
      await blocker.close();
    }
    const claims = await driver.executeQuery(
      'MATCH (a:Article)-[:STATES]->(c:Claim) RETURN a.id AS id, count(c) AS n ORDER BY id',
    );
    expect(claims.records.map((r) => [r.get('id') as string, r.get('n') as number])).toEqual([
      ['conc-0', 3],
    ]);
    expect(await entityProps('renault')).toMatchObject({ articleCount: 1 });
    expect(await inconsistencies()).toEqual([]);
  });
});

describe('write plan on an empty graph', () => {
  // The writer's statements run with replan=skip: the first plan, often made on an empty graph,
  // is kept. It must not depend on statistics: index seeks only, no scans.
  it('plans the resolve read and the write without label or relationship scans', async () => {
    await driver.executeQuery('CALL db.clearQueryCaches()');
    const plans = [WRITE_LOOKUP_CYPHER, planWrite([foundingLike()], 'now').cypher];
    const operators: string[] = [];
    // The planner estimates UNWIND rows from the list sizes: plan small and large batches.
    for (const [q, n] of plans.flatMap((q) => [1, 1000].map((n) => [q, n] as const))) {
      const rows = Array.from({ length: n }, (_, i) => ({ id: `x${i}` }));
      const lists = ['articleIds', 'allIds', 'ids', 'keys', 'articles', 'entities', 'aliases'];
      lists.push('mentions', 'claims', 'relations', 'aggregates');
      const res = await driver.executeQuery(`EXPLAIN ${q.replace(/^CYPHER replan=skip\s*/, '')}`, {
        ...Object.fromEntries(lists.map((k) => [k, rows])),
        now: 'now',
      });
      const walk = (p: {
        operatorType: string;
        arguments: Record<string, string | undefined>;
        children: unknown[];
      }) => {
        operators.push(`${p.operatorType} ${p.arguments.Details ?? ''}`);
        for (const c of p.children) walk(c as typeof p);
      };
      walk(res.summary.plan as unknown as Parameters<typeof walk>[0]);
    }
    const scans = operators.filter((o) => /Scan/.test(o) && !/:MergeLog/.test(o));
    expect(operators.length).toBeGreaterThan(100);
    expect(scans).toEqual([]);
  });
});

describe('database errors', () => {
  it('an unreachable database gives DATABASE_UNAVAILABLE', async () => {
    const dead = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', ''), {
      maxTransactionRetryTime: 500,
      connectionTimeout: 500,
    });
    try {
      await expect(storeDelta(createGateway(dead), foundingLike())).rejects.toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
      });
      await expect(deleteArticle(createGateway(dead), 'x')).rejects.toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
      });
    } finally {
      await dead.close();
    }
  });
});
