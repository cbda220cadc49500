// `kg restore`: checks a backup file whole, then writes it into an empty graph in batches.
import type { Driver } from 'neo4j-driver';
import { BackupError, NODE_KEYS } from './backup-format.js';
import { readBackup, type ParsedNode, type ParsedRel } from './backup-lines.js';
import { nameKey } from '../writes/name-key.js';
import { createGateway } from '../gateway.js';
import { rebuildAllNeighbourRanks } from '../writes/neighbour-rank-store.js';

/** Options of {@link restoreBackup}. */
export interface RestoreOptions {
  database?: string | undefined;
  /** Delete everything in the target graph first (otherwise a non-empty graph is refused). */
  replace?: boolean;
  /** Nodes or relationships per transaction (default 1000). */
  batchSize?: number;
  log?: (line: string) => void;
}

/** What a restore wrote. */
export interface RestoreSummary {
  nodes: number;
  relationships: number;
  deleted: number;
}

// Labels and types are interpolated only after readBackup checked them against the whitelist.
const label = (l: string) => `\`${l}\``;

function nodeCypher(labels: string[]): string {
  return `UNWIND $rows AS row CREATE (n${labels.map((l) => `:${label(l)}`).join('')}) SET n = row RETURN count(n) AS c`;
}

function relCypher(type: string, from: string, to: string): string {
  return `UNWIND $rows AS row
MATCH (a:${label(from)} {${NODE_KEYS[from]!}: row.f})
MATCH (b:${label(to)} {${NODE_KEYS[to]!}: row.t})
CREATE (a)-[r:${label(type)}]->(b) SET r = row.p
RETURN count(r) AS c`;
}

async function countNodes(driver: Driver, database?: string): Promise<number> {
  const res = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database });
  return Number(res.records[0]?.get('c') ?? 0);
}

async function deleteAll(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * Restores `file` (see write-backup.ts) into the graph. The whole file is checked first, so a bad
 * or wrong-version file writes nothing; a non-empty graph is refused unless `replace`. Nodes,
 * then relationships, are written in batches of `batchSize`, one transaction each; if a batch
 * fails the error says how far the restore got (rerun with `replace`).
 */
export async function restoreBackup(
  driver: Driver,
  file: string,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  const { database } = opts;
  const batchSize = opts.batchSize ?? 1000;
  const log = opts.log ?? (() => undefined);
  let total = { nodes: 0, relationships: 0 };
  for await (const item of readBackup(file)) {
    if (item.kind === 'node') total.nodes++;
    else total.relationships++;
  }
  log(`${file}: ${total.nodes} nodes and ${total.relationships} relationships, checked`);
  const existing = await countNodes(driver, database);
  if (existing > 0 && !opts.replace) {
    throw new BackupError(
      `The target graph is not empty (${existing} nodes); restore refuses to mix graphs. ` +
        'Add --replace to delete everything in it first.',
    );
  }
  if (existing > 0) {
    log(`deleting the ${existing} nodes already in the graph...`);
    await deleteAll(driver, database);
  }
  const done = { nodes: 0, relationships: 0 };
  const groups = new Map<string, { cypher: string; rows: unknown[]; isNode: boolean }>();
  const flush = async (g: { cypher: string; rows: unknown[]; isNode: boolean }) => {
    if (g.rows.length === 0) return;
    const rows = g.rows;
    g.rows = [];
    let written: number;
    try {
      const res = await driver.executeQuery(g.cypher, { rows }, { database });
      written = Number(res.records[0]?.get('c') ?? 0);
    } catch (err) {
      throw new BackupError(
        `restore stopped after ${done.nodes} of ${total.nodes} nodes and ${done.relationships} of ` +
          `${total.relationships} relationships: ${err instanceof Error ? err.message : String(err)}. ` +
          'The graph is partly restored; rerun with --replace.',
      );
    }
    if (written !== rows.length) {
      throw new BackupError(
        `restore wrote ${written} of a batch of ${rows.length} ${g.isNode ? 'nodes' : 'relationships'}; ` +
          'the graph is partly restored; rerun with --replace.',
      );
    }
    if (g.isNode) done.nodes += written;
    else done.relationships += written;
  };
  const add = async (groupKey: string, cypher: string, isNode: boolean, row: unknown) => {
    let g = groups.get(groupKey);
    if (!g) groups.set(groupKey, (g = { cypher, rows: [], isNode }));
    g.rows.push(row);
    if (g.rows.length >= batchSize) await flush(g);
  };
  let nodesFlushed = false;
  for await (const item of readBackup(file)) {
    if (item.kind === 'node') await addNode(item);
    else {
      if (!nodesFlushed) {
        for (const g of groups.values()) await flush(g);
        nodesFlushed = true;
      }
      await addRel(item);
    }
  }
  for (const g of groups.values()) await flush(g);
  log(`restored ${done.nodes} nodes and ${done.relationships} relationships`);
  // The hubs' ranked neighbour lists are derived (not in a backup): built from what was restored.
  const hubs = await createGateway(driver, { database }).write((tx) =>
    rebuildAllNeighbourRanks(tx),
  );
  if (hubs > 0) log(`ranked the neighbours of ${hubs} hubs`);
  total = done;
  return { ...total, deleted: existing };

  async function addNode(n: ParsedNode) {
    const labels = [...n.labels].sort();
    // The name key is derived, so it is recomputed (backups written before it existed lack it).
    const props =
      labels.includes('Entity') && typeof n.props.name === 'string'
        ? { ...n.props, nameKey: nameKey(n.props.name) }
        : n.props;
    await add(`n:${labels.join(':')}`, nodeCypher(labels), true, props);
  }
  async function addRel(r: ParsedRel) {
    const k = `r:${r.type}:${r.from[0]}:${r.to[0]}`;
    await add(k, relCypher(r.type, r.from[0], r.to[0]), false, {
      f: r.from[1],
      t: r.to[1],
      p: r.props,
    });
  }
}
