// Load articles: paste text, drop files or give links, preview the extraction (dry run), then commit;
// the Feeds section below manages the subscribed feeds.
import type { Gql } from '../api/client.js';
import { describeError } from '../api/errors.js';
import { IngestManyDocument } from '../api/generated/operations.js';
import type { ArticleInput } from '../api/types.js';
import { h, setChildren } from './dom.js';
import { mountFeedsPanel } from './feeds-panel.js';
import { createFilePicker, nothingToLoad, type IngestItem } from './ingest/file-picker.js';
import { createdEntityIds, type CreatedInput } from './ingest/created-entities.js';
import { chunkInputs } from './ingest/ingest-chunks.js';
import { ingestResultView } from './ingest/ingest-result.js';
import { errorWords, type Notifier } from './notice.js';
import { mountUrlIngest } from './url-ingest.js';

// A page the server fetches (from the link box).
interface LinkItem {
  name: string;
  link: string;
}

/** What the ingest dialog needs. */
export interface IngestDeps {
  gql: Gql;
  notify: Notifier;
  /** Called after a commit with the entities the loaded articles mention, and those it created. */
  ingested(entityIds: string[], createdIds: string[]): void;
}

/** Mounts the dialog; returns { open, dispose }. */
export function mountIngestDialog(deps: IngestDeps): { open(): void; dispose(): void } {
  const { gql, notify } = deps;
  const text = h('textarea', {
    name: 'text',
    rows: 10,
    placeholder: 'Paste the article text, Markdown or HTML here…',
    'aria-label': 'Article text',
  });
  const title = h('input', { name: 'title', type: 'text', placeholder: 'Title (optional)' });
  const url = h('input', { name: 'url', type: 'url', placeholder: 'https://… (optional)' });
  const date = h('input', { name: 'publishedAt', type: 'date', 'aria-label': 'Publication date' });
  const files = createFilePicker();
  const preview = h('div', { class: 'ingest-preview', 'aria-live': 'polite' });
  const linkBox = h('div', {});
  let links: string[] = [];
  const mountLinks = () => mountUrlIngest(linkBox, { onLinks: (l) => (links = l) });
  let disposeLinks = mountLinks();
  // The Feeds section is mounted afresh at each opening, so its list is current.
  const feedsBox = h('div', {});
  let disposeFeeds = () => {};
  const previewBtn = h('button', { type: 'button', name: 'preview' }, 'Preview (dry run)');
  const commitBtn = h(
    'button',
    { type: 'button', class: 'primary', name: 'commit' },
    'Load into the graph',
  );
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const dialog = h(
    'dialog',
    { class: 'ingest-dialog' },
    close,
    h('h2', {}, 'Load articles'),
    text,
    h('div', { class: 'row' }, title, url, date),
    linkBox,
    ...files.elements,
    h('div', { class: 'row actions' }, previewBtn, commitBtn),
    preview,
    feedsBox,
  );
  document.body.append(dialog);
  close.addEventListener('click', () => dialog.close());

  // The pasted article (if any) first, then the files, then the links.
  const items = (): (IngestItem | LinkItem)[] => {
    const out: (IngestItem | LinkItem)[] = [
      ...files.items(),
      ...links.map((link) => ({ name: link, link })),
    ];
    if (text.value.trim()) {
      const input: ArticleInput = { text: text.value };
      if (title.value.trim()) input.title = title.value.trim();
      if (url.value.trim()) input.url = url.value.trim();
      if (date.value) input.publishedAt = date.value;
      out.unshift({ name: title.value.trim() || 'Pasted text', input });
    }
    return out;
  };

  const run = async (dryRun: boolean) => {
    const list = items();
    if (!list.length) {
      // Said in the dialog itself: a page notice would sit behind the modal.
      setChildren(preview, h('p', { class: 'error', role: 'alert' }, nothingToLoad(files)));
      return;
    }
    previewBtn.disabled = commitBtn.disabled = true;
    const progress = h('progress', { max: list.length, value: 0 });
    const status = h('p', { class: 'muted' });
    setChildren(preview, progress, status);
    const entityIds = new Set<string>();
    const results: CreatedInput[] = [];
    let failed = 0;
    try {
      // One ingestArticles call per chunk: the server runs them through ingestMany, and a bad
      // article is refused alone while the others of its call load.
      const inputs: ArticleInput[] = list.map((item) =>
        'link' in item ? { url: item.link } : item.input,
      );
      let done = 0;
      for (const chunk of chunkInputs(inputs)) {
        const first = list[chunk[0]!]!;
        status.textContent = `${dryRun ? 'Previewing' : 'Loading'} ${done + 1}–${done + chunk.length} of ${list.length}: ${first.name}…`;
        try {
          const { ingestArticles } = await gql(IngestManyDocument, {
            inputs: chunk.map((i) => inputs[i]!),
            dryRun,
          });
          for (const entry of ingestArticles) {
            const item = list[chunk[entry.index]!]!;
            if (entry.result) {
              preview.append(ingestResultView(item.name, entry.result));
              results.push(entry.result);
              for (const e of entry.result.entities) entityIds.add(e.id);
            } else {
              failed++;
              const words = describeError({
                message: entry.error?.message ?? '',
                extensions: { code: entry.error?.code ?? '' },
              });
              preview.append(h('p', { class: 'error' }, `${item.name}: ${words}`));
            }
          }
        } catch (err) {
          failed += chunk.length;
          for (const i of chunk)
            preview.append(h('p', { class: 'error' }, `${list[i]!.name}: ${errorWords(err)}`));
        }
        done += chunk.length;
        progress.value = done;
      }
      const ok = list.length - failed;
      status.textContent = dryRun
        ? `Preview of ${list.length} article(s) done; nothing was saved.${failed ? ` ${failed} failed.` : ''}`
        : `${ok} of ${list.length} article(s) loaded.${failed ? ` ${failed} failed.` : ''}`;
      if (!dryRun && ok > 0) {
        files.clear();
        text.value = title.value = url.value = date.value = '';
        disposeLinks();
        disposeLinks = mountLinks();
        notify.info(`${ok} article(s) loaded; their entities are now in the view.`);
        deps.ingested([...entityIds], createdEntityIds(results));
      }
    } finally {
      previewBtn.disabled = commitBtn.disabled = false;
    }
  };
  previewBtn.addEventListener('click', () => void run(true));
  commitBtn.addEventListener('click', () => void run(false));

  return {
    open() {
      if (dialog.open) return text.focus();
      disposeFeeds();
      disposeFeeds = mountFeedsPanel(feedsBox, { gql });
      dialog.showModal();
      text.focus();
    },
    dispose: () => {
      disposeLinks();
      disposeFeeds();
      dialog.remove();
    },
  };
}
