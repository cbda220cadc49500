// End-to-end: the Feeds section of Load articles in Chromium, with an RSS feed and its article page
// served on 127.0.0.1 by the test (the server's private-address guard opened with KG_FETCH_ALLOW_PRIVATE).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { testDriver } from '../setup/db.js';
import { page as sitePage, type TestSite } from '../setup/site-server.js';
import { hasChromium, shot } from './support/browser.js';
import { openLoopbackApp, type LoopbackApp } from './support/loopback-app.js';

const driver = testDriver();

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Verkor hires in Dunkirk</title></head>
<body><article><h1>Verkor hires in Dunkirk</h1>
<p>Verkor, the French battery maker, is hiring two hundred technicians for its Dunkirk gigafactory.</p>
<p>The cells made there will go to Renault, the company said on Monday.</p></article></body></html>`;

function rss(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Cell makers wire</title><link>${origin}/</link>
<description>Test wire</description>
<item><title>Verkor hires in Dunkirk</title><link>${origin}/news/verkor</link><guid>verkor-1</guid>
<pubDate>Mon, 04 May 2026 08:00:00 GMT</pubDate></item>
</channel></rss>`;
}

describe.runIf(hasChromium())('the Feeds section of Load articles', () => {
  let app: LoopbackApp | undefined;
  let site: TestSite;
  let page: Page;

  beforeAll(async () => {
    app = await openLoopbackApp(
      driver,
      {
        '/news/verkor': sitePage(ARTICLE, 'text/html; charset=utf-8'),
        '/not-a-feed': sitePage(ARTICLE, 'text/html; charset=utf-8'),
      },
      (s) => s.routes.set('/wire.xml', sitePage(rss(s.origin), 'application/rss+xml')),
    );
    ({ site, page } = app);
  });
  afterAll(async () => {
    await app?.close();
    await driver.close();
  });

  it('refuses a page that is not a feed, adds a feed, polls it and removes it', async () => {
    await page.locator('[data-action=load]').click();
    const panel = page.locator('.ingest-dialog .feeds-panel');
    await panel.locator('.feed-list li', { hasText: 'No feeds yet.' }).waitFor();
    const input = panel.locator('input[name=feedUrl]');

    await input.fill(site.url('/not-a-feed'));
    await panel.locator('button[name=addFeed]').click();
    await panel.locator('.feeds-status.error', { hasText: 'not an RSS or Atom feed' }).waitFor();

    await input.fill(site.url('/wire.xml'));
    await panel.locator('button[name=addFeed]').click();
    const item = panel.locator(`li.feed[data-url="${site.url('/wire.xml')}"]`);
    await item.locator('.feed-name', { hasText: 'Cell makers wire' }).waitFor();
    expect(await item.locator('.feed-poll').textContent()).toContain(
      'Last poll: never · not polled yet · 0 article(s) so far',
    );
    expect(await input.inputValue()).toBe('');

    await panel.locator('button[name=pollFeeds]').click();
    await panel
      .locator('.feeds-status', { hasText: 'Polled 1 feed(s): 1 new article(s).' })
      .waitFor();
    expect(await panel.locator('.poll-results li').allTextContents()).toEqual([
      'Cell makers wire: 1 new, 0 unchanged, 0 refused',
    ]);
    await item.locator('.feed-poll', { hasText: '1 article(s) so far' }).waitFor();
    expect(await item.locator('.feed-poll').textContent()).toMatch(
      /^Last poll: \d{4}-\d\d-\d\d \d\d:\d\d UTC · 1 new, 0 unchanged, 0 refused · 1 article\(s\) so far$/,
    );
    const stored = await driver.executeQuery(
      'MATCH (:Feed {url: $feed})-[:FED]->(a:Article) RETURN a.url AS url',
      { feed: site.url('/wire.xml') },
    );
    expect(stored.records.map((r) => r.get('url') as string)).toEqual([site.url('/news/verkor')]);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, 'feeds-panel');

    // Remove asks first (the browser's confirm), then the list is empty again.
    page.once('dialog', (d) => {
      expect(d.message()).toContain('Stop following Cell makers wire?');
      void d.accept();
    });
    await item.locator('button[name=removeFeed]').click();
    await panel.locator('.feeds-status', { hasText: 'Removed Cell makers wire.' }).waitFor();
    await panel.locator('.feed-list li', { hasText: 'No feeds yet.' }).waitFor();
    const left = await driver.executeQuery('MATCH (f:Feed) RETURN f.url AS url');
    expect(left.records).toEqual([]);
    const kept = await driver.executeQuery('MATCH (a:Article {url: $url}) RETURN a.url AS url', {
      url: site.url('/news/verkor'),
    });
    expect(kept.records).toHaveLength(1);
  });
});
