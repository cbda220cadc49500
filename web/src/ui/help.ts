// The keyboard-shortcuts sheet, drawn from the shortcut table.
import { h } from './dom.js';
import { SHORTCUTS } from './shortcuts.js';

/** Mounts the help dialog; returns { open, dispose }. */
export function mountHelp(): { open(): void; dispose(): void } {
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const dialog = h(
    'dialog',
    { class: 'help-dialog' },
    close,
    h('h2', {}, 'Keyboard shortcuts'),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        SHORTCUTS.map((s) =>
          h('tr', {}, h('th', {}, h('kbd', {}, s.keys)), h('td', {}, s.description)),
        ),
      ),
    ),
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  return { open: () => dialog.showModal(), dispose: () => dialog.remove() };
}
