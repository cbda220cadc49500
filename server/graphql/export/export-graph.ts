// Builds the subgraph to export: a neighbourhood of `ids`, or the most-mentioned entities.
import type { Repository } from '../../db/repository.js';
import type { SubgraphRecord } from '../../db/queries/subgraph-queries.js';
import { intInRange, listSize, pageSize } from '../arguments.js';
import { renderExport, type ExportFile, type ExportFormat } from './export-formats.js';

/** Export options as given by GraphQL or the HTTP route (validated here). */
export interface ExportRequest {
  ids?: readonly string[] | null;
  depth?: number | null;
  limit?: number | null;
  format?: ExportFormat | null;
}

/** Validates the request, reads the subgraph and renders the file. */
export async function buildExport(
  repo: Repository,
  req: ExportRequest,
  maxPageSize: number,
): Promise<ExportFile> {
  const ids = listSize(req.ids, 'ids', maxPageSize);
  const depth = intInRange(req.depth, 'depth', 0, 3, 1);
  const limit = pageSize(req.limit, 'limit', maxPageSize, Math.min(1000, maxPageSize));
  const graph: SubgraphRecord =
    ids.length > 0
      ? await repo.neighborhood({ ids, depth, limit, minConfidence: 0 })
      : await repo.overview(limit, null, null, null, { preferLinked: false });
  return renderExport(graph, req.format ?? 'JSON');
}
