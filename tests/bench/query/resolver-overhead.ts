// The API's own cost for a depth-1 hub neighbourhood (201 nodes, 400 edges): GraphQL execution and JSON, no database.
// Run: node --import tsx tests/bench/query/resolver-overhead.ts
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execute, parse } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { loadConfig } from '../../../server/config/config.js';
import type { Repository } from '../../../server/db/repository.js';
import { createContext } from '../../../server/graphql/context.js';
import { resolvers } from '../../../server/graphql/resolvers/index.js';
import { NeighborhoodDocument } from '../../../web/src/api/generated/operations.js';

const SDL = readFileSync(resolve(import.meta.dirname, '../../../schema/schema.graphql'), 'utf8');
const schema = createSchema({ typeDefs: SDL, resolvers });
const nodes = Array.from({ length: 201 }, (_, i) => ({
  id: `e${i}`,
  name: `E ${i}`,
  type: 'Company',
  aliases: [`E ${i}`],
  mentionCount: i,
  articleCount: 1,
  firstSeen: null,
  lastSeen: null,
}));
const edges = Array.from({ length: 400 }, (_, i) => ({
  id: `LEADS|e${i % 201}|e${(i * 7) % 201}`,
  type: 'LEADS',
  sourceId: `e${i % 201}`,
  targetId: `e${(i * 7) % 201}`,
  confidence: 0.8,
  claimCount: 1,
  articleCount: 1,
  firstSeen: null,
  lastSeen: null,
  role: null,
}));
const repo = {
  neighborhood: () => Promise.resolve({ nodes, edges, truncated: true }),
} as unknown as Repository;
const config = loadConfig({});
const document = parse(NeighborhoodDocument.toString());

async function once(): Promise<number> {
  const r = await execute({
    schema,
    document,
    variableValues: { ids: ['e0'] },
    contextValue: createContext(repo, config),
  });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return JSON.stringify(r).length;
}

for (let i = 0; i < 200; i++) await once();
const runs: number[] = [];
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  for (let i = 0; i < 100; i++) await once();
  runs.push((performance.now() - t) / 100);
}
runs.sort((a, b) => a - b);
console.log(
  `execute + JSON of a 201-node, 400-edge neighbourhood: ${runs[2]!.toFixed(2)} ms (median of 5 × 100)`,
);
