// The table view: the view's entities and relations as sortable, filterable, keyboard-driven tables.
import { ENTITY_TYPES, RELATION_TYPE_LABELS, RELATION_TYPES } from '../../../../schema/ontology.js';
import { download, h } from '../../ui/dom.js';
import type { ViewData, ViewEntity, ViewRelation } from '../view-data.js';
import { mountDataTable, type DataTable } from './data-table.js';
import { ENTITY_COLUMNS, RELATION_COLUMNS } from './table-model.js';

/** What the tables need from the app. */
export interface TableViewDeps {
  selectNode(id: string): void;
  selectEdge(id: string): void;
}

/** The table view's operations. */
export interface TableView {
  update(data: ViewData, selected: string | null): void;
  dispose(): void;
}

/** Mounts the entity and relation tables into `container`. */
export function mountTableView(container: HTMLElement, deps: TableViewDeps): TableView {
  const entitiesSlot = h('section', { class: 'data-table-section', 'aria-label': 'Entities' });
  const relationsSlot = h('section', { class: 'data-table-section', 'aria-label': 'Relations' });
  container.replaceChildren(
    h(
      'p',
      { class: 'table-hint muted' },
      'The entities and relations of the current view. Tab into a table, move with ↑ ↓ (Home, End), press Enter to select a row and open its details; click a header to sort.',
    ),
    entitiesSlot,
    relationsSlot,
  );
  const entities: DataTable<ViewEntity> = mountDataTable(entitiesSlot, {
    title: 'Entities',
    name: 'entities',
    columns: ENTITY_COLUMNS,
    types: ENTITY_TYPES.map((t) => ({ value: t, label: t })),
    initialSort: { key: 'mentions', dir: 'desc' },
    activate: (row) => deps.selectNode(row.id),
    download: (csv) => download('entities.csv', csv, 'text/csv;charset=utf-8'),
  });
  const relations: DataTable<ViewRelation> = mountDataTable(relationsSlot, {
    title: 'Relations',
    name: 'relations',
    columns: RELATION_COLUMNS,
    types: RELATION_TYPES.map((t) => ({ value: t, label: RELATION_TYPE_LABELS[t] ?? t })),
    initialSort: { key: 'confidence', dir: 'desc' },
    activate: (row) => deps.selectEdge(row.id),
    download: (csv) => download('relations.csv', csv, 'text/csv;charset=utf-8'),
  });
  return {
    update(data, selected) {
      entities.update(data.entities, selected);
      relations.update(data.relations, selected);
    },
    dispose() {
      entities.dispose();
      relations.dispose();
      container.replaceChildren();
    },
  };
}
