// Dispatches key presses to commands through the shortcut table; typing and open dialogs are left alone.
import { commandForKey, type Command } from './shortcuts.js';

/** A command's handler; returning false means "not applicable now" (the key is not consumed). */
export type CommandHandlers = Record<Command, () => boolean | void>;

const isTyping = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement &&
  (t.tagName === 'INPUT' ||
    t.tagName === 'TEXTAREA' ||
    t.tagName === 'SELECT' ||
    t.isContentEditable);

/** Listens on `document`; returns dispose. */
export function bindShortcuts(handlers: CommandHandlers): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
    const command = commandForKey(e);
    if (command && handlers[command]() !== false) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
