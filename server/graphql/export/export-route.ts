// HTTP route `GET /export?ids=a,b&depth=1&limit=500&format=graphml`: the export as a download.
import type { Plugin } from 'graphql-yoga';
import type { Repository } from '../../db/repository.js';
import { translateDbError } from '../../db/db-errors.js';
import { isKgError } from '../../errors.js';
import { buildExport } from './export-graph.js';
import type { ExportFormat } from './export-formats.js';

const FORMATS: Record<string, ExportFormat> = { json: 'JSON', graphml: 'GRAPHML', csv: 'CSV' };

const STATUS: Record<string, number> = {
  ENTITY_NOT_FOUND: 404,
  LIMIT_EXCEEDED: 400,
  INVALID_ARGUMENT: 400,
  DATABASE_UNAVAILABLE: 503,
};

function errorResponse(status: number, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

function intParam(url: URL, name: string): number | null {
  const v = url.searchParams.get(name);
  return v === null || v === '' ? null : Number(v);
}

/** Parses the query string and answers with the file (or a JSON error with a code). */
export async function handleExport(
  repo: Repository,
  url: URL,
  maxPageSize: number,
): Promise<Response> {
  const format = FORMATS[(url.searchParams.get('format') ?? 'json').toLowerCase()];
  if (!format) {
    return errorResponse(400, 'INVALID_ARGUMENT', 'format must be json, graphml or csv.');
  }
  const ids = url.searchParams
    .getAll('ids')
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  try {
    const file = await buildExport(
      repo,
      { ids, depth: intParam(url, 'depth'), limit: intParam(url, 'limit'), format },
      maxPageSize,
    );
    return new Response(file.content, {
      status: 200,
      headers: {
        'content-type': file.mimeType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (err) {
    const e = translateDbError(err);
    if (isKgError(e)) return errorResponse(STATUS[e.code] ?? 400, e.code, e.message);
    console.error('export failed', err);
    return errorResponse(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
  }
}

/** Yoga plugin serving `/export` next to `/graphql`. */
export function useExportRoute(repo: Repository, maxPageSize: number): Plugin {
  return {
    async onRequest(payload) {
      const { url, request } = payload;
      if (url.pathname !== '/export') return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        payload.endResponse(errorResponse(405, 'INVALID_ARGUMENT', 'Use GET /export.'));
        return;
      }
      payload.endResponse(await handleExport(repo, url, maxPageSize));
    },
  };
}
