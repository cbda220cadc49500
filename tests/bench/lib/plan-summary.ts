// Runs PROFILE on recorded statements and summarises the plan: operators, index use, label scans.
import type { Driver } from 'neo4j-driver';
import type { RecordedStatement } from './recording-driver.js';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

/** The summary stored in the results for one statement. */
export interface PlanSummary {
  cypher: string;
  dbHits: number;
  operators: string[];
  usesIndex: boolean;
  labelScans: string[];
}

const SCANS =
  /^(AllNodesScan|NodeByLabelScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)/;
const INDEX =
  /(IndexSeek|IndexScan|NodeIndexContainsScan|NodeIndexEndsWithScan|ProcedureCall|UniqueIndexSeek)/;

function walk(p: PlanNode, out: PlanNode[]): void {
  out.push(p);
  for (const c of p.children) walk(c, out);
}

/** PROFILEs one read statement (in a read transaction) and summarises its plan. */
export async function profileStatement(
  driver: Driver,
  st: RecordedStatement,
): Promise<PlanSummary> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const res = await session.executeRead((tx) => tx.run(`PROFILE ${st.cypher}`, st.params));
    const nodes: PlanNode[] = [];
    const profile = res.summary.profile as unknown as PlanNode | false;
    if (profile) walk(profile, nodes);
    const ops = nodes.map((n) => n.operatorType.replace(/@.*$/, ''));
    return {
      cypher: st.cypher.replace(/\s+/g, ' ').slice(0, 160),
      dbHits: nodes.reduce((s, n) => s + n.dbHits, 0),
      operators: [...new Set(ops)],
      usesIndex: ops.some((o) => INDEX.test(o)),
      labelScans: ops.filter((o) => SCANS.test(o)),
    };
  } finally {
    await session.close();
  }
}
