// The entities and relations the current view shows, read from the graph canvas for the map and tables.
import type cytoscape from 'cytoscape';
import type { EdgeData, NodeData } from '../graph/elements.js';

/** One entity row of the view. */
export type ViewEntity = NodeData;

/** One relation of the view, with the names of its ends. */
export interface ViewRelation extends EdgeData {
  sourceName: string;
  targetName: string;
}

/** What the view shows: the same entities and relations as the graph (filters and hiding applied). */
export interface ViewData {
  entities: ViewEntity[];
  relations: ViewRelation[];
}

/** Relations with their end names; relations whose ends are not both shown are left out. */
export function joinRelations(
  entities: readonly ViewEntity[],
  edges: readonly EdgeData[],
): ViewRelation[] {
  const names = new Map(entities.map((e) => [e.id, e.label]));
  const out: ViewRelation[] = [];
  for (const e of edges) {
    const sourceName = names.get(e.source);
    const targetName = names.get(e.target);
    if (sourceName !== undefined && targetName !== undefined)
      out.push({ ...e, sourceName, targetName });
  }
  return out;
}

/** The elements of the canvas that are displayed (filtered-out and hidden ones are not). */
export function readViewData(cy: cytoscape.Core): ViewData {
  const shown = (el: cytoscape.SingularElementArgument) => el.style('display') !== 'none';
  const entities = cy
    .nodes()
    .filter(shown)
    .map((n) => ({ ...(n.data() as NodeData) }));
  const edges = cy
    .edges()
    .filter(shown)
    .map((e) => ({ ...(e.data() as EdgeData) }));
  return { entities, relations: joinRelations(entities, edges) };
}
