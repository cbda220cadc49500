// The article library: every loaded article with its counts; search, sort, open, delete (confirmed).
import type { Gql } from '../api/client.js';
import {
  ArticleLibraryDocument,
  DeleteArticleDocument,
  type ArticleLibraryQuery,
  type ArticleSort,
} from '../api/generated/operations.js';
import type { OpenArticle } from './article-dialog.js';
import { fmtDate, h, setChildren } from './dom.js';
import type { Notifier } from './notice.js';

type Item = ArticleLibraryQuery['articleLibrary']['items'][number];

/** What the library needs from the app. */
export interface LibraryDeps {
  gql: Gql;
  notify: Notifier;
  openArticle: OpenArticle;
  /** Called after an article was deleted (the graph and counts reload). */
  changed(): void;
}

const SORTS: [ArticleSort, string][] = [
  ['NEWEST', 'Newest first'],
  ['OLDEST', 'Oldest first'],
  ['TITLE', 'Title A–Z'],
  ['ENTITIES', 'Most entities'],
  ['CLAIMS', 'Most claims'],
];

const PAGE = 50;

/** Mounts the library dialog; returns { open, dispose }. */
export function mountLibraryDialog(deps: LibraryDeps): { open(): void; dispose(): void } {
  const { gql, notify } = deps;
  const search = h('input', {
    type: 'search',
    name: 'library-search',
    placeholder: 'Search titles and sources…',
    'aria-label': 'Search articles by title or source',
  });
  const sort = h(
    'select',
    { name: 'library-sort', 'aria-label': 'Sort articles' },
    ...SORTS.map(([value, label]) => h('option', { value }, label)),
  );
  const total = h('span', { class: 'library-total', 'aria-live': 'polite' });
  const rows = h('tbody');
  const more = h('button', { type: 'button', class: 'library-more', hidden: true }, 'Show more');
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const table = h(
    'table',
    { class: 'library-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Title'),
        h('th', { scope: 'col' }, 'Date'),
        h('th', { scope: 'col' }, 'Source'),
        h('th', { scope: 'col' }, 'Lang'),
        h('th', { scope: 'col', class: 'num', title: 'Entities mentioned' }, 'Entities'),
        h('th', { scope: 'col', class: 'num', title: 'Claims (rejected ones apart)' }, 'Claims'),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, 'Actions')),
      ),
    ),
    rows,
  );
  const dialog = h(
    'dialog',
    { class: 'library-dialog', 'aria-labelledby': 'library-title' },
    close,
    h('h2', { id: 'library-title' }, 'Article library'),
    h('div', { class: 'library-controls' }, search, sort, total),
    h('div', { class: 'library-scroll' }, table, more),
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);

  let after: string | null = null;
  let request = 0;

  const confirmRow = (tr: HTMLTableRowElement, item: Item) => {
    const name = item.article.title ?? item.article.id;
    const yes = h(
      'button',
      { type: 'button', class: 'danger', 'data-confirm': 'delete' },
      'Delete',
    );
    const no = h('button', { type: 'button' }, 'Cancel');
    const cell = h(
      'td',
      { colspan: 7, class: 'library-confirm' },
      `Delete “${name}” with its ${item.claimCount} claims? Relations only it supports go too; `,
      'the curation log can undo it. ',
      yes,
      ' ',
      no,
    );
    const original = [...tr.children];
    tr.replaceChildren(cell);
    no.addEventListener('click', () => tr.replaceChildren(...original));
    yes.addEventListener('click', () => {
      void notify
        .busy('Deleting the article…', gql(DeleteArticleDocument, { id: item.article.id }))
        .then((r) => {
          notify.info(
            r.deleteArticle.deleted
              ? `Deleted “${name}” (${r.deleteArticle.relationsRemoved} relations removed).`
              : 'That article was already gone.',
          );
          deps.changed();
          void load(true);
        })
        .catch((err: unknown) => notify.error(err));
    });
    yes.focus();
  };

  const row = (item: Item) => {
    const a = item.article;
    const open = h(
      'button',
      { type: 'button', class: 'link library-open', title: 'Open the article with its facts' },
      a.title ?? '(untitled article)',
    );
    open.addEventListener('click', () => deps.openArticle(a.id));
    const del = h(
      'button',
      { type: 'button', class: 'library-delete', 'aria-label': `Delete ${a.title ?? a.id}` },
      'Delete',
    );
    const tr = h(
      'tr',
      { 'data-article-id': a.id },
      h('td', { class: 'library-title-cell' }, open),
      h('td', { class: 'nowrap' }, fmtDate(a.publishedAt)),
      h('td', {}, a.source ?? '—'),
      h('td', {}, a.language),
      h('td', { class: 'num' }, String(item.entityCount)),
      h(
        'td',
        { class: 'num' },
        String(item.claimCount),
        item.rejectedClaimCount ? h('small', {}, ` (+${item.rejectedClaimCount} rejected)`) : '',
      ),
      h('td', {}, del),
    );
    del.addEventListener('click', () => confirmRow(tr, item));
    return tr;
  };

  async function load(reset: boolean): Promise<void> {
    const mine = ++request;
    if (reset) after = null;
    try {
      const data = await gql(ArticleLibraryDocument, {
        text: search.value.trim() || null,
        sort: sort.value as ArticleSort,
        first: PAGE,
        after,
      });
      if (mine !== request) return;
      const page = data.articleLibrary;
      const list = page.items.map(row);
      if (reset) rows.replaceChildren(...list);
      else rows.append(...list);
      if (page.totalCount === 0) {
        rows.replaceChildren(
          h('tr', {}, h('td', { colspan: 7, class: 'muted' }, 'No article matches.')),
        );
      }
      after = page.pageInfo.endCursor;
      more.hidden = !page.pageInfo.hasNextPage;
      setChildren(total, `${page.totalCount} article${page.totalCount === 1 ? '' : 's'}`);
    } catch (err) {
      notify.error(err);
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(true), 250);
  });
  sort.addEventListener('change', () => void load(true));
  more.addEventListener('click', () => void load(false));

  return {
    open: () => {
      if (!dialog.open) dialog.showModal();
      search.focus();
      void load(true);
    },
    dispose: () => {
      clearTimeout(timer);
      dialog.remove();
    },
  };
}
