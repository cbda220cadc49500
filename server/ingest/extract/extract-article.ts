// Public entry point: one article (text, Markdown or HTML) in, a GraphDelta out; pure and synchronous.
import { SYMMETRIC_RELATIONS } from '../../../schema/ontology.js';
import { KgError } from '../../errors.js';
import type { DeltaClaim, DeltaEntity, GraphDelta, Language } from '../../../schema/graph-delta.js';
import { identifyArticle } from './article-identity.js';
import { DEFAULT_MAX_BYTES, decodeArticleInput } from './decode-input.js';
import { detectLanguage } from './detect-language.js';
import { extractSentenceRelations } from './extract-relations.js';
import { defaultGazetteer, type Gazetteer } from './gazetteer.js';
import type { ClaimDraft } from './mention.js';
import { removePageFurniture } from './page-furniture.js';
import { normaliseDate } from './parse-date.js';
import type { ParsedDocument } from './parsed-document.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { readTextMetadata } from './read-metadata.js';
import { recogniseMentions } from './recognise-mentions.js';
import type { Succession } from './relation-scope.js';
import { inferSuccessions } from './successions.js';
import { buildSkeleton } from './sentence-skeleton.js';
import { splitSentences } from './split-sentences.js';
import { cleanText } from './text-normalize.js';

export { toExtractJson, type ExtractJson } from './extract-json.js';
export type { Gazetteer } from './gazetteer.js';

/** An article as callers hand it in; caller metadata wins over what the text states. */
export interface ArticleInput {
  text: string | Uint8Array;
  format?: 'auto' | 'text' | 'markdown' | 'html';
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  author?: string | null;
  language?: 'fr' | 'en' | null;
  fileName?: string | null;
}

/** Limits and the gazetteer to use. */
export interface ExtractOptions {
  /** Largest accepted article in bytes; default 2 MB. */
  maxBytes?: number;
  /** Longest accepted article in words; default 50,000 (a long feature is under 10,000). */
  maxWords?: number;
  /** Known entities; default: the one in `seed/gazetteer/`. */
  gazetteer?: Gazetteer;
}

const MAX_TITLE = 1000;
/** Default word limit: far above any news article, well below what would stall a worker. */
export const DEFAULT_MAX_WORDS = 50_000;

function assertWordLimit(lines: readonly string[], maxWords: number): void {
  let words = 0;
  for (const line of lines) {
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      const space = c === 32 || c === 9 || c === 160;
      if (!space && !inWord) words++;
      inWord = !space;
    }
    if (words > maxWords) {
      throw new KgError(
        'ARTICLE_TOO_LARGE',
        `The article has more than ${maxWords.toLocaleString('en')} words; split it or raise KG_MAX_ARTICLE_WORDS.`,
        { maxWords },
      );
    }
  }
}

/** Extracts metadata, entities and evidence-backed relations from one article. Throws KgError on bad input. */
export function extractArticle(input: ArticleInput, options: ExtractOptions = {}): GraphDelta {
  const raw = decodeArticleInput(input.text, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const parsed = parseDocument(raw, input.format ?? 'auto', input.fileName ?? null);
  const lines = cleanText(parsed.lines.join('\n')).split('\n');
  assertWordLimit(lines, options.maxWords ?? DEFAULT_MAX_WORDS);
  const callerTitle = clean(input.title);
  // The title the document itself states (page or Markdown heading, else the first line).
  const pageTitle = clean(parsed.title);
  if (pageTitle && lines.find((l) => l !== '') === pageTitle)
    lines.splice(lines.indexOf(pageTitle), 1);
  const meta = readTextMetadata(lines, pageTitle !== null);
  const body = removePageFurniture(meta.bodyLines).filter((l) => l !== '');
  if (!body.some((l) => /\p{L}{2}/u.test(l))) {
    throw new KgError(
      'INVALID_ARTICLE',
      'The article has no body text once the title, dateline and page furniture are removed.',
    );
  }
  for (const t of [callerTitle, pageTitle ?? meta.title]) {
    if (t && t.length > MAX_TITLE) {
      throw new KgError(
        'INVALID_ARTICLE',
        `The title is ${t.length} characters long, over the limit of ${MAX_TITLE}.`,
      );
    }
  }
  const callerDate = clean(input.publishedAt);
  const statedDate = clean(parsed.publishedAt);
  const publishedAt = callerDate
    ? normaliseDate(callerDate, 'given publication')
    : statedDate
      ? normaliseDate(statedDate, 'page publication')
      : meta.publishedAt
        ? normaliseDate(meta.publishedAt, 'stated publication')
        : null;
  const { title, text, id, hash } = identifyArticle(pageTitle ?? meta.title, body, callerTitle);
  const language = pickLanguage(input.language ?? null, body.join('\n'));

  const gaz = options.gazetteer ?? defaultGazetteer();
  const sentences = splitSentences(text, language);
  const { registry, perSentence, claims } = recogniseMentions(text, sentences, language, gaz);
  const history = [];
  const successions: Succession[] = [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const mentions = perSentence[si]!;
    extractSentenceRelations(
      language,
      si,
      buildSkeleton(text, s.start, s.end, mentions),
      history,
      claims,
      gaz,
      successions,
    );
    for (const m of mentions) history.push(m);
  }
  inferSuccessions(successions, claims, (si) => {
    const ids = new Set<string>();
    for (let k = Math.max(0, si - 2); k <= si; k++)
      for (const m of perSentence[k]!) ids.add(m.entityId);
    return ids;
  });

  const entities: DeltaEntity[] = [...registry.byId.values()]
    .filter((r) => r.mentions > 0)
    .map((r) => ({
      id: r.id,
      name: r.name,
      type: r.type,
      aliases: [...new Set([...r.aliases, ...(r.entry?.aliases ?? [])])].filter(
        (a) => a !== r.name,
      ),
      mentions: r.mentions,
      origin: r.origin,
    }));
  const known = new Set(entities.map((e) => e.id));
  return {
    article: {
      id,
      hash,
      text,
      title,
      url: clean(input.url),
      source: clean(input.source),
      author: clean(input.author) ?? clean(parsed.author) ?? meta.author,
      publishedAt,
      language,
    },
    entities,
    claims: finishClaims(claims, sentences, known),
    warnings: [],
  };
}

function parseDocument(
  raw: string,
  format: NonNullable<ArticleInput['format']>,
  fileName: string | null,
): ParsedDocument {
  let kind = format;
  if (kind === 'auto') {
    const ext = fileName?.toLowerCase().split('.').pop() ?? '';
    if (ext === 'html' || ext === 'htm') kind = 'html';
    else if (ext === 'md' || ext === 'markdown') kind = 'markdown';
    else if (
      /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(raw) ||
      /<\/(?:p|div|article|body)>/i.test(raw)
    )
      kind = 'html';
    else if (
      /^#{1,6}\s/m.test(raw) ||
      /\[[^\]]+\]\([^)]+\)/.test(raw) ||
      /^---\n[\s\S]*?\n---\n/.test(raw)
    )
      kind = 'markdown';
    else kind = 'text';
  }
  if (kind === 'html') return parseHtml(raw);
  if (kind === 'markdown') return parseMarkdown(raw);
  return {
    lines: raw.split(/\r\n?|\n/),
    title: null,
    publishedAt: null,
    author: null,
    languageHint: null,
  };
}

function pickLanguage(forced: Language | null, body: string): Language {
  if (forced === null) return detectLanguage(body);
  if (forced !== 'fr' && forced !== 'en') {
    throw new KgError(
      'UNSUPPORTED_LANGUAGE',
      `Language "${String(forced)}" is not supported; use "fr" or "en".`,
    );
  }
  return forced;
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

function finishClaims(
  drafts: ClaimDraft[],
  sentences: ReturnType<typeof splitSentences>,
  known: Set<string>,
): DeltaClaim[] {
  const out = new Map<string, DeltaClaim>();
  for (const d of drafts) {
    if (!known.has(d.source) || !known.has(d.target) || d.source === d.target) continue;
    const s = sentences[d.sentenceIndex];
    if (!s) continue;
    let { source, target } = d;
    if (SYMMETRIC_RELATIONS.has(d.type) && source > target) [source, target] = [target, source];
    const key = `${d.type}|${source}|${target}|${d.sentenceIndex}`;
    const prev = out.get(key);
    if (prev && prev.confidence >= d.confidence) continue;
    const claim: DeltaClaim = {
      type: d.type,
      source,
      target,
      confidence: d.confidence,
      method: d.method,
      sentence: s.text,
      sentenceIndex: s.index,
      start: s.start,
      end: s.end,
    };
    if (d.role) claim.role = d.role;
    out.set(key, claim);
  }
  return [...out.values()];
}
