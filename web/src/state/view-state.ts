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
  /** Only relations stated in an article published in this range (the timeline's brush). */
  timeRange?: TimeRange | null;
  /** Hide LEADS relations whose claims all state a former role. */
  currentLeadersOnly?: boolean;
  /** Hide relations stated only as plans or possibilities. */
  hidePossible?: boolean;
}

/** An inclusive range of publication dates (`YYYY-MM-DD`); a null end is open. */
export interface TimeRange {
  from: string | null;
  to: string | null;
}

/** The path search the view shows. */
export interface PathState {
  from: string;
  to: string;
  hops: number;
}

/** How the view's entities and relations are shown: graph canvas, world map or tables. */
export type ViewMode = 'graph' | 'map' | 'table';

/** The view modes, the default first. */
export const VIEW_MODES: readonly ViewMode[] = ['graph', 'map', 'table'];

/** Everything a shared link restores. `focus` empty means the overview. */
export interface ViewState {
  focus: string[];
  depth: number;
  filters: ViewFilters;
  selected: string | null;
  /** Nodes the user hid (absent: none). */
  hidden?: string[];
  /** The highlighted path search (absent: none). */
  path?: PathState | null;
  mode: ViewMode;
  /** Size and colour by graph measures (absent: the default look). */
  analytics?: AnalyticsChoice;
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
    mode: 'graph',
  };
}
