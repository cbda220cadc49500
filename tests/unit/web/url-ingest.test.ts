// The link box's parsing: web links kept (deduplicated), anything else reported.
import { describe, expect, it } from 'vitest';
import { parseLinks } from '../../../web/src/ui/url-ingest.js';

describe('parseLinks', () => {
  it('keeps http(s) links once and reports the other lines', () => {
    expect(
      parseLinks(
        ' https://news.example/a \n\nhttp://news.example/b\nhttps://news.example/a\nftp://x.example/f\nnot a link',
      ),
    ).toEqual({
      urls: ['https://news.example/a', 'http://news.example/b'],
      invalid: ['ftp://x.example/f', 'not a link'],
    });
  });

  it('gives nothing for an empty box', () => {
    expect(parseLinks('  \n ')).toEqual({ urls: [], invalid: [] });
  });
});
