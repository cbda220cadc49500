// Feeds section of Load articles: list the subscribed feeds, add, remove and poll them now.
import type { Gql } from '../api/client.js';
import {
  AddFeedDocument,
  FeedsDocument,
  PollFeedsDocument,
  RemoveFeedDocument,
} from '../api/generated/operations.js';
import type { Feed } from '../api/types.js';
import { h, setChildren } from './dom.js';
import { feedName, fmtPollTime, pollSummary, pollTotals } from './feeds/feed-words.js';
import { errorWords } from './notice.js';

/** What the Feeds section needs. */
export interface FeedsPanelDeps {
  gql: Gql;
  /** Asks before removing a feed (default `window.confirm`). */
  confirm?: (question: string) => boolean;
}

/** Mounts the Feeds section into `container` and loads the feed list; returns dispose. */
export function mountFeedsPanel(container: HTMLElement, deps: FeedsPanelDeps): () => void {
  const { gql } = deps;
  const ask = deps.confirm ?? ((q: string) => window.confirm(q));
  const abort = new AbortController();
  const input = h('input', {
    name: 'feedUrl',
    type: 'url',
    placeholder: 'https://…/rss.xml (RSS or Atom feed)',
    'aria-label': 'Feed address',
  });
  const addBtn = h('button', { type: 'button', name: 'addFeed' }, 'Add feed');
  const pollBtn = h('button', { type: 'button', name: 'pollFeeds' }, 'Poll now');
  const status = h('p', { class: 'feeds-status muted', 'aria-live': 'polite' });
  const list = h('ul', { class: 'feed-list' });
  const results = h('ul', { class: 'poll-results' });
  const section = h(
    'section',
    { class: 'feeds-panel' },
    h('h3', {}, 'Feeds'),
    h('div', { class: 'row' }, input, addBtn, pollBtn),
    status,
    list,
    results,
  );
  container.append(section);

  const say = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  const busy = (on: boolean) => {
    addBtn.disabled = pollBtn.disabled = on;
    for (const b of list.querySelectorAll('button')) b.disabled = on;
  };
  // Runs one server call with the buttons disabled; its error is shown in the panel.
  const act = async (work: () => Promise<void>) => {
    busy(true);
    try {
      await work();
    } catch (err) {
      if (!abort.signal.aborted) say(errorWords(err), true);
    } finally {
      busy(false);
    }
  };

  const feedItem = (feed: Feed) => {
    const remove = h('button', { type: 'button', name: 'removeFeed' }, 'Remove');
    remove.addEventListener('click', () => {
      if (!ask(`Stop following ${feedName(feed)}? Its articles stay in the graph.`)) return;
      void act(async () => {
        const { removeFeed } = await gql(RemoveFeedDocument, { url: feed.url }, abort.signal);
        say(removeFeed ? `Removed ${feedName(feed)}.` : `${feed.url} was already removed.`);
        await refresh();
      });
    });
    return h(
      'li',
      { class: 'feed', 'data-url': feed.url },
      h(
        'div',
        { class: 'feed-name' },
        h('strong', {}, feedName(feed)),
        feed.title ? h('span', { class: 'muted' }, ` ${feed.url}`) : null,
      ),
      h(
        'div',
        { class: 'feed-poll muted' },
        `Last poll: ${fmtPollTime(feed.lastPolledAt)} · ${pollSummary(feed.lastPoll)} · ${feed.articleCount} article(s) so far`,
      ),
      remove,
    );
  };

  const refresh = async () => {
    const { feeds } = await gql(FeedsDocument, {}, abort.signal);
    setChildren(
      list,
      feeds.length ? feeds.map(feedItem) : h('li', { class: 'muted' }, 'No feeds yet.'),
    );
  };

  addBtn.addEventListener('click', () => {
    const url = input.value.trim();
    if (!url) return say('Give the address of an RSS or Atom feed first.', true);
    say(`Reading ${url}…`);
    void act(async () => {
      const { addFeed } = await gql(AddFeedDocument, { url }, abort.signal);
      input.value = '';
      say(`Following ${feedName(addFeed)}; “Poll now” loads its articles.`);
      await refresh();
    });
  });
  pollBtn.addEventListener('click', () => {
    say('Polling every feed…');
    setChildren(results);
    void act(async () => {
      const { pollFeeds } = await gql(PollFeedsDocument, {}, abort.signal);
      say(pollTotals(pollFeeds.map((r) => r.poll)));
      setChildren(
        results,
        pollFeeds.map(({ feed, poll }) =>
          h(
            'li',
            { class: poll.error ? 'error' : '', 'data-url': feed.url },
            `${feedName(feed)}: ${pollSummary(poll)}`,
          ),
        ),
      );
      await refresh();
    });
  });

  void act(refresh);
  return () => {
    abort.abort();
    section.remove();
  };
}
