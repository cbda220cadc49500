// The details panel's view of an entity: counts, relations by type, articles and curation.
import type { EntityDetail } from '../../api/types.js';
import { TYPE_LOOK } from '../../graph/palette.js';
import { groupRelations } from '../../util/group-relations.js';
import { fmtConf, fmtDate, h } from '../dom.js';
import { aliasEditor, mergeButton } from './curate-entity.js';
import type { DetailsContext } from './details-context.js';

/** A coloured badge for an entity type. */
export function typeBadge(type: string): HTMLElement {
  const look = TYPE_LOOK[type as keyof typeof TYPE_LOOK];
  return h('span', { class: 'badge', style: `--type-color:${look?.color ?? '#999'}` }, type);
}

function relationGroups(e: EntityDetail, ctx: DetailsContext): HTMLElement[] {
  return groupRelations(e.id, e.relations).map((g) =>
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
                onclick: () => ctx.deps.selectRelation(l.relation.id),
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
}

/** The entity's details. */
export function entityDetails(e: EntityDetail, ctx: DetailsContext): HTMLElement {
  const { deps } = ctx;
  const { aliases, edit } = aliasEditor(e, ctx);
  const mergeSlot = h('div', { class: 'merge-slot' });
  const groups = relationGroups(e, ctx);
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
    h('div', { class: 'actions' }, edit, mergeButton(e, ctx, mergeSlot)),
    mergeSlot,
  );
}
