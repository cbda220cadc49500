// The ingest dialog's article files: a drop zone, a file chooser, and the list of files picked.
import type { ArticleInput } from '../../api/types.js';
import { formatFromName, titleFromName } from '../../util/files.js';
import { h, setChildren } from '../dom.js';
import type { Notifier } from '../notice.js';

/** One article to send, with the name shown while it loads. */
export interface IngestItem {
  name: string;
  input: ArticleInput;
}

const MAX_FILE_BYTES = 2_000_000;

/** The picker's elements (to place in the dialog), the files read so far, and a reset. */
export interface FilePicker {
  elements: HTMLElement[];
  items(): IngestItem[];
  clear(): void;
}

/** Creates the picker; unsupported or too large files are skipped with a warning. */
export function createFilePicker(notify: Notifier): FilePicker {
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
  let files: IngestItem[] = [];

  const render = () =>
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
      const format = formatFromName(f.name);
      if (!format) {
        notify.warn(`“${f.name}” was skipped: only .txt, .md and .html files can be loaded.`);
        continue;
      }
      if (f.size > MAX_FILE_BYTES) {
        notify.warn(`“${f.name}” was skipped: it is larger than 2 MB.`);
        continue;
      }
      const input: ArticleInput = { text: await f.text(), format };
      if (format !== 'html') input.title = titleFromName(f.name);
      files.push({ name: f.name, input });
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
    items: () => [...files],
    clear() {
      files = [];
      render();
    },
  };
}
