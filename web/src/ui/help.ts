// The keyboard-shortcuts sheet.
import { h } from './dom.js';

/** Shortcuts shown in the help dialog and the README. */
export const SHORTCUTS: [string, string][] = [
  ['/', 'Focus the search box'],
  ['↑ ↓ Enter', 'Move in and pick from search results'],
  ['Double-click', 'Expand a node'],
  ['Right-click', 'Node actions: expand by relation, collapse, hide, pin, paths'],
  ['e', 'Expand the selected node'],
  ['c', 'Collapse the selected node'],
  ['p', 'Pin / unpin the selected node'],
  ['h or Delete', 'Hide the selected node'],
  ['u or Ctrl+Z', 'Undo the last expansion'],
  ['f', 'Fit the graph to the screen'],
  ['l', 'Re-run the layout (pinned nodes stay)'],
  ['n', 'Load articles'],
  ['Esc', 'Clear selection and path highlight'],
  ['?', 'This help'],
];

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
        SHORTCUTS.map(([k, v]) => h('tr', {}, h('th', {}, h('kbd', {}, k)), h('td', {}, v))),
      ),
    ),
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  return { open: () => dialog.showModal(), dispose: () => dialog.remove() };
}
