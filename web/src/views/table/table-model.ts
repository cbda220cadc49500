// Pure table logic: columns of the entity and relation tables, sorting, filtering and CSV rows.
import type { ViewEntity, ViewRelation } from '../view-data.js';

/** A sortable column of a table of rows `R`. */
export interface Column<R> {
  key: string;
  label: string;
  /** The value sorted on and written to CSV. */
  value(row: R): string | number | null;
  /** Text shown in the cell (defaults to the value). */
  text?(row: R): string;
  numeric?: boolean;
}

/** A sort order: a column key and a direction. */
export interface SortOrder {
  key: string;
  dir: 'asc' | 'desc';
}

/** What a table is narrowed to: words to find (accent- and case-insensitive) and a type (or all). */
export interface TableFilter {
  text: string;
  type: string | null;
}

const pct = (c: number) => `${Math.round(c * 100)}%`;
const day = (d: string | null) => (d ? d.slice(0, 10) : '');

/** Columns of the entity table. */
export const ENTITY_COLUMNS: readonly Column<ViewEntity>[] = [
  { key: 'name', label: 'Name', value: (e) => e.label },
  { key: 'type', label: 'Type', value: (e) => e.type },
  { key: 'mentions', label: 'Mentions', value: (e) => e.mentions, numeric: true },
  { key: 'articles', label: 'Articles', value: (e) => e.articles, numeric: true },
  { key: 'firstSeen', label: 'First seen', value: (e) => day(e.firstSeen) || null },
  { key: 'lastSeen', label: 'Last seen', value: (e) => day(e.lastSeen) || null },
];

/** Columns of the relation table. */
export const RELATION_COLUMNS: readonly Column<ViewRelation>[] = [
  { key: 'source', label: 'From', value: (r) => r.sourceName },
  { key: 'type', label: 'Relation', value: (r) => r.label },
  { key: 'target', label: 'To', value: (r) => r.targetName },
  {
    key: 'confidence',
    label: 'Confidence',
    value: (r) => r.confidence,
    text: (r) => pct(r.confidence),
    numeric: true,
  },
  { key: 'articles', label: 'Articles', value: (r) => r.articles, numeric: true },
  { key: 'claims', label: 'Claims', value: (r) => r.claims, numeric: true },
  { key: 'firstSeen', label: 'First seen', value: (r) => day(r.firstSeen) || null },
  { key: 'lastSeen', label: 'Last seen', value: (r) => day(r.lastSeen) || null },
];

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compares two cell values; empty values sort last whatever the direction. */
function compare(a: string | number | null, b: string | number | null, dir: 1 | -1): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return dir * (a - b);
  return dir * collator.compare(String(a), String(b));
}

/** Rows sorted by `order` (stable: ties keep their order); an unknown column leaves them as they are. */
export function sortRows<R>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  order: SortOrder,
): R[] {
  const col = columns.find((c) => c.key === order.key);
  if (!col) return [...rows];
  const dir = order.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: col.value(row) }))
    .sort((a, b) => compare(a.v, b.v, dir) || a.i - b.i)
    .map((x) => x.row);
}

/** The next order after clicking a column's header: a new column starts descending for numbers. */
export function nextOrder(current: SortOrder, key: string, numeric: boolean): SortOrder {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: numeric ? 'desc' : 'asc' };
}

/** Rows whose type matches and whose cells contain every word of the filter text. */
export function filterRows<R extends { type: string }>(
  rows: readonly R[],
  columns: readonly Column<R>[],
  filter: TableFilter,
): R[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.type && row.type !== filter.type) return false;
    if (words.length === 0) return true;
    const hay = fold(columns.map((c) => String(c.text?.(row) ?? c.value(row) ?? '')).join(' '));
    return words.every((w) => hay.includes(w));
  });
}

/** The text of a cell. */
export function cellText<R>(col: Column<R>, row: R): string {
  if (col.text) return col.text(row);
  const v = col.value(row);
  return v === null ? '—' : String(v);
}

/** CSV records: a header of column labels (plus `id`), then one record per row with raw values. */
export function csvRecords<R extends { id: string }>(
  rows: readonly R[],
  columns: readonly Column<R>[],
): (string | number)[][] {
  return [
    ['id', ...columns.map((c) => c.label)],
    ...rows.map((r) => [r.id, ...columns.map((c) => c.value(r) ?? '')]),
  ];
}
