// Language detection: French and English by function words or trigrams, anything else rejected.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../server/ingest/extract/detect-language.js';
import { extractArticle } from '../../../server/ingest/extract/extract-article.js';
import { EN_POWERCO, FR_VERKOR } from './fixtures.js';
import { code } from './helpers.js';

describe('language', () => {
  it('detects French and English articles', () => {
    expect(extractArticle({ text: FR_VERKOR }).article.language).toBe('fr');
    expect(extractArticle({ text: EN_POWERCO }).article.language).toBe('en');
    expect(
      detectLanguage('Le constructeur a ouvert une usine dans le Nord pour les batteries.'),
    ).toBe('fr');
    expect(detectLanguage('The carmaker opened a battery plant in the north of the country.')).toBe(
      'en',
    );
  });
  it('rejects German and accepts a forced language', () => {
    const text =
      'Der Autohersteller hat heute in Berlin eine neue Fabrik für Elektroautos eröffnet.';
    expect(code(() => detectLanguage(`${text} Er will dort viele Menschen beschäftigen.`))).toBe(
      'UNSUPPORTED_LANGUAGE',
    );
    expect(extractArticle({ text, language: 'en' }).article.language).toBe('en');
  });
});
