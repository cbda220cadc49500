// Small view rows for the map and table unit tests.
import type { ViewEntity, ViewRelation } from '../../../../web/src/views/view-data.js';

/** An entity row with defaults. */
export function entity(id: string, over: Partial<ViewEntity> = {}): ViewEntity {
  return {
    id,
    label: id,
    type: 'Company',
    mentions: 1,
    articles: 1,
    size: 30,
    firstSeen: null,
    lastSeen: null,
    lat: null,
    lon: null,
    locationSource: null,
    ...over,
  };
}

/** A relation row between two ids. */
export function relation(
  source: string,
  target: string,
  over: Partial<ViewRelation> = {},
): ViewRelation {
  return {
    id: `OPERATES:${source}:${target}`,
    source,
    target,
    type: 'OPERATES',
    label: 'operates',
    confidence: 0.8,
    articles: 1,
    claims: 1,
    width: 2,
    symmetric: false,
    firstSeen: null,
    lastSeen: null,
    sourceName: source,
    targetName: target,
    ...over,
  };
}
