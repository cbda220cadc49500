// `kg backup`: streams every node and relationship of the graph into a versioned JSON Lines file.
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Driver } from 'neo4j-driver';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  encodeValue,
  NODE_KEYS,
  primaryLabel,
  type StoredValue,
} from './backup-format.js';

/** What a backup wrote. */
export interface BackupSummary {
  file: string;
  nodes: number;
  relationships: number;
  bytes: number;
}

// Stored ranked neighbour lists are derived data: left out, rebuilt by the restore.
const NODES = `MATCH (n) WHERE NOT n:NeighbourRank
RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types`;

const RELS = `MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a) AS al, {id: a.id, key: a.key, url: a.url} AS ap,
       labels(b) AS bl, {id: b.id, key: b.key, url: b.url} AS bp, properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types`;

function encodeProps(
  props: Record<string, unknown>,
  types: [string, string][],
  where: string,
): Record<string, StoredValue> {
  const out: Record<string, StoredValue> = {};
  // Keys sorted: the same graph always gives the same lines, whatever order Neo4j returns.
  const sorted = [...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [k, t] of sorted) out[k] = encodeValue(props[k], t, `${where}, property ${k}`);
  return out;
}

function key(labels: string[], props: Record<string, unknown>): [string, string] {
  const label = primaryLabel(labels);
  return [label, String(props[NODE_KEYS[label]!])];
}

async function write(out: Writable, line: unknown): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}

/**
 * Writes the whole graph of `database` to `file` (gzipped when it ends in `.gz`) from one read
 * transaction: a header line, one line per node, one per relationship, and an end line with the
 * counts. The file appears only once complete (written beside it, then renamed).
 */
export async function writeBackup(
  driver: Driver,
  file: string,
  database?: string,
): Promise<BackupSummary> {
  const tmp = `${file}.partial-${process.pid}`;
  const raw = createWriteStream(tmp);
  const gz = file.endsWith('.gz') ? createGzip() : null;
  const out: Writable = gz ?? raw;
  gz?.pipe(raw);
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  const tx = session.beginTransaction();
  let nodes = 0;
  let relationships = 0;
  try {
    await write(out, {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
    });
    for await (const rec of tx.run(NODES)) {
      const labels = rec.get('labels') as string[];
      const props = rec.get('props') as Record<string, unknown>;
      const [label] = key(labels, props);
      const where = `a ${label} node`;
      await write(out, {
        node: label,
        labels,
        props: encodeProps(props, rec.get('types') as [string, string][], where),
      });
      nodes++;
    }
    for await (const rec of tx.run(RELS)) {
      const type = rec.get('type') as string;
      await write(out, {
        rel: type,
        from: key(rec.get('al') as string[], rec.get('ap') as Record<string, unknown>),
        to: key(rec.get('bl') as string[], rec.get('bp') as Record<string, unknown>),
        props: encodeProps(
          rec.get('props') as Record<string, unknown>,
          rec.get('types') as [string, string][],
          `a ${type} relationship`,
        ),
      });
      relationships++;
    }
    await write(out, { end: true, nodes, relationships });
    out.end();
    await finished(raw);
    renameSync(tmp, file);
  } catch (err) {
    out.destroy();
    raw.destroy();
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    await tx.close().catch(() => undefined);
    await session.close();
  }
  return { file, nodes, relationships, bytes: statSync(file).size };
}
