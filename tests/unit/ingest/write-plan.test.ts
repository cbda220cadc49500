import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/ontology.js';
import {
  normalizeDelta,
  planArticleWrite,
  planArticles,
  planContent,
  publishedDay,
} from '../../../server/ingest/write-plan.js';
import type { GraphDelta } from '../../../server/ingest/graph-delta.js';
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

describe('planArticleWrite', () => {
  it('matches the snapshot for a founding-article-like delta', () => {
    expect(planArticleWrite(foundingLike(), NOW)).toMatchSnapshot();
  });

  it('emits statements in order, one per entity type and relation type present', () => {
    const names = planArticleWrite(foundingLike(), NOW).map((s) => s.name);
    expect(names).toEqual([
      'article',
      'entities:Company',
      'entities:Person',
      'entities:Plant',
      'alias-keys',
      'mentions',
      'claims',
      'relations:SUBSIDIARY_OF',
      'relations:LEADS',
      'relations:COMPETES_WITH',
      'entity-aggregates',
    ]);
  });

  it('uses only whitelisted labels and relationship types in Cypher', () => {
    for (const st of planArticleWrite(foundingLike(), NOW)) {
      for (const t of literalTypes(st.cypher)) expect(ALLOWED, `${st.name}: ${t}`).toContain(t);
    }
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
    const allCypher = plan.map((s) => s.cypher).join('\n');
    for (const v of ['Renault', 'renault', 'art-1', 'Luca de Meo', 'filiale', NOW, '2024-10-31']) {
      expect(allCypher).not.toContain(v);
    }
    const params = JSON.stringify(plan.map((s) => s.params));
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
    const st = plan.find((s) => s.name === 'relations:COMPETES_WITH')!;
    expect(st.params.rows).toEqual([
      {
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
    const claims = plan.find((s) => s.name === 'claims')!.params.claims as {
      subjectId: string;
      objectId: string;
    }[];
    // the claim itself keeps the direction the sentence stated
    expect(claims[2]).toMatchObject({ subjectId: 'stellantis', objectId: 'renault' });
  });

  it('numbers claims <articleId>:<n> and dates them by the article day', () => {
    const d = foundingLike();
    d.article.publishedAt = '2024-10-31T08:00:00Z';
    const st = planArticleWrite(d, NOW).find((s) => s.name === 'claims')!;
    const rows = st.params.claims as { id: string; publishedAt: string; articleId: string }[];
    expect(rows.map((c) => c.id)).toEqual(['art-1:0', 'art-1:1', 'art-1:2']);
    expect(rows.every((c) => c.publishedAt === '2024-10-31' && c.articleId === 'art-1')).toBe(true);
  });

  it('writes only the article when there are no entities', () => {
    const plan = planArticleWrite(delta('empty', [], []), NOW);
    expect(plan.map((s) => s.name)).toEqual(['article']);
  });

  it('sorts entity and alias rows (stable lock order)', () => {
    const d = delta(
      's',
      [entity('zeta', 'Zeta', 'Company'), entity('alpha', 'Alpha', 'Company')],
      [],
    );
    const plan = planArticleWrite(d, NOW);
    const ents = plan.find((s) => s.name === 'entities:Company')!.params.entities as {
      id: string;
    }[];
    expect(ents.map((e) => e.id)).toEqual(['alpha', 'zeta']);
    const keys = (
      plan.find((s) => s.name === 'alias-keys')!.params.aliases as { key: string }[]
    ).map((a) => a.key);
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

describe('planContent (bulk)', () => {
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
    const plan = planContent([normalizeDelta(a), normalizeDelta(b)], NOW);
    const companies = plan.find((s) => s.name === 'entities:Company')!.params.entities as {
      id: string;
      aliases: string[];
    }[];
    expect(companies.map((e) => e.id)).toEqual(['ampere', 'renault', 'stellantis']);
    expect(companies[1]!.aliases).toEqual(['Renault', 'Groupe Renault', 'Renault SA']);
    const sub = plan.find((s) => s.name === 'relations:SUBSIDIARY_OF')!.params.rows;
    expect(sub).toEqual([
      {
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
    const agg = plan.find((s) => s.name === 'entity-aggregates')!.params.rows as { id: string }[];
    expect(agg.find((r) => r.id === 'renault')).toEqual({
      id: 'renault',
      mentions: 7,
      articles: 2,
      firstSeen: '2024-10-31',
      lastSeen: '2025-05-01',
    });
    expect((plan.find((s) => s.name === 'mentions')!.params.mentions as unknown[]).length).toBe(7);
    expect(planArticles([a, b], NOW).params.articles).toHaveLength(2);
  });

  it('flags keys whose new claims carry a role', () => {
    const plan = planArticleWrite(foundingLike(), NOW);
    const rows = plan.find((s) => s.name === 'relations:LEADS')!.params.rows as {
      hasRole: boolean;
    }[];
    expect(rows[0]!.hasRole).toBe(true);
  });
});
