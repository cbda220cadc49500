// Header toolbar buttons (actions are supplied by the app).
import { h } from './dom.js';
import { keysFor, type Command } from './shortcuts.js';

/** One toolbar button; the keys of its `command` (from the shortcut table) go in its tooltip. */
export interface ToolbarAction {
  id: string;
  label: string;
  title: string;
  command?: Command;
  run(): void;
}

/** Mounts the toolbar; the GraphiQL link's href is kept current by `setGraphiql`. */
export function mountToolbar(
  container: HTMLElement,
  actions: ToolbarAction[],
): { setGraphiql(href: string): void; dispose(): void } {
  const link = h(
    'a',
    {
      class: 'button',
      target: '_blank',
      rel: 'noopener',
      title: 'Open this view’s query in GraphiQL',
    },
    'GraphiQL ↗',
  );
  container.append(
    ...actions.map((a) => {
      const keys = a.command && keysFor(a.command);
      return h(
        'button',
        {
          type: 'button',
          'data-action': a.id,
          title: keys ? `${a.title} (${keys})` : a.title,
          onclick: () => a.run(),
        },
        a.label,
      );
    }),
    link,
  );
  return {
    setGraphiql: (href) => link.setAttribute('href', href),
    dispose: () => container.replaceChildren(),
  };
}
