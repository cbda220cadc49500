// Builds a large graph (~100k entities, ~500k typed relations) fast with raw batched UNWIND, per graph-model.md.
import { createGateway } from '../../../server/db/gateway.js';
import { rebuildAllNeighbourRanks } from '../../../server/db/writes/neighbour-rank-store.js';
import type { Driver } from 'neo4j-driver';
import {
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type EntityType,
} from '../../../schema/ontology.js';
import { aliasKey } from '../../../server/db/writes/alias-key.js';
import { nameKey } from '../../../server/db/writes/name-key.js';
import { createRng } from '../synthetic/prng.js';

/** Sizes of the query graph. */
export interface QueryGraphSize {
  entities: number;
  relations: number;
  articles: number;
  mentionsPerArticle: number;
  /** Time allowed; relations and articles shrink (and say so) when the entities show it won't fit. */
  budgetSeconds?: number;
}

/** What was built and the ids the latency benchmark uses. */
export interface QueryGraph {
  entities: number;
  relations: number;
  articles: number;
  mentions: number;
  buildSeconds: number;
  note: string | null;
  /** Well-connected entities (neighbourhood and entity queries). */
  hubs: string[];
  /** Ordinary entities. */
  ordinary: string[];
  /** Search strings that match names. */
  searches: string[];
}

const SHARE: Record<EntityType, number> = {
  Company: 0.2,
  Brand: 0.05,
  Person: 0.15,
  Plant: 0.1,
  Place: 0.15,
  Vehicle: 0.2,
  Technology: 0.05,
  Organization: 0.1,
};
const SUFFIX: Record<EntityType, string> = {
  Company: 'Motors',
  Brand: 'Auto',
  Person: 'Martin',
  Plant: 'Works',
  Place: 'ville',
  Vehicle: 'EV',
  Technology: 'Cell',
  Organization: 'Agency',
};
const SYL = [
  'vol',
  'tar',
  'ix',
  'ne',
  'mo',
  'ra',
  'li',
  'zen',
  'ka',
  'bel',
  'or',
  'quin',
  'sa',
  'dor',
  'fen',
  'gal',
  'hu',
  'ley',
];

function entityName(i: number, type: EntityType): string {
  const a = SYL[i % SYL.length]!;
  const b = SYL[Math.floor(i / SYL.length) % SYL.length]!;
  const c = SYL[Math.floor(i / SYL.length ** 2) % SYL.length]!;
  const word = `${a}${b}${c}`;
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${SUFFIX[type]} ${i}`;
}

function typeOf(i: number, n: number): EntityType {
  let acc = 0;
  const x = (i + 0.5) / n;
  for (const t of ENTITY_TYPES) {
    acc += SHARE[t];
    if (x < acc) return t;
  }
  return 'Organization';
}

function isoDay(rng: ReturnType<typeof createRng>): string {
  return `${rng.int(2019, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

async function write(driver: Driver, cypher: string, rows: unknown[], batch = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    await driver.executeQuery(cypher, { rows: rows.slice(i, i + batch) });
  }
}

/** Builds the graph into an empty database (ids are `syn:<n>`, articles have source `synthetic`). */
export async function buildQueryGraph(
  driver: Driver,
  size: QueryGraphSize,
  seed = 99,
): Promise<QueryGraph> {
  const started = performance.now();
  const rng = createRng(seed);
  const n = size.entities;
  // Entity i's popularity falls with i (a few hubs, a long tail); ids are shuffled across types.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const byType = new Map<EntityType, Record<string, unknown>[]>();
  const ids: string[] = [];
  for (let rank = 0; rank < n; rank++) {
    const i = order[rank]!;
    const type = typeOf(i, n);
    const name = entityName(i, type);
    const aliases = [name, `${name.split(' ')[0]} ${i}`];
    const id = `syn:${i}`;
    ids.push(id);
    const mentions = Math.max(1, Math.round(5000 / (rank + 1) ** 0.8));
    const list = byType.get(type) ?? [];
    list.push({
      id,
      name,
      nameKey: nameKey(name),
      type,
      aliases,
      aliasesText: aliases.join(' | '),
      origin: 'discovered',
      mentionCount: mentions,
      articleCount: Math.max(1, Math.round(mentions / 2)),
      firstSeen: '2019-01-02',
      lastSeen: '2025-06-30',
      keys: [...new Set(aliases.map(aliasKey))],
    });
    byType.set(type, list);
  }
  for (const [type, rows] of byType) {
    await write(
      driver,
      `UNWIND $rows AS e CREATE (n:Entity:${type}) SET n = e {.*, keys: null}
       WITH n, e UNWIND e.keys AS key MERGE (k:AliasKey {key: key}) CREATE (k)-[:ALIAS_OF]->(n)`,
      rows,
    );
  }
  const entitySeconds = (performance.now() - started) / 1000;
  let relationTarget = size.relations;
  let articleTarget = size.articles;
  let note: string | null = null;
  if (size.budgetSeconds) {
    const rowsPerSecond = n / entitySeconds;
    const rest = size.relations + size.articles * size.mentionsPerArticle;
    // Relationship rows (CREATE, no alias MERGE) were measured ~3-4× faster than entity rows.
    const scale = Math.min(1, ((size.budgetSeconds - entitySeconds) * rowsPerSecond * 3) / rest);
    if (scale < 1) {
      relationTarget = Math.max(n, Math.floor(size.relations * scale));
      articleTarget = Math.floor(size.articles * scale);
      note = `entities were written at ${Math.round(rowsPerSecond)} rows/s, so relations and articles were cut to ${Math.round(scale * 100)}% to fit the ${size.budgetSeconds} s build budget`;
    }
  }
  // ids[rank]: popular entities first. Relations prefer popular endpoints (power law).
  const skewed = () => ids[Math.min(n - 1, Math.floor(n * Math.pow(rng.next(), 2.2)))]!;
  const seen = new Set<string>();
  const rels = new Map<string, Record<string, unknown>[]>();
  let made = 0;
  while (made < relationTarget) {
    const type = RELATION_TYPES[Math.floor(rng.next() * RELATION_TYPES.length)]!;
    let s = skewed();
    let o = rng.chance(0.5) ? skewed() : ids[Math.floor(rng.next() * n)]!;
    if (s === o) continue;
    if (SYMMETRIC_RELATIONS.has(type) && o < s) [s, o] = [o, s];
    const key = `${type}|${s}|${o}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const first = isoDay(rng);
    const list = rels.get(type) ?? [];
    list.push({
      s,
      o,
      p: {
        claims: rng.int(1, 6),
        articles: rng.int(1, 4),
        confidence: Math.round((0.5 + rng.next() * 0.45) * 100) / 100,
        firstSeen: first,
        lastSeen: first,
        role: type === 'LEADS' ? 'CEO' : null,
      },
    });
    rels.set(type, list);
    made++;
  }
  for (const [type, rows] of rels) {
    await write(
      driver,
      `UNWIND $rows AS r MATCH (s:Entity {id: r.s}) MATCH (o:Entity {id: r.o})
       CREATE (s)-[x:${type}]->(o) SET x = r.p`,
      rows,
      10000,
    );
  }
  // Articles mentioning entities (popular ones more): hubs get thousands of MENTIONS, as in production.
  const articles: Record<string, unknown>[] = [];
  let mentions = 0;
  for (let a = 0; a < articleTarget; a++) {
    const targets = new Set<string>();
    while (targets.size < size.mentionsPerArticle) targets.add(skewed());
    mentions += targets.size;
    articles.push({
      id: `syn-article:${a}`,
      title: `Synthetic benchmark article ${a}`,
      source: 'synthetic',
      language: a % 2 ? 'fr' : 'en',
      publishedAt: isoDay(rng),
      ingestedAt: '2025-07-30T00:00:00Z',
      text: `Synthetic benchmark article ${a}.`,
      targets: [...targets],
    });
  }
  await write(
    driver,
    `UNWIND $rows AS r CREATE (a:Article) SET a = r {.*, targets: null}
     WITH a, r UNWIND r.targets AS t MATCH (e:Entity {id: t}) CREATE (a)-[:MENTIONS {count: 1}]->(e)`,
    articles,
    2000,
  );
  // The hubs' stored ranked neighbour lists, which the writer keeps (this graph is written raw).
  await createGateway(driver).write((tx) => rebuildAllNeighbourRanks(tx));
  const buildSeconds = (performance.now() - started) / 1000;
  const searches = ids.slice(0, 50).map((id) => {
    const i = Number(id.slice(4));
    return entityName(i, typeOf(i, n)).split(' ')[0]!.slice(0, 6);
  });
  return {
    entities: n,
    relations: made,
    articles: articleTarget,
    mentions,
    buildSeconds,
    note,
    hubs: ids.slice(0, 20),
    ordinary: ids.slice(Math.floor(n / 10), Math.floor(n / 10) + 50),
    searches,
  };
}
