// URL parameters for the time range, hidden nodes and the path search (absent when unset).
import type { ViewState } from './view-state.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_HIDDEN = 200;

const date = (v: string | null): string | null => (v && DATE.test(v) ? v : null);

/** Adds `tfrom`, `tto`, `hide`, `pfrom`, `pto`, `phops` for the parts of `view` that are set. */
export function encodeExtras(view: ViewState, p: URLSearchParams): void {
  const tr = view.filters.timeRange;
  if (tr?.from) p.set('tfrom', tr.from);
  if (tr?.to) p.set('tto', tr.to);
  if (view.hidden?.length) p.set('hide', view.hidden.join(','));
  if (view.path) {
    p.set('pfrom', view.path.from);
    p.set('pto', view.path.to);
    p.set('phops', String(view.path.hops));
  }
}

/** Reads those parameters into `view`; malformed ones are ignored, set ones only are written. */
export function decodeExtras(p: URLSearchParams, view: ViewState): void {
  const from = date(p.get('tfrom'));
  const to = date(p.get('tto'));
  if ((from || to) && !(from && to && from > to)) view.filters.timeRange = { from, to };
  const hidden = [
    ...new Set(
      (p.get('hide') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (hidden.length) view.hidden = hidden.slice(0, MAX_HIDDEN);
  const pfrom = p.get('pfrom');
  const pto = p.get('pto');
  const hops = Number(p.get('phops') ?? 4);
  if (pfrom && pto && Number.isInteger(hops) && hops >= 1 && hops <= 6)
    view.path = { from: pfrom, to: pto, hops };
}
