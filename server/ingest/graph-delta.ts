// Re-export for extract/: the GraphDelta contract lives in schema/graph-delta.ts.
export type {
  DeltaArticle,
  DeltaClaim,
  DeltaEntity,
  GraphDelta,
  Language,
} from '../../schema/graph-delta.js';
