// End-to-end: bad files dropped into "Load articles" are refused in words and change nothing.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { graphCounts, resetDatabase, testDriver } from '../setup/db.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, shot } from './support/browser.js';

const driver = testDriver();

describe.runIf(hasChromium())('loading bad articles in the web app', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await resetDatabase(driver);
    server = await startAppServer(inject('neo4jUri'));
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() =>
      /entities/.test(document.querySelector('.stats')?.textContent ?? ''),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await driver.close();
  });

  it('shows an error in words for each bad file and writes nothing', async () => {
    const before = await graphCounts(driver);
    await page.locator('[data-action=load]').click();
    await page.locator('.ingest-dialog input[type=file]').setInputFiles([
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('   \n  ') },
      {
        name: 'german.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Der Autobauer Volkswagen baut in Zwickau Elektroautos. Die Fabrik gehört zu den größten in Europa und beschäftigt viele Menschen.',
        ),
      },
      {
        name: 'binary.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      },
      {
        name: 'scripts.html',
        mimeType: 'text/html',
        buffer: Buffer.from(
          '<html><body><script>window.__loaded = 1</script><iframe src="about:blank"></iframe></body></html>',
        ),
      },
    ]);
    await page.locator('.ingest-dialog button[name=commit]').click();
    await page.locator('.ingest-dialog p', { hasText: '0 of 4 article(s) loaded' }).waitFor();
    const errors = await page.locator('.ingest-dialog .error').allTextContents();
    expect(errors).toHaveLength(4);
    expect(errors.find((e) => e.startsWith('empty.txt'))).toMatch(/could not be read/);
    expect(errors.find((e) => e.startsWith('german.txt'))).toMatch(/French and English only/);
    expect(errors.find((e) => e.startsWith('binary.txt'))).toMatch(/could not be read/);
    expect(errors.find((e) => e.startsWith('scripts.html'))).toMatch(/could not be read/);
    await shot(page, '09-bad-uploads');
    expect(await graphCounts(driver)).toEqual(before);
    expect(
      await page.evaluate(() => (window as unknown as { __loaded?: number }).__loaded),
    ).toBeUndefined();
  });
});
