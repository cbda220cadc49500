// Extracts the synthetic corpus into GraphDeltas, cached on disk by extraction-code fingerprint.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { extractArticle } from '../../../server/ingest/extract/extract-article.js';
import type { GraphDelta } from '../../../schema/graph-delta.js';
import type { SyntheticArticle } from '../synthetic/generate-corpus.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const CACHE_DIR = resolve(ROOT, '.data', 'bench-cache');

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
}

/** A hash of everything extraction output depends on (its code, the gazetteer, the generator). */
function fingerprint(seed: number, count: number): string {
  const h = createHash('sha256').update(`${seed}:${count}`);
  for (const dir of ['server/ingest/extract', 'seed/gazetteer', 'tests/bench/synthetic']) {
    for (const f of filesUnder(resolve(ROOT, dir))) h.update(f).update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

/** The deltas of `corpus` (extracted once per code version; the cache lives in .data/bench-cache). */
export function corpusDeltas(
  corpus: readonly SyntheticArticle[],
  seed: number,
  log: (l: string) => void,
): GraphDelta[] {
  const file = join(CACHE_DIR, `deltas-${fingerprint(seed, corpus.length)}.json.gz`);
  if (existsSync(file)) {
    return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as GraphDelta[];
  }
  log(`extracting ${corpus.length} synthetic articles for the ingest benchmark (cached after)...`);
  const deltas = corpus.map((a) => extractArticle(a.input));
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, gzipSync(JSON.stringify(deltas)));
  return deltas;
}
