// Vitest global setup: builds the web app (`vite build`) when web/dist is missing or stale, since
// the server only serves a build (`npm run build`) and the browser tests and `GET /` need one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'web', 'dist');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

function stale(): boolean {
  const index = join(DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return newestMtime(join(ROOT, 'web')) > built || newestMtime(join(ROOT, 'schema')) > built;
}

export default async function setup(): Promise<void> {
  if (!stale()) return;
  const started = Date.now();
  await build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  console.log(`[web-build] web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
