// What each command of the shortcut table does (keys and toolbar buttons both run these).
import type { GraphView } from '../graph/graph-view.js';
import type { CommandHandlers } from '../ui/keyboard.js';
import type { GraphEdits } from './graph-edits.js';

/** The parts the commands act on. */
export interface CommandTargets {
  graph: GraphView;
  edits: GraphEdits;
  search: { focus(): void };
  ingest: { open(): void };
  help: { open(): void };
  menu: { close(): void };
  library?: { open(): void };
  curationLog?: { open(): void };
}

/** The handlers; node commands do nothing (and leave the key alone) when no node is selected. */
export function createCommands(t: CommandTargets): CommandHandlers {
  const { graph, edits } = t;
  const onSelected = (act: (id: string) => unknown) => () => {
    const id = graph.selectedNodeId();
    if (id) act(id);
    return id !== null;
  };
  return {
    search: () => t.search.focus(),
    expand: onSelected((id) => void edits.expand(id)),
    collapse: onSelected((id) => edits.collapse(id)),
    pin: onSelected((id) => graph.togglePin(id)),
    hide: onSelected((id) => graph.hide(id)),
    undo: () => edits.undo(),
    fit: () => graph.fit(),
    layout: () => void graph.relayout(),
    load: () => t.ingest.open(),
    library: () => t.library?.open(),
    curation: () => t.curationLog?.open(),
    escape: () => {
      graph.clearHighlight();
      graph.select(null);
      t.menu.close();
    },
    help: () => t.help.open(),
  };
}
