// Page furniture: headline lists, timestamps and boilerplate are dropped, real headings kept.
import { describe, expect, it } from 'vitest';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';
import {
  hasTimestamp,
  removePageFurniture,
} from '../../../server/ingest/extract/page-furniture.js';
import { EN_POWERCO, FR_VERKOR } from './fixtures.js';
import { ids } from './helpers.js';

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
  it('tells timestamps from dates inside sentences', () => {
    expect(hasTimestamp('Publié le 30/07/2025 à 10:44:46')).toBe(true);
    expect(hasTimestamp('Ford cuts jobs in Cologne - 2023-03-16 10:42')).toBe(true);
    expect(hasTimestamp('Mis à jour il y a 5 min')).toBe(true);
    expect(hasTimestamp('Le site ouvrira le 3 mars 2026 et emploiera 1 200 personnes.')).toBe(
      false,
    );
  });
});
