// Unit tests of the extraction pipeline on hand-written French and English articles.
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../server/errors.js';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';
import { removePageFurniture } from '../../../server/ingest/extract/page-furniture.js';
import { readTextMetadata } from '../../../server/ingest/extract/read-metadata.js';
import { splitSentences } from '../../../server/ingest/extract/split-sentences.js';
import { defaultGazetteer } from '../../../server/ingest/extract/gazetteer.js';
import { matchGazetteer } from '../../../server/ingest/extract/match-gazetteer.js';
import { tokenize } from '../../../server/ingest/extract/tokenize.js';
import { EN_HTML, EN_POWERCO, FR_GEELY, FR_VERKOR } from './fixtures.js';

const has = (
  json: ReturnType<typeof toExtractJson>,
  type: string,
  source: string,
  target: string,
): boolean =>
  json.relations.some((r) => r.type === type && r.source === source && r.target === target);
const ids = (json: ReturnType<typeof toExtractJson>): string[] => json.entities.map((e) => e.id);
const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof KgError ? err.code : 'OTHER';
  }
  return undefined;
};

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
});

describe('page furniture', () => {
  it('drops a heading followed by timestamped headlines, and boilerplate', () => {
    const lines = [
      'Le constructeur a présenté ses résultats ce matin devant la presse.',
      'Lire la suite réservé aux abonnés',
      'Nos derniers articles',
      'Bourse : le CAC 40 recule12/03/2025 à 09:14',
      'Football : le PSG s’impose12/03/2025 à 09:02',
    ];
    expect(removePageFurniture(lines)).toEqual([lines[0]]);
  });
  it('keeps a short section heading followed by a paragraph', () => {
    const lines = [
      'Une stratégie claire',
      'Le groupe veut réduire ses coûts de moitié. Il vise 2027.',
    ];
    expect(removePageFurniture(lines)).toEqual(lines);
  });
  it('never extracts entities from related-story lists', () => {
    const fr = toExtractJson(extractArticle({ text: FR_VERKOR }));
    const en = toExtractJson(extractArticle({ text: EN_POWERCO }));
    expect(ids(fr)).not.toContain('company:tesla');
    expect(ids(fr)).not.toContain('company:volkswagen');
    expect(ids(en)).not.toContain('company:ford');
    expect(ids(en)).not.toContain('company:nissan');
  });
  it('drops scripts around an HTML article', () => {
    const json = toExtractJson(extractArticle({ text: EN_HTML }));
    expect(ids(json)).not.toContain('company:google');
    expect(ids(json)).not.toContain('company:stellantis');
    expect(ids(json)).toContain('company:tesla');
  });
});

describe('sentences and gazetteer', () => {
  it('splits sentences with offsets and keeps abbreviations together', () => {
    const text = 'M. Dupont dirige Renault. Il parle.\nTitre';
    const s = splitSentences(text, 'fr');
    expect(s.map((x) => x.text)).toEqual(['M. Dupont dirige Renault.', 'Il parle.', 'Titre']);
    expect(text.slice(s[1]!.start, s[1]!.end)).toBe('Il parle.');
  });
  it('matches aliases accent- and case-insensitively (names need a capital) with the longest match', () => {
    const gaz = defaultGazetteer();
    const text = 'La Renault 5 E-Tech sort de l’usine ; CITROEN et Citroën aussi.';
    const tokens = tokenize(text);
    const hits = matchGazetteer(gaz, tokens, 0, tokens.length).map((h) => h.terms[0]!.entry.id);
    expect(hits).toEqual(['vehicle:renault-5-e-tech', 'brand:citroen', 'brand:citroen']);
  });
});

describe('entities and relations', () => {
  it('French: plant from "usine de X", stake, leader, partnership', () => {
    const json = toExtractJson(extractArticle({ text: FR_VERKOR }));
    expect(ids(json)).toEqual(
      expect.arrayContaining([
        'company:verkor',
        'plant:verkor-dunkirk',
        'place:dunkirk',
        'person:benoit-lemaignan',
      ]),
    );
    expect(has(json, 'LOCATED_IN', 'plant:verkor-dunkirk', 'place:hauts-de-france')).toBe(true);
    expect(has(json, 'LEADS', 'person:benoit-lemaignan', 'company:verkor')).toBe(true);
    expect(has(json, 'OWNS_STAKE_IN', 'company:renault', 'company:verkor')).toBe(true);
    expect(has(json, 'PARTNERS_WITH', 'company:renault', 'company:verkor')).toBe(true);
  });
  it('French: based in, subsidiary, brand and founder', () => {
    const json = toExtractJson(extractArticle({ text: FR_GEELY }));
    expect(has(json, 'LOCATED_IN', 'company:geely', 'place:hangzhou')).toBe(true);
    expect(has(json, 'SUBSIDIARY_OF', 'company:polestar', 'company:volvo-cars')).toBe(true);
    expect(has(json, 'LEADS', 'person:li-shufu', 'company:geely')).toBe(true);
    expect(has(json, 'BRAND_OF', 'brand:lynk-co', 'company:geely')).toBe(true);
  });
  it('English: subsidiary, plant in a city, investment, leader, competitors', () => {
    const json = toExtractJson(extractArticle({ text: EN_POWERCO }));
    expect(has(json, 'SUBSIDIARY_OF', 'company:powerco', 'company:volkswagen')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'plant:powerco-sagunto', 'place:sagunto')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'place:sagunto', 'place:spain')).toBe(true);
    expect(has(json, 'LEADS', 'person:thomas-schafer', 'company:volkswagen')).toBe(true);
    expect(has(json, 'INVESTS_IN', 'company:volkswagen', 'company:powerco')).toBe(true);
    expect(
      json.relations.every((r) => r.evidence.length > 0 && r.confidence > 0 && r.confidence <= 1),
    ).toBe(true);
  });
  it('English HTML: x-based, led by, plant produces', () => {
    const json = toExtractJson(extractArticle({ text: EN_HTML }));
    expect(has(json, 'LOCATED_IN', 'company:tesla', 'place:austin')).toBe(true);
    expect(has(json, 'LEADS', 'person:elon-musk', 'company:tesla')).toBe(true);
    expect(has(json, 'PRODUCES', 'plant:tesla-grunheide', 'vehicle:tesla-model-y')).toBe(true);
  });
  it('discovers unknown companies and plants with deterministic ids', () => {
    const text = `Le groupe Zorvex investit à Pontvert\nLe groupe Zorvex va construire une usine à Pontvert, a annoncé son patron Marc Lenoir. L'usine de Pontvert produira des batteries pour le constructeur.`;
    const delta = extractArticle({ text });
    const json = toExtractJson(delta);
    expect(ids(json)).toEqual(
      expect.arrayContaining(['company:zorvex', 'plant:zorvex-pontvert', 'place:pontvert']),
    );
    const claim = delta.claims.find(
      (c) => c.type === 'LOCATED_IN' && c.source === 'plant:zorvex-pontvert',
    );
    expect(claim?.sentence).toBe(delta.article.text.slice(claim!.start, claim!.end));
    expect(claim?.method).toBe('fr:plant-place');
  });
  it('gives the same content the same id', () => {
    const a = extractArticle({ text: FR_VERKOR });
    const b = extractArticle({ text: new TextEncoder().encode(FR_VERKOR.replace(/\n/g, '\r\n')) });
    expect(a.article.id).toBe(b.article.id);
    expect(a.article.id).toMatch(/^art-[0-9a-f]{16}$/);
    expect(a.article.hash).toHaveLength(64);
  });
});

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
});
