// Discovery: unknown companies, places, plants and vehicle models typed by their context.
import { describe, expect, it } from 'vitest';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';
import { extract, ids } from './helpers.js';

describe('discovery', () => {
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
  it('types the capitalised object of a production verb as a vehicle model', () => {
    const en = extract(
      'Kia launches a new model\n\nKia will produce the Syros at its Žilina plant from next year, the company said on Monday.',
    );
    expect(ids(en)).toContain('vehicle:syros');
    const fr = extract(
      'Nissan mise sur Sunderland\n\nNissan produira la Nivara dans son usine de Sunderland. Le modèle Quorra suivra en 2027, a indiqué le groupe.',
    );
    expect(ids(fr)).toEqual(expect.arrayContaining(['vehicle:nivara', 'vehicle:quorra']));
  });
  it('does not take a plant or a brand for a model', () => {
    const json = extract(
      'Zorvex grows\n\nZorvex will build the Pontvert plant next year, and will launch the Velora brand in Europe.',
    );
    expect(ids(json)).not.toContain('vehicle:pontvert');
    expect(ids(json)).not.toContain('vehicle:velora');
  });
});
