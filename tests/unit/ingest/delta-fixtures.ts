// Hand-built GraphDeltas for the writer's tests (no extraction needed).
import type { DeltaClaim, DeltaEntity, GraphDelta } from '../../../schema/graph-delta.js';

export function entity(
  id: string,
  name: string,
  type: DeltaEntity['type'],
  extra: Partial<DeltaEntity> = {},
): DeltaEntity {
  return { id, name, type, aliases: [name], mentions: 1, origin: 'gazetteer', ...extra };
}

export function claim(
  type: DeltaClaim['type'],
  source: string,
  target: string,
  sentence: string,
  extra: Partial<DeltaClaim> = {},
): DeltaClaim {
  return {
    type,
    source,
    target,
    confidence: 0.8,
    method: 'test:rule',
    sentence,
    sentenceIndex: 0,
    start: 0,
    end: sentence.length,
    ...extra,
  };
}

export function delta(
  id: string,
  entities: DeltaEntity[],
  claims: DeltaClaim[],
  extra: Partial<GraphDelta['article']> = {},
): GraphDelta {
  const text = claims.map((c) => c.sentence).join(' ') || `Article ${id}.`;
  return {
    article: {
      id,
      hash: `hash-${id}`,
      text,
      title: `Title ${id}`,
      url: null,
      source: null,
      author: null,
      publishedAt: '2024-10-31',
      language: 'en',
      ...extra,
    },
    entities,
    claims,
    warnings: [],
  };
}

/** A small delta resembling the founding article. */
export function foundingLike(): GraphDelta {
  return delta(
    'art-1',
    [
      entity('renault', 'Renault', 'Company', {
        aliases: ['Renault', 'Groupe Renault'],
        mentions: 5,
      }),
      entity('ampere', 'Ampere', 'Company', { mentions: 4 }),
      entity('stellantis', 'Stellantis', 'Company'),
      entity('luca-de-meo', 'Luca de Meo', 'Person', { mentions: 3 }),
      entity('plant:renault-douai', 'Renault Douai plant', 'Plant', {
        aliases: ['la manufacture de Douai'],
        origin: 'discovered',
      }),
    ],
    [
      claim('SUBSIDIARY_OF', 'ampere', 'renault', 'Ampere est la filiale de Renault.'),
      claim('LEADS', 'luca-de-meo', 'renault', 'Luca de Meo, le patron de Renault.', {
        role: 'CEO',
      }),
      claim('COMPETES_WITH', 'stellantis', 'renault', 'Stellantis, le grand rival de Renault.'),
    ],
  );
}
