// Launches Debian's Chromium headless through playwright-core (never a downloaded browser).
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { TEST_FLAG } from '../../../web/src/app/test-hook.js';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '..', '..', '..', 'test-output', 'e2e');
const EXECUTABLE = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

/** True when the system Chromium is installed; always true in CI, so a missing browser fails. */
export function hasChromium(): boolean {
  return existsSync(EXECUTABLE) || process.env.CI === 'true';
}

/** Starts headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A page whose app publishes `window.kgExplorer` (the test-only hook is off for everyone else). */
export async function newTestPage(
  browser: Browser,
  viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.addInitScript((flag) => {
    (window as unknown as Record<string, unknown>)[flag] = true;
  }, TEST_FLAG);
  return page;
}

/** Saves a full-window screenshot as test-output/e2e/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}
