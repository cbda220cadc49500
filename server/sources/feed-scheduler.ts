// Optional timer in the server that polls every feed each KG_FEED_POLL_MINUTES (off when 0).
import type { WebSources } from './web-sources.js';

/** Starts polling every `minutes` (never two polls at once); returns a stop function. */
export function startFeedPolling(
  sources: WebSources,
  minutes: number,
  log: (line: string) => void = console.log,
): () => void {
  if (minutes <= 0) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const polls = await sources.pollFeeds();
      const created = polls.reduce((n, p) => n + p.poll.newCount, 0);
      const failed = polls.filter((p) => p.poll.error).length;
      log(
        `feeds polled: ${polls.length} feed(s), ${created} new article(s), ${failed} feed(s) failed`,
      );
    } catch (err) {
      log(`feed poll failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
