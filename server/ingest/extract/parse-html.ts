// Parses an HTML page with linkedom and @mozilla/readability into text lines plus page metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { KgError } from '../../errors.js';
import type { ParsedDocument } from './parsed-document.js';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const DROP_TAGS = 'script,style,noscript,template,iframe,svg,canvas,form,button,select,textarea';

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

/** Extracts the readable article from an HTML page; throws INVALID_ARTICLE when it has no text. */
export function parseHtml(html: string): ParsedDocument {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(DROP_TAGS)]) el.remove();
  const meta = (selector: string): string | null => {
    const el = document.querySelector(selector);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    return v && v.trim() !== '' ? v.trim() : null;
  };
  const metaTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  const h1 = document.querySelector('h1')?.textContent?.trim() || null;
  const docTitle = document.querySelector('title')?.textContent?.trim() || null;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[name="publish-date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="dc.date"]') ??
    meta('meta[name="DC.date"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    document.querySelector('time')?.textContent?.trim() ??
    null;
  const author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const lang = document.documentElement?.getAttribute('lang') ?? null;

  let lines: string[] = [];
  let readTitle: string | null = null;
  let byline: string | null = null;
  try {
    const reader = new Readability<MiniNode>(document, {
      serializer: (node) => node,
    });
    const article = reader.parse();
    if (article?.content) lines = toLines(article.content);
    readTitle = article?.title?.trim() || null;
    byline = article?.byline?.trim() || null;
  } catch {
    lines = [];
  }
  if (!lines.some((l) => /\p{L}/u.test(l))) {
    const { document: fresh } = parseHTML(html);
    for (const el of [...fresh.querySelectorAll(DROP_TAGS)]) el.remove();
    const body = fresh.querySelector('body') ?? fresh.documentElement;
    lines = body ? toLines(body) : [];
  }
  if (!lines.some((l) => /\p{L}{2}/u.test(l))) {
    throw new KgError(
      'INVALID_ARTICLE',
      'The HTML page has no article text once scripts and markup are removed.',
    );
  }
  const title = h1 ?? metaTitle ?? readTitle ?? docTitle;
  // Readability usually drops the <h1>; do not keep it twice.
  if (title && lines[0] === title) lines.shift();
  return {
    lines,
    title,
    publishedAt: published,
    author: author ?? byline?.replace(/^(?:par|by)\s+/i, '') ?? null,
    languageHint: lang,
  };
}

function toLines(root: MiniNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t !== '') out.push(t);
    current = '';
  };
  const walk = (node: MiniNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = BLOCK_TAGS.has(node.nodeName.toUpperCase());
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}
