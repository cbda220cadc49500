// Encodes the view into URL search params and back, ignoring anything malformed.
import { isEntityType, isRelationType } from '../../../schema/ontology.js';
import { decodeExtras, encodeExtras } from './url-extras.js';
import { isColorBy, isMeasure } from '../analytics/choice.js';
import { defaultView, VIEW_MODES, type ViewMode, type ViewState } from './view-state.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** The query string (without `?`) for a view; defaults are left out so links stay short. */
export function encodeView(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.focus.length) p.set('focus', view.focus.join(','));
  if (view.depth !== 1) p.set('depth', String(view.depth));
  const f = view.filters;
  if (f.entityTypes.length) p.set('types', f.entityTypes.join(','));
  if (f.relationTypes.length) p.set('rels', f.relationTypes.join(','));
  if (f.minConfidence > 0) p.set('conf', String(f.minConfidence));
  if (f.since) p.set('since', f.since);
  if (f.until) p.set('until', f.until);
  if (f.currentLeadersOnly) p.set('leaders', 'current');
  if (f.hidePossible) p.set('planned', 'hide');
  if (view.selected) p.set('sel', view.selected);
  encodeExtras(view, p);
  if (view.mode !== 'graph') p.set('view', view.mode);
  if (view.analytics?.size) p.set('size', view.analytics.size);
  if (view.analytics?.color) p.set('color', view.analytics.color);
  return p.toString();
}

/** Reads a view from a query string; unknown or invalid parts fall back to defaults. */
export function decodeView(search: string): ViewState {
  const p = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const view = defaultView();
  view.focus = [...new Set(list(p.get('focus')))].slice(0, 50);
  const depth = Number(p.get('depth'));
  if (Number.isInteger(depth) && depth >= 1 && depth <= 3) view.depth = depth;
  view.filters.entityTypes = list(p.get('types')).filter(isEntityType);
  view.filters.relationTypes = list(p.get('rels')).filter(isRelationType);
  const conf = Number(p.get('conf'));
  if (Number.isFinite(conf) && conf > 0 && conf <= 1) view.filters.minConfidence = conf;
  const since = p.get('since');
  const until = p.get('until');
  if (since && DATE.test(since)) view.filters.since = since;
  if (until && DATE.test(until)) view.filters.until = until;
  const sel = p.get('sel');
  if (sel) view.selected = sel;
  decodeExtras(p, view);
  const mode = p.get('view');
  if (VIEW_MODES.includes(mode as ViewMode)) view.mode = mode as ViewMode;
  if (p.get('leaders') === 'current') view.filters.currentLeadersOnly = true;
  if (p.get('planned') === 'hide') view.filters.hidePossible = true;
  const size = p.get('size');
  const color = p.get('color');
  if (isMeasure(size) || isColorBy(color))
    view.analytics = {
      size: isMeasure(size) ? size : null,
      color: isColorBy(color) ? color : null,
    };
  return view;
}
