// Where the CPU goes under HTTP load: API vs Neo4j CPU per request, and the API's CPU profile.
// Run: KG_BENCH_BOLT_PORT=7760 KG_BENCH_API_CPU_PROF=/tmp/api-prof node --import tsx tests/bench/load/load-profile.ts
import { startBenchNeo4j } from '../lib/bench-neo4j.js';
import { buildQueryGraph } from '../query/build-query-graph.js';
import { runLoadBench } from './load-bench.js';

const db = await startBenchNeo4j(console.log);
try {
  const graph = await buildQueryGraph(db.driver, {
    entities: 20000,
    relations: 100000,
    articles: 4000,
    mentionsPerArticle: 10,
  });
  const r = await runLoadBench(graph, {
    neo4jUri: db.uri,
    neo4jPid: db.server.pid,
    connections: 32,
    durationSeconds: 10,
    runs: 1,
    responseCache: process.env.KG_RESPONSE_CACHE === 'true',
    log: console.log,
  });
  console.log(JSON.stringify(r, null, 2));
} finally {
  await db.close();
}
