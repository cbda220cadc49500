// Where an entity is on the map: an analyst's edit first, else the domain reference (own or country).
import type { GazetteerEntry } from '../ingest/extract/gazetteer.js';

/** A resolved location and where it came from (the SDL's Location). */
export interface EntityLocation {
  lat: number;
  lon: number;
  source: 'EDITED' | 'REFERENCE' | 'COUNTRY';
}

const point = (e: GazetteerEntry | undefined): { lat: number; lon: number } | null =>
  e?.lat !== undefined && e.lon !== undefined ? { lat: e.lat, lon: e.lon } : null;

/**
 * The location of an entity: its edited `lat`/`lon` when set; else the reference entry with the
 * same id, by its own coordinates (plants, places) or by its country's (companies, organizations,
 * plants without coordinates); null when none applies.
 */
export function entityLocation(
  entity: { id: string; lat?: number | null; lon?: number | null },
  reference: ReadonlyMap<string, GazetteerEntry>,
): EntityLocation | null {
  if (typeof entity.lat === 'number' && typeof entity.lon === 'number')
    return { lat: entity.lat, lon: entity.lon, source: 'EDITED' };
  const entry = reference.get(entity.id);
  if (!entry) return null;
  const own = point(entry);
  if (own) return { ...own, source: 'REFERENCE' };
  const country = entry.country ? point(reference.get(entry.country)) : null;
  return country ? { ...country, source: 'COUNTRY' } : null;
}
