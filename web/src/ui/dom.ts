// Tiny DOM helpers: build elements with text only (never HTML from data).

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

/** Creates an element; string children become text nodes, `on*` attrs become listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** Replaces all children of `el`. */
export function setChildren(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren(
    ...children
      .flat()
      .filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/** A date or "—". */
export function fmtDate(d: string | null | undefined): string {
  return d ? d.slice(0, 10) : '—';
}

/** Confidence as a percentage. */
export function fmtConf(c: number): string {
  return `${Math.round(c * 100)}%`;
}

/** Starts a browser download of `data` under `filename`. */
export function download(filename: string, data: Blob | string, mime = 'application/json'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: mime }) : data;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
