// Validation of field arguments: page sizes against the configured cap, dates, ranges.
import { KgError } from '../errors.js';

/** Checks a `first`/`limit` argument: a whole number from 0 to `max` (LIMIT_EXCEEDED above). */
export function pageSize(
  value: number | null | undefined,
  name: string,
  max: number,
  fallback: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0) {
    throw new KgError('INVALID_ARGUMENT', `\`${name}\` must be a whole number ≥ 0.`, {
      argument: name,
    });
  }
  if (n > max) {
    throw new KgError('LIMIT_EXCEEDED', `\`${name}\` is ${n}; the maximum is ${max}.`, {
      argument: name,
      max,
    });
  }
  return n;
}

/** Checks a whole-number argument within [min, max] (INVALID_ARGUMENT otherwise). */
export function intInRange(
  value: number | null | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new KgError('INVALID_ARGUMENT', `\`${name}\` must be between ${min} and ${max}.`, {
      argument: name,
    });
  }
  return n;
}

/** Checks a confidence threshold in [0, 1]. */
export function confidence(value: number | null | undefined, name = 'minConfidence'): number {
  const n = value ?? 0;
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    throw new KgError('INVALID_ARGUMENT', `\`${name}\` must be between 0 and 1.`, {
      argument: name,
    });
  }
  return n;
}

/** Checks an optional `YYYY-MM-DD` date. */
export function isoDate(value: string | null | undefined, name: string): string | null {
  if (value == null || value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new KgError('INVALID_ARGUMENT', `\`${name}\` must be a date like 2024-03-31.`, {
      argument: name,
    });
  }
  return value;
}

/** Checks a list argument's length against the cap. */
export function listSize<T>(
  list: readonly T[] | null | undefined,
  name: string,
  max: number,
): readonly T[] {
  const l = list ?? [];
  if (l.length > max) {
    throw new KgError(
      'LIMIT_EXCEEDED',
      `\`${name}\` has ${l.length} items; the maximum is ${max}.`,
      {
        argument: name,
        max,
      },
    );
  }
  return l;
}
