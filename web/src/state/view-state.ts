// The shareable view: focused entities, expansion depth, filters and the selected item.
import type { EntityType, RelationType } from '../../../schema/ontology.js';

/** Filters applied to what the view shows. Empty type lists mean "all". */
export interface ViewFilters {
  entityTypes: EntityType[];
  relationTypes: RelationType[];
  minConfidence: number;
  since: string | null;
  until: string | null;
}

/** Everything a shared link restores. `focus` empty means the overview. */
export interface ViewState {
  focus: string[];
  depth: number;
  filters: ViewFilters;
  selected: string | null;
}

export const DEFAULT_DEPTH = 1;
export const NEIGHBORHOOD_LIMIT = 300;
/** The overview asks for this many entities: a small graph is drawn whole, nothing is cut. */
export const OVERVIEW_LIMIT = 150;

/** A fresh view: the overview with no filters. */
export function defaultView(): ViewState {
  return {
    focus: [],
    depth: DEFAULT_DEPTH,
    filters: { entityTypes: [], relationTypes: [], minConfidence: 0, since: null, until: null },
    selected: null,
  };
}
