// Refuses mutations in read-only mode, and without the bearer token when listening beyond loopback.
import { timingSafeEqual } from 'node:crypto';
import { OperationTypeNode, getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isLoopback, type Config } from '../config/config.js';
import { KgError } from '../errors.js';
import { kgToGraphQLError } from './error-masking.js';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a mutation is refused for this request, or null when it may run. */
export function writeRefusal(config: Config, authorization: string | null): KgError | null {
  if (config.readOnly) {
    return new KgError(
      'READ_ONLY',
      'This server is read-only (KG_READ_ONLY); mutations are disabled.',
    );
  }
  if (isLoopback(config.host)) return null;
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (!config.apiToken || !token || !sameToken(token, config.apiToken)) {
    return new KgError(
      'UNAUTHENTICATED',
      'Mutations need the header `Authorization: Bearer <KG_API_TOKEN>`.',
    );
  }
  return null;
}

/** Envelop plugin checking every mutation before it executes. */
export function useWriteGuard(config: Config): Plugin<{ request: Request }> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const op = getOperationAST(
        args.document as DocumentNode,
        args.operationName as string | undefined,
      );
      if (op?.operation !== OperationTypeNode.MUTATION) return;
      const ctx = args.contextValue as { request?: Request };
      const refusal = writeRefusal(config, ctx.request?.headers.get('authorization') ?? null);
      if (refusal) setResultAndStopExecution({ errors: [kgToGraphQLError(refusal)] });
    },
  };
}
