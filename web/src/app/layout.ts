// The page skeleton: header, side panels, graph canvas, details and the status line.
import { h } from '../ui/dom.js';

/** The slots the explorer's parts mount into. */
export interface Layout {
  stats: HTMLElement;
  search: HTMLElement;
  toolbar: HTMLElement;
  legend: HTMLElement;
  filters: HTMLElement;
  paths: HTMLElement;
  analytics: HTMLElement;
  graph: HTMLElement;
  details: HTMLElement;
  status: HTMLElement;
  /** Shows or hides the "result was cut to the API's limit" banner. */
  setTruncated(truncated: boolean, what: string): void;
}

/** Builds the skeleton inside `root`. */
export function buildLayout(root: HTMLElement): Layout {
  const slots = {
    stats: h('div', { class: 'stats', 'aria-live': 'polite' }),
    search: h('div', { class: 'search-slot' }),
    toolbar: h('nav', { class: 'toolbar', 'aria-label': 'View actions' }),
    legend: h('section', {}),
    filters: h('section', {}),
    paths: h('section', {}),
    analytics: h('section', {}),
    graph: h('div', { class: 'graph', 'aria-label': 'Knowledge graph' }),
    details: h('aside', { class: 'details', 'aria-label': 'Details' }),
    status: h('div', { class: 'status', role: 'status', 'aria-live': 'polite' }),
  };
  const truncated = h('div', { class: 'truncated', hidden: true });
  root.append(
    h(
      'header',
      { class: 'top' },
      h('h1', {}, 'EV graph'),
      slots.search,
      slots.stats,
      slots.toolbar,
    ),
    h(
      'main',
      { class: 'layout' },
      h('aside', { class: 'side' }, slots.legend, slots.filters, slots.paths, slots.analytics),
      h('div', { class: 'graph-wrap' }, slots.graph, truncated),
      slots.details,
    ),
    slots.status,
  );
  return {
    ...slots,
    setTruncated(cut, what) {
      truncated.hidden = !cut;
      truncated.textContent = cut
        ? `${what} was cut to the API's limit: not everything is shown. Narrow the filters or focus on fewer entities.`
        : '';
    },
  };
}
