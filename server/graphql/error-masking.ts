// Turns domain errors into client GraphQLErrors with a stable `extensions.code`; masks the rest.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as defaultMaskError } from 'graphql-yoga';
import { translateDbError } from '../db/db-errors.js';
import { isKgError, type KgError } from '../errors.js';

// Duck-typed: graphql may be loaded twice (ESM and CJS builds), so `instanceof` is unreliable.
function asGraphQLError(error: unknown): GraphQLError | undefined {
  return error instanceof Error && 'originalError' in error && 'extensions' in error
    ? (error as GraphQLError)
    : undefined;
}

/** The GraphQLError a client sees for a KgError. */
export function kgToGraphQLError(err: KgError, from?: GraphQLError): GraphQLError {
  return createGraphQLError(err.message, {
    ...(from
      ? { nodes: from.nodes, path: from.path, source: from.source, positions: from.positions }
      : {}),
    extensions: { code: err.code, ...(err.details ? { details: err.details } : {}) },
  });
}

/** yoga `maskedErrors.maskError`: KgError and driver outages are shown, the rest is masked. */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const gqlError = asGraphQLError(error);
  const original = gqlError ? gqlError.originalError : error;
  const translated = original ? translateDbError(original) : undefined;
  if (isKgError(translated)) return kgToGraphQLError(translated, gqlError);
  return defaultMaskError(error, message, isDev);
}
