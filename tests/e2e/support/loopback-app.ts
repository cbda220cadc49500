// The app with its private-address guard opened for a test site on 127.0.0.1, and a page on it.
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { resetDatabase } from '../../setup/db.js';
import { startSite, type Route, type TestSite } from '../../setup/site-server.js';
import { startAppServer, type AppServer } from './app-server.js';
import { launchBrowser } from './browser.js';

/** A running app, the test site it may fetch from, and Chromium on the app's first view. */
export interface LoopbackApp {
  server: AppServer;
  site: TestSite;
  browser: Browser;
  page: Page;
  /** Closes the browser, the app and the site. */
  close(): Promise<void>;
}

/**
 * Resets the database, serves `routes` on 127.0.0.1 (`moreRoutes` may add routes that need the
 * site's origin), starts the app with KG_FETCH_ALLOW_PRIVATE and opens it once its counts show.
 */
export async function openLoopbackApp(
  driver: Driver,
  routes: Record<string, Route>,
  moreRoutes: (site: TestSite) => void = () => undefined,
): Promise<LoopbackApp> {
  await resetDatabase(driver);
  const site = await startSite(routes);
  moreRoutes(site);
  const server = await startAppServer(inject('neo4jUri'), 240_000, {
    KG_FETCH_ALLOW_PRIVATE: 'true',
  });
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() =>
    /entities/.test(document.querySelector('.stats')?.textContent ?? ''),
  );
  return {
    server,
    site,
    browser,
    page,
    async close() {
      await browser.close();
      await server.stop();
      await site.close();
    },
  };
}
