// The details panel's view of a relation: its two entities and the evidence, each rejectable.
import { RELATION_TYPE_LABELS } from '../../../../schema/ontology.js';
import { RejectClaimDocument } from '../../api/generated/operations.js';
import type { RelationDetail } from '../../api/types.js';
import { fmtConf, fmtDate, h } from '../dom.js';
import type { DetailsContext } from './details-context.js';

type Evidence = RelationDetail['evidence'][number];

function rejectButton(r: RelationDetail, ev: Evidence, ctx: DetailsContext): HTMLElement {
  const { gql, notify } = ctx.deps;
  const reject = h('button', { type: 'button', class: 'small danger' }, 'Reject claim');
  reject.addEventListener('click', () => {
    if (!confirm('Reject this claim as wrong? The relation loses its support from this sentence.'))
      return;
    void notify
      .busy('Rejecting the claim…', gql(RejectClaimDocument, { id: ev.id }))
      .then(() => {
        notify.info('Claim rejected.');
        ctx.deps.changed();
        ctx.showRelation(r.id);
      })
      .catch((err: unknown) => notify.error(err));
  });
  return reject;
}

/** A badge with a claim's qualifiers ("former CEO", "20%, planned/possible"); null when none. */
function qualifierBadge(q: Evidence['qualifiers']): HTMLElement | null {
  if (!q.label) return null;
  const cls = `qualifier-badge${q.tense === 'FORMER' ? ' former' : ''}${q.modality === 'POSSIBLE' ? ' possible' : ''}`;
  return h('span', { class: cls, title: `tense ${q.tense}, ${q.modality.toLowerCase()}` }, q.label);
}

function evidenceItem(r: RelationDetail, ev: Evidence, ctx: DetailsContext): HTMLElement {
  return h(
    'li',
    { class: 'evidence-item' },
    qualifierBadge(ev.qualifiers),
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
            ctx.deps.openArticle(ev.article.id, {
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
      rejectButton(r, ev, ctx),
    ),
  );
}

/** The relation's details. */
export function relationDetails(r: RelationDetail, ctx: DetailsContext): HTMLElement {
  const entityLink = (e: { id: string; name: string }) =>
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => ctx.deps.focusEntity(e.id) },
      e.name,
    );
  return h(
    'div',
    { class: 'relation-details' },
    h(
      'h2',
      {},
      entityLink(r.source),
      h('span', { class: 'rel-label' }, ` ${RELATION_TYPE_LABELS[r.type] ?? r.type} `),
      entityLink(r.target),
    ),
    h(
      'p',
      { class: 'muted' },
      `Confidence ${fmtConf(r.confidence)} · ${r.claimCount} claim(s) in ${r.articleCount} article(s) · ${fmtDate(r.firstSeen)} → ${fmtDate(r.lastSeen)}`,
      r.qualifiers.label ? ' · ' : r.role ? ` · role: ${r.role}` : '',
      qualifierBadge(r.qualifiers),
    ),
    h('h3', {}, `Evidence (${r.evidence.length})`),
    h(
      'ol',
      { class: 'evidence' },
      r.evidence.map((ev) => evidenceItem(r, ev, ctx)),
    ),
  );
}
