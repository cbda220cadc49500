// Finds article files (recursively) and reads them as ArticleInput for the CLI and the seed loader.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ArticleInput } from './extract/extract-article.js';

/** File extensions read as articles, with the format each means. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, 'text' | 'markdown' | 'html'>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** True when the file name has an article extension. */
export function isArticleFile(name: string): boolean {
  return extname(name).toLowerCase() in ARTICLE_EXTENSIONS;
}

/**
 * Expands files and folders (recursively, sorted, deduplicated) into article files. A path that
 * does not exist or a file with another extension is reported in `skipped`.
 */
export async function collectArticleFiles(
  paths: readonly string[],
): Promise<{ files: string[]; skipped: { path: string; reason: string }[] }> {
  const files = new Set<string>();
  const skipped: { path: string; reason: string }[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && isArticleFile(e.name)) files.add(p);
    }
  };
  for (const raw of paths) {
    const p = resolve(raw);
    let st;
    try {
      st = await stat(p);
    } catch {
      skipped.push({ path: raw, reason: 'no such file or folder' });
      continue;
    }
    if (st.isDirectory()) await walk(p);
    else if (isArticleFile(p)) files.add(p);
    else
      skipped.push({
        path: raw,
        reason: `not an article file (${Object.keys(ARTICLE_EXTENSIONS).join(', ')})`,
      });
  }
  return { files: [...files], skipped };
}

/** Reads a file as raw bytes (decoding and validation are extraction's job). */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  const bytes = await readFile(path);
  return {
    text: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    format: ARTICLE_EXTENSIONS[extname(path).toLowerCase()] ?? 'auto',
    fileName: basename(path),
  };
}
