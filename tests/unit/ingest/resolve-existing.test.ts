import { describe, expect, it } from 'vitest';
import { aliasKey, aliasKeys } from '../../../server/db/writes/alias-key.js';
import {
  applyResolutions,
  chooseResolutions,
  type ExistingCandidate,
} from '../../../server/db/writes/resolve-existing.js';
import { groupRelationKeys, orientKey } from '../../../server/db/writes/relation-aggregates.js';
import { claim, delta, entity } from './delta-fixtures.js';

describe('aliasKey', () => {
  it('folds accents, case and punctuation', () => {
    expect(aliasKey('Électricité de France')).toBe('electricite de france');
    expect(aliasKey("l'usine de Douai")).toBe('l usine de douai');
    expect(aliasKey('  Hauts-de-France ')).toBe('hauts de france');
    expect(aliasKey('BYD   Auto Co., Ltd.')).toBe('byd auto co ltd');
    expect(aliasKey('Ampère')).toBe(aliasKey('AMPERE'));
    expect(aliasKey('...')).toBe('');
  });
  it('gives sorted distinct keys of a name and aliases', () => {
    expect(aliasKeys('Renault', ['renault', 'Groupe Renault', ' '])).toEqual([
      'groupe renault',
      'renault',
    ]);
  });
});

describe('chooseResolutions', () => {
  const cand = (
    key: string,
    id: string,
    type: string,
    extra: Partial<ExistingCandidate> = {},
  ): ExistingCandidate => ({
    key,
    id,
    type,
    origin: 'discovered',
    mentionCount: 1,
    ...extra,
  });

  it('maps a discovered entity to the existing one with the same folded name', () => {
    const e = entity('company:verkor-sas', 'Verkor SAS', 'Company', {
      origin: 'discovered',
      aliases: ['Verkor'],
    });
    const map = chooseResolutions(
      [e],
      [cand('verkor', 'verkor', 'Company', { origin: 'gazetteer' })],
      new Set(),
    );
    expect(map.get('company:verkor-sas')).toBe('verkor');
  });

  it('leaves gazetteer entities and entities already in the graph alone', () => {
    const g = entity('renault', 'Renault', 'Company');
    const d = entity('company:x', 'X', 'Company', { origin: 'discovered' });
    const map = chooseResolutions(
      [g, d],
      [cand('renault', 'other', 'Company'), cand('x', 'y', 'Company')],
      new Set(['company:x']),
    );
    expect(map.size).toBe(0);
  });

  it('does not resolve across incompatible types (a plant is not its city)', () => {
    const e = entity('place:douai', 'Douai', 'Place', { origin: 'discovered' });
    expect(
      chooseResolutions([e], [cand('douai', 'plant:renault-douai', 'Plant')], new Set()).size,
    ).toBe(0);
  });

  it('prefers the same type, then gazetteer, then most mentioned', () => {
    const e = entity('company:acme', 'Acme', 'Company', { origin: 'discovered' });
    const map = chooseResolutions(
      [e],
      [
        cand('acme', 'brand:acme', 'Brand', { origin: 'gazetteer', mentionCount: 99 }),
        cand('acme', 'acme-2', 'Company', { mentionCount: 10 }),
        cand('acme', 'acme-1', 'Company', { mentionCount: 2 }),
      ],
      new Set(),
    );
    expect(map.get('company:acme')).toBe('acme-2');
  });

  it('rewrites entity ids and claim endpoints', () => {
    const d = delta(
      'a',
      [
        entity('renault', 'Renault', 'Company'),
        entity('company:ampere-sas', 'Ampere SAS', 'Company', { origin: 'discovered' }),
      ],
      [claim('SUBSIDIARY_OF', 'company:ampere-sas', 'renault', 's')],
    );
    const r = applyResolutions(d, new Map([['company:ampere-sas', 'ampere']]));
    expect(r.entities.map((e) => e.id)).toEqual(['renault', 'ampere']);
    expect(r.claims[0]).toMatchObject({ source: 'ampere', target: 'renault' });
    expect(d.claims[0]!.source).toBe('company:ampere-sas');
  });
});

describe('relation keys', () => {
  it('orients symmetric keys and groups by whitelisted type', () => {
    expect(orientKey({ type: 'PARTNERS_WITH', subjectId: 'b', objectId: 'a' })).toEqual({
      type: 'PARTNERS_WITH',
      subjectId: 'a',
      objectId: 'b',
    });
    expect(orientKey({ type: 'SUBSIDIARY_OF', subjectId: 'b', objectId: 'a' }).subjectId).toBe('b');
    const g = groupRelationKeys([
      { type: 'PARTNERS_WITH', subjectId: 'b', objectId: 'a' },
      { type: 'PARTNERS_WITH', subjectId: 'a', objectId: 'b' },
      { type: 'LEADS', subjectId: 'p', objectId: 'c' },
    ]);
    expect([...g.keys()]).toEqual(['LEADS', 'PARTNERS_WITH']);
    expect(g.get('PARTNERS_WITH')).toEqual([{ subjectId: 'a', objectId: 'b' }]);
    expect(() =>
      groupRelationKeys([{ type: 'X' as never, subjectId: 'a', objectId: 'b' }]),
    ).toThrow();
  });
});
