// The page skeleton: header, side panels, the active view with the timeline under it, details and the status line.
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
  /** The strip under the active view (the timeline). */
  timeline: HTMLElement;
  saved: HTMLElement;
  /** The tabs that switch between the graph, map and table views. */
  viewTabs: HTMLElement;
  /** Holds the active view (graph canvas, map or tables); whatever sits below it stays in place. */
  viewArea: HTMLElement;
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
    timeline: h('div', { class: 'timeline-slot' }),
    saved: h('section', {}),
    viewTabs: h('div', { class: 'view-tabs-slot' }),
    viewArea: h('div', { class: 'view-area' }),
    details: h('aside', { class: 'details', 'aria-label': 'Details' }),
    status: h('div', { class: 'status', role: 'status', 'aria-live': 'polite' }),
  };
  const truncated = h('div', { class: 'truncated', hidden: true });
  slots.viewArea.append(slots.graph, truncated);
  root.append(
    h(
      'header',
      { class: 'top' },
      h('h1', {}, 'EV graph'),
      slots.search,
      slots.stats,
      slots.viewTabs,
      slots.toolbar,
    ),
    h(
      'main',
      { class: 'layout' },
      h(
        'aside',
        { class: 'side' },
        slots.legend,
        slots.filters,
        slots.paths,
        slots.saved,
        slots.analytics,
      ),
      h(
        'div',
        { class: 'center' },
        h('div', { class: 'graph-wrap' }, slots.viewArea),
        slots.timeline,
      ),
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
