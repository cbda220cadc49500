// Unit tests: the table view's sorting, filtering and CSV rows (quoting through csv-stringify).
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../web/src/views/table/table-csv.js';
import {
  ENTITY_COLUMNS,
  RELATION_COLUMNS,
  cellText,
  csvRecords,
  filterRows,
  nextOrder,
  sortRows,
} from '../../../../web/src/views/table/table-model.js';
import { entity, relation } from './fixtures.js';

const rows = [
  entity('company:zeta', { label: 'Zeta', mentions: 5, firstSeen: '2024-03-01' }),
  entity('plant:eco', { label: 'Écoparc plant', type: 'Plant', mentions: 12 }),
  entity('company:alpha', { label: 'alpha', mentions: 5, firstSeen: '2023-01-05' }),
];
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('sortRows', () => {
  it('sorts numbers descending with ties in their original order', () => {
    expect(ids(sortRows(rows, ENTITY_COLUMNS, { key: 'mentions', dir: 'desc' }))).toEqual([
      'plant:eco',
      'company:zeta',
      'company:alpha',
    ]);
  });
  it('sorts names case- and accent-insensitively', () => {
    expect(ids(sortRows(rows, ENTITY_COLUMNS, { key: 'name', dir: 'asc' }))).toEqual([
      'company:alpha',
      'plant:eco',
      'company:zeta',
    ]);
  });
  it('puts empty values last in both directions', () => {
    const asc = ids(sortRows(rows, ENTITY_COLUMNS, { key: 'firstSeen', dir: 'asc' }));
    const desc = ids(sortRows(rows, ENTITY_COLUMNS, { key: 'firstSeen', dir: 'desc' }));
    expect(asc).toEqual(['company:alpha', 'company:zeta', 'plant:eco']);
    expect(desc).toEqual(['company:zeta', 'company:alpha', 'plant:eco']);
  });
  it('toggles the direction on the same column; numbers start descending, text ascending', () => {
    expect(nextOrder({ key: 'name', dir: 'asc' }, 'name', false)).toEqual({
      key: 'name',
      dir: 'desc',
    });
    expect(nextOrder({ key: 'name', dir: 'asc' }, 'mentions', true)).toEqual({
      key: 'mentions',
      dir: 'desc',
    });
    expect(nextOrder({ key: 'mentions', dir: 'asc' }, 'type', false)).toEqual({
      key: 'type',
      dir: 'asc',
    });
  });
});

describe('filterRows', () => {
  it('keeps rows containing every word, ignoring case and accents', () => {
    expect(ids(filterRows(rows, ENTITY_COLUMNS, { text: 'ECO plant', type: null }))).toEqual([
      'plant:eco',
    ]);
    expect(ids(filterRows(rows, ENTITY_COLUMNS, { text: '  ', type: null }))).toHaveLength(3);
  });
  it('narrows to one type', () => {
    expect(ids(filterRows(rows, ENTITY_COLUMNS, { text: '', type: 'Company' }))).toEqual([
      'company:zeta',
      'company:alpha',
    ]);
  });
  it('matches relations by their end names and label as shown', () => {
    const rels = [
      relation('company:zeta', 'plant:eco', { sourceName: 'Zeta', targetName: 'Écoparc plant' }),
      relation('company:alpha', 'company:zeta', {
        type: 'PARTNERS_WITH',
        label: 'partners with',
        sourceName: 'alpha',
        targetName: 'Zeta',
        confidence: 0.55,
      }),
    ];
    expect(filterRows(rels, RELATION_COLUMNS, { text: 'zeta ecoparc', type: null })).toHaveLength(
      1,
    );
    expect(filterRows(rels, RELATION_COLUMNS, { text: '55%', type: null })).toHaveLength(1);
    expect(
      filterRows(rels, RELATION_COLUMNS, { text: '', type: 'PARTNERS_WITH' }).map((r) => r.label),
    ).toEqual(['partners with']);
  });
});

describe('CSV', () => {
  it('has a header with the id and one record per row with raw values', () => {
    const recs = csvRecords([rows[0]!], ENTITY_COLUMNS);
    expect(recs).toEqual([
      ['id', 'Name', 'Type', 'Mentions', 'Articles', 'First seen', 'Last seen'],
      ['company:zeta', 'Zeta', 'Company', 5, 1, '2024-03-01', ''],
    ]);
  });
  it('quotes commas, quotes and line breaks, ends rows with CRLF and defuses formulas', () => {
    const csv = toCsv([
      ['id', 'Name'],
      ['a', 'Renault, Nissan "alliance"'],
      ['b', 'two\nlines'],
      ['c', '=HYPERLINK("x")'],
      ['d', 3],
    ]);
    expect(csv).toBe(
      'id,Name\r\na,"Renault, Nissan ""alliance"""\r\nb,"two\nlines"\r\nc,"\'=HYPERLINK(""x"")"\r\nd,3\r\n',
    );
  });
  it('shows confidence as a percentage in the cell but writes the number', () => {
    const conf = RELATION_COLUMNS.find((c) => c.key === 'confidence')!;
    const r = relation('a', 'b', { confidence: 0.856 });
    expect(cellText(conf, r)).toBe('86%');
    expect(csvRecords([r], RELATION_COLUMNS)[1]).toContain(0.856);
  });
});
