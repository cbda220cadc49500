// End-to-end: the analyst's defects on uploads, the first view, expansions and the keyboard, in Chromium.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CANVAS_BACKGROUND } from '../../web/src/graph/palette.js';
import { OVERVIEW_LIMIT } from '../../web/src/state/view-state.js';
import { resetDatabase, testDriver } from '../setup/db.js';
import { startAppServer, type AppServer } from './support/app-server.js';
import { hasChromium, launchBrowser, newTestPage, shot } from './support/browser.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const driver = testDriver();

// Written for this test: a short article whose first line is its title.
const UPLOAD_TEXT = `Korvane Motors picks Brightcell for its city car batteries

Korvane Motors said on Tuesday that Brightcell will supply the battery packs of its small city car.
The packs will be assembled at the Brightcell plant in Lyon from next year.
`;
const UPLOAD_TITLE = 'Korvane Motors picks Brightcell for its city car batteries';

// Written for this test: mentions one entity the seed already has (Renault) and one it does not.
const FRESH_TEXT = `Renault signs a recycling deal with Ferrovolt

Renault has signed a partnership with Ferrovolt, a battery recycling company based in Lyon.
Ferrovolt's chief executive, Marie Lavaud, said the plant in Lyon will take used packs from next spring.
`;

type Win = { kgExplorer: { cy: Core } };

async function waitForOverview(page: Page): Promise<void> {
  try {
    await page.waitForFunction(
      () => {
        const k = (window as unknown as Partial<Win>).kgExplorer;
        return (
          !!k &&
          k.cy.nodes().length > 0 &&
          !document.body.classList.contains('busy') &&
          /^Overview:/.test(document.querySelector('.status')?.textContent ?? '')
        );
      },
      undefined,
      { timeout: 180_000 },
    );
  } catch (err) {
    const status = await page.locator('.status').textContent();
    throw new Error(`no overview; status line: ${status ?? ''}`, { cause: err });
  }
}

async function articleCount(title: string): Promise<number> {
  const res = await driver.executeQuery('MATCH (a:Article {title: $title}) RETURN count(a) AS n', {
    title,
  });
  return res.records[0]?.get('n') as number;
}

describe.runIf(hasChromium())('analyst defects: uploads, first view, expansion, keyboard', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  let dir = '';
  const warnings: string[] = [];

  beforeAll(async () => {
    await resetDatabase(driver);
    dir = mkdtempSync(join(tmpdir(), 'kg-defects-'));
    // A generous start-up limit: seeding is slow on a busy machine.
    server = await startAppServer(inject('neo4jUri'), 600_000);
    browser = await launchBrowser();
    page = await newTestPage(browser);
    // Generous waits: the shared test machine is often busy.
    page.setDefaultTimeout(120_000);
    page.on('pageerror', (err) => warnings.push(`page error: ${err.message}`));
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.goto(server.url);
    try {
      await waitForOverview(page);
    } catch (err) {
      console.error(warnings.join('\n'), server.output().slice(-3000));
      throw err;
    }
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await driver.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('first view: legible labels, connected entities, no banner when nothing was cut', async () => {
    await frames(page);
    const view = await page.evaluate(() => {
      const cy = (window as unknown as Win).kgExplorer.cy;
      const zoom = cy.zoom();
      const labels = cy.nodes().map((n) => {
        const font = parseFloat(n.style('font-size') as string);
        const min = parseFloat(n.style('min-zoomed-font-size') as string);
        const text = String(n.style('label') ?? '');
        const opacity = Number(n.style('text-opacity'));
        // Cytoscape draws a label only when its rendered size reaches min-zoomed-font-size.
        const shown = text !== '' && opacity > 0 && font * zoom >= min;
        return { shown, rendered: font * zoom };
      });
      const isolated = cy.nodes().filter((n) => n.connectedEdges().length === 0).length;
      return { zoom, labels, isolated, nodes: cy.nodes().length };
    });
    const shown = view.labels.filter((l) => l.shown);
    expect(shown.length).toBeGreaterThan(5);
    for (const l of shown) expect(l.rendered).toBeGreaterThanOrEqual(10);
    expect(view.isolated).toBe(0);
    // The seeded graph has fewer entities than the overview asks for: nothing was cut.
    const total = (
      await driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS n')
    ).records[0]?.get('n') as number;
    expect(total).toBeLessThanOrEqual(OVERVIEW_LIMIT);
    expect(await page.locator('.truncated').isHidden()).toBe(true);
    await shot(page, 'defects-b-01-first-view');
    await shot(page, 'first-view-1440x900');

    // The same first view at a laptop's 1024×768, then back to the size the other tests use.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.reload();
    await waitForOverview(page);
    await frames(page);
    const small = await page.evaluate(() => {
      const cy = (window as unknown as Win).kgExplorer.cy;
      const zoom = cy.zoom();
      const drawn = cy.nodes().filter((n) => {
        const font = parseFloat(n.style('font-size') as string);
        const min = parseFloat(n.style('min-zoomed-font-size') as string);
        return String(n.style('label') ?? '') !== '' && Number(n.style('text-opacity')) > 0
          ? font * zoom >= min
          : false;
      });
      return { nodes: cy.nodes().length, labelled: drawn.length };
    });
    expect(small.nodes).toBe(view.nodes);
    // The smaller screen still names the main entities.
    expect(small.labelled).toBeGreaterThan(5);
    await shot(page, 'first-view-1024x768');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.reload();
    await waitForOverview(page);
  });

  // Not reliable yet: the last run found 2 edge midpoints on unrelated nodes (random layout).
  it('first view: no edge passes under a node it does not join, no two nodes overlap', async () => {
    const hidden = await page.evaluate(() => {
      const cy = (window as unknown as Win).kgExplorer.cy;
      const out: string[] = [];
      cy.edges().forEach((e) => {
        const m = e.midpoint();
        cy.nodes().forEach((n) => {
          if (n.same(e.source()) || n.same(e.target())) return;
          const b = n.boundingBox({ includeLabels: false, includeOverlays: false });
          if (m.x > b.x1 && m.x < b.x2 && m.y > b.y1 && m.y < b.y2)
            out.push(`${e.id()} under ${n.id()}`);
        });
      });
      return out;
    });
    expect(hidden).toEqual([]);
    const overlaps = await page.evaluate(() => {
      const cy = (window as unknown as Win).kgExplorer.cy;
      const boxes = cy.nodes().map((n) => ({
        id: n.id(),
        b: n.boundingBox({ includeLabels: false, includeOverlays: false }),
      }));
      const out: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.b;
          const c = boxes[j]!.b;
          if (a.x1 < c.x2 && c.x1 < a.x2 && a.y1 < c.y2 && c.y1 < a.y2)
            out.push(`${boxes[i]!.id} on ${boxes[j]!.id}`);
        }
      return out;
    });
    expect(overlaps).toEqual([]);
  });

  it('contrast: the canvas is the background the palette was checked against', async () => {
    const bg = await page.evaluate(
      () => getComputedStyle(document.querySelector('.graph')!).backgroundColor,
    );
    const hex = CANVAS_BACKGROUND.toLowerCase();
    const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(bg).toBe(`rgb(${rgb.join(', ')})`);
  });

  it('uploads list refused files in the dialog with their reason', async () => {
    await page.locator('[data-action=load]').click();
    const dialog = page.locator('.ingest-dialog');
    await dialog.locator('input[type=file]').setInputFiles([
      { name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 nothing') },
      {
        name: 'huge.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(2_100_000, 'a'),
      },
    ]);
    const rejected = dialog.locator('.file-list li.rejected');
    await rejected.nth(1).waitFor();
    const rows = await rejected.allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/report\.pdf.*\.pdf files are not supported/);
    expect(rows[1]).toMatch(/huge\.txt.*2\.1 MB is over the 2 MB limit/);
    // Nothing loadable: the dialog itself says so (a page notice would sit behind it).
    await dialog.locator('button[name=commit]').click();
    await expect
      .poll(() => dialog.locator('.ingest-preview .error').textContent())
      .toMatch(/None of the listed files can be loaded/);
    expect(await dialog.locator('.ingest-preview .error').isVisible()).toBe(true);
    await shot(page, 'defects-b-02-refused-files');
    await dialog.locator('.file-list li.rejected button', { hasText: 'remove' }).first().click();
    await dialog.locator('.file-list li.rejected button', { hasText: 'remove' }).first().click();
    expect(await rejected.count()).toBe(0);
    await dialog.locator('.close').click();
  });

  it('the same file through the CLI and the web upload is one article titled from its text', async () => {
    const file = join(dir, 'korvane-brightcell-deal.txt');
    writeFileSync(file, UPLOAD_TEXT);
    await run(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'server/cli/main.ts'), 'ingest', file],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
        timeout: 300_000,
      },
    );
    expect(await articleCount(UPLOAD_TITLE)).toBe(1);
    await page.locator('[data-action=load]').click();
    const dialog = page.locator('.ingest-dialog');
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.locator('.file-list li:not(.rejected)').waitFor();
    await dialog.locator('button[name=commit]').click();
    await dialog.locator('.ingest-result h3', { hasText: 'already loaded' }).waitFor();
    await dialog.locator('.close').click();
    expect(await articleCount(UPLOAD_TITLE)).toBe(1);
    const res = await driver.executeQuery(
      'MATCH (a:Article) WHERE a.text CONTAINS $probe RETURN a.title AS title',
      { probe: 'Brightcell will supply the battery packs' },
    );
    expect(res.records.map((r) => r.get('title') as string)).toEqual([UPLOAD_TITLE]);
  });

  it('after an upload only the entities it created get the "new" border', async () => {
    await page.locator('[data-action=load]').click();
    const dialog = page.locator('.ingest-dialog');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'ferrovolt.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(FRESH_TEXT),
    });
    await dialog.locator('.file-list li:not(.rejected)').waitFor();
    await dialog.locator('button[name=commit]').click();
    await dialog.locator('.ingest-result h3', { hasText: /loaded/ }).waitFor();
    await dialog.locator('.close').click();
    // The border comes once the new nodes are laid out.
    await page.waitForFunction(() =>
      (window as unknown as Win).kgExplorer.cy
        .nodes('.fresh')
        .some((n) => n.data('label') === 'Ferrovolt'),
    );
    const created = await driver.executeQuery(
      `MATCH (a:Article {title: $title})-[:MENTIONS]->(e:Entity)
       WHERE NOT EXISTS { MATCH (o:Article)-[:MENTIONS]->(e) WHERE o <> a } RETURN e.id AS id`,
      { title: 'Renault signs a recycling deal with Ferrovolt' },
    );
    const createdIds = created.records.map((r) => r.get('id') as string).sort();
    expect(createdIds.length).toBeGreaterThan(0);
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as Win).kgExplorer.cy;
      return {
        fresh: cy
          .nodes('.fresh')
          .map((n) => n.id())
          .sort(),
        renault: cy
          .nodes()
          .filter((n) => n.data('label') === 'Renault')
          .map((n) => n.hasClass('fresh')),
      };
    });
    expect(drawn.fresh).toEqual(createdIds);
    expect(drawn.renault).toEqual([false]);
    await shot(page, 'defects-b-03-fresh-only-new');
  });

  it('keyboard: e after a search expands the selection; the view is fitted to the new nodes', async () => {
    // A neighbour of Renault (the pick) and, next to it, a node with links the pick's
    // neighbourhood does not show: expanding the pick itself would add nothing, since picking a
    // search result already draws the pick's neighbourhood.
    const pick = await driver.executeQuery(
      `MATCH (r:Entity {name: 'Renault'})-[]-(n:Entity)-[]-(m:Entity)-[]-(k:Entity)
       WHERE k <> n AND NOT EXISTS { (n)-[]-(k) }
       RETURN n.name AS name, m.id AS next, count(DISTINCT k) AS k
       ORDER BY k DESC, name, next LIMIT 1`,
    );
    const name = pick.records[0]?.get('name') as string;
    const next = pick.records[0]?.get('next') as string;
    expect(name).toBeTruthy();
    await page.keyboard.press('/');
    await page.keyboard.type(name, { delay: 20 });
    const search = page.locator('.search-slot input[role=combobox]');
    await page.locator('.search-list li[role=option]', { hasText: name }).first().waitFor();
    const labels = await page.locator('.search-list li[role=option] .hit-name').allTextContents();
    for (let i = 0; i < Math.max(0, labels.indexOf(name)); i++)
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.details h2', { hasText: name }).first().waitFor();
    await page.waitForFunction(
      (id) =>
        location.search.includes('focus=') &&
        !document.body.classList.contains('busy') &&
        (window as unknown as Win).kgExplorer.cy.getElementById(id).nonempty(),
      next,
    );
    // The pick released the keyboard: a letter now goes to the graph, not the search box.
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    await page.waitForTimeout(500);
    // Zoom in on the neighbour, so what its expansion adds starts outside the view; select it.
    const before = await page.evaluate((id) => {
      const cy = (window as unknown as Win).kgExplorer.cy;
      const node = cy.getElementById(id);
      cy.stop(true, true);
      cy.zoom(3);
      cy.center(node);
      cy.elements(':selected').unselect();
      node.select();
      return cy.nodes().map((x) => x.id());
    }, next);
    await page.keyboard.press('e');
    await page.waitForFunction(
      (count) =>
        !document.body.classList.contains('busy') &&
        (window as unknown as Win).kgExplorer.cy.nodes().length > count,
      before.length,
    );
    await page.waitForFunction(() =>
      /^Added \d+ entities/.test(document.querySelector('.status')?.textContent ?? ''),
    );
    // The letter went to no field: the search box still holds the name it was given.
    expect(await search.inputValue()).toBe(name);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
    await page.waitForTimeout(500);
    const outside = await page.evaluate((old) => {
      const cy = (window as unknown as Win).kgExplorer.cy;
      const w = cy.width();
      const hgt = cy.height();
      const added = cy.nodes().filter((n) => !old.includes(n.id()));
      return {
        added: added.length,
        outside: added
          .filter((n) => {
            const b = n.renderedBoundingBox({ includeLabels: false });
            return b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > hgt;
          })
          .map((n) => n.id()),
      };
    }, before);
    expect(outside.added).toBeGreaterThan(0);
    expect(outside.outside).toEqual([]);
    await shot(page, 'defects-b-04-expanded-and-fitted');
  });

  it('keyboard: shortcut letters typed in a field stay text; each path box has its own label', async () => {
    const search = page.locator('.search-slot input[role=combobox]');
    await search.click();
    await search.fill('');
    const nodes = await page.evaluate(
      () => (window as unknown as Win).kgExplorer.cy.nodes().length,
    );
    await page.keyboard.type('ef', { delay: 20 });
    expect(await search.inputValue()).toBe('ef');
    expect(await page.evaluate(() => (window as unknown as Win).kgExplorer.cy.nodes().length)).toBe(
      nodes,
    );
    await page.keyboard.press('Escape');
    const start = page.getByLabel('Path start: entity to search');
    const end = page.getByLabel('Path end: entity to search');
    expect(await start.count()).toBe(1);
    expect(await end.count()).toBe(1);
    expect(await start.getAttribute('placeholder')).toBe('From…');
    expect(await end.getAttribute('placeholder')).toBe('To…');
  });

  it('busy: the status shows a drawn spinner and words while waiting', async () => {
    await page.route('**/graphql', async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      // The handler may outlive the unroute below; a request it no longer owns is left alone.
      await route.continue().catch(() => undefined);
    });
    try {
      await page.locator('[data-action=home]').click();
      // Read in the page at the moment the status turns busy (no race with the reply).
      const handle = await page.waitForFunction(() => {
        const el = document.querySelector<HTMLElement>('.status');
        if (!el || el.dataset.kind !== 'busy') return false;
        const before = getComputedStyle(el, '::before');
        return {
          text: el.textContent,
          content: before.content,
          width: before.width,
          border: before.borderTopColor,
          animation: before.animationName,
        };
      });
      const look = (await handle.jsonValue()) as {
        text: string;
        content: string;
        width: string;
        border: string;
        animation: string;
      };
      expect(look.text).toMatch(/^Loading the overview/);
      // Drawn with a border, not a glyph a missing emoji font would show as a blank box.
      expect(look.content).toBe('""');
      expect(look.width).toBe('10px');
      expect(look.border).not.toBe('rgba(0, 0, 0, 0)');
      expect(look.animation).toBe('status-spin');
    } finally {
      await page.unroute('**/graphql');
    }
    await waitForOverview(page);
  });

  // Not fixed yet: Cytoscape still warned once per load about the parallel edges of two close
  // nodes (Leapmotor–Stellantis) in the last run; kept here, skipped, until it is.
  it('no invalid-endpoint warning from Cytoscape in the whole session', () => {
    expect(warnings.filter((w) => /invalid endpoints/i.test(w))).toEqual([]);
  });
});

async function frames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );
}
