// The analytics panel: size and colour nodes by a measure or community, and "who matters here".
import type { Core } from 'cytoscape';
import {
  applyAnalytics,
  installAnalyticsStyle,
  rankingMeasure,
} from '../analytics/apply-analytics.js';
import {
  MEASURES,
  MEASURE_LABELS,
  isColorBy,
  isMeasure,
  type AnalyticsChoice,
} from '../analytics/choice.js';
import type { ViewStore } from '../state/view-store.js';
import { h, setChildren } from './dom.js';

/** How many nodes the ranked list shows. */
export const TOP_N = 10;

/** What the panel works with. */
export interface AnalyticsPanelDeps {
  cy: Core;
  store: ViewStore;
  /** Selects a node (highlight and details), as a click on it would. */
  selectNode(id: string): void;
}

const choiceOf = (store: ViewStore): AnalyticsChoice =>
  store.get().analytics ?? { size: null, color: null };

function fmtScore(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

/** Mounts the panel into `container`; returns dispose. */
export function mountAnalyticsPanel(
  container: HTMLElement,
  deps: AnalyticsPanelDeps,
): { dispose(): void } {
  const { cy, store } = deps;
  installAnalyticsStyle(cy);
  const size = h(
    'select',
    { 'aria-label': 'Size nodes by', 'data-analytics': 'size' },
    h('option', { value: '' }, 'Mentions'),
    MEASURES.map((m) => h('option', { value: m }, MEASURE_LABELS[m])),
  );
  const color = h(
    'select',
    { 'aria-label': 'Colour nodes by', 'data-analytics': 'color' },
    h('option', { value: '' }, 'Entity type'),
    h('option', { value: 'community' }, 'Community'),
    MEASURES.map((m) => h('option', { value: m }, MEASURE_LABELS[m])),
  );
  const set = () =>
    store.update({
      analytics: {
        size: isMeasure(size.value) ? size.value : null,
        color: isColorBy(color.value) ? color.value : null,
      },
    });
  size.addEventListener('change', set);
  color.addEventListener('change', set);
  const heading = h('h3', {}, 'Who matters here');
  const list = h('ol', { class: 'ranked', 'aria-label': 'Who matters here' });
  const section = h(
    'div',
    { class: 'analytics-panel' },
    h('h3', {}, 'Analytics'),
    h('label', { class: 'row' }, 'Size ', size),
    h('label', { class: 'row' }, 'Colour ', color),
    heading,
    list,
  );
  container.append(section);

  const render = () => {
    const choice = choiceOf(store);
    size.value = choice.size ?? '';
    color.value = choice.color ?? '';
    const ranked = applyAnalytics(cy, choice, TOP_N);
    heading.textContent = `Who matters here (by ${MEASURE_LABELS[rankingMeasure(choice)]})`;
    setChildren(
      list,
      ranked.map((r) =>
        h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'data-id': r.id,
              onclick: () => deps.selectNode(r.id),
            },
            String(cy.getElementById(r.id).data('label') ?? r.id),
          ),
          h('span', { class: 'muted' }, ` ${fmtScore(r.score)}`),
        ),
      ),
    );
  };
  // Recompute after the drawing changes (debounced: an expansion adds many elements at once).
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(render, 60);
  };
  cy.on('add remove', later);
  const unsubscribe = store.subscribe((v, prev) => {
    if (v.analytics !== prev.analytics || v.filters !== prev.filters) later();
  });
  render();
  return {
    dispose() {
      clearTimeout(timer);
      cy.off('add remove', later);
      unsubscribe();
      section.remove();
    },
  };
}
