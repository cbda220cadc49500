// The graph backup format (version 1): JSON Lines, optionally gzipped; pure encode/decode helpers.
import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../schema/ontology.js';

/** The `format` field of a backup's first line. */
export const BACKUP_FORMAT = 'kg-graph-backup';
/** The version this code writes and the only one it reads. */
export const BACKUP_VERSION = 1;

/**
 * The node labels a backup may hold, each with the property that identifies its nodes (unique
 * constraints in schema/neo4j-schema.cypher): every node has exactly one of these labels.
 */
export const NODE_KEYS: Readonly<Record<string, string>> = {
  Entity: 'id',
  Article: 'id',
  Claim: 'id',
  AliasKey: 'key',
  MergeLog: 'id',
  Feed: 'url',
  FeedPoll: 'id',
  SavedView: 'id',
  CurationEvent: 'id',
};

/** Labels allowed next to a primary label: the ontology's entity types. */
const EXTRA_LABELS: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Relationship types of the graph model (schema/graph-model.md) plus the ontology's. */
export const BACKUP_RELATIONSHIP_TYPES: ReadonlySet<string> = new Set([
  'MENTIONS',
  'STATES',
  'SUBJECT',
  'OBJECT',
  'ALIAS_OF',
  'POLLED',
  'FED',
  ...RELATION_TYPES,
]);

/** First line of a backup. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
}

/** A stored property value: JSON, with floats that look like integers tagged. */
export type StoredValue =
  | string
  | number
  | boolean
  | { $float: number | string }
  | (string | number | boolean)[]
  | { $floats: (number | string)[] };

/** One node line. */
export interface NodeLine {
  node: string;
  labels: string[];
  props: Record<string, StoredValue>;
}

/** One relationship line; endpoints are [primary label, key value]. */
export interface RelLine {
  rel: string;
  from: [string, string];
  to: [string, string];
  props: Record<string, StoredValue>;
}

/** Last line: what the reader checks to detect a truncated file. */
export interface EndLine {
  end: true;
  nodes: number;
  relationships: number;
}

/** A bad backup file or a graph the format cannot carry; the message says what and where. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The primary label of a node's labels, or an error naming what is wrong. */
export function primaryLabel(labels: readonly string[]): string {
  const primary = labels.filter((l) => l in NODE_KEYS);
  const unknown = labels.filter((l) => !(l in NODE_KEYS) && !EXTRA_LABELS.has(l));
  if (primary.length !== 1 || unknown.length > 0) {
    throw new BackupError(
      `a node labelled ${labels.map((l) => `:${l}`).join('') || '(no label)'} is not part of the ` +
        `graph model (each node has one of ${Object.keys(NODE_KEYS).join(', ')} and may add an ` +
        'entity type)',
    );
  }
  return primary[0]!;
}

const floatOut = (v: number): number | string => (Number.isFinite(v) ? v : String(v));
const floatIn = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

/**
 * Encodes one property read from Neo4j, given its Cypher `valueType()` (the driver returns
 * integers as JS numbers, so the type tells integers from floats).
 */
export function encodeValue(value: unknown, cypherType: string, where: string): StoredValue {
  const t = cypherType.replace(/ NOT NULL/g, '');
  if (t === 'STRING' || t === 'BOOLEAN') return value as string | boolean;
  if (t === 'INTEGER') return Number(value);
  if (t === 'FLOAT') {
    const v = Number(value);
    return Number.isInteger(v) || !Number.isFinite(v) ? { $float: floatOut(v) } : v;
  }
  if (t === 'LIST<STRING>' || t === 'LIST<BOOLEAN>' || t === 'LIST<NOTHING>') {
    return value as (string | boolean)[];
  }
  if (t === 'LIST<INTEGER>') return (value as unknown[]).map(Number);
  if (t === 'LIST<FLOAT>') return { $floats: (value as unknown[]).map((v) => floatOut(Number(v))) };
  throw new BackupError(
    `${where} has a value of type ${t}, which backup format ${BACKUP_VERSION} does not carry`,
  );
}

/** Turns a stored value back into what the driver sends with the right Cypher type. */
export function decodeValue(value: unknown, where: string): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) {
    return value.map((v) => {
      if (typeof v === 'string' || typeof v === 'boolean') return v;
      if (typeof v === 'number') return Number.isInteger(v) ? neo4j.int(v) : v;
      throw new BackupError(`${where}: a list holds ${JSON.stringify(v)}`);
    });
  }
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const f = o.$float;
    if ((typeof f === 'number' || typeof f === 'string') && Object.keys(o).length === 1) {
      return floatIn(f);
    }
    const fs = o.$floats;
    if (Array.isArray(fs) && Object.keys(o).length === 1) {
      return fs.map((v) => {
        if (typeof v !== 'number' && typeof v !== 'string') {
          throw new BackupError(`${where}: a float list holds ${JSON.stringify(v)}`);
        }
        return floatIn(v);
      });
    }
  }
  throw new BackupError(`${where}: ${JSON.stringify(value)} is not a stored property value`);
}

/** Decodes a whole property map. */
export function decodeProps(props: unknown, where: string): Record<string, unknown> {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new BackupError(`${where}: "props" must be an object`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = decodeValue(v, `${where}, property ${k}`);
  return out;
}
