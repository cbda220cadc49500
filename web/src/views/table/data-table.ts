// One sortable, filterable table with roving keyboard focus, a selected row and a CSV download.
import { h } from '../../ui/dom.js';
import { toCsv } from './table-csv.js';
import {
  cellText,
  csvRecords,
  filterRows,
  nextOrder,
  sortRows,
  type Column,
  type SortOrder,
  type TableFilter,
} from './table-model.js';

/** How one table is set up. */
export interface DataTableOptions<R> {
  title: string;
  /** Used in element names and ids ("entities"). */
  name: string;
  columns: readonly Column<R>[];
  types: { value: string; label: string }[];
  initialSort: SortOrder;
  /** Enter or click on a row. */
  activate(row: R): void;
  download(csv: string): void;
}

/** A mounted table. */
export interface DataTable<R> {
  update(rows: readonly R[], selected: string | null): void;
  dispose(): void;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
  PageDown: (i, n) => Math.min(n - 1, i + 10),
  PageUp: (i) => Math.max(0, i - 10),
};

/** Mounts a table into `container`. */
export function mountDataTable<R extends { id: string; type: string }>(
  container: HTMLElement,
  opts: DataTableOptions<R>,
): DataTable<R> {
  const { columns } = opts;
  let all: readonly R[] = [];
  let shown: R[] = [];
  let selected: string | null = null;
  let order = opts.initialSort;
  const filter: TableFilter = { text: '', type: null };
  let activeId: string | null = null;

  const heading = h('h3', {});
  const text = h('input', {
    type: 'search',
    placeholder: `Filter ${opts.name}…`,
    'aria-label': `Filter ${opts.name}`,
    name: `${opts.name}-filter`,
  });
  const type = h(
    'select',
    { 'aria-label': `${opts.title}: type`, name: `${opts.name}-type` },
    h('option', { value: '' }, 'All types'),
    opts.types.map((t) => h('option', { value: t.value }, t.label)),
  );
  const csvButton = h('button', { type: 'button', class: 'csv-download' }, 'Download CSV');
  const headRow = h('tr', {});
  const body = h('tbody', {});
  const table = h(
    'table',
    { class: 'data-table', role: 'grid', 'aria-label': opts.title, 'aria-readonly': 'true' },
    h('thead', {}, headRow),
    body,
  );
  container.replaceChildren(
    h('div', { class: 'data-table-head' }, heading, text, type, csvButton),
    h('div', { class: 'data-table-scroll' }, table),
  );

  const rowEls = () => [...body.querySelectorAll<HTMLTableRowElement>('tr[data-id]')];

  const renderHead = () => {
    headRow.replaceChildren(
      ...columns.map((c) => {
        const sorted = c.key === order.key;
        return h(
          'th',
          {
            scope: 'col',
            class: c.numeric ? 'num' : null,
            'aria-sort': sorted ? (order.dir === 'asc' ? 'ascending' : 'descending') : 'none',
          },
          h(
            'button',
            {
              type: 'button',
              'data-key': c.key,
              onclick: () => {
                order = nextOrder(order, c.key, c.numeric ?? false);
                render();
              },
            },
            c.label,
            sorted ? (order.dir === 'asc' ? ' ▲' : ' ▼') : '',
          ),
        );
      }),
    );
  };

  const render = () => {
    const hadFocus = body.contains(document.activeElement);
    shown = sortRows(filterRows(all, columns, filter), columns, order);
    heading.textContent = `${opts.title} (${shown.length === all.length ? all.length : `${shown.length} of ${all.length}`})`;
    renderHead();
    if (!shown.some((r) => r.id === activeId)) activeId = shown[0]?.id ?? null;
    body.replaceChildren(
      ...shown.map((row) =>
        h(
          'tr',
          {
            'data-id': row.id,
            tabindex: row.id === activeId ? 0 : -1,
            'aria-selected': row.id === selected ? 'true' : 'false',
            class: row.id === selected ? 'selected' : null,
          },
          columns.map((c) => h('td', { class: c.numeric ? 'num' : null }, cellText(c, row))),
        ),
      ),
    );
    if (shown.length === 0)
      body.append(
        h(
          'tr',
          {},
          h('td', { colspan: columns.length, class: 'muted' }, `No ${opts.name} to show.`),
        ),
      );
    if (hadFocus)
      rowEls()
        .find((tr) => tr.dataset.id === activeId)
        ?.focus();
  };

  const focusRow = (id: string) => {
    activeId = id;
    for (const tr of rowEls()) {
      tr.tabIndex = tr.dataset.id === id ? 0 : -1;
      if (tr.dataset.id === id) {
        tr.focus();
        tr.scrollIntoView({ block: 'nearest' });
      }
    }
  };

  body.addEventListener('keydown', (e) => {
    const tr = (e.target as HTMLElement).closest('tr[data-id]');
    if (!(tr instanceof HTMLTableRowElement)) return;
    const i = shown.findIndex((r) => r.id === tr.dataset.id);
    const move = MOVES[e.key];
    if (move && shown.length) {
      const next = shown[move(i, shown.length)];
      if (next) focusRow(next.id);
    } else if (e.key === 'Enter' || e.key === ' ') {
      const row = shown[i];
      if (row) opts.activate(row);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  });
  body.addEventListener('click', (e) => {
    const tr = (e.target as HTMLElement).closest('tr[data-id]');
    const row =
      tr instanceof HTMLTableRowElement ? shown.find((r) => r.id === tr.dataset.id) : null;
    if (!row) return;
    focusRow(row.id);
    opts.activate(row);
  });
  text.addEventListener('input', () => {
    filter.text = text.value;
    render();
  });
  type.addEventListener('change', () => {
    filter.type = type.value || null;
    render();
  });
  csvButton.addEventListener('click', () => opts.download(toCsv(csvRecords(shown, columns))));

  return {
    update(rows, sel) {
      const changed = sel !== selected;
      all = rows;
      selected = sel;
      if (changed && sel && rows.some((r) => r.id === sel)) activeId = sel;
      render();
      if (changed && sel)
        rowEls()
          .find((tr) => tr.dataset.id === sel)
          ?.scrollIntoView({ block: 'nearest' });
    },
    dispose: () => container.replaceChildren(),
  };
}
