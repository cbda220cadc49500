// Shared helpers for the extraction unit tests: relation lookups and error codes.
import { KgError } from '../../../server/errors.js';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';

export type Json = ReturnType<typeof toExtractJson>;

/** Extraction JSON of one article given as text. */
export const extract = (text: string): Json => toExtractJson(extractArticle({ text }));

/** Whether the JSON holds the relation. */
export const has = (json: Json, type: string, source: string, target: string): boolean =>
  json.relations.some((r) => r.type === type && r.source === source && r.target === target);

/** Entity ids of the JSON. */
export const ids = (json: Json): string[] => json.entities.map((e) => e.id);

/** The KgError code `fn` throws ('OTHER' for another error), or undefined. */
export const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof KgError ? err.code : 'OTHER';
  }
  return undefined;
};
