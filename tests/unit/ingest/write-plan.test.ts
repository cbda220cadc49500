import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/ontology.js';
import {
  normalizeDelta,
  contentParams,
  planArticleWrite,
  planContentOnly,
  planWrite,
} from '../../../server/db/writes/write-plan.js';
import { publishedDay, type GraphDelta } from '../../../schema/graph-delta.js';
import { claim, delta, entity, foundingLike } from './delta-fixtures.js';

const NOW = '2025-01-01T00:00:00.000Z';

/** Every label or relationship type written literally in Cypher (`:Name` after `(x` or `[x`). */
function literalTypes(cypher: string): string[] {
  const out: string[] = [];
  for (const m of cypher.matchAll(/[([]\w*:([A-Za-z_|:]+)/g))
    out.push(...m[1]!.split(/[|:]/).filter(Boolean));
  for (const m of cypher.matchAll(/SET \w+:(\w+)/g)) out.push(m[1]!);
  return out;
}

const ALLOWED = new Set<string>([
  ...ENTITY_TYPES,
  ...RELATION_TYPES,
  'Entity',
  'Article',
  'Claim',
  'AliasKey',
  'MergeLog',
  'MENTIONS',
  'STATES',
  'SUBJECT',
  'OBJECT',
  'ALIAS_OF',
]);

type Row = Record<string, unknown>;
const rows = (st: { params: Record<string, unknown> }, key: string) => st.params[key] as Row[];

describe('planArticleWrite', () => {
  it('matches the snapshot for a founding-article-like delta', () => {
    expect(planArticleWrite(foundingLike(), NOW)).toMatchSnapshot();
  });

  it('is one statement: the article, then its content in order, skipped unless all were created', () => {
    const st = planArticleWrite(foundingLike(), NOW);
    const at = (needle: string) => st.cypher.indexOf(needle);
    const order = [
      'MERGE (a:Article',
      'UNWIND $entities',
      'UNWIND $aliases',
      'UNWIND $mentions',
      'UNWIND $claims',
      'UNWIND $relations',
      'UNWIND $aggregates',
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(st.cypher).toContain('WHERE size(created) = total');
    // plans are frozen (no replanning as the graph grows), so they must not depend on statistics
    expect(st.cypher.startsWith('CYPHER replan=skip')).toBe(true);
    const content = planContentOnly([foundingLike()], NOW);
    expect(content.cypher).not.toContain('MERGE (a:Article');
    expect(content.params).not.toHaveProperty('articles');
  });

  it('uses only whitelisted labels and relationship types in Cypher and as dynamic labels', () => {
    const st = planArticleWrite(foundingLike(), NOW);
    for (const t of literalTypes(st.cypher)) expect(ALLOWED, t).toContain(t);
    // dynamic labels and types come from parameters the planner checked
    expect(st.cypher).toContain('n:$(e.type)');
    for (const e of rows(st, 'entities')) expect(ENTITY_TYPES).toContain(e.type);
    for (const r of rows(st, 'relations')) expect(RELATION_TYPES).toContain(r.type);
  });

  it('rejects an entity or relation type outside the ontology', () => {
    const bad = foundingLike();
    (bad.entities[0] as { type: string }).type = 'Company) DETACH DELETE (x';
    expect(() => planArticleWrite(bad, NOW)).toThrow(/not an ontology entity type/);
    const bad2 = foundingLike();
    (bad2.claims[0] as { type: string }).type = 'KNOWS]->() DELETE r //';
    expect(() => planArticleWrite(bad2, NOW)).toThrow(/not an ontology relation type/);
  });

  it('carries every value in parameters, never in the Cypher text', () => {
    const d = foundingLike();
    d.entities[0]!.name = "Renault'); MATCH (n) DETACH DELETE n //";
    const plan = planArticleWrite(d, NOW);
    const allCypher = plan.cypher;
    for (const v of ['Renault', 'renault', 'art-1', 'Luca de Meo', 'filiale', NOW, '2024-10-31']) {
      expect(allCypher).not.toContain(v);
    }
    const params = JSON.stringify(plan.params);
    for (const v of [
      d.entities[0]!.name,
      'art-1',
      'Luca de Meo',
      'Ampere est la filiale de Renault.',
      'CEO',
      'test:rule',
      NOW,
    ]) {
      expect(params).toContain(JSON.stringify(v).slice(1, -1));
    }
  });

  it('stores symmetric relations from the smaller id to the larger', () => {
    const plan = planArticleWrite(foundingLike(), NOW);
    expect(rows(plan, 'relations').filter((r) => r.type === 'COMPETES_WITH')).toEqual([
      {
        type: 'COMPETES_WITH',
        symmetric: true,
        subjectId: 'renault',
        objectId: 'stellantis',
        claims: 1,
        articles: 1,
        confidence: 0.8,
        firstSeen: '2024-10-31',
        lastSeen: '2024-10-31',
        hasRole: false,
      },
    ]);
    const claims = plan.params.claims as {
      subjectId: string;
      objectId: string;
    }[];
    // the claim itself keeps the direction the sentence stated
    expect(claims[2]).toMatchObject({ subjectId: 'stellantis', objectId: 'renault' });
  });

  it('numbers claims <articleId>:<n> and dates them by the article day', () => {
    const d = foundingLike();
    d.article.publishedAt = '2024-10-31T08:00:00Z';
    const st = planArticleWrite(d, NOW);
    const claims = st.params.claims as { id: string; publishedAt: string; articleId: string }[];
    expect(claims.map((c) => c.id)).toEqual(['art-1:0', 'art-1:1', 'art-1:2']);
    expect(claims.every((c) => c.publishedAt === '2024-10-31' && c.articleId === 'art-1')).toBe(
      true,
    );
  });

  it('writes only the article when there are no entities', () => {
    const plan = planArticleWrite(delta('empty', [], []), NOW);
    expect(rows(plan, 'articles')).toHaveLength(1);
    for (const k of ['entities', 'aliases', 'mentions', 'claims', 'relations', 'aggregates'])
      expect(rows(plan, k), k).toEqual([]);
  });

  it('sorts entity and alias rows (stable lock order)', () => {
    const d = delta(
      's',
      [entity('zeta', 'Zeta', 'Company'), entity('alpha', 'Alpha', 'Company')],
      [],
    );
    const plan = planArticleWrite(d, NOW);
    expect(rows(plan, 'entities').map((e) => e.id)).toEqual(['alpha', 'zeta']);
    const keys = rows(plan, 'aliases').map((a) => a.key as string);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('normalizeDelta', () => {
  it('merges entities sharing an id and drops self-loops and dangling claims', () => {
    const d: GraphDelta = delta(
      'n',
      [
        entity('renault', 'Renault', 'Company', { mentions: 2 }),
        entity('renault', 'Renault Group', 'Company', { mentions: 3, origin: 'discovered' }),
        entity('ampere', 'Ampere', 'Company'),
      ],
      [
        claim('SUBSIDIARY_OF', 'ampere', 'renault', 's1'),
        claim('SUBSIDIARY_OF', 'renault', 'renault', 's2'),
        claim('SUBSIDIARY_OF', 'ampere', 'ghost', 's3'),
      ],
    );
    const n = normalizeDelta(d);
    expect(n.entities).toHaveLength(2);
    expect(n.entities[0]).toMatchObject({
      id: 'renault',
      mentions: 5,
      origin: 'gazetteer',
      aliases: ['Renault', 'Renault Group'],
    });
    expect(n.claims.map((c) => c.sentence)).toEqual(['s1']);
  });
});

describe('publishedDay', () => {
  it('keeps the day part of an ISO date', () => {
    expect(publishedDay('2024-10-31')).toBe('2024-10-31');
    expect(publishedDay('2024-10-31T10:00:00+01:00')).toBe('2024-10-31');
    expect(publishedDay(null)).toBeNull();
    expect(publishedDay('31/10/2024')).toBeNull();
  });
});

describe('contentParams (bulk)', () => {
  it('merges rows across articles: each entity and relationship written once', () => {
    const a = foundingLike();
    const b = delta(
      'art-2',
      [
        entity('renault', 'Renault', 'Company', { mentions: 2, aliases: ['Renault SA'] }),
        entity('ampere', 'Ampere', 'Company'),
      ],
      [
        claim('SUBSIDIARY_OF', 'ampere', 'renault', 'One.', { confidence: 0.9 }),
        claim('SUBSIDIARY_OF', 'ampere', 'renault', 'Two.', { confidence: 0.7 }),
      ],
      { publishedAt: '2025-05-01' },
    );
    const plan = contentParams([normalizeDelta(a), normalizeDelta(b)]);
    const companies = (plan.entities as { id: string; type: string; aliases: string[] }[]).filter(
      (e) => e.type === 'Company',
    );
    expect(companies.map((e) => e.id)).toEqual(['ampere', 'renault', 'stellantis']);
    expect(companies[1]!.aliases).toEqual(['Renault', 'Groupe Renault', 'Renault SA']);
    const sub = (plan.relations as Row[]).filter((r) => r.type === 'SUBSIDIARY_OF');
    expect(sub).toEqual([
      {
        type: 'SUBSIDIARY_OF',
        symmetric: false,
        subjectId: 'ampere',
        objectId: 'renault',
        claims: 3,
        articles: 2,
        confidence: 0.9,
        firstSeen: '2024-10-31',
        lastSeen: '2025-05-01',
        hasRole: false,
      },
    ]);
    const agg = plan.aggregates as { id: string }[];
    expect(agg.find((r) => r.id === 'renault')).toEqual({
      id: 'renault',
      mentions: 7,
      articles: 2,
      firstSeen: '2024-10-31',
      lastSeen: '2025-05-01',
    });
    expect(plan.mentions).toHaveLength(7);
    expect(planWrite([a, b], NOW).params.articles).toHaveLength(2);
  });

  it('flags keys whose new claims carry a role', () => {
    const plan = planArticleWrite(foundingLike(), NOW);
    const leads = rows(plan, 'relations').filter((r) => r.type === 'LEADS');
    expect(leads[0]!.hasRole).toBe(true);
  });
});
