// End-to-end: an article loaded by link from the Load articles dialog, in Chromium, from a page
// served on 127.0.0.1 (the server's private-address guard opened with KG_FETCH_ALLOW_PRIVATE).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { testDriver } from '../setup/db.js';
import { page as sitePage, type TestSite } from '../setup/site-server.js';
import { hasChromium, shot } from './support/browser.js';
import { openLoopbackApp, type LoopbackApp } from './support/loopback-app.js';

const driver = testDriver();

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Ampere adds a shift</title></head>
<body><article><h1>Ampere adds a shift</h1>
<p>Ampere, the electric vehicle subsidiary of Renault, will add a night shift at its Douai plant.</p>
<p>The plant builds the Renault 5 for European buyers, the company said.</p></article></body></html>`;

describe.runIf(hasChromium())('loading an article by link in the web app', () => {
  let app: LoopbackApp | undefined;
  let site: TestSite;
  let page: Page;

  beforeAll(async () => {
    app = await openLoopbackApp(driver, {
      '/ampere-shift': sitePage(ARTICLE, 'text/html; charset=utf-8'),
    });
    ({ site, page } = app);
  });
  afterAll(async () => {
    await app?.close();
    await driver.close();
  });

  it('flags a line that is not a link, previews, then loads the page with its URL', async () => {
    await page.locator('[data-action=load]').click();
    const box = page.locator('.ingest-dialog textarea[name=urls]');
    await box.fill(`${site.url('/ampere-shift')}\nnot a link`);
    await page.locator('.ingest-dialog .url-hint.error', { hasText: 'not a link' }).waitFor();
    await box.fill(site.url('/ampere-shift'));
    await page.locator('.ingest-dialog .url-hint', { hasText: '1 link(s)' }).waitFor();

    await page.locator('.ingest-dialog button[name=preview]').click();
    await page.locator('.ingest-dialog .ingest-result h3', { hasText: 'would add' }).waitFor();
    const chips = await page.locator('.ingest-dialog .ingest-result .chip').allTextContents();
    expect(chips.some((c) => c.startsWith('Renault ·'))).toBe(true);
    await shot(page, 'url-ingest-preview');

    await page.locator('.ingest-dialog button[name=commit]').click();
    await page.locator('.ingest-dialog p', { hasText: '1 of 1 article(s) loaded' }).waitFor();
    await shot(page, 'url-ingest-loaded');
    const stored = await driver.executeQuery(
      'MATCH (a:Article {url: $url}) RETURN a.title AS title',
      { url: site.url('/ampere-shift') },
    );
    expect(stored.records.map((r) => r.get('title') as string)).toEqual(['Ampere adds a shift']);
    expect(await box.inputValue()).toBe('');
  });
});
