// A status line over the canvas while a big graph is laid out in the worker ("Laying out 5,000
// nodes… 40%"); the canvas stays usable under it.

/** The shown status line. */
export interface LayoutProgress {
  update(done: number, total: number): void;
  close(): void;
}

/** Shows the status line in `container` (the graph's element) for a layout of `nodes` nodes. */
export function showLayoutProgress(container: HTMLElement, nodes: number): LayoutProgress {
  const el = document.createElement('div');
  el.className = 'layout-progress';
  el.setAttribute('role', 'status');
  el.setAttribute('aria-live', 'polite');
  Object.assign(el.style, {
    position: 'absolute',
    left: '12px',
    bottom: '12px',
    zIndex: '5',
    padding: '4px 10px',
    borderRadius: '4px',
    background: 'rgba(255,255,255,0.92)',
    border: '1px solid #8a8a8a',
    font: '13px system-ui, sans-serif',
    color: '#1d1d1f',
    pointerEvents: 'none',
  });
  const label = `Laying out ${nodes.toLocaleString('en')} nodes…`;
  el.textContent = label;
  container.appendChild(el);
  return {
    update(done, total) {
      el.textContent = `${label} ${Math.round((100 * done) / Math.max(1, total))}%`;
    },
    close: () => el.remove(),
  };
}
