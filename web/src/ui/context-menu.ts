// A small keyboard-accessible context menu; an item may open a sub-list in place.
import { h, setChildren } from './dom.js';

/** One menu entry: an action, or a list of sub-entries shown in place. */
export interface MenuItem {
  label: string;
  action?: () => void;
  items?: MenuItem[];
}

/** Mounts the menu host; returns { open, close, dispose }. */
export function mountContextMenu(): {
  open(at: { x: number; y: number }, items: MenuItem[]): void;
  close(): void;
  dispose(): void;
} {
  const menu = h('ul', { class: 'context-menu', role: 'menu', hidden: true });
  document.body.append(menu);
  const close = () => {
    menu.hidden = true;
  };
  const fill = (items: MenuItem[]) => {
    setChildren(
      menu,
      items.map((it) =>
        h(
          'li',
          { role: 'none' },
          h(
            'button',
            {
              type: 'button',
              role: 'menuitem',
              onclick: () => {
                if (it.items) return fill(it.items);
                close();
                it.action?.();
              },
            },
            it.items ? `${it.label} ▸` : it.label,
          ),
        ),
      ),
    );
    menu.querySelector('button')?.focus();
  };
  const onDown = (e: Event) => {
    if (!menu.contains(e.target as Node)) close();
  };
  const onKey = (e: KeyboardEvent) => {
    if (menu.hidden) return;
    if (e.key === 'Escape') close();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const buttons = [...menu.querySelectorAll('button')];
      const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
      buttons[(i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
    }
  };
  document.addEventListener('mousedown', onDown);
  document.addEventListener('keydown', onKey);
  return {
    open(at, items) {
      fill(items);
      menu.hidden = false;
      const w = menu.offsetWidth;
      const hgt = menu.offsetHeight;
      menu.style.left = `${Math.min(at.x, innerWidth - w - 8)}px`;
      menu.style.top = `${Math.min(at.y, innerHeight - hgt - 8)}px`;
    },
    close,
    dispose() {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
      menu.remove();
    },
  };
}
