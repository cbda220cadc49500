// Article identity: the content alone decides the id, whatever title, file name or URL comes with it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/ingest/extract/extract-article.js';

const TEXT = `Voltaris opens a cell plant in Lisbon

Voltaris, a battery start-up, said on Monday it had opened a cell plant near Lisbon.
The plant will make cells for small city cars from next spring.
`;

describe('article identity', () => {
  it('reads the title from the text, as the CLI does', () => {
    const delta = extractArticle({ text: TEXT, format: 'text', fileName: 'voltaris-news.txt' });
    expect(delta.article.title).toBe('Voltaris opens a cell plant in Lisbon');
  });
  it('gives the same id with or without a caller title, URL or file name', () => {
    const plain = extractArticle({ text: TEXT });
    const named = extractArticle({
      text: TEXT,
      format: 'text',
      title: 'voltaris news',
      url: 'https://example.org/voltaris',
      fileName: 'voltaris-news.txt',
    });
    expect(named.article.id).toBe(plain.article.id);
    expect(named.article.hash).toBe(plain.article.hash);
    // The caller's title is shown, and the text's own heading is kept in the stored text.
    expect(named.article.title).toBe('voltaris news');
    expect(named.article.text).toContain('Voltaris opens a cell plant in Lisbon');
  });
  it('gives a different id when the content differs', () => {
    const other = extractArticle({ text: TEXT.replace('Lisbon', 'Porto') });
    expect(other.article.id).not.toBe(extractArticle({ text: TEXT }).article.id);
  });
});
