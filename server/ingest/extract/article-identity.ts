// An article's title, stored text and content-derived identity: one rule for every entry point
// (web upload, GraphQL, `kg ingest`, URL and feed), so the same article is stored once.
import { createHash } from 'node:crypto';
import { collapseWhitespace } from './text-normalize.js';

/** `hash` is the sha256 of the normalised text, `id` is 'art-' and its first 16 hex digits. */
export function articleIdentity(text: string): { id: string; hash: string } {
  const hash = createHash('sha256').update(collapseWhitespace(text), 'utf8').digest('hex');
  return { id: `art-${hash.slice(0, 16)}`, hash };
}

/** What identifies an article and what is stored of it. */
export interface IdentifiedArticle {
  /** The caller's title when given, else the one the document states. */
  title: string | null;
  /** Title and body as stored (a caller title that differs from the stated one comes first). */
  text: string;
  id: string;
  hash: string;
}

/**
 * Identity hashes the content only (the document's own title and body), never caller metadata
 * such as a title, a file name or a URL; the caller's title is what is shown.
 */
export function identifyArticle(
  statedTitle: string | null,
  body: readonly string[],
  callerTitle: string | null,
): IdentifiedArticle {
  const content = statedTitle ? [statedTitle, ...body] : [...body];
  const title = callerTitle ?? statedTitle;
  const text = callerTitle && callerTitle !== statedTitle ? [callerTitle, ...content] : content;
  return { title, text: text.join('\n'), ...articleIdentity(content.join('\n')) };
}
