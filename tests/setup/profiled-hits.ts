// Total db hits of one statement, from Neo4j's PROFILE (for tests that assert a plan got cheaper).
import type { Driver } from 'neo4j-driver';

interface PlanNode {
  dbHits: number;
  children: unknown[];
}

/** Runs `cypher` under PROFILE and sums the db hits of every operator of its plan. */
export async function profiledHits(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
): Promise<number> {
  const res = await driver.executeQuery(`PROFILE ${cypher}`, params);
  let hits = 0;
  const walk = (p: PlanNode) => {
    hits += p.dbHits;
    for (const c of p.children) walk(c as PlanNode);
  };
  walk(res.summary.profile as unknown as PlanNode);
  return hits;
}
