// Answers GraphQL operations with DATABASE_UNAVAILABLE at once while Neo4j is known to be down.
import { Kind, getOperationAST, type DocumentNode, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { DbReadiness } from '../db/db-readiness.js';
import { KgError } from '../errors.js';
import { kgToGraphQLError } from './error-masking.js';

/** True when the operation only asks for the schema (GraphiQL works without the database). */
function schemaOnly(document: DocumentNode, operationName: string | undefined): boolean {
  const op = getOperationAST(document, operationName);
  return (
    !!op &&
    op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
  );
}

function unavailable(errors: readonly GraphQLError[] | undefined): boolean {
  return (errors ?? []).some((e) => {
    const original = e.originalError as { code?: unknown } | undefined;
    // Errors of compiled (graphql-jit) execution may carry no `extensions` at all.
    const extensions = (e as { extensions?: { code?: unknown } }).extensions;
    return original?.code === 'DATABASE_UNAVAILABLE' || extensions?.code === 'DATABASE_UNAVAILABLE';
  });
}

/** Envelop plugin: short-circuits operations while the database is down; learns from failures. */
export function useDbReadiness(readiness: DbReadiness): Plugin {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      if (schemaOnly(document, args.operationName as string | undefined)) return;
      if (await readiness.ready()) {
        return {
          onExecuteDone({ result }) {
            if ('errors' in result && unavailable(result.errors)) readiness.markDown();
          },
        };
      }
      const { ageMs } = readiness.state();
      const error = new KgError(
        'DATABASE_UNAVAILABLE',
        'The graph database is unavailable; try again shortly.',
        { readiness: 'down', sinceMs: Math.round(ageMs) },
      );
      setResultAndStopExecution({ errors: [kgToGraphQLError(error)] });
      return undefined;
    },
  };
}
