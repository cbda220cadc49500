// Which Content-Types the fetcher accepts for articles and for feeds, and how each is parsed.

/** How a fetched article is handed to extraction. */
export type ArticleFormat = 'html' | 'text' | 'markdown';

const ARTICLE_TYPES: Record<string, ArticleFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
};

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/rdf+xml',
  // Many servers send feeds as text/html or text/plain; the parser decides.
  'text/html',
  'text/plain',
]);

/** The media type and charset of a Content-Type header (lower-cased media type). */
export function parseContentType(header: string | undefined): {
  mime: string;
  charset: string | null;
} {
  const [type = '', ...params] = (header ?? '').split(';');
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p);
    if (m?.[1]) charset = m[1];
  }
  return { mime: type.trim().toLowerCase(), charset };
}

/** The article format for a media type, or null when it is not an article (PDF, image...). */
export function articleFormat(mime: string): ArticleFormat | null {
  return ARTICLE_TYPES[mime] ?? null;
}

/** True when a media type may hold a feed (an empty type is let through to the parser). */
export function isFeedType(mime: string): boolean {
  return mime === '' || FEED_TYPES.has(mime);
}

/** The Accept header for each kind of request. */
export const ACCEPT = {
  article: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,text/markdown;q=0.8',
  feed: 'application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8',
} as const;
