// The header toolbar's buttons; those with a keyboard shortcut run the same command handler.
import type { GraphView } from '../graph/graph-view.js';
import { operationText, viewOperation } from '../state/view-query.js';
import type { ViewStore } from '../state/view-store.js';
import { download } from '../ui/dom.js';
import type { CommandHandlers } from '../ui/keyboard.js';
import type { Notifier } from '../ui/notice.js';
import type { ToolbarAction } from '../ui/toolbar.js';

/** What the toolbar's buttons act on. */
export interface ToolbarDeps {
  graph: GraphView;
  store: ViewStore;
  notify: Notifier;
  commands: CommandHandlers;
  webgl: boolean;
  home(): void;
}

/** The buttons, in display order. */
export function toolbarActions(deps: ToolbarDeps): ToolbarAction[] {
  const { graph, store, notify, commands } = deps;
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      notify.info(`${what} copied to the clipboard.`);
    } catch {
      window.prompt(`Copy the ${what.toLowerCase()}:`, text);
    }
  };
  const exportJson = () => {
    const data = {
      view: store.get(),
      exportedAt: new Date().toISOString(),
      nodes: graph.cy.nodes().map((n) => ({ ...(n.data() as object), position: n.position() })),
      edges: graph.cy.edges().map((e) => e.data() as object),
    };
    download('ev-graph-view.json', JSON.stringify(data, null, 2));
  };
  const command = (id: string, label: string, title: string, name: keyof CommandHandlers) => ({
    id,
    label,
    title,
    command: name,
    run: () => void commands[name](),
  });
  return [
    { id: 'home', label: 'Overview', title: 'Back to the overview', run: () => deps.home() },
    command('load', 'Load articles', 'Paste or drop articles', 'load'),
    command('library', 'Library', 'Article library: search, open, delete', 'library'),
    command('curation', 'Curation log', 'Undo curations; restore rejected claims', 'curation'),
    command('undo', 'Undo', 'Undo the last expansion', 'undo'),
    command('layout', 'Re-layout', 'Lay out again; pinned nodes stay', 'layout'),
    command('fit', 'Fit', 'Fit to screen', 'fit'),
    { id: 'unhide', label: 'Show hidden', title: 'Show nodes you hid', run: () => graph.showAll() },
    {
      id: 'share',
      label: 'Share',
      title: 'Copy a link to this view',
      run: () => void copy(location.href, 'Link'),
    },
    {
      id: 'png',
      label: 'PNG',
      title: 'Export an image of the graph',
      run: () => download('ev-graph.png', graph.png()),
    },
    { id: 'json', label: 'JSON', title: 'Export the drawn graph as JSON', run: exportJson },
    {
      id: 'gql',
      label: 'Copy GraphQL',
      title: 'Copy the request that reproduces this view (JSON body: query and variables)',
      run: () => void copy(operationText(viewOperation(store.get())), 'GraphQL request'),
    },
    {
      id: 'webgl',
      label: deps.webgl ? 'WebGL: on' : 'WebGL: off',
      title: 'Switch the WebGL renderer (faster for thousands of nodes); reloads the page',
      run: () => {
        localStorage.setItem('kg.webgl', deps.webgl ? '0' : '1');
        location.reload();
      },
    },
    command('help', '?', 'Keyboard shortcuts', 'help'),
  ];
}
