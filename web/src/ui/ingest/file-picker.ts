// The ingest dialog's article files: a drop zone, a file chooser, and the list of files picked.
import type { ArticleInput } from '../../api/types.js';
import { formatFromName } from '../../util/files.js';
import { h, setChildren } from '../dom.js';
import { fileRejection } from './file-rejection.js';

/** One article to send, with the name shown while it loads. */
export interface IngestItem {
  name: string;
  input: ArticleInput;
}

// A file as listed: an article to send, or a file refused with the reason shown next to it.
type Picked = { name: string; input: ArticleInput } | { name: string; reason: string };

/** The picker's elements (to place in the dialog), the files read so far, and a reset. */
export interface FilePicker {
  elements: HTMLElement[];
  items(): IngestItem[];
  /** How many listed files are refused. */
  rejected(): number;
  clear(): void;
}

/** The dialog's words when there is nothing to load. */
export function nothingToLoad(picker: FilePicker): string {
  return picker.rejected() > 0
    ? 'None of the listed files can be loaded (the reason is next to each); paste an article, add other files or give a link.'
    : 'Paste an article, add files or give a link first.';
}

/** Creates the picker; unsupported or too large files stay listed with the reason they are skipped. */
export function createFilePicker(): FilePicker {
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
  let files: Picked[] = [];

  const render = () =>
    setChildren(
      fileList,
      files.map((f, i) =>
        h(
          'li',
          'reason' in f ? { 'data-index': i, class: 'rejected' } : { 'data-index': i },
          h('span', { class: 'file-name' }, f.name),
          'reason' in f
            ? h('span', { class: 'file-status error', role: 'alert' }, `skipped: ${f.reason}`)
            : h('span', { class: 'file-status muted' }, ''),
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              onclick: () => {
                files.splice(i, 1);
                render();
              },
            },
            'remove',
          ),
        ),
      ),
    );
  const addFiles = async (list: FileList | File[]) => {
    for (const f of Array.from(list)) {
      const reason = fileRejection(f.name, f.size);
      const format = formatFromName(f.name);
      if (reason !== null || format === null) {
        files.push({ name: f.name, reason: reason ?? 'unsupported file type' });
        continue;
      }
      // No title from the file name: the title comes from the text, as with `kg ingest`.
      files.push({ name: f.name, input: { text: await f.text(), format } });
    }
    render();
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
  return {
    elements: [drop, fileInput, fileList],
    items: () => files.filter((f): f is IngestItem => 'input' in f),
    rejected: () => files.filter((f) => 'reason' in f).length,
    clear() {
      files = [];
      render();
    },
  };
}
