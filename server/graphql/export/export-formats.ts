// Serialises a subgraph as JSON, GraphML (Gephi, Cytoscape desktop) or a CSV edge list (pure).
import { stringify, type Options as CsvOptions } from 'csv-stringify/sync';
import type { SubgraphRecord } from '../../db/queries/subgraph-queries.js';

/** The export formats of the API. */
export type ExportFormat = 'JSON' | 'GRAPHML' | 'CSV';

/** A rendered export file. */
export interface ExportFile {
  format: ExportFormat;
  mimeType: string;
  filename: string;
  content: string;
}

function xml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

// A leading formula character is neutralised (and the field quoted) for spreadsheets.
const CSV_OPTIONS: CsvOptions = {
  record_delimiter: 'windows',
  cast: {
    string: (s) => (/^[=+\-@\t\r]/.test(s) ? { value: `'${s}`, quoted: true } : s),
  },
};

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'int'],
  ['articleCount', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
] as const;

const EDGE_KEYS = [
  ['relation', 'string'],
  ['confidence', 'double'],
  ['weight', 'double'],
  ['claimCount', 'int'],
  ['articleCount', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
  ['role', 'string'],
] as const;

/** GraphML with typed `<key>`s: nodes carry label/type/..., edges relation/confidence/weight/... */
export function toGraphml(g: SubgraphRecord): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) {
    lines.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  }
  for (const [name, type] of EDGE_KEYS) {
    lines.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  }
  lines.push('  <graph id="ev-kg" edgedefault="directed">');
  for (const n of g.nodes) {
    const data: Record<string, string | number | null> = {
      label: n.name,
      type: n.type,
      aliases: n.aliases.join(' | '),
      mentionCount: n.mentionCount,
      articleCount: n.articleCount,
      firstSeen: n.firstSeen,
      lastSeen: n.lastSeen,
    };
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const [k, v] of Object.entries(data)) {
      if (v !== null) lines.push(`      <data key="n_${k}">${xml(String(v))}</data>`);
    }
    lines.push('    </node>');
  }
  for (const e of g.edges) {
    const data: Record<string, string | number | null> = {
      relation: e.type,
      confidence: e.confidence,
      weight: e.claimCount,
      claimCount: e.claimCount,
      articleCount: e.articleCount,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      role: e.role,
    };
    lines.push(
      `    <edge id="${xml(e.id)}" source="${xml(e.sourceId)}" target="${xml(e.targetId)}">`,
    );
    for (const [k, v] of Object.entries(data)) {
      if (v !== null) lines.push(`      <data key="e_${k}">${xml(String(v))}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

const CSV_HEADER = [
  'source',
  'target',
  'interaction',
  'source_name',
  'source_type',
  'target_name',
  'target_type',
  'confidence',
  'claim_count',
  'article_count',
  'first_seen',
  'last_seen',
  'role',
];

/**
 * A CSV edge list (Cytoscape "Import Network from File", Gephi "Import spreadsheet" as edges
 * table): one row per relation; entities without relations appear as rows with no target.
 */
export function toCsv(g: SubgraphRecord): string {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const rows: (string | number | null)[][] = [CSV_HEADER];
  const linked = new Set<string>();
  for (const e of g.edges) {
    linked.add(e.sourceId).add(e.targetId);
    const s = byId.get(e.sourceId);
    const t = byId.get(e.targetId);
    rows.push([
      e.sourceId,
      e.targetId,
      e.type,
      s?.name ?? null,
      s?.type ?? null,
      t?.name ?? null,
      t?.type ?? null,
      e.confidence,
      e.claimCount,
      e.articleCount,
      e.firstSeen,
      e.lastSeen,
      e.role,
    ]);
  }
  for (const n of g.nodes) {
    if (linked.has(n.id)) continue;
    rows.push([n.id, null, null, n.name, n.type, null, null, null, null, null, null, null, null]);
  }
  return stringify(rows, CSV_OPTIONS);
}

/** JSON: `{nodes, edges, truncated}` with the same fields as the GraphQL types. */
export function toJson(g: SubgraphRecord): string {
  const edges = g.edges.map(({ sourceId, targetId, ...rest }) => ({
    ...rest,
    source: sourceId,
    target: targetId,
  }));
  return JSON.stringify({ nodes: g.nodes, edges, truncated: g.truncated }, null, 2);
}

/** Renders `g` in `format` with its MIME type and a file name. */
export function renderExport(g: SubgraphRecord, format: ExportFormat): ExportFile {
  switch (format) {
    case 'GRAPHML':
      return {
        format,
        mimeType: 'application/graphml+xml',
        filename: 'ev-kg.graphml',
        content: toGraphml(g),
      };
    case 'CSV':
      return {
        format,
        mimeType: 'text/csv; charset=utf-8',
        filename: 'ev-kg.csv',
        content: toCsv(g),
      };
    case 'JSON':
      return { format, mimeType: 'application/json', filename: 'ev-kg.json', content: toJson(g) };
  }
}
