// The one table of keyboard and mouse shortcuts: it feeds the key handler, toolbar hints and help.

/** What a key can make the app do. */
export type Command =
  | 'search'
  | 'expand'
  | 'collapse'
  | 'pin'
  | 'hide'
  | 'undo'
  | 'fit'
  | 'layout'
  | 'load'
  | 'library'
  | 'curation'
  | 'escape'
  | 'help';

/** A key as `KeyboardEvent.key`; `mod` means with Ctrl (or ⌘ on a Mac). */
export interface KeyBinding {
  key: string;
  mod?: boolean;
}

/** One row of the table; rows without `command` are gestures handled elsewhere (help only). */
export interface Shortcut {
  /** How the keys are shown in the help, the README and toolbar tooltips. */
  keys: string;
  description: string;
  command?: Command;
  bindings?: readonly KeyBinding[];
}

/** Every shortcut, in the order the help lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: '/', description: 'Focus the search box', command: 'search', bindings: [{ key: '/' }] },
  { keys: '↑ ↓ Enter', description: 'Move in and pick from search results' },
  { keys: 'Double-click', description: 'Expand a node' },
  {
    keys: 'Right-click',
    description: 'Node actions: expand by relation, collapse, hide, pin, focus, paths',
  },
  {
    keys: 'e',
    description: 'Expand the selected node',
    command: 'expand',
    bindings: [{ key: 'e' }],
  },
  {
    keys: 'c',
    description: 'Collapse the selected node',
    command: 'collapse',
    bindings: [{ key: 'c' }],
  },
  {
    keys: 'p',
    description: 'Pin / unpin the selected node',
    command: 'pin',
    bindings: [{ key: 'p' }],
  },
  {
    keys: 'h or Delete',
    description: 'Hide the selected node',
    command: 'hide',
    bindings: [{ key: 'h' }, { key: 'Delete' }],
  },
  {
    keys: 'u or Ctrl+Z',
    description: 'Undo the last expansion',
    command: 'undo',
    bindings: [{ key: 'u' }, { key: 'z', mod: true }],
  },
  {
    keys: 'f',
    description: 'Fit the graph to the screen',
    command: 'fit',
    bindings: [{ key: 'f' }],
  },
  {
    keys: 'l',
    description: 'Re-run the layout (pinned nodes stay)',
    command: 'layout',
    bindings: [{ key: 'l' }],
  },
  { keys: 'n', description: 'Load articles', command: 'load', bindings: [{ key: 'n' }] },
  {
    keys: 'a',
    description: 'Article library: search, open, delete articles',
    command: 'library',
    bindings: [{ key: 'a' }],
  },
  {
    keys: 'g',
    description: 'Curation log: undo merges, rejections, edits, deletions',
    command: 'curation',
    bindings: [{ key: 'g' }],
  },
  {
    keys: 'Esc',
    description: 'Clear selection and path highlight',
    command: 'escape',
    bindings: [{ key: 'Escape' }],
  },
  { keys: '?', description: 'This help', command: 'help', bindings: [{ key: '?' }] },
];

/** The modifier state of a key event (a KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The command a key press asks for, or null. Plain keys match only without Ctrl, ⌘ or Alt. */
export function commandForKey(
  press: KeyPress,
  table: readonly Shortcut[] = SHORTCUTS,
): Command | null {
  const mod = press.ctrlKey || press.metaKey;
  for (const s of table) {
    if (!s.command || !s.bindings) continue;
    for (const b of s.bindings) {
      if (b.key !== press.key) continue;
      if (b.mod ? mod : !mod && !press.altKey) return s.command;
    }
  }
  return null;
}

/** The keys shown for a command (for a toolbar tooltip), or undefined when it has none. */
export function keysFor(
  command: Command,
  table: readonly Shortcut[] = SHORTCUTS,
): string | undefined {
  return table.find((s) => s.command === command)?.keys;
}
