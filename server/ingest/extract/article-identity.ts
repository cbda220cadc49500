// Content-derived article identity: the same normalised text always gets the same id.
import { createHash } from 'node:crypto';
import { collapseWhitespace } from './text-normalize.js';

/** `hash` is the sha256 of the normalised text, `id` is 'art-' and its first 16 hex digits. */
export function articleIdentity(text: string): { id: string; hash: string } {
  const hash = createHash('sha256').update(collapseWhitespace(text), 'utf8').digest('hex');
  return { id: `art-${hash.slice(0, 16)}`, hash };
}
