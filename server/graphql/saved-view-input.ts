// Checks a saveView input: a non-empty name of bounded length and a bounded JSON-object state.
import { KgError } from '../errors.js';

/** Longest name, in characters. */
export const MAX_VIEW_NAME = 120;
/** Largest state, in UTF-8 bytes (positions of a few hundred nodes fit easily). */
export const MAX_VIEW_STATE_BYTES = 64 * 1024;

/** The input, trimmed and checked; throws INVALID_ARGUMENT or LIMIT_EXCEEDED saying what is wrong. */
export function checkSavedViewInput(input: { id?: string | null; name: string; state: string }): {
  id: string | null;
  name: string;
  state: string;
} {
  const name = input.name.trim();
  if (name === '') {
    throw new KgError('INVALID_ARGUMENT', 'A saved view needs a name.', { argument: 'name' });
  }
  if (name.length > MAX_VIEW_NAME) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `The name has ${name.length} characters; the maximum is ${MAX_VIEW_NAME}.`,
      { argument: 'name', max: MAX_VIEW_NAME },
    );
  }
  const bytes = Buffer.byteLength(input.state, 'utf8');
  if (bytes > MAX_VIEW_STATE_BYTES) {
    throw new KgError(
      'LIMIT_EXCEEDED',
      `The view state is ${bytes} bytes; the maximum is ${MAX_VIEW_STATE_BYTES}.`,
      { argument: 'state', max: MAX_VIEW_STATE_BYTES },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.state);
  } catch {
    parsed = null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new KgError('INVALID_ARGUMENT', 'The view state must be a JSON object.', {
      argument: 'state',
    });
  }
  const id = input.id?.trim() || null;
  return { id, name, state: input.state };
}
