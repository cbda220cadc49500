// Load articles: paste text or drop files, preview the extraction (dry run), then commit.
import { RELATION_TYPE_LABELS } from '../../../schema/ontology.js';
import type { Gql } from '../api/client.js';
import { INGEST_MUTATION } from '../api/queries.js';
import type { ArticleInput, IngestResult } from '../api/types.js';
import { formatFromName, titleFromName } from '../util/files.js';
import { fmtConf, h, setChildren } from './dom.js';
import { errorWords, type Notifier } from './notice.js';
import { mountUrlIngest } from './url-ingest.js';

/** What the ingest dialog needs. */
export interface IngestDeps {
  gql: Gql;
  notify: Notifier;
  /** Called after a commit with the entities the loaded articles mention. */
  ingested(entityIds: string[]): void;
}

interface Item {
  name: string;
  input: ArticleInput;
}

const MAX_FILE_BYTES = 2_000_000;

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
  const fileInput = h('input', {
    type: 'file',
    multiple: true,
    accept: '.txt,.md,.markdown,.html,.htm',
    hidden: true,
  });
  const fileList = h('ul', { class: 'file-list' });
  const drop = h(
    'div',
    { class: 'drop-zone', tabindex: 0, role: 'button' },
    'Drop .txt, .md or .html files here, or click to choose',
  );
  const preview = h('div', { class: 'ingest-preview', 'aria-live': 'polite' });
  const linkBox = h('div', {});
  let links: string[] = [];
  const mountLinks = () => mountUrlIngest(linkBox, { onLinks: (l) => (links = l) });
  let disposeLinks = mountLinks();
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
    drop,
    fileInput,
    fileList,
    h('div', { class: 'row actions' }, previewBtn, commitBtn),
    preview,
  );
  document.body.append(dialog);
  let files: Item[] = [];

  const renderFiles = () =>
    setChildren(
      fileList,
      files.map((f, i) =>
        h(
          'li',
          { 'data-index': i },
          h('span', { class: 'file-name' }, f.name),
          h('span', { class: 'file-status muted' }, ''),
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                files.splice(i, 1);
                renderFiles();
              },
            },
            'remove',
          ),
        ),
      ),
    );
  const addFiles = async (list: FileList | File[]) => {
    for (const f of Array.from(list)) {
      const format = formatFromName(f.name);
      if (!format) {
        notify.warn(`“${f.name}” was skipped: only .txt, .md and .html files can be loaded.`);
        continue;
      }
      if (f.size > MAX_FILE_BYTES) {
        notify.warn(`“${f.name}” was skipped: it is larger than 2 MB.`);
        continue;
      }
      const body = await f.text();
      const input: ArticleInput = { text: body, format };
      if (format !== 'html') input.title = titleFromName(f.name);
      files.push({ name: f.name, input });
    }
    renderFiles();
  };
  fileInput.addEventListener('change', () => {
    if (fileInput.files) void addFiles(fileInput.files);
    fileInput.value = '';
  });
  drop.addEventListener('click', () => fileInput.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') fileInput.click();
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) void addFiles(e.dataTransfer.files);
  });
  close.addEventListener('click', () => dialog.close());

  const items = (): Item[] => {
    const out = [...files, ...links.map((u) => ({ name: u, input: { url: u } }))];
    if (text.value.trim()) {
      const input: ArticleInput = { text: text.value };
      if (title.value.trim()) input.title = title.value.trim();
      if (url.value.trim()) input.url = url.value.trim();
      if (date.value) input.publishedAt = date.value;
      out.unshift({ name: title.value.trim() || 'Pasted text', input });
    }
    return out;
  };

  const resultView = (name: string, r: IngestResult) =>
    h(
      'section',
      { class: 'ingest-result' },
      h(
        'h3',
        {},
        `${name}: `,
        r.dryRun ? 'would add' : r.created ? 'loaded' : 'already loaded (nothing changed)',
        ` · ${r.article.language}`,
      ),
      r.warnings.length
        ? h(
            'ul',
            { class: 'warnings' },
            r.warnings.map((w) => h('li', {}, w)),
          )
        : null,
      h('h4', {}, `Entities (${r.entities.length})`),
      h(
        'ul',
        { class: 'chips' },
        r.entities.map((e) =>
          h('li', { class: 'chip', 'data-type': e.type }, `${e.name} · ${e.type}`),
        ),
      ),
      h('h4', {}, `Relations (${r.relations.length})`),
      h(
        'ul',
        { class: 'ingest-relations' },
        r.relations.map((rel) =>
          h(
            'li',
            {},
            h(
              'strong',
              {},
              `${rel.source.name} ${RELATION_TYPE_LABELS[rel.type] ?? rel.type} ${rel.target.name}`,
            ),
            h('span', { class: 'muted' }, ` ${fmtConf(rel.confidence)}`),
            h('div', { class: 'sentence' }, rel.sentence),
          ),
        ),
      ),
    );

  const run = async (dryRun: boolean) => {
    const list = items();
    if (!list.length) {
      notify.warn('Paste an article, add files or give a link first.');
      return;
    }
    previewBtn.disabled = commitBtn.disabled = true;
    const progress = h('progress', { max: list.length, value: 0 });
    const status = h('p', { class: 'muted' });
    setChildren(preview, progress, status);
    const entityIds = new Set<string>();
    let failed = 0;
    try {
      for (const [i, item] of list.entries()) {
        status.textContent = `${dryRun ? 'Previewing' : 'Loading'} ${i + 1} of ${list.length}: ${item.name}…`;
        try {
          const data = await gql<{ ingestArticle: IngestResult }>(INGEST_MUTATION, {
            input: item.input,
            dryRun,
          });
          preview.append(resultView(item.name, data.ingestArticle));
          for (const e of data.ingestArticle.entities) entityIds.add(e.id);
        } catch (err) {
          failed++;
          preview.append(h('p', { class: 'error' }, `${item.name}: ${errorWords(err)}`));
        }
        progress.value = i + 1;
      }
      const ok = list.length - failed;
      status.textContent = dryRun
        ? `Preview of ${list.length} article(s) done; nothing was saved.${failed ? ` ${failed} failed.` : ''}`
        : `${ok} of ${list.length} article(s) loaded.${failed ? ` ${failed} failed.` : ''}`;
      if (!dryRun && ok > 0) {
        files = [];
        renderFiles();
        text.value = title.value = url.value = date.value = '';
        disposeLinks();
        disposeLinks = mountLinks();
        notify.info(`${ok} article(s) loaded; their entities are now in the view.`);
        deps.ingested([...entityIds]);
      }
    } finally {
      previewBtn.disabled = commitBtn.disabled = false;
    }
  };
  previewBtn.addEventListener('click', () => void run(true));
  commitBtn.addEventListener('click', () => void run(false));

  return {
    open() {
      if (!dialog.open) dialog.showModal();
      text.focus();
    },
    dispose: () => {
      disposeLinks();
      dialog.remove();
    },
  };
}
