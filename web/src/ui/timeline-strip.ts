// The timeline strip: claims per week or month as bars; brush or type a range, or play through time.
import type { Gql } from '../api/client.js';
import { TimelineDocument } from '../api/generated/operations.js';
import type { TimeBucket, TimePeriod } from '../../../schema/time-buckets.js';
import type { TimeRange, ViewState } from '../state/view-state.js';
import type { ViewStore } from '../state/view-store.js';
import {
  barHeights,
  bucketAt,
  inRange,
  nextPlayStep,
  playRange,
  rangeOf,
  sameRange,
} from '../timeline/brush.js';
import { h } from './dom.js';

/** What the strip needs: the view store and the API (nothing of the view it sits under). */
export interface TimelineStripDeps {
  gql: Gql;
  store: ViewStore;
  /** Time between play steps (default 1200 ms). */
  stepMs?: number;
}

const SVG = 'http://www.w3.org/2000/svg';
const BAR_W = 10;
const HEIGHT = 48;

// What the histogram depends on: every filter but the time range, and the focused entities.
const queryKey = (v: Readonly<ViewState>, period: TimePeriod) =>
  JSON.stringify([
    v.filters.entityTypes,
    v.filters.relationTypes,
    v.filters.minConfidence,
    v.focus,
    period,
  ]);

/** Mounts the strip into `container`; returns dispose. */
export function mountTimelineStrip(
  container: HTMLElement,
  deps: TimelineStripDeps,
): { dispose(): void } {
  const { store, gql } = deps;
  let period: TimePeriod = 'MONTH';
  let buckets: TimeBucket[] = [];
  let key = '';
  let abort: AbortController | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let drag: { start: number; end: number } | null = null;

  const setRange = (timeRange: TimeRange | null) =>
    store.update((v) => ({ filters: { ...v.filters, timeRange } }));

  const play = h(
    'button',
    { type: 'button', class: 'small tl-play', 'aria-pressed': 'false' },
    '▶ Play',
  );
  const periodSel = h(
    'select',
    { 'aria-label': 'Timeline period' },
    h('option', { value: 'MONTH' }, 'by month'),
    h('option', { value: 'WEEK' }, 'by week'),
  );
  const from = h('input', { type: 'date', 'aria-label': 'Timeline from' });
  const to = h('input', { type: 'date', 'aria-label': 'Timeline to' });
  const all = h('button', { type: 'button', class: 'small' }, 'All time');
  const summary = h('span', { class: 'tl-summary', 'aria-live': 'polite' });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'tl-bars');
  svg.setAttribute('role', 'img');
  svg.setAttribute('preserveAspectRatio', 'none');
  const strip = h(
    'section',
    { class: 'timeline-strip', 'aria-label': 'Timeline' },
    h(
      'div',
      { class: 'tl-controls' },
      play,
      periodSel,
      h('label', {}, 'from ', from),
      h('label', {}, 'to ', to),
      all,
      summary,
    ),
    svg,
  );
  container.append(strip);

  const render = () => {
    const range = store.get().filters.timeRange ?? null;
    from.value = range?.from ?? '';
    to.value = range?.to ?? '';
    const shown = drag ? rangeOf(buckets, drag.start, drag.end, period) : range;
    svg.setAttribute('viewBox', `0 0 ${Math.max(1, buckets.length) * BAR_W} ${HEIGHT}`);
    const heights = barHeights(buckets, HEIGHT - 4);
    svg.replaceChildren(
      ...buckets.map((b, i) => {
        const r = document.createElementNS(SVG, 'rect');
        const bh = heights[i] ?? 0;
        r.setAttribute('x', String(i * BAR_W + 1));
        r.setAttribute('width', String(BAR_W - 2));
        r.setAttribute('y', String(HEIGHT - bh));
        r.setAttribute('height', String(bh));
        r.setAttribute('data-start', b.start);
        r.setAttribute('class', inRange(b, shown, period) ? 'tl-bar in-range' : 'tl-bar');
        const title = document.createElementNS(SVG, 'title');
        title.textContent = `${b.start}: ${b.claimCount} claims in ${b.articleCount} articles`;
        r.append(title);
        return r;
      }),
    );
    svg.setAttribute(
      'aria-label',
      `Claims per ${period === 'WEEK' ? 'week' : 'month'}: ${buckets.length} periods`,
    );
    const total = buckets.reduce((n, b) => n + b.claimCount, 0);
    summary.textContent = buckets.length
      ? range
        ? `showing relations stated ${range.from ?? '…'} – ${range.to ?? '…'}`
        : `${total} dated claims, ${buckets[0]?.start} – ${buckets.at(-1)?.start}`
      : 'no dated claims for this view';
  };

  const refresh = async () => {
    const view = store.get();
    const k = queryKey(view, period);
    if (k === key) return render();
    key = k;
    abort?.abort();
    const ctrl = (abort = new AbortController());
    try {
      const { timeline } = await gql(
        TimelineDocument,
        {
          filter: {
            entityTypes: view.filters.entityTypes.length ? view.filters.entityTypes : null,
            relationTypes: view.filters.relationTypes.length ? view.filters.relationTypes : null,
            minConfidence: view.filters.minConfidence,
          },
          ids: view.focus.length ? view.focus : null,
          period,
        },
        ctrl.signal,
      );
      buckets = timeline;
      strip.dataset.loaded = 'true';
    } catch (err) {
      if (ctrl.signal.aborted) return;
      key = '';
      buckets = [];
      summary.textContent = `timeline unavailable: ${err instanceof Error ? err.message : ''}`;
      return;
    }
    render();
  };

  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  const step = () => {
    const next = nextPlayStep(buckets, store.get().filters.timeRange, period);
    setRange(playRange(buckets, next, period));
    if (next >= buckets.length - 1) stop();
  };
  play.addEventListener('click', () => {
    if (timer) return stop();
    if (buckets.length === 0) return;
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
    step();
    if (timer === null && buckets.length > 1) timer = setInterval(step, deps.stepMs ?? 1200);
    else stop();
  });

  // Brushing: drag across bars; a click selects one period.
  const at = (e: PointerEvent) => {
    const box = svg.getBoundingClientRect();
    return bucketAt(e.clientX - box.left, box.width, buckets.length);
  };
  svg.addEventListener('pointerdown', (e) => {
    if (buckets.length === 0) return;
    stop();
    svg.setPointerCapture(e.pointerId);
    const i = at(e);
    drag = { start: i, end: i };
    render();
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    drag.end = at(e);
    render();
  });
  svg.addEventListener('pointerup', (e) => {
    if (!drag) return;
    drag.end = at(e);
    const r = rangeOf(buckets, drag.start, drag.end, period);
    drag = null;
    setRange(r);
    render();
  });

  const typed = () => {
    stop();
    const f = from.value || null;
    const t = to.value || null;
    if (f && t && f > t) return render();
    setRange(f || t ? { from: f, to: t } : null);
  };
  from.addEventListener('change', typed);
  to.addEventListener('change', typed);
  all.addEventListener('click', () => {
    stop();
    setRange(null);
  });
  periodSel.addEventListener('change', () => {
    stop();
    period = periodSel.value === 'WEEK' ? 'WEEK' : 'MONTH';
    void refresh();
  });

  const unsubscribe = store.subscribe((v, prev) => {
    if (
      !sameRange(v.filters.timeRange, prev.filters.timeRange) ||
      v.filters !== prev.filters ||
      v.focus !== prev.focus
    )
      void refresh();
  });
  void refresh();
  return {
    dispose() {
      stop();
      abort?.abort();
      unsubscribe();
      strip.remove();
    },
  };
}
