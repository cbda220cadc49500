// Load articles by link: a box for page URLs (one per line) inside the Load articles dialog.
import { h } from './dom.js';

/** What the link box reports to its host. */
export interface UrlIngestDeps {
  /** Called with the valid http(s) links whenever the box changes. */
  onLinks(urls: string[]): void;
}

/** Splits the box's text into valid http(s) URLs (deduplicated) and the lines that are not. */
export function parseLinks(text: string): { urls: string[]; invalid: string[] } {
  const urls: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split(/\s*\n\s*/)) {
    const s = line.trim();
    if (!s) continue;
    let ok = false;
    try {
      const u = new URL(s);
      ok = u.protocol === 'http:' || u.protocol === 'https:';
      if (ok && !urls.includes(u.href)) urls.push(u.href);
    } catch {
      ok = false;
    }
    if (!ok) invalid.push(s);
  }
  return { urls, invalid };
}

/** Mounts the link box into `container`; returns dispose. */
export function mountUrlIngest(container: HTMLElement, deps: UrlIngestDeps): () => void {
  const box = h('textarea', {
    name: 'urls',
    rows: 2,
    placeholder: 'Or load by link: https://… (one page per line; the server fetches it)',
    'aria-label': 'Article links',
  });
  const hint = h('p', { class: 'url-hint muted', 'aria-live': 'polite' });
  const wrap = h('div', { class: 'url-ingest' }, box, hint);
  const update = () => {
    const { urls, invalid } = parseLinks(box.value);
    hint.textContent = invalid.length
      ? `Not a web link: ${invalid.join(', ')}`
      : urls.length
        ? `${urls.length} link(s) will be fetched by the server.`
        : '';
    hint.classList.toggle('error', invalid.length > 0);
    deps.onLinks(urls);
  };
  box.addEventListener('input', update);
  container.append(wrap);
  return () => {
    box.removeEventListener('input', update);
    wrap.remove();
    deps.onLinks([]);
  };
}
