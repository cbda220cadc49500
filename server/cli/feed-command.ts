// `kg feed add|list|remove|poll`: subscribe to RSS/Atom feeds and load their new items in bulk.
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config/config.js';
import type { FeedPollRecord, FeedRecord } from '../db/queries/feed-queries.js';
import { createGateway } from '../db/gateway.js';
import { openDatabase } from '../runtime/open-database.js';
import { createWebSources, type WebSources } from '../sources/web-sources.js';

async function withSources<T>(run: (s: WebSources) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, (line) => console.error(line));
  try {
    return await run(createWebSources(createGateway(db.driver, { database: db.database }), config));
  } finally {
    await db.close();
  }
}

function feedLine(f: FeedRecord): string {
  const last = f.lastPoll
    ? `last poll ${f.lastPoll.at}: ${pollCounts(f.lastPoll)}`
    : 'never polled';
  return `${f.url}  ${f.title ?? '(untitled)'}  ${f.articleCount} article(s), ${last}`;
}

function pollCounts(p: FeedPollRecord): string {
  return p.error
    ? `failed ${p.error}`
    : `${p.newCount} new, ${p.unchangedCount} unchanged, ${p.refusedCount} refused`;
}

/** Human-readable lines for one feed's poll (refused items with their reasons). */
export function formatPoll(url: string, p: FeedPollRecord): string {
  const lines = [`${url}: ${pollCounts(p)}`];
  for (const i of p.items.filter((x) => x.status === 'REFUSED')) {
    lines.push(`  REFUSED ${i.url ?? i.key}: [${i.code ?? 'ERROR'}] ${i.reason ?? ''}`);
  }
  return lines.join('\n');
}

function batchOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new InvalidArgumentError('--batch must be an integer from 1 to 1000');
  }
  return n;
}

/** Registers `kg feed ...`. */
export function registerFeedCommand(program: Command): void {
  const feed = program
    .command('feed')
    .description('Subscribe to RSS 2.0 / Atom feeds and load their items');
  feed
    .command('add')
    .description('subscribe to a feed (it is fetched and parsed first)')
    .argument('<url>', 'feed URL')
    .action(async (url: string) => {
      const r = await withSources((s) => s.addFeed(url));
      console.log(
        `${r.created ? 'Added' : 'Already subscribed:'} ${r.feed.url} (${r.feed.title ?? 'untitled'}, ${r.items} item(s) now)`,
      );
    });
  feed
    .command('list')
    .description('the subscribed feeds and their last poll')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const feeds = await withSources((s) => s.feeds());
      if (opts.json) console.log(JSON.stringify(feeds, null, 2));
      else if (feeds.length === 0) console.log('No feeds; add one with `kg feed add URL`.');
      else for (const f of feeds) console.log(feedLine(f));
    });
  feed
    .command('remove')
    .description('unsubscribe (articles loaded from the feed stay)')
    .argument('<url>', 'feed URL')
    .action(async (url: string) => {
      const removed = await withSources((s) => s.removeFeed(url));
      console.log(removed ? `Removed ${url}` : `No feed ${url}`);
      if (!removed) process.exitCode = 1;
    });
  feed
    .command('poll')
    .description('fetch every feed (or those given) and load the items not seen before')
    .argument('[urls...]', 'only these feeds')
    .option('-b, --batch <n>', 'articles per write transaction', batchOption, 50)
    .option('--json', 'print the polls as JSON (no progress bar)')
    .action(async (urls: string[], opts: { batch: number; json?: boolean }) => {
      const json = opts.json === true;
      const bar =
        process.stdout.isTTY && !json
          ? new cliProgress.SingleBar(
              { format: 'poll [{bar}] {value}/{total} {feed}', hideCursor: true },
              cliProgress.Presets.shades_classic,
            )
          : null;
      let current = '';
      const polls = await withSources((s) =>
        s.pollFeeds(urls.length > 0 ? urls : undefined, {
          batchSize: opts.batch,
          onProgress: (p) => {
            if (!bar) return;
            if (p.feed !== current) {
              current = p.feed;
              bar.stop();
              bar.start(p.total, p.done, { feed: p.feed });
            } else bar.update(p.done, { feed: p.feed });
          },
        }),
      );
      bar?.stop();
      if (json) console.log(JSON.stringify(polls, null, 2));
      else if (polls.length === 0) console.log('No feeds; add one with `kg feed add URL`.');
      else for (const p of polls) console.log(formatPoll(p.url, p.poll));
      if (polls.some((p) => p.poll.error)) process.exitCode = 1;
    });
}
