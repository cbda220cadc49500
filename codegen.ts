// GraphQL Code Generator: resolver types and the web app's typed operations from schema/schema.graphql.
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Where the web app's typed operations are written (checked for drift by a unit test). */
export const WEB_OPERATIONS_TARGET = 'web/src/api/generated/operations.ts';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    [WEB_OPERATIONS_TARGET]: {
      documents: 'web/src/api/operations.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        documentMode: 'string',
        scalars: { ID: 'string' },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: true,
      },
    },
    'server/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: false,
        contextType: '../context.js#GraphQLContext',
        mappers: {
          Entity: '../../db/queries/models.js#EntityRecord',
          Relation: '../../db/queries/models.js#RelationRecord',
          Article: '../model-types.js#ArticleModel',
          Claim: '../../db/queries/models.js#ClaimRecord',
          Evidence: '../../db/queries/models.js#ClaimRecord',
          ArticleEntity: '../model-types.js#ArticleEntityModel',
          IngestResult: '../model-types.js#IngestResultModel',
          IngestedRelation: '../model-types.js#IngestedRelationModel',
          MergeResult: '../model-types.js#MergeResultModel',
          EntitySearchHit: '../../db/queries/entity-queries.js#SearchHit',
          Subgraph: '../../db/queries/subgraph-queries.js#SubgraphRecord',
          Path: '../../db/queries/path-queries.js#PathRecord',
          EntityConnection: '../model-types.js#EntityConnectionModel',
          EntityEdge: '../model-types.js#EntityEdgeModel',
          ArticleConnection: '../model-types.js#ArticleConnectionModel',
        },
        scalars: { ID: 'string' },
        avoidOptionals: false,
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
