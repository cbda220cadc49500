// End-to-end: the web explorer in headless Chromium against the real server on a real Neo4j.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { resetTestDatabase } from '../setup/db.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, newTestPage, shot } from './support/browser.js';

/** The app starts with the sample articles of seed/articles/ loaded. */
const SEED_ARTICLES = readdirSync(
  join(resolve(import.meta.dirname, '..', '..'), 'seed', 'articles'),
).filter((f) => /\.(txt|md|markdown|html?)$/.test(f)).length;

interface NodeInfo {
  id: string;
  label: string;
  visible: boolean;
}
interface EdgeInfo {
  id: string;
  source: string;
  target: string;
}

const NEW_ARTICLE = `Northvolt signs battery deal with Volvo Cars

Stockholm, 12 March 2025 — Northvolt, the Swedish battery maker, will supply battery cells to Volvo Cars from its gigafactory in Skellefteå.
The agreement runs for five years. Northvolt's chief executive said the contract secures the Skellefteå plant's output.
`;

const XSS_ARTICLE = `XSS probe: Stellantis and the markup test

Stellantis published a statement. <script>window.__xss = 'script'</script>
The text also contains <img src="nope" onerror="window.__xss = 'img'"> an image tag.
And a link: <a href="javascript:window.__xss='link'">click me</a> that must stay text.
Stellantis said the plan is on track.
`;

async function nodes(page: Page): Promise<NodeInfo[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
    return cy
      .nodes()
      .map((n) => ({ id: n.id(), label: String(n.data('label')), visible: n.visible() }));
  });
}
async function edges(page: Page): Promise<EdgeInfo[]> {
  return page.evaluate(() => {
    const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
    return cy
      .edges()
      .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  });
}
async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const k = (window as unknown as { kgExplorer?: { cy: Core } }).kgExplorer;
    return !!k && k.cy.nodes().length > 0 && !document.body.classList.contains('busy');
  });
}
async function searchAndPick(page: Page, text: string, name: string): Promise<void> {
  await page.keyboard.press('/');
  await page.keyboard.type(text, { delay: 30 });
  await page.locator('.search-list li[role=option]', { hasText: name }).first().waitFor();
  // Keyboard navigation: the first hit is active; move to the one named exactly.
  const labels = await page.locator('.search-list li[role=option] .hit-name').allTextContents();
  const index = Math.max(0, labels.indexOf(name));
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('.details h2', { hasText: name }).first().waitFor();
  await waitForGraph(page);
}

describe.runIf(hasChromium())('web explorer (e2e)', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  let sharedUrl = '';

  beforeAll(async () => {
    await resetTestDatabase();
    server = await startAppServer(inject('neo4jUri'));
    browser = await launchBrowser();
    page = await newTestPage(browser);
    page.on('pageerror', (err) => console.error('[page error]', err.message));
    await page.goto(server.url);
    await waitForGraph(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on an overview with stats in the header', async () => {
    await page.waitForFunction(() =>
      /entities/.test(document.querySelector('.stats')?.textContent ?? ''),
    );
    expect((await nodes(page)).length).toBeGreaterThan(1);
    await shot(page, '01-overview');
  });

  it('publishes the test hook only to pages opened by a test', async () => {
    const plain = await browser.newPage();
    try {
      await plain.goto(server.url);
      await plain.waitForFunction(() =>
        /entities/.test(document.querySelector('.stats')?.textContent ?? ''),
      );
      expect(await plain.evaluate(() => 'kgExplorer' in window)).toBe(false);
      expect(await page.evaluate(() => 'kgExplorer' in window)).toBe(true);
    } finally {
      await plain.close();
    }
  });

  it('searches "Ampere", selects it and shows the edge to Renault', async () => {
    await searchAndPick(page, 'Ampere', 'Ampere');
    const all = await nodes(page);
    const ampere = all.find((n) => n.label === 'Ampere');
    const renault = all.find((n) => n.label === 'Renault');
    expect(ampere).toBeDefined();
    expect(renault).toBeDefined();
    const link = (await edges(page)).find(
      (e) =>
        (e.source === ampere?.id && e.target === renault?.id) ||
        (e.source === renault?.id && e.target === ampere?.id),
    );
    expect(link).toBeDefined();
    expect(page.url()).toContain('focus=');
    await shot(page, '02-ampere-selected');
  });

  it('opens the evidence of Ampere → Renault and reads the sentence and the article', async () => {
    await page
      .locator('.rel-group li button.link', { hasText: /^Renault$/ })
      .first()
      .click();
    const sentence = page.locator('.evidence-item .sentence').first();
    await sentence.waitFor();
    const text = (await sentence.textContent()) ?? '';
    // The founding article states it as "Renault … sa filiale" (resolved to Ampere by the extractor).
    expect(text).toMatch(/Renault/);
    expect(text.length).toBeGreaterThan(30);
    await shot(page, '03-evidence');
    await page.locator('.evidence-item .source button.link').first().click();
    const focus = page.locator('.article-dialog[open] mark.hl-focus').first();
    await focus.waitFor();
    expect(((await focus.textContent()) ?? '').length).toBeGreaterThan(10);
    expect(await page.locator('.article-dialog[open] mark.hl-mention').count()).toBeGreaterThan(2);
    await shot(page, '04-article-highlighted');
    await page.locator('.article-dialog .close').click();
  });

  it('loads a new article through the UI and shows its new entity', async () => {
    expect((await nodes(page)).some((n) => n.label === 'Northvolt')).toBe(false);
    await page.locator('[data-action=load]').click();
    await page.locator('.ingest-dialog textarea[name=text]').fill(NEW_ARTICLE);
    await page
      .locator('.ingest-dialog input[name=title]')
      .fill('Northvolt signs battery deal with Volvo Cars');
    await page.locator('.ingest-dialog input[name=publishedAt]').fill('2025-03-12');
    await page.locator('.ingest-dialog button[name=preview]').click();
    await page.locator('.ingest-result h3', { hasText: 'would add' }).waitFor();
    expect(
      await page.locator('.ingest-result .chip', { hasText: 'Northvolt' }).count(),
    ).toBeGreaterThan(0);
    await shot(page, '05-ingest-preview');
    await page.locator('.ingest-dialog button[name=commit]').click();
    await page.locator('.ingest-result h3', { hasText: 'loaded' }).waitFor();
    await page.locator('.ingest-dialog .close').click();
    await page.waitForFunction(() => {
      const cy = (window as unknown as { kgExplorer: { cy: Core } }).kgExplorer.cy;
      return cy.nodes().some((n) => n.data('label') === 'Northvolt');
    });
    await page.waitForFunction(
      (n) =>
        new RegExp(`\\b${n} articles`).test(document.querySelector('.stats')?.textContent ?? ''),
      SEED_ARTICLES + 1,
    );
    await shot(page, '06-new-entity');
  });

  it('shows an article containing markup as text, running nothing', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }`,
        variables: {
          input: {
            text: XSS_ARTICLE,
            title: 'XSS probe article',
            format: 'text',
            publishedAt: '2025-01-02',
          },
        },
      }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    await searchAndPick(page, 'Stellantis', 'Stellantis');
    await page
      .locator('.entity-details .articles button.link', { hasText: 'XSS probe' })
      .first()
      .click();
    const text = page.locator('.article-dialog[open] .article-text');
    await text.waitFor();
    await page.waitForTimeout(300);
    const shown = (await text.textContent()) ?? '';
    expect(shown).toContain('<script>');
    expect(shown).toContain('onerror=');
    expect(shown).toContain('javascript:');
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: string }).__xss),
    ).toBeUndefined();
    expect(
      await page
        .locator(
          '.article-dialog script, .article-dialog img, .article-dialog a[href^="javascript"]',
        )
        .count(),
    ).toBe(0);
    await shot(page, '07-markup-as-text');
    await page.locator('.article-dialog .close').click();
  });

  it('reopens the same view from a shared URL', async () => {
    await searchAndPick(page, 'Ampere', 'Ampere');
    // Hide people via the legend and raise the minimum confidence: both go into the URL.
    await page.locator('.legend-item[data-type=Person]').click();
    sharedUrl = page.url();
    expect(sharedUrl).toMatch(/types=/);
    const before = (await nodes(page))
      .filter((n) => n.visible)
      .map((n) => n.id)
      .sort();
    const other = await newTestPage(browser);
    try {
      await other.goto(sharedUrl);
      await waitForGraph(other);
      await other.locator('.details h2', { hasText: 'Ampere' }).first().waitFor();
      const after = (await nodes(other))
        .filter((n) => n.visible)
        .map((n) => n.id)
        .sort();
      expect(after).toEqual(before);
      expect(
        await other.locator('.legend-item[data-type=Person]').getAttribute('aria-pressed'),
      ).toBe('false');
      await shot(other, '08-shared-url');
    } finally {
      await other.close();
    }
  });
});
