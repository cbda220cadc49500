// HTML input: the article body is kept, scripts and navigation are dropped, relations still found.
import { describe, expect, it } from 'vitest';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';
import { EN_HTML } from './fixtures.js';
import { has, ids } from './helpers.js';

describe('HTML parsing', () => {
  it('drops scripts around an HTML article', () => {
    const json = toExtractJson(extractArticle({ text: EN_HTML }));
    expect(ids(json)).not.toContain('company:google');
    expect(ids(json)).not.toContain('company:stellantis');
    expect(ids(json)).toContain('company:tesla');
  });
  it('English HTML: x-based, led by, plant produces', () => {
    const json = toExtractJson(extractArticle({ text: EN_HTML }));
    expect(has(json, 'LOCATED_IN', 'company:tesla', 'place:austin')).toBe(true);
    expect(has(json, 'LEADS', 'person:elon-musk', 'company:tesla')).toBe(true);
    expect(has(json, 'PRODUCES', 'plant:tesla-grunheide', 'vehicle:tesla-model-y')).toBe(true);
  });
});
