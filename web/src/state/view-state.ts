// The shareable view: focused entities, expansion depth, filters and the selected item.
import type { EntityType, RelationType } from '../../../schema/ontology.js';
import type { AnalyticsChoice } from '../analytics/choice.js';

/** Filters applied to what the view shows. Empty type lists mean "all". */
export interface ViewFilters {
  entityTypes: EntityType[];
  relationTypes: RelationType[];
  minConfidence: number;
  since: string | null;
  until: string | null;
  /** Hide LEADS relations whose claims all state a former role. */
  currentLeadersOnly?: boolean;
  /** Hide relations stated only as plans or possibilities. */
  hidePossible?: boolean;
}

/** Everything a shared link restores. `focus` empty means the overview. */
export interface ViewState {
  focus: string[];
  depth: number;
  filters: ViewFilters;
  selected: string | null;
  /** Size and colour by graph measures (absent: the default look). */
  analytics?: AnalyticsChoice;
}

export const DEFAULT_DEPTH = 1;
export const NEIGHBORHOOD_LIMIT = 300;
export const OVERVIEW_LIMIT = 60;

/** A fresh view: the overview with no filters. */
export function defaultView(): ViewState {
  return {
    focus: [],
    depth: DEFAULT_DEPTH,
    filters: { entityTypes: [], relationTypes: [], minConfidence: 0, since: null, until: null },
    selected: null,
  };
}
