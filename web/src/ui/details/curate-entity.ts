// Curation controls of an entity: edit its aliases, merge another entity into it.
import { MergeDocument, UpdateEntityDocument } from '../../api/generated/operations.js';
import type { EntityDetail } from '../../api/types.js';
import { h } from '../dom.js';
import { mountSearchBox } from '../search-box.js';
import type { DetailsContext } from './details-context.js';

/** The aliases line with its "Edit aliases" button; saving re-shows the entity. */
export function aliasEditor(
  e: EntityDetail,
  ctx: DetailsContext,
): { aliases: HTMLElement; edit: HTMLButtonElement } {
  const { gql, notify } = ctx.deps;
  const aliases = h(
    'p',
    { class: 'aliases' },
    e.aliases.length ? e.aliases.join(' · ') : 'no aliases',
  );
  const edit = h('button', { type: 'button', class: 'small' }, 'Edit aliases');
  edit.addEventListener('click', () => {
    const area = h(
      'textarea',
      { rows: 4, 'aria-label': 'Aliases, one per line' },
      e.aliases.join('\n'),
    );
    const save = h('button', { type: 'button', class: 'small primary' }, 'Save aliases');
    const cancel = h('button', { type: 'button', class: 'small' }, 'Cancel');
    const box = h('div', { class: 'edit-box' }, area, h('div', { class: 'row' }, save, cancel));
    aliases.replaceWith(box);
    edit.hidden = true;
    cancel.addEventListener('click', () => ctx.showEntity(e.id));
    save.addEventListener('click', () => {
      const list = [
        ...new Set(
          area.value
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ];
      void notify
        .busy('Saving aliases…', gql(UpdateEntityDocument, { id: e.id, aliases: list }))
        .then(() => {
          notify.info(`Aliases of ${e.name} saved.`);
          ctx.showEntity(e.id);
        })
        .catch((err: unknown) => notify.error(err));
    });
  });
  return { aliases, edit };
}

/** The "Merge another entity into this…" button and the search box it opens in `slot`. */
export function mergeButton(e: EntityDetail, ctx: DetailsContext, slot: HTMLElement): HTMLElement {
  const { gql, notify } = ctx.deps;
  const button = h('button', { type: 'button', class: 'small' }, 'Merge another entity into this…');
  button.addEventListener('click', () => {
    button.hidden = true;
    const box = mountSearchBox(slot, {
      gql,
      placeholder: 'Entity to merge into this one…',
      onPick: (hit) => {
        if (hit.entity.id === e.id) return notify.warn('Pick a different entity to merge.');
        const ok = confirm(
          `Merge “${hit.entity.name}” into “${e.name}”? Its aliases, mentions and relations move to ${e.name}, and “${hit.entity.name}” disappears.`,
        );
        if (!ok) return;
        void notify
          .busy('Merging…', gql(MergeDocument, { keep: e.id, merge: [hit.entity.id] }))
          .then((r) => {
            notify.info(
              `Merged “${hit.entity.name}” into “${e.name}” (${r.mergeEntities.relationsMoved} relations moved).`,
            );
            ctx.deps.changed([hit.entity.id]);
            ctx.showEntity(e.id);
          })
          .catch((err: unknown) => notify.error(err));
      },
    });
    ctx.onDispose(() => box.dispose());
  });
  return button;
}
