// Metadata: title, date and author from datelines, caller metadata and HTML meta tags.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/ingest/extract/extract-article.js';
import { readTextMetadata } from '../../../server/ingest/extract/read-metadata.js';
import { EN_HTML, EN_POWERCO, FR_GEELY, FR_VERKOR } from './fixtures.js';

describe('metadata', () => {
  it('reads title, date and author from a French dateline', () => {
    const delta = extractArticle({ text: FR_VERKOR });
    expect(delta.article.title).toBe('Batteries : Verkor ouvre sa gigafactory à Dunkerque');
    expect(delta.article.publishedAt).toBe('2024-12-09');
    expect(delta.article.author).toBe('Claire Dubois');
    expect(delta.article.language).toBe('fr');
  });
  it('reads an English dateline and a spelled-out French date', () => {
    expect(extractArticle({ text: EN_POWERCO }).article.publishedAt).toBe('2023-03-17');
    expect(extractArticle({ text: FR_GEELY }).article.publishedAt).toBe('2024-03-04');
  });
  it('lets caller metadata win', () => {
    const delta = extractArticle({
      text: FR_VERKOR,
      title: 'Autre titre',
      publishedAt: '2024-01-02',
      author: 'X',
    });
    expect(delta.article.title).toBe('Autre titre');
    expect(delta.article.publishedAt).toBe('2024-01-02');
    expect(delta.article.author).toBe('X');
  });
  it('reads HTML meta tags', () => {
    const delta = extractArticle({ text: EN_HTML });
    expect(delta.article.title).toBe('Tesla expands Gigafactory Berlin');
    expect(delta.article.publishedAt?.slice(0, 10)).toBe('2024-05-02');
    expect(delta.article.author).toBe('Jane Roe');
  });
  it('readTextMetadata removes the dateline from the body', () => {
    const meta = readTextMetadata(
      ['Titre', 'Published 2023-10-26 by Newsroom staff', 'Body text.'],
      false,
    );
    expect(meta).toMatchObject({
      title: 'Titre',
      publishedAt: '2023-10-26',
      author: 'Newsroom staff',
      bodyLines: ['Body text.'],
    });
  });
  it('gives the same content the same id', () => {
    const a = extractArticle({ text: FR_VERKOR });
    const b = extractArticle({ text: new TextEncoder().encode(FR_VERKOR.replace(/\n/g, '\r\n')) });
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.id).toMatch(/^art-[0-9a-f]{16}$/);
    expect(a.article.hash).toHaveLength(64);
  });
});
