// The stored `Entity.nameKey` (folded name) that the substring filter reads through a TEXT index.
import { fold } from '../queries/lucene-query.js';

/**
 * The folded name an entity stores as `nameKey`: NFD, combining marks removed, lower case (as
 * `fold`). `entities(filter: { name })` matches `nameKey CONTAINS nameKey(text).trim()`.
 */
export function nameKey(name: string): string {
  return fold(name);
}
