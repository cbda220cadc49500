// Shows one article as plain text with entity mentions and claim sentences highlighted.
import type { Gql } from '../api/client.js';
import { ArticleDocument } from '../api/generated/operations.js';
import type { ArticleDetail } from '../api/types.js';
import { TYPE_LOOK } from '../graph/palette.js';
import { findTerms, layerText, type Range } from '../util/highlight.js';
import { fmtDate, h, setChildren } from './dom.js';
import type { Notifier } from './notice.js';

/** Opens an article; `focus` is a character range to emphasise and scroll to. */
export type OpenArticle = (
  id: string,
  focus?: { start: number | null; end: number | null; sentence?: string },
) => void;

/** Only http(s) URLs become links; anything else is shown as text. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Mounts the dialog; returns { open, dispose }. */
export function mountArticleDialog(
  gql: Gql,
  notify: Notifier,
): { open: OpenArticle; dispose(): void } {
  const title = h('h2', { class: 'article-title' });
  const meta = h('p', { class: 'article-meta' });
  const legend = h('p', { class: 'article-legend' });
  const body = h('div', { class: 'article-text', tabindex: 0 });
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const dialog = h(
    'dialog',
    { class: 'article-dialog', 'aria-labelledby': 'article-title' },
    close,
    title,
    meta,
    legend,
    body,
  );
  title.id = 'article-title';
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  document.body.append(dialog);

  const render = (
    a: ArticleDetail,
    focus?: { start: number | null; end: number | null; sentence?: string },
  ) => {
    title.textContent = a.title ?? '(untitled article)';
    const href = safeHref(a.url);
    setChildren(
      meta,
      fmtDate(a.publishedAt),
      a.source ? ` · ${a.source}` : '',
      a.author ? ` · ${a.author}` : '',
      ` · ${a.language}`,
      a.url ? ' · ' : '',
      href
        ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, a.url ?? '')
        : (a.url ?? ''),
    );
    setChildren(
      legend,
      h('mark', { class: 'hl-mention' }, 'entity mention'),
      ' ',
      h('mark', { class: 'hl-claim' }, 'claim sentence'),
      ' ',
      focus ? h('mark', { class: 'hl-focus' }, 'the evidence you opened') : '',
    );
    const ranges: Range[] = [];
    let focusRange =
      focus && focus.start !== null && focus.end !== null
        ? { start: focus.start, end: focus.end }
        : null;
    if (!focusRange && focus?.sentence) {
      const at = a.text.indexOf(focus.sentence);
      if (at >= 0) focusRange = { start: at, end: at + focus.sentence.length };
    }
    if (focusRange)
      ranges.push({ ...focusRange, kind: 'hl-focus', title: 'The evidence you opened' });
    for (const c of a.claims) {
      if (c.start !== null && c.end !== null && !c.rejected) {
        ranges.push({
          start: c.start,
          end: c.end,
          kind: 'hl-claim',
          title: `${c.subject.name} ${c.type} ${c.object.name}`,
        });
      }
    }
    const typeOf = new Map<string, string>();
    const terms = a.entities.flatMap((e) => {
      const title = `${e.entity.name} (${e.entity.type})`;
      typeOf.set(title, TYPE_LOOK[e.entity.type]?.color ?? '#999');
      return [e.entity.name, ...e.entity.aliases].map((term) => ({ term, title }));
    });
    ranges.push(...findTerms(a.text, terms, 'hl-mention'));
    const nodes: Node[] = layerText(a.text, ranges).map((l) => {
      if (l.kinds.length === 0) return document.createTextNode(l.text);
      const m = h('mark', { class: l.kinds.join(' '), title: l.title ?? null }, l.text);
      const colour = l.kinds.includes('hl-mention') && l.title ? typeOf.get(l.title) : undefined;
      if (colour) m.style.setProperty('--type-color', colour);
      return m;
    });
    body.replaceChildren(...nodes);
  };

  const open: OpenArticle = (id, focus) => {
    void notify
      .busy('Opening the article…', gql(ArticleDocument, { id }))
      .then((data) => {
        if (!data.article) {
          notify.warn('That article no longer exists.');
          return;
        }
        render(data.article, focus);
        if (!dialog.open) dialog.showModal();
        body.scrollTop = 0;
        body.querySelector('.hl-focus')?.scrollIntoView({ block: 'center' });
      })
      .catch((err: unknown) => notify.error(err));
  };
  return { open, dispose: () => dialog.remove() };
}
