// Bad input: empty, binary, too large, bad dates, long titles and unsupported languages.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/ingest/extract/extract-article.js';
import { FR_VERKOR } from './fixtures.js';
import { code } from './helpers.js';

describe('bad input', () => {
  it('rejects each kind of bad input with a code', () => {
    expect(code(() => extractArticle({ text: '' }))).toBe('INVALID_ARTICLE');
    expect(code(() => extractArticle({ text: '  \n\t ' }))).toBe('INVALID_ARTICLE');
    expect(code(() => extractArticle({ text: new Uint8Array([72, 0, 105, 0]) }))).toBe(
      'INVALID_ARTICLE',
    );
    expect(code(() => extractArticle({ text: new Uint8Array([0xc3, 0x28, 0x41, 0x42]) }))).toBe(
      'INVALID_ARTICLE',
    );
    expect(code(() => extractArticle({ text: FR_VERKOR }, { maxBytes: 100 }))).toBe(
      'ARTICLE_TOO_LARGE',
    );
    expect(
      code(() =>
        extractArticle({ text: '<html><body><script>var a = 1;</script><p> </p></body></html>' }),
      ),
    ).toBe('INVALID_ARTICLE');
    expect(code(() => extractArticle({ text: FR_VERKOR, publishedAt: '1850-01-01' }))).toBe(
      'INVALID_ARTICLE',
    );
    expect(code(() => extractArticle({ text: FR_VERKOR, title: 'x'.repeat(1001) }))).toBe(
      'INVALID_ARTICLE',
    );
    expect(
      code(() =>
        extractArticle({
          text: 'Der Autohersteller hat heute in Berlin eine neue Fabrik für Elektroautos eröffnet und will dort viele Menschen beschäftigen.',
        }),
      ),
    ).toBe('UNSUPPORTED_LANGUAGE');
  });
  it('accepts a forced language', () => {
    const text =
      'Der Autohersteller hat heute in Berlin eine neue Fabrik für Elektroautos eröffnet.';
    expect(extractArticle({ text, language: 'en' }).article.language).toBe('en');
  });
  it('says what was wrong', () => {
    expect(() => extractArticle({ text: FR_VERKOR }, { maxBytes: 100 })).toThrow(
      /over the limit of 100 bytes/,
    );
  });
  it('refuses an article over the word limit with ARTICLE_TOO_LARGE', () => {
    const long = `Titre\n\n${'Renault construit des voitures à Douai. '.repeat(2000)}`;
    expect(code(() => extractArticle({ text: long }, { maxWords: 5000 }))).toBe(
      'ARTICLE_TOO_LARGE',
    );
    expect(() => extractArticle({ text: long }, { maxWords: 5000 })).toThrow(
      /more than 5,000 words/,
    );
    expect(extractArticle({ text: long }, { maxWords: 20_000 }).article.language).toBe('fr');
  });
});
