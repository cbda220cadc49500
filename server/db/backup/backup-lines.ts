// Reads a backup file (plain or gzipped JSON Lines) and checks every line against format 1.
import { createReadStream, existsSync, openSync, readSync, closeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import {
  BACKUP_FORMAT,
  BACKUP_RELATIONSHIP_TYPES,
  BACKUP_VERSION,
  BackupError,
  decodeProps,
  NODE_KEYS,
  primaryLabel,
  type BackupHeader,
} from './backup-format.js';

/** A checked node, ready to write: labels from the whitelist, props decoded. */
export interface ParsedNode {
  kind: 'node';
  labels: string[];
  props: Record<string, unknown>;
}

/** A checked relationship: endpoints by primary label and key value. */
export interface ParsedRel {
  kind: 'rel';
  type: string;
  from: [string, string];
  to: [string, string];
  props: Record<string, unknown>;
}

function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

async function* rawLines(file: string): AsyncGenerator<string> {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  const input = createReadStream(file);
  const stream = isGzip(file) ? input.pipe(createGunzip()) : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (err) {
    throw new BackupError(
      `${file} could not be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

function endpoint(v: unknown, where: string): [string, string] {
  if (
    !Array.isArray(v) ||
    v.length !== 2 ||
    typeof v[0] !== 'string' ||
    !(v[0] in NODE_KEYS) ||
    typeof v[1] !== 'string'
  ) {
    throw new BackupError(`${where}: an endpoint must be [label, key] with a known label`);
  }
  return [v[0], v[1]];
}

function parseLine(
  line: string,
  where: string,
): ParsedNode | ParsedRel | { kind: 'end'; nodes: number; relationships: number } {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new BackupError(`${where} is not valid JSON`);
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) {
    throw new BackupError(`${where} is not a JSON object`);
  }
  if (o.end === true) {
    return { kind: 'end', nodes: Number(o.nodes), relationships: Number(o.relationships) };
  }
  if (typeof o.node === 'string') {
    const labels = o.labels;
    if (!Array.isArray(labels) || !labels.every((l) => typeof l === 'string')) {
      throw new BackupError(`${where}: "labels" must be a list of strings`);
    }
    let primary: string;
    try {
      primary = primaryLabel(labels);
    } catch (err) {
      throw new BackupError(`${where}: ${(err as Error).message}`);
    }
    if (primary !== o.node) throw new BackupError(`${where}: "node" must be ${primary}`);
    const props = decodeProps(o.props, where);
    if (typeof props[NODE_KEYS[primary]!] !== 'string') {
      throw new BackupError(`${where}: a ${primary} node needs a string "${NODE_KEYS[primary]}"`);
    }
    return { kind: 'node', labels: labels, props };
  }
  if (typeof o.rel === 'string') {
    if (!BACKUP_RELATIONSHIP_TYPES.has(o.rel)) {
      throw new BackupError(`${where}: relationship type ${o.rel} is not part of the graph model`);
    }
    return {
      kind: 'rel',
      type: o.rel,
      from: endpoint(o.from, where),
      to: endpoint(o.to, where),
      props: decodeProps(o.props, where),
    };
  }
  throw new BackupError(`${where} is neither a node, a relationship nor the end line`);
}

/**
 * Yields the nodes and relationships of `file` after checking its header; throws a
 * {@link BackupError} naming the file and line for anything wrong (bad JSON, another format or
 * version, a label or type outside the graph model, a relationship to a node not in the file,
 * counts that do not match the end line, a missing end line).
 */
export async function* readBackup(file: string): AsyncGenerator<ParsedNode | ParsedRel> {
  let lineNo = 0;
  let nodes = 0;
  let rels = 0;
  let ended = false;
  const keys = new Set<string>();
  for await (const line of rawLines(file)) {
    lineNo++;
    const where = `${file}, line ${lineNo}`;
    if (lineNo === 1) {
      checkHeader(line, file);
      continue;
    }
    if (line.trim() === '') continue;
    if (ended) throw new BackupError(`${where}: data after the end line`);
    const item = parseLine(line, where);
    if (item.kind === 'end') {
      if (item.nodes !== nodes || item.relationships !== rels) {
        throw new BackupError(
          `${where}: the end line counts ${item.nodes} nodes and ${item.relationships} ` +
            `relationships but the file holds ${nodes} and ${rels}`,
        );
      }
      ended = true;
      continue;
    }
    if (item.kind === 'node') {
      const label = item.labels.find((l) => l in NODE_KEYS)!;
      const key = `${label}\u0000${item.props[NODE_KEYS[label]!] as string}`;
      if (keys.has(key)) throw new BackupError(`${where}: a second ${label} with the same key`);
      keys.add(key);
      nodes++;
    } else {
      for (const [label, k] of [item.from, item.to]) {
        if (!keys.has(`${label}\u0000${k}`)) {
          throw new BackupError(
            `${where}: the relationship refers to ${label} ${k}, not in the file`,
          );
        }
      }
      rels++;
    }
    yield item;
  }
  if (lineNo === 0) throw new BackupError(`${file} is empty`);
  if (!ended) {
    throw new BackupError(`${file} ends without its end line: the file is truncated`);
  }
}

function checkHeader(line: string, file: string): BackupHeader {
  let h: Record<string, unknown>;
  try {
    h = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new BackupError(`${file} is not a kg backup (its first line is not JSON)`);
  }
  if (h === null || typeof h !== 'object' || h.format !== BACKUP_FORMAT) {
    throw new BackupError(`${file} is not a kg backup (no "format": "${BACKUP_FORMAT}" header)`);
  }
  if (h.version !== BACKUP_VERSION) {
    throw new BackupError(
      `${file} is a backup of format version ${JSON.stringify(h.version)}; this kg reads version ${BACKUP_VERSION} only`,
    );
  }
  return h as unknown as BackupHeader;
}
