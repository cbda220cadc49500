// Details of the selected entity or relation, with evidence and curation actions.
import { RELATION_TYPE_LABELS } from '../../../schema/ontology.js';
import type { Gql } from '../api/client.js';
import {
  EntityDocument,
  MergeDocument,
  RejectClaimDocument,
  RelationDocument,
  UpdateEntityDocument,
} from '../api/generated/operations.js';
import type { EntityDetail, RelationDetail } from '../api/types.js';
import { TYPE_LOOK } from '../graph/palette.js';
import { groupRelations } from '../util/group-relations.js';
import type { OpenArticle } from './article-dialog.js';
import { fmtConf, fmtDate, h, setChildren } from './dom.js';
import type { Notifier } from './notice.js';
import { mountSearchBox } from './search-box.js';

/** What the details panel needs from the app. */
export interface DetailsDeps {
  gql: Gql;
  notify: Notifier;
  openArticle: OpenArticle;
  focusEntity(id: string): void;
  expand(id: string): void;
  selectRelation(id: string): void;
  setPathEnd(which: 'from' | 'to', id: string, name: string): void;
  /** Called after a curation changed the graph (reload the view). */
  changed(removedIds?: string[]): void;
}

/** The panel's operations. */
export interface DetailsPanel {
  showEntity(id: string): Promise<void>;
  showRelation(id: string): Promise<void>;
  clear(): void;
  dispose(): void;
}

function typeBadge(type: string) {
  const look = TYPE_LOOK[type as keyof typeof TYPE_LOOK];
  return h('span', { class: 'badge', style: `--type-color:${look?.color ?? '#999'}` }, type);
}

/** Mounts the details panel into `container`. */
export function mountDetailsPanel(container: HTMLElement, deps: DetailsDeps): DetailsPanel {
  const { gql, notify } = deps;
  let cleanup: (() => void) | undefined;
  let token = 0;
  const empty = () =>
    h(
      'div',
      { class: 'details-empty' },
      h('p', {}, 'Select a node or an edge to see its details and evidence.'),
      h('p', { class: 'hint' }, 'Double-click a node to expand it; right-click for more actions.'),
    );
  const show = (...children: (Node | null)[]) => {
    cleanup?.();
    cleanup = undefined;
    setChildren(container, ...children);
    container.scrollTop = 0;
  };
  show(empty());

  const entityView = (e: EntityDetail): HTMLElement => {
    const aliases = h(
      'p',
      { class: 'aliases' },
      e.aliases.length ? e.aliases.join(' · ') : 'no aliases',
    );
    const editAliases = h('button', { type: 'button', class: 'small' }, 'Edit aliases');
    editAliases.addEventListener('click', () => {
      const area = h(
        'textarea',
        { rows: 4, 'aria-label': 'Aliases, one per line' },
        e.aliases.join('\n'),
      );
      const save = h('button', { type: 'button', class: 'small primary' }, 'Save aliases');
      const cancel = h('button', { type: 'button', class: 'small' }, 'Cancel');
      const box = h('div', { class: 'edit-box' }, area, h('div', { class: 'row' }, save, cancel));
      aliases.replaceWith(box);
      editAliases.hidden = true;
      cancel.addEventListener('click', () => void panel.showEntity(e.id));
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
            void panel.showEntity(e.id);
          })
          .catch((err: unknown) => notify.error(err));
      });
    });

    const mergeSlot = h('div', { class: 'merge-slot' });
    const mergeBtn = h(
      'button',
      { type: 'button', class: 'small' },
      'Merge another entity into this…',
    );
    mergeBtn.addEventListener('click', () => {
      mergeBtn.hidden = true;
      const box = mountSearchBox(mergeSlot, {
        gql,
        placeholder: 'Entity to merge into this one…',
        onPick: (hit) => {
          if (hit.entity.id === e.id) return notify.warn('Pick a different entity to merge.');
          const ok = confirm(
            `Merge “${hit.entity.name}” into “${e.name}”? Its aliases, mentions and relations move to ${e.name}, and “${hit.entity.name}” disappears.`,
          );
          if (!ok) return;
          void notify
            .busy(
              'Merging…',
              gql(MergeDocument, {
                keep: e.id,
                merge: [hit.entity.id],
              }),
            )
            .then((r) => {
              notify.info(
                `Merged “${hit.entity.name}” into “${e.name}” (${r.mergeEntities.relationsMoved} relations moved).`,
              );
              deps.changed([hit.entity.id]);
              void panel.showEntity(e.id);
            })
            .catch((err: unknown) => notify.error(err));
        },
      });
      cleanup = () => box.dispose();
    });

    const groups = groupRelations(e.id, e.relations).map((g) =>
      h(
        'section',
        { class: 'rel-group' },
        h('h4', {}, `${g.heading} (${g.lines.length})`),
        h(
          'ul',
          {},
          g.lines.map((l) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  title: 'Show the evidence',
                  onclick: () => deps.selectRelation(l.relation.id),
                },
                l.other.name,
              ),
              ' ',
              h(
                'span',
                { class: 'muted' },
                `${l.relation.articleCount} art. · ${fmtConf(l.relation.confidence)}`,
              ),
              l.relation.role ? h('span', { class: 'muted' }, ` · ${l.relation.role}`) : null,
            ),
          ),
        ),
      ),
    );

    return h(
      'div',
      { class: 'entity-details' },
      h('h2', {}, e.name, ' ', typeBadge(e.type)),
      aliases,
      h(
        'dl',
        { class: 'counts' },
        h('dt', {}, 'Mentions'),
        h('dd', {}, String(e.mentionCount)),
        h('dt', {}, 'Articles'),
        h('dd', {}, String(e.articleCount)),
        h('dt', {}, 'Seen'),
        h('dd', {}, `${fmtDate(e.firstSeen)} → ${fmtDate(e.lastSeen)}`),
      ),
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'button', onclick: () => deps.expand(e.id) }, 'Expand'),
        h('button', { type: 'button', onclick: () => deps.focusEntity(e.id) }, 'Focus'),
        h(
          'button',
          { type: 'button', onclick: () => deps.setPathEnd('from', e.id, e.name) },
          'Path from',
        ),
        h(
          'button',
          { type: 'button', onclick: () => deps.setPathEnd('to', e.id, e.name) },
          'Path to',
        ),
      ),
      h('h3', {}, `Relations (${e.relations.length})`),
      groups.length ? groups : h('p', { class: 'muted' }, 'No relations with the current data.'),
      h('h3', {}, `Articles (${e.articles.length})`),
      h(
        'ul',
        { class: 'articles' },
        e.articles.map((a) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => deps.openArticle(a.id) },
              a.title ?? '(untitled)',
            ),
            h(
              'span',
              { class: 'muted' },
              ` ${fmtDate(a.publishedAt)}${a.source ? ` · ${a.source}` : ''}`,
            ),
          ),
        ),
      ),
      h('h3', {}, 'Curate'),
      h('div', { class: 'actions' }, editAliases, mergeBtn),
      mergeSlot,
    );
  };

  const relationView = (r: RelationDetail): HTMLElement =>
    h(
      'div',
      { class: 'relation-details' },
      h(
        'h2',
        {},
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => deps.focusEntity(r.source.id) },
          r.source.name,
        ),
        h('span', { class: 'rel-label' }, ` ${RELATION_TYPE_LABELS[r.type] ?? r.type} `),
        h(
          'button',
          { type: 'button', class: 'link', onclick: () => deps.focusEntity(r.target.id) },
          r.target.name,
        ),
      ),
      h(
        'p',
        { class: 'muted' },
        `Confidence ${fmtConf(r.confidence)} · ${r.claimCount} claim(s) in ${r.articleCount} article(s) · ${fmtDate(r.firstSeen)} → ${fmtDate(r.lastSeen)}`,
        r.role ? ` · role: ${r.role}` : '',
      ),
      h('h3', {}, `Evidence (${r.evidence.length})`),
      h(
        'ol',
        { class: 'evidence' },
        r.evidence.map((ev) => {
          const reject = h('button', { type: 'button', class: 'small danger' }, 'Reject claim');
          reject.addEventListener('click', () => {
            if (
              !confirm(
                'Reject this claim as wrong? The relation loses its support from this sentence.',
              )
            )
              return;
            void notify
              .busy('Rejecting the claim…', gql(RejectClaimDocument, { id: ev.id }))
              .then(() => {
                notify.info('Claim rejected.');
                deps.changed();
                void panel.showRelation(r.id).catch(() => panel.clear());
              })
              .catch((err: unknown) => notify.error(err));
          });
          return h(
            'li',
            { class: 'evidence-item' },
            h('blockquote', { class: 'sentence' }, ev.sentence),
            h(
              'p',
              { class: 'source' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  title: 'Open the article with this sentence highlighted',
                  onclick: () =>
                    deps.openArticle(ev.article.id, {
                      start: ev.start,
                      end: ev.end,
                      sentence: ev.sentence,
                    }),
                },
                ev.article.title ?? '(untitled article)',
              ),
              h(
                'span',
                { class: 'muted' },
                ` · ${fmtDate(ev.article.publishedAt)}${ev.article.source ? ` · ${ev.article.source}` : ''}`,
              ),
            ),
            h(
              'p',
              { class: 'muted' },
              `confidence ${fmtConf(ev.confidence)} · ${ev.method} `,
              reject,
            ),
          );
        }),
      ),
    );

  const panel: DetailsPanel = {
    async showEntity(id) {
      const mine = ++token;
      try {
        const data = await notify.busy('Loading details…', gql(EntityDocument, { id }));
        if (mine !== token) return;
        show(
          data.entity
            ? entityView(data.entity)
            : h('p', { class: 'muted' }, 'That entity no longer exists.'),
        );
      } catch (err) {
        if (mine === token) notify.error(err);
      }
    },
    async showRelation(id) {
      const mine = ++token;
      try {
        const data = await notify.busy('Loading evidence…', gql(RelationDocument, { id }));
        if (mine !== token) return;
        show(
          data.relation
            ? relationView(data.relation)
            : h('p', { class: 'muted' }, 'That relation no longer exists.'),
        );
      } catch (err) {
        if (mine === token) notify.error(err);
      }
    },
    clear() {
      token++;
      show(empty());
    },
    dispose() {
      cleanup?.();
      container.replaceChildren();
    },
  };
  return panel;
}
