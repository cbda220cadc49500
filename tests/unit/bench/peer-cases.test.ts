// Unit tests for the side-by-side bench: both sides' documents are valid, and the goal rows judge ratios.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type * as GraphQL from 'graphql';
import { buildSchema, parse, validate } from 'graphql';
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PEER_TYPE_DEFS } from '../../bench/peer/peer-type-defs.js';
import { peerCases } from '../../bench/peer/peer-cases.js';
import { peerRows } from '../../bench/peer/peer-report.js';
import { PEER_GOALS, type PeerResults } from '../../bench/peer/peer-bench.js';
import type { QueryGraph } from '../../bench/query/build-query-graph.js';

const graph: QueryGraph = {
  entities: 3,
  relations: 2,
  articles: 1,
  mentions: 1,
  buildSeconds: 0,
  note: null,
  hubs: ['syn:0'],
  ordinary: ['syn:2'],
  searches: ['Voltar'],
};

// @neo4j/graphql is CommonJS and builds its schema with graphql's CommonJS entry; validate with it.
const cjs = createRequire(import.meta.url)('graphql') as typeof GraphQL;

const ours = buildSchema(
  readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'),
);

describe('side-by-side cases', () => {
  it('are valid against our schema and the peer schema @neo4j/graphql generates', async () => {
    // The driver is never connected: the schema is built from the type definitions alone.
    const driver = neo4j.driver('bolt://127.0.0.1:1');
    try {
      const peer = await new Neo4jGraphQL({
        typeDefs: PEER_TYPE_DEFS,
        driver,
        features: { filters: { String: { CASE_INSENSITIVE: true } } },
      }).getSchema();
      const cases = peerCases(graph);
      expect(cases.map((c) => c.name)).toContain('entities(filter: { name })');
      for (const c of cases) {
        expect(validate(ours, parse(c.ours.query)), c.name).toEqual([]);
        expect(cjs.validate(peer, cjs.parse(c.peer.query)), c.name).toEqual([]);
      }
    } finally {
      await driver.close();
    }
    // Generating the peer schema (~8,000 lines of SDL) takes seconds on a busy machine.
  }, 60_000);

  it('gives the peer the same ids and strings as ours', () => {
    const [search, entity] = peerCases(graph);
    expect(entity!.ours.variables(0)).toEqual(entity!.peer.variables(0));
    expect(search!.ours.variables(0)).toMatchObject({ text: 'Voltar', limit: 10 });
    expect(search!.peer.variables(0)).toMatchObject({ limit: 10 });
    expect(String(search!.peer.variables(0).phrase)).toContain('voltar');
  });
});

describe('side-by-side goals', () => {
  const side = (p95: number) => ({
    inProcess: { p50: p95 / 2, p95, p99: p95, n: 10 },
    http: { p50: p95 / 2, p95, p99: p95, n: 10 },
    statements: 1,
    dbHits: null,
  });
  const results = (ratioP95: number, throughputRatio: number): PeerResults => ({
    peer: '@neo4j/graphql test',
    goals: PEER_GOALS,
    cases: [
      {
        name: 'search',
        ours: side(ratioP95),
        peer: side(1),
        ratioP50: ratioP95,
        ratioP95,
        peerGap: null,
        peerCypher: '',
      },
    ],
    load: {
      connections: 32,
      durationSeconds: 1,
      runs: 1,
      mix: ['search'],
      ours: { requestsPerSecond: throughputRatio, p50Ms: 1, p99Ms: 2, errors: 0, perRun: [] },
      peer: { requestsPerSecond: 1, p50Ms: 1, p99Ms: 2, errors: 0, perRun: [] },
      throughputRatio,
    },
    notExpressible: [],
  });

  it('meets the goals at ≤ 0.8× the p95 and ≥ 1.25× the throughput', () => {
    expect(peerRows(results(0.8, 1.25)).map((r) => r.met)).toEqual([true, true]);
  });

  it('misses them above 0.8× or below 1.25×', () => {
    expect(peerRows(results(0.81, 1.2)).map((r) => r.met)).toEqual([false, false]);
  });
});
