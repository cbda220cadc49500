// The side-by-side benchmark against @neo4j/graphql: latency per case, then cold load, on the bench graph.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../../server/config/config.js';
import type { QueryGraph } from '../query/build-query-graph.js';
import { runPeerLatency, type PeerCaseResult } from './peer-latency.js';
import { runPeerLoad, type PeerLoadResult } from './peer-load.js';

/** The goals: ours ≤ 0.8× the peer's p95, and ≥ 1.25× its cold throughput. */
export const PEER_GOALS = { p95Ratio: 0.8, throughputRatio: 1.25 } as const;

/** The `peer` section of the results. */
export interface PeerResults {
  peer: string;
  goals: typeof PEER_GOALS;
  cases: PeerCaseResult[];
  load: PeerLoadResult;
  /** Queries of ours the peer cannot express at all. */
  notExpressible: string[];
}

/** Sizes of the side-by-side run (the main bench's query and load sizes). */
export interface PeerBenchOptions {
  neo4jUri: string;
  query: { rounds: number; iterations: number; warmup: number };
  load: { connections: number; durationSeconds: number; runs: number };
  log: (l: string) => void;
}

export const NOT_EXPRESSIBLE = [
  'neighborhood depth 2 with a node limit and the relations among the neighbours (needs a hand-written @cypher field)',
  'paths (shortest paths between two entities)',
  'overview (the most-mentioned entities and the relations among them)',
];

function peerVersion(): string {
  // The package's exports do not include package.json, so read it from node_modules.
  const file = resolve(
    import.meta.dirname,
    '..',
    '..',
    '..',
    'node_modules',
    '@neo4j',
    'graphql',
    'package.json',
  );
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Runs both parts; the graph must already be built and the response cache off in `config`. */
export async function runPeerBench(
  driver: Driver,
  config: Config,
  graph: QueryGraph,
  opts: PeerBenchOptions,
): Promise<PeerResults> {
  if (config.responseCache) throw new Error('the side-by-side run needs KG_RESPONSE_CACHE=false');
  const version = peerVersion();
  opts.log(`side by side with @neo4j/graphql ${version} (no response cache on either side)`);
  const cases = await runPeerLatency(driver, config, graph, { ...opts.query, log: opts.log });
  const load = await runPeerLoad(graph, { neo4jUri: opts.neo4jUri, ...opts.load, log: opts.log });
  opts.log(
    `peer load: ours ${load.ours.requestsPerSecond} req/s, peer ${load.peer.requestsPerSecond} req/s, ratio ${load.throughputRatio}`,
  );
  return {
    peer: `@neo4j/graphql ${version}`,
    goals: PEER_GOALS,
    cases,
    load,
    notExpressible: NOT_EXPRESSIBLE,
  };
}
