// Reads the seed gazetteer (seed/gazetteer/*.json) that the synthetic corpus is built from.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityType } from '../../../schema/ontology.js';

/** One gazetteer entry, as stored in the seed files. */
export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  owner?: string;
  place?: string;
  kind?: string;
  parent?: string;
}

/** The gazetteer grouped by type, plus an id index. */
export interface GazetteerData {
  byId: Map<string, GazetteerEntry>;
  byType: Record<EntityType, GazetteerEntry[]>;
}

const SEED_DIR = resolve(import.meta.dirname, '..', '..', '..', 'seed', 'gazetteer');

let cached: GazetteerData | undefined;

/** Loads every seed gazetteer file once (sorted by file then position: deterministic). */
export function loadGazetteerData(dir = SEED_DIR): GazetteerData {
  if (cached && dir === SEED_DIR) return cached;
  const byId = new Map<string, GazetteerEntry>();
  const byType: Record<EntityType, GazetteerEntry[]> = {
    Company: [],
    Brand: [],
    Person: [],
    Plant: [],
    Place: [],
    Vehicle: [],
    Technology: [],
    Organization: [],
  };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const list = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as GazetteerEntry[];
    for (const e of list) {
      if (byId.has(e.id)) continue;
      byId.set(e.id, e);
      byType[e.type].push(e);
    }
  }
  const data = { byId, byType };
  if (dir === SEED_DIR) cached = data;
  return data;
}
