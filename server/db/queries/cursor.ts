// Opaque keyset cursors: base64url JSON of the sort key and the id of the last row of a page.
import { KgError } from '../../errors.js';

/** The position after which the next page starts. */
export interface CursorKey {
  k: string | number;
  id: string;
}

/** Encodes a cursor (pure). */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.k, key.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor; throws INVALID_ARGUMENT when it was not made by {@link encodeCursor}. */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return { k: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw new KgError('INVALID_ARGUMENT', 'Invalid cursor: pass `endCursor` from a previous page.', {
    argument: 'after',
  });
}
