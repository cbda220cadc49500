// The yoga logger: client errors (KgError) are expected and not logged; the rest goes to console.
import { isKgError } from '../errors.js';

function isClientError(value: unknown): boolean {
  if (isKgError(value)) return true;
  return (
    value instanceof Error &&
    'originalError' in value &&
    isKgError((value as { originalError?: unknown }).originalError)
  );
}

/** A yoga `logger` that stays quiet about errors the client caused. */
export const yogaLogger = {
  debug: () => undefined,
  info: (...args: unknown[]) => console.info(...args),
  warn: (...args: unknown[]) => console.warn(...args),
  error: (...args: unknown[]) => {
    if (args.some(isClientError)) return;
    console.error(...args);
  },
};
