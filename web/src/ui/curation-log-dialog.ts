// The curation log: every merge, rejection, edit and deletion (newest first) with Revert, and the
// rejected claims with Restore.
import type { Gql } from '../api/client.js';
import {
  CurationLogDocument,
  RestoreClaimDocument,
  RevertCurationDocument,
  type CurationLogQuery,
} from '../api/generated/operations.js';
import type { OpenArticle } from './article-dialog.js';
import { h, setChildren } from './dom.js';
import type { Notifier } from './notice.js';

type Event = CurationLogQuery['curationEvents']['nodes'][number];
type Rejected = CurationLogQuery['rejectedClaims']['nodes'][number];

/** What the curation log needs from the app. */
export interface CurationLogDeps {
  gql: Gql;
  notify: Notifier;
  openArticle: OpenArticle;
  /** Called after a revert or a restore (the graph and counts reload). */
  changed(): void;
}

const KIND_LABELS: Record<Event['kind'], string> = {
  MERGE_ENTITIES: 'Merge',
  REJECT_CLAIM: 'Rejection',
  RESTORE_CLAIM: 'Restore',
  UPDATE_ENTITY: 'Edit',
  DELETE_ARTICLE: 'Deletion',
};

/** "2024-05-02 14:03" from an ISO timestamp (UTC). */
export function fmtWhen(iso: string): string {
  return iso.length >= 16 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso;
}

/** Mounts the dialog; returns { open, dispose }. */
export function mountCurationLogDialog(deps: CurationLogDeps): {
  open(): void;
  dispose(): void;
} {
  const { gql, notify } = deps;
  const events = h('ol', { class: 'curation-events', 'aria-label': 'Curation events' });
  const rejected = h('ul', { class: 'curation-rejected', 'aria-label': 'Rejected claims' });
  const eventsHead = h('h3', {}, 'Events');
  const rejectedHead = h('h3', {}, 'Rejected claims');
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const dialog = h(
    'dialog',
    { class: 'curation-dialog', 'aria-labelledby': 'curation-title' },
    close,
    h('h2', { id: 'curation-title' }, 'Curation log'),
    h(
      'div',
      { class: 'curation-columns' },
      h('section', { class: 'curation-col' }, eventsHead, events),
      h('section', { class: 'curation-col' }, rejectedHead, rejected),
    ),
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);

  const act = (label: string, work: () => Promise<unknown>, done: string) => {
    void notify
      .busy(label, work())
      .then(() => {
        notify.info(done);
        deps.changed();
        void load();
      })
      .catch((err: unknown) => notify.error(err));
  };

  const eventItem = (ev: Event) => {
    const revert = ev.revertedAt
      ? h(
          'span',
          { class: 'curation-reverted' },
          `reverted by ${ev.revertedBy ?? '?'} · ${fmtWhen(ev.revertedAt)}`,
        )
      : h('button', { type: 'button', class: 'curation-revert' }, 'Revert');
    if (revert instanceof HTMLButtonElement) {
      revert.addEventListener('click', () =>
        act(
          'Reverting…',
          () => gql(RevertCurationDocument, { id: ev.id }),
          `Reverted: ${ev.summary}.`,
        ),
      );
    }
    return h(
      'li',
      { 'data-event-id': ev.id, 'data-kind': ev.kind, class: ev.revertedAt ? 'is-reverted' : '' },
      h(
        'div',
        { class: 'curation-line' },
        h('span', { class: `curation-kind kind-${ev.kind.toLowerCase()}` }, KIND_LABELS[ev.kind]),
        h('span', { class: 'curation-who' }, `${ev.actor} · ${fmtWhen(ev.at)}`),
        revert,
      ),
      h('div', { class: 'curation-summary' }, ev.summary),
    );
  };

  const rejectedItem = (r: Rejected) => {
    const c = r.claim;
    const restore = h('button', { type: 'button', class: 'curation-restore' }, 'Restore');
    restore.addEventListener('click', () =>
      act(
        'Restoring the claim…',
        () => gql(RestoreClaimDocument, { id: c.id }),
        `Restored: ${c.subject.name} ${c.type} ${c.object.name}.`,
      ),
    );
    const source = h(
      'button',
      { type: 'button', class: 'link' },
      c.article.title ?? '(untitled article)',
    );
    source.addEventListener('click', () =>
      deps.openArticle(c.article.id, { start: null, end: null, sentence: c.sentence }),
    );
    return h(
      'li',
      { 'data-claim-id': c.id },
      h(
        'div',
        { class: 'curation-line' },
        h('strong', {}, `${c.subject.name} `),
        h('span', { class: 'curation-type' }, c.type),
        h('strong', {}, ` ${c.object.name}`),
        restore,
      ),
      h('div', { class: 'curation-summary' }, `“${c.sentence}”`),
      h(
        'div',
        { class: 'curation-who' },
        r.rejectedReason === 'merged-self-loop' ? 'rejected by a merge · ' : '',
        r.rejectedAt ? `${fmtWhen(r.rejectedAt)} · ` : '',
        source,
      ),
    );
  };

  async function load(): Promise<void> {
    try {
      const data = await gql(CurationLogDocument, { first: 100 });
      const ev = data.curationEvents;
      const rj = data.rejectedClaims;
      setChildren(eventsHead, `Events (${ev.totalCount})`);
      setChildren(rejectedHead, `Rejected claims (${rj.totalCount})`);
      setChildren(
        events,
        ev.nodes.length
          ? ev.nodes.map(eventItem)
          : h(
              'li',
              { class: 'muted' },
              'No curation yet: merges, rejections, edits and deletions show here.',
            ),
      );
      setChildren(
        rejected,
        rj.nodes.length
          ? rj.nodes.map(rejectedItem)
          : h('li', { class: 'muted' }, 'No rejected claim.'),
      );
    } catch (err) {
      notify.error(err);
    }
  }

  return {
    open: () => {
      // Never show a stale list while the fresh one loads.
      setChildren(events, h('li', { class: 'muted' }, 'Loading…'));
      setChildren(rejected);
      if (!dialog.open) dialog.showModal();
      close.focus();
      void load();
    },
    dispose: () => dialog.remove(),
  };
}
