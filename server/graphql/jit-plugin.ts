// Compiled execution: queries run through graphql-jit (one compiled function per validated document).
import { useGraphQlJit } from '@envelop/graphql-jit';
import { OperationTypeNode, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Runs queries with graphql-jit instead of graphql-js's interpreter. Only documents that passed
 * validation (limits included) ever reach execution, so only they are compiled; each compiled
 * query is kept while yoga's parser cache keeps its document. Mutations keep graphql-js's
 * `execute` (their time is the database's). Must come before the response cache, whose execute
 * wraps the one set here.
 */
export function useCompiledQueries(): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: (args) =>
        getOperationAST(args.document, args.operationName ?? undefined)?.operation ===
        OperationTypeNode.QUERY,
      onError: (result) => console.error('graphql-jit could not compile a query', result.errors),
    },
  ) as Plugin;
}
