// Captures nodes and relationships as they are (for a curation's undo) and writes them back.
import { ENTITY_TYPES } from '../../../schema/ontology.js';
import {
  BACKUP_RELATIONSHIP_TYPES,
  decodeProps,
  encodeValue,
  NODE_KEYS,
  primaryLabel,
  type StoredValue,
} from '../backup/backup-format.js';
import type { Tx } from '../gateway.js';

/** A node reference: its primary label and key value. */
export type NodeRef = [label: string, key: string];

/** A node as it was: labels and every property (stored values, as in a backup). */
export interface SnapNode {
  labels: string[];
  props: Record<string, StoredValue>;
}

/** A relationship as it was, endpoints by reference. */
export interface SnapRel {
  type: string;
  from: NodeRef;
  to: NodeRef;
  props: Record<string, StoredValue>;
}

/** A part of the graph as it was before a curation. */
export interface Snapshot {
  nodes: SnapNode[];
  rels: SnapRel[];
}

// Only labels and types of the graph model reach Cypher text (checked before interpolation).
function checkedLabel(label: string): string {
  if (!(label in NODE_KEYS)) throw new Error(`not a graph-model label: ${label}`);
  return label;
}

function checkedType(type: string): string {
  if (!BACKUP_RELATIONSHIP_TYPES.has(type)) throw new Error(`not a graph-model type: ${type}`);
  return type;
}

function encodeProps(props: Record<string, unknown>, types: [string, string][], where: string) {
  const out: Record<string, StoredValue> = {};
  for (const [k, t] of types) out[k] = encodeValue(props[k], t, `${where}, property ${k}`);
  return out;
}

function groupByLabel(refs: readonly NodeRef[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [label, key] of refs) {
    const list = out.get(checkedLabel(label)) ?? [];
    if (!list.includes(key)) list.push(key);
    out.set(label, list);
  }
  return out;
}

/** The key of a node from its labels and properties. */
export function refOf(node: SnapNode): NodeRef {
  const label = primaryLabel(node.labels);
  return [label, node.props[NODE_KEYS[label]!] as string];
}

/** Reads the nodes `refs` (missing ones are skipped). */
export async function captureNodes(tx: Tx, refs: readonly NodeRef[]): Promise<SnapNode[]> {
  const out: SnapNode[] = [];
  for (const [label, keys] of groupByLabel(refs)) {
    const res = await tx.run(
      `UNWIND $keys AS k MATCH (n:${label} {${NODE_KEYS[label]!}: k})
       RETURN labels(n) AS labels, properties(n) AS props,
         [p IN keys(n) | [p, valueType(n[p])]] AS types`,
      { keys },
    );
    for (const r of res.records) {
      out.push({
        labels: (r.get('labels') as string[]).slice().sort(),
        props: encodeProps(
          r.get('props') as Record<string, unknown>,
          r.get('types') as [string, string][],
          `a ${label} node`,
        ),
      });
    }
  }
  return out;
}

/** Reads every relationship of one of `types` touching a node of `refs` (each once). */
export async function captureRels(
  tx: Tx,
  refs: readonly NodeRef[],
  types: readonly string[],
): Promise<SnapRel[]> {
  const seen = new Set<string>();
  const out: SnapRel[] = [];
  for (const [label, keys] of groupByLabel(refs)) {
    const res = await tx.run(
      `UNWIND $keys AS k MATCH (n:${label} {${NODE_KEYS[label]!}: k})-[r]-()
       WHERE type(r) IN $types
       WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b
       RETURN elementId(r) AS eid, type(r) AS type, labels(a) AS al,
         coalesce(a.id, a.key, a.url) AS ak, labels(b) AS bl, coalesce(b.id, b.key, b.url) AS bk,
         properties(r) AS props, [p IN keys(r) | [p, valueType(r[p])]] AS ptypes`,
      { keys, types: types.map(checkedType) },
    );
    for (const r of res.records) {
      const eid = r.get('eid') as string;
      if (seen.has(eid)) continue;
      seen.add(eid);
      const type = r.get('type') as string;
      out.push({
        type,
        from: [primaryLabel(r.get('al') as string[]), r.get('ak') as string],
        to: [primaryLabel(r.get('bl') as string[]), r.get('bk') as string],
        props: encodeProps(
          r.get('props') as Record<string, unknown>,
          r.get('ptypes') as [string, string][],
          `a ${type} relationship`,
        ),
      });
    }
  }
  return out;
}

/**
 * Writes `nodes` back: `create` makes the missing ones (existing ones stay as they are now),
 * `overwrite` sets every property and entity-type label of existing ones (missing ones stay
 * missing).
 */
export async function restoreNodes(
  tx: Tx,
  nodes: readonly SnapNode[],
  mode: 'create' | 'overwrite',
): Promise<void> {
  for (const node of nodes) {
    const [label, key] = refOf(node);
    const props = decodeProps(node.props, `a ${label} node`);
    const types = node.labels.filter((l) => (ENTITY_TYPES as readonly string[]).includes(l));
    const setLabels = types.map((t) => `:${t}`).join('');
    const match = `(n:${label} {${NODE_KEYS[label]!}: $key})`;
    const relabel =
      label === 'Entity'
        ? `REMOVE n${ENTITY_TYPES.map((t) => `:${t}`).join('')}${setLabels ? ` SET n${setLabels}` : ''}`
        : '';
    const cypher =
      mode === 'create'
        ? `OPTIONAL MATCH ${match} WITH n WHERE n IS NULL
           CREATE (m:${label}) SET m = $props ${setLabels ? `SET m${setLabels}` : ''}`
        : `MATCH ${match} SET n = $props ${relabel}`;
    await tx.run(cypher, { key, props });
  }
}

/** Writes `rels` back (merged on type and endpoints; skipped when an endpoint is gone). */
export async function restoreRels(tx: Tx, rels: readonly SnapRel[]): Promise<void> {
  for (const rel of rels) {
    const [fl, fk] = rel.from;
    const [tl, tk] = rel.to;
    await tx.run(
      `MATCH (a:${checkedLabel(fl)} {${NODE_KEYS[fl]!}: $fk})
       MATCH (b:${checkedLabel(tl)} {${NODE_KEYS[tl]!}: $tk})
       MERGE (a)-[r:${checkedType(rel.type)}]->(b) SET r = $props`,
      { fk, tk, props: decodeProps(rel.props, `a ${rel.type} relationship`) },
    );
  }
}

/** Deletes the alias keys among `keys` that no longer point at any entity. */
export async function deleteOrphanAliasKeys(tx: Tx, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx.run(
    `UNWIND $keys AS key MATCH (k:AliasKey {key: key})
     WHERE NOT (k)-[:ALIAS_OF]->() DETACH DELETE k`,
    { keys: [...new Set(keys)] },
  );
}
