// The common shape every format parser returns before metadata, furniture and language steps.

/** Text lines of one article plus whatever metadata the markup itself stated. */
export interface ParsedDocument {
  lines: string[];
  title: string | null;
  publishedAt: string | null;
  author: string | null;
  languageHint: string | null;
}
