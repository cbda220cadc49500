// End-to-end: the article library (search, open, delete with confirmation) and the curation log
// (reject from the details panel, see it logged, revert, restore) in Chromium on a real server.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { resetTestDatabase } from '../setup/db.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, newTestPage } from './support/browser.js';

const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize();
  await page.screenshot({ path: resolve(SHOTS, `${name}-${size?.width}x${size?.height}.png`) });
}

/** Polls `fn` with a long timeout (curation writes take seconds on a busy machine). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 90_000, interval: 250 });
const LONG = { timeout: 90_000 };

async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.classList.contains('busy'));
}

async function statsCount(page: Page, what: string): Promise<number> {
  const text = (await page.locator('.stats').textContent()) ?? '';
  const m = new RegExp(`([\\d,]+) ${what}`).exec(text);
  return Number((m?.[1] ?? '-1').replace(/,/g, ''));
}

async function api(page: Page, query: string): Promise<Record<string, unknown>> {
  return page.evaluate(async (q) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    return ((await res.json()) as { data: Record<string, unknown> }).data;
  }, query);
}

describe.runIf(hasChromium())(
  'article library and curation log (e2e)',
  { timeout: 300_000 },
  () => {
    let server: AppServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      await resetTestDatabase();
      server = await startAppServer(inject('neo4jUri'));
      browser = await launchBrowser();
      page = await newTestPage(browser, { width: 1440, height: 900 });
      page.on('pageerror', (err) => console.error('[page error]', err.message));
      await page.goto(server.url);
      await page.waitForFunction(() =>
        /\d+ articles/.test(document.querySelector('.stats')?.textContent ?? ''),
      );
      await idle(page);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('opens the library by keyboard, searches, sorts and opens an article with its facts', async () => {
      const articles = await statsCount(page, 'articles');
      await page.keyboard.press('a');
      const rows = page.locator('.library-dialog[open] tbody tr[data-article-id]');
      await rows.first().waitFor(LONG);
      expect(await rows.count()).toBe(articles);
      await poll(() => page.locator('.library-total').textContent()).toBe(`${articles} articles`);
      await screenshot(page, 'library');

      // Sort by title: the rows come back A to Z.
      await page.locator('select[name=library-sort]').selectOption('TITLE');
      await poll(async () => {
        const titles = await page.locator('.library-open').allTextContents();
        const key = (t: string) => t.toLowerCase();
        const sorted = [...titles].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        return titles.length === articles && titles.join('|') === sorted.join('|');
      }).toBe(true);

      // Search by a word of one title: only matching rows stay.
      const title = (await page.locator('.library-open').first().textContent()) ?? '';
      const word = title.split(/\s+/).find((w) => w.length >= 5) ?? title;
      await page.locator('input[name=library-search]').fill(word);
      await poll(async () => {
        const titles = await page.locator('.library-open').allTextContents();
        return titles.length > 0 && titles.length < articles && titles.includes(title);
      }).toBe(true);

      await page.locator('.library-open', { hasText: title }).first().click();
      await page.locator('.article-dialog[open] .article-title', { hasText: title }).waitFor(LONG);
      expect(await page.locator('.article-dialog[open] mark.hl-mention').count()).toBeGreaterThan(
        0,
      );
      await page.locator('.article-dialog .close').click();
      await page.locator('input[name=library-search]').fill('');
      await poll(() => rows.count()).toBe(articles);
    });

    it('deletes an article only after confirmation; the list, counts and graph follow', async () => {
      const articles = await statsCount(page, 'articles');
      const row = page.locator('.library-dialog[open] tbody tr[data-article-id]').first();
      const id = (await row.getAttribute('data-article-id')) ?? '';
      await row.locator('.library-delete').click();
      // Cancel first: nothing is deleted.
      await page.locator('.library-confirm button', { hasText: 'Cancel' }).click();
      expect(await page.locator(`tr[data-article-id="${id}"] .library-delete`).count()).toBe(1);
      await page.locator(`tr[data-article-id="${id}"] .library-delete`).click();
      await page.locator('.library-confirm button[data-confirm=delete]').click();
      await page.locator(`tr[data-article-id="${id}"]`).waitFor({ state: 'detached', ...LONG });
      await poll(() => statsCount(page, 'articles')).toBe(articles - 1);
      await poll(() => page.locator('.library-total').textContent()).toBe(
        `${articles - 1} articles`,
      );
      const gone = await api(page, `{ article(id: "${id}") { id } }`);
      expect(gone.article).toBeNull();
      await page.locator('.library-dialog .close').click();

      // The deletion is in the curation log; reverting it brings the article back.
      await page.keyboard.press('g');
      const ev = page.locator(
        '.curation-dialog[open] .curation-events li[data-kind=DELETE_ARTICLE]',
      );
      await ev.first().waitFor(LONG);
      expect(await ev.first().locator('.curation-who').textContent()).toMatch(/^local · /);
      await ev.first().locator('.curation-revert').click();
      await ev.first().locator('.curation-reverted').waitFor(LONG);
      await poll(() => statsCount(page, 'articles')).toBe(articles);
      expect((await api(page, `{ article(id: "${id}") { id } }`)).article).toEqual({ id });
      await page.locator('.curation-dialog .close').click();
    });

    it('rejects a claim from the details panel, sees it in the log, reverts it and restores it', async () => {
      await page.keyboard.press('/');
      await page.keyboard.type('Ampere', { delay: 30 });
      await page.locator('.search-list li[role=option]').first().waitFor(LONG);
      await page.keyboard.press('Enter');
      await page.locator('.details h2').first().waitFor(LONG);
      await idle(page);
      await page.locator('.rel-group li button.link').first().click();
      const evidence = page.locator('.evidence-item');
      await evidence.first().waitFor(LONG);
      const sentence = (await evidence.first().locator('.sentence').textContent()) ?? '';
      const claims = await statsCount(page, 'claims');
      page.once('dialog', (d) => void d.accept());
      await evidence.first().locator('button', { hasText: 'Reject claim' }).click();
      await poll(() => statsCount(page, 'claims')).toBe(claims - 1);

      await page.keyboard.press('g');
      const top = page.locator('.curation-dialog[open] .curation-events li').first();
      await top.waitFor(LONG);
      await poll(() => top.getAttribute('data-kind')).toBe('REJECT_CLAIM');
      const rejected = page.locator('.curation-rejected li[data-claim-id]');
      await rejected.first().waitFor(LONG);
      expect(await rejected.first().textContent()).toContain(sentence.slice(0, 40));
      await screenshot(page, 'curation-log');

      await top.locator('.curation-revert').click();
      await top.locator('.curation-reverted').waitFor(LONG);
      await poll(() => rejected.count()).toBe(0);
      await poll(() => statsCount(page, 'claims')).toBe(claims);

      // Reject once more from the panel, then Restore from the log's rejected list.
      await page.locator('.curation-dialog .close').click();
      await evidence.first().waitFor(LONG);
      page.once('dialog', (d) => void d.accept());
      await evidence.first().locator('button', { hasText: 'Reject claim' }).click();
      await poll(() => statsCount(page, 'claims')).toBe(claims - 1);
      await page.keyboard.press('g');
      await rejected.first().waitFor(LONG);
      await rejected.first().locator('.curation-restore').click();
      await poll(() => rejected.count()).toBe(0);
      await poll(() => statsCount(page, 'claims')).toBe(claims);
      const kinds = await page
        .locator('.curation-events li')
        .evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-kind')));
      expect(kinds).toEqual(['RESTORE_CLAIM', 'REJECT_CLAIM']);
    });

    it('lays out both panels at 1024×768 too', async () => {
      await screenshot(page, 'curation-log-after-restore');
      await page.locator('.curation-dialog .close').click();
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.keyboard.press('g');
      await page.locator('.curation-dialog[open] .curation-events li').first().waitFor(LONG);
      await screenshot(page, 'curation-log');
      await page.locator('.curation-dialog .close').click();
      await page.keyboard.press('a');
      await page.locator('.library-dialog[open] tbody tr[data-article-id]').first().waitFor(LONG);
      await idle(page);
      await screenshot(page, 'library');
      // Nothing of the dialogs spills past the window.
      const overflow = await page.evaluate(() => {
        const d = document.querySelector('.library-dialog[open]')!.getBoundingClientRect();
        return d.right <= window.innerWidth && d.bottom <= window.innerHeight;
      });
      expect(overflow).toBe(true);
      await page.locator('.library-dialog .close').click();
    });
  },
);
