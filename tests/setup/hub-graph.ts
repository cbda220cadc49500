// A generated hub graph for query tests: thousands of relations of every type, both directions, many ties.
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../../schema/ontology.js';
import { createRng } from '../bench/synthetic/prng.js';

/** Options of {@link createHubGraph}. */
export interface HubGraphOptions {
  /** Id of a second hub (a Company) related this many times to random neighbours. */
  second?: { id: string; relations: number };
}

/**
 * Writes `hub` (ids `hub:0`… are assumed by callers: neighbours are `hub:1`…`hub:<others>`) with
 * 3,000 relationships to its neighbours and 4,000 among them, straight in Cypher (no writer).
 */
export async function createHubGraph(
  driver: Driver,
  hub: string,
  others: number,
  opts: HubGraphOptions = {},
): Promise<void> {
  const rng = createRng(4242);
  const types = ['Company', 'Person', 'Place', 'Technology'] as const;
  const entities = [{ id: hub, name: 'Hub', type: 'Company', mentionCount: 5000 }];
  for (let i = 1; i <= others; i++) {
    entities.push({
      id: `hub:${i}`,
      name: `Neighbour ${i}`,
      type: types[i % types.length]!,
      // Few distinct values: ties on mentions are broken by id.
      mentionCount: rng.int(1, 30),
    });
  }
  if (opts.second) {
    entities.push({ id: opts.second.id, name: 'Second hub', type: 'Company', mentionCount: 900 });
  }
  for (const t of types) {
    await driver.executeQuery(`UNWIND $rows AS e CREATE (n:Entity:${t}) SET n = e`, {
      rows: entities.filter((e) => e.type === t),
    });
  }
  const rels = new Map<RelationType, Record<string, unknown>[]>();
  const add = (s: string, o: string, type: RelationType) => {
    const day = `2024-${String(rng.int(1, 12)).padStart(2, '0')}-10`;
    const list = rels.get(type) ?? [];
    list.push({
      s,
      o,
      p: {
        // Coarse values: many ties on confidence and claims.
        confidence: Math.round((0.5 + rng.next() * 0.45) * 20) / 20,
        claims: rng.int(1, 4),
        articles: 1,
        firstSeen: day,
        lastSeen: day,
      },
    });
    rels.set(type, list);
  };
  // The hub: one relationship with each of 3,000 (entity, type, direction) triples, so some
  // neighbours are related to it several times (their weights add up).
  for (let k = 0; k < 3000; k++) {
    const other = `hub:${1 + (k % others)}`;
    const type = RELATION_TYPES[rng.int(0, RELATION_TYPES.length - 1)]!;
    if (rng.chance(0.5)) add(hub, other, type);
    else add(other, hub, type);
  }
  // Relations among the neighbours.
  for (let k = 0; k < 4000; k++) {
    const a = rng.int(1, others);
    const b = rng.int(1, others);
    if (a !== b)
      add(`hub:${a}`, `hub:${b}`, RELATION_TYPES[rng.int(0, RELATION_TYPES.length - 1)]!);
  }
  // The second hub, after the rest (the first part of the graph is the same with or without it).
  for (let k = 0; k < (opts.second?.relations ?? 0); k++) {
    const other = `hub:${rng.int(1, others)}`;
    const type = RELATION_TYPES[rng.int(0, RELATION_TYPES.length - 1)]!;
    add(opts.second!.id, other, type);
  }
  for (const [type, rows] of rels) {
    await driver.executeQuery(
      `UNWIND $rows AS r MATCH (s:Entity {id: r.s}) MATCH (o:Entity {id: r.o})
       MERGE (s)-[x:${type}]->(o) SET x = r.p`,
      { rows },
    );
  }
}
