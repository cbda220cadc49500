// Scoring one extraction against a gold annotation: matching, optional items, symmetry, leaks, evidence.
import { describe, expect, it } from 'vitest';
import type { ExtractJson } from '../../../server/ingest/extract/extract-json.js';
import { parseGold } from '../../../server/eval/gold-schema.js';
import { scoreArticle } from '../../../server/eval/score-article.js';

const SENTENCES = [
  'Nordpol Batteries will supply cells to Eclair Motors from 2027.',
  "Eclair's chief executive Ada Lint opened the Sérignac factory on Monday.",
  'Eclair and Vantor signed a software agreement.',
  'Vantor remains the main rival of Eclair.',
];

const gold = parseGold(
  {
    article: 'eclair.txt',
    language: 'en',
    title: 'Eclair opens its Sérignac plant',
    publishedAt: '2024-05-06',
    entities: [
      { name: 'Eclair Motors', type: 'Company', aliases: ['Eclair'] },
      { name: 'Eclair Sérignac plant', type: 'Plant', aliases: ['the Sérignac factory'] },
      { name: 'Ada Lint', type: 'Person' },
      { name: 'Nordpol Batteries', type: 'Company', aliases: ['Nordpol'] },
      { name: 'Vantor', type: 'Company' },
      { name: 'Sérignac', type: 'Place', optional: true },
      { name: 'Lumo', type: 'Brand' },
    ],
    relations: [
      { type: 'LEADS', source: 'Ada Lint', target: 'Eclair Motors' },
      { type: 'SUPPLIES', source: 'Nordpol Batteries', target: 'Eclair Motors' },
      { type: 'PARTNERS_WITH', source: 'Vantor', target: 'Eclair Motors' },
      { type: 'COMPETES_WITH', source: 'Eclair Motors', target: 'Vantor' },
      { type: 'OPERATES', source: 'Eclair Motors', target: 'Eclair Sérignac plant' },
      { type: 'LOCATED_IN', source: 'Eclair Sérignac plant', target: 'Sérignac', optional: true },
    ],
    mustNotExtract: ['Photo Desk'],
  },
  'eclair.gold.json',
);

const entity = (id: string, name: string, type: string, aliases: string[] = []) =>
  ({ id, name, type, aliases }) as ExtractJson['entities'][number];
const relation = (type: string, source: string, target: string, evidence: string) =>
  ({ type, source, target, confidence: 0.9, evidence }) as ExtractJson['relations'][number];

const out: ExtractJson = {
  language: 'en',
  title: 'ECLAIR opens its Serignac plant!',
  publishedAt: '2024-05-06T08:00:00Z',
  entities: [
    entity('e1', 'Eclair', 'Company'), // matches by alias
    entity('e2', "l'usine de Sérignac Eclair", 'Plant'), // matches by word set
    entity('e3', 'Ada Lint', 'Person'), // exact
    entity('e4', 'Nordpol', 'Brand'), // right name, wrong type
    entity('e5', 'Vantor', 'Company'),
    entity('e6', 'Sérignac', 'Place'), // optional gold: neither found nor spurious
    entity('e7', 'Monday Group', 'Company'), // not in gold
    entity('e8', 'Photo Desk Agency', 'Organization'), // page furniture
  ],
  relations: [
    relation('LEADS', 'e3', 'e1', SENTENCES[1]!),
    relation('PARTNERS_WITH', 'e1', 'e5', SENTENCES[2]!), // reversed, symmetric
    relation('COMPETES_WITH', 'e1', 'e5', SENTENCES[3]!),
    relation('LOCATED_IN', 'e2', 'e6', SENTENCES[1]!), // optional gold relation
    relation('LEADS', 'e3', 'e7', SENTENCES[1]!), // spurious
  ],
};

describe('scoreArticle', () => {
  const score = scoreArticle(gold, out, SENTENCES);
  const entities = (o: string) =>
    score.entities.filter((e) => e.outcome === o).map((e) => `${e.type}:${e.name}`);
  const relations = (o: string) =>
    score.relations.filter((r) => r.outcome === o).map((r) => `${r.source} ${r.type} ${r.target}`);

  it('matches entities by exact name, alias and word set, with the right type only', () => {
    expect(entities('found').sort()).toEqual([
      'Company:Eclair Motors',
      'Company:Vantor',
      'Person:Ada Lint',
      'Plant:Eclair Sérignac plant',
    ]);
    expect(entities('missed').sort()).toEqual(['Brand:Lumo', 'Company:Nordpol Batteries']);
  });

  it('counts a wrong type as spurious (with the gold type) and a miss; optional gold is ignored', () => {
    const wrongType = score.entities.find((e) => e.name === 'Nordpol');
    expect(wrongType).toMatchObject({ outcome: 'spurious', type: 'Brand', goldType: 'Company' });
    expect(entities('spurious').sort()).toEqual([
      'Brand:Nordpol',
      'Company:Monday Group',
      'Organization:Photo Desk Agency',
    ]);
    expect(score.entities.some((e) => e.name === 'Sérignac')).toBe(false);
  });

  it('shows a sentence naming each missed or spurious entity, or null', () => {
    const missed = score.entities.find((e) => e.name === 'Nordpol Batteries');
    expect(missed?.evidence).toBe(SENTENCES[0]);
    expect(score.entities.find((e) => e.name === 'Lumo')?.evidence).toBeNull();
  });

  it('compares PARTNERS_WITH and COMPETES_WITH without direction; optional relations are free', () => {
    expect(relations('found').sort()).toEqual([
      'Ada Lint LEADS Eclair Motors',
      'Eclair Motors COMPETES_WITH Vantor',
      'Vantor PARTNERS_WITH Eclair Motors',
    ]);
    expect(relations('spurious')).toEqual(['Ada Lint LEADS Monday Group']);
    expect(relations('missed').sort()).toEqual([
      'Eclair Motors OPERATES Eclair Sérignac plant',
      'Nordpol Batteries SUPPLIES Eclair Motors',
    ]);
  });

  it('keeps direction for other relations', () => {
    const reversed = scoreArticle(
      gold,
      { ...out, relations: [relation('LEADS', 'e1', 'e3', SENTENCES[1]!)] },
      SENTENCES,
    );
    expect(reversed.relations.filter((r) => r.outcome === 'spurious')).toHaveLength(1);
  });

  it('gives the sentence used for a spurious relation and the sentences naming both ends of a miss', () => {
    const spurious = score.relations.find((r) => r.outcome === 'spurious');
    expect(spurious?.evidence).toEqual([SENTENCES[1]]);
    const supplies = score.relations.find((r) => r.type === 'SUPPLIES');
    expect(supplies?.evidence).toEqual([SENTENCES[0]]);
    const operates = score.relations.find((r) => r.type === 'OPERATES');
    expect(operates?.evidence).toEqual([SENTENCES[1]]);
    const none = scoreArticle(gold, out, [SENTENCES[2]!]);
    expect(none.relations.find((r) => r.type === 'SUPPLIES')?.evidence).toEqual([]);
  });

  it('counts an extracted name containing a mustNotExtract name as a leak', () => {
    expect(score.leaks).toEqual([
      { name: 'Photo Desk', extracted: 'Photo Desk Agency (Organization)' },
    ]);
  });

  it('checks language, title (normalised) and the date part of publishedAt', () => {
    expect(score.metadata.map((m) => [m.field, m.ok])).toEqual([
      ['language', true],
      ['title', true],
      ['publishedAt', true],
    ]);
    const wrong = scoreArticle(
      gold,
      { ...out, language: 'fr', title: null, publishedAt: null },
      [],
    );
    expect(wrong.metadata.every((m) => !m.ok)).toBe(true);
    const noDate = parseGold({ ...gold, publishedAt: '' }, 'x.gold.json');
    const ok = scoreArticle(noDate, { ...out, publishedAt: null }, []);
    expect(ok.metadata.find((m) => m.field === 'publishedAt')?.ok).toBe(true);
  });
});
