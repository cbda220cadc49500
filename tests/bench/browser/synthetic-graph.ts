// Synthetic graphs for the browser bench: N entities of every type, ~2N relations, a few hubs.
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/ontology.js';
import type { EntityLite, RelationLite, Subgraph } from '../../../web/src/api/types.js';

/** A deterministic pseudo-random graph with `nodes` nodes and `edges` edges. */
export function syntheticGraph(nodes: number, edges: number, seed = 42): Subgraph {
  let s = seed >>> 0;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const ns: EntityLite[] = [];
  for (let i = 0; i < nodes; i++) {
    ns.push({
      id: `n${i}`,
      name: `Entity ${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length] ?? 'Company',
      aliases: [],
      mentionCount: Math.floor(1 + 200 * rnd() ** 4),
      articleCount: 1,
      firstSeen: null,
      lastSeen: null,
      location: null,
    });
  }
  const es: RelationLite[] = [];
  const seen = new Set<string>();
  while (es.length < edges && nodes > 1) {
    // Preferential-ish attachment: low ids are hubs.
    const a = Math.floor(nodes * rnd() ** 2);
    const b = Math.floor(nodes * rnd());
    if (a === b) continue;
    const type = RELATION_TYPES[Math.floor(rnd() * RELATION_TYPES.length)] ?? 'PART_OF';
    const id = `${type}:n${a}:n${b}`;
    if (seen.has(id)) continue;
    seen.add(id);
    es.push({
      id,
      type,
      source: { id: `n${a}` },
      target: { id: `n${b}` },
      confidence: 0.5 + rnd() / 2,
      claimCount: 1,
      articleCount: 1 + Math.floor(rnd() * 5),
      firstSeen: null,
      lastSeen: null,
      role: null,
      qualifiers: { label: null, tense: 'CURRENT', modality: 'ASSERTED' },
    });
  }
  return { nodes: ns, edges: es, truncated: false };
}
