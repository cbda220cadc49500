// Query limits: graphql-armor (depth, cost, aliases, tokens, directives) tagged LIMIT_EXCEEDED,
// introspection switch, and a request body size limit.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { FieldNode, GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** The armor limits (documented in README.md, "GraphQL API" → "Limits"). */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxCost: 100_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 20,
} as const;

function tagLimit(_ctx: unknown, error: GraphQLError): void {
  // Armor reports plain validation errors; give them the stable code clients check.
  (error.extensions as Record<string, unknown>).code = 'LIMIT_EXCEEDED';
}

/** The armor plugins, each rejection carrying `extensions.code = LIMIT_EXCEEDED`. */
export function armorPlugins(): Plugin[] {
  const onReject = [tagLimit];
  const armor = new EnvelopArmor({
    maxDepth: {
      n: QUERY_LIMITS.maxDepth,
      onReject,
      ignoreIntrospection: true,
      flattenFragments: true,
    },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, onReject, ignoreIntrospection: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, onReject },
    maxTokens: { n: QUERY_LIMITS.maxTokens, onReject },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, onReject },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}

/**
 * Rejects introspection (`__schema`, `__type`) in validation; used in production unless enabled.
 * A plain visitor, so it works whichever copy of graphql-js the server loaded.
 */
export function useNoIntrospection(): Plugin {
  const rule = (context: ValidationContext) => ({
    Field(node: FieldNode) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        context.reportError(
          createGraphQLError('GraphQL introspection is disabled on this server.', {
            nodes: [node],
            extensions: { code: 'INTROSPECTION_DISABLED' },
          }),
        );
      }
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

function tooLarge(maxBytes: number): Response {
  const body = {
    errors: [
      {
        message: `The request body is larger than ${maxBytes} bytes.`,
        extensions: { code: 'LIMIT_EXCEEDED', maxBytes },
      },
    ],
  };
  return new Response(JSON.stringify(body), {
    status: 413,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** Refuses request bodies above `maxBytes` (by Content-Length, and while reading otherwise). */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, endResponse, setRequestParser, requestParser }) {
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) {
        endResponse(tooLarge(maxBytes));
        return;
      }
      if (!request.body || !requestParser || !Number.isNaN(declared)) return;
      setRequestParser(async (req) => {
        const reader = req.body!.getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel();
            return tooLarge(maxBytes);
          }
          chunks.push(value);
        }
        const copy = new Request(req.url, {
          method: req.method,
          headers: req.headers,
          body: Buffer.concat(chunks),
        });
        return requestParser(copy);
      });
    },
  };
}
