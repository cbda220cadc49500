// Each mechanism added for real news, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { stripDescriptor } from '../../../server/ingest/extract/descriptors.js';
import { modalityOf } from '../../../server/ingest/extract/modality.js';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';
import { has, ids, type Json } from './helpers.js';

/** Extraction of a short text; short texts say too little for language detection. */
const extract = (text: string): Json =>
  toExtractJson(
    extractArticle({
      text,
      language: /\b(?:le|la|les|des|et|dans|une?)\b/.test(text) ? 'fr' : 'en',
    }),
  );

const rel = (json: Json, type: string, source: string, target: string) =>
  json.relations.find((r) => r.type === type && r.source === source && r.target === target);

describe('descriptive phrases before a name', () => {
  it('are removed from the skeleton, prepositions kept', () => {
    expect(stripDescriptor('ceo of swedish battery manufacturer ')).toBe('ceo of ');
    expect(stripDescriptor('avec le constructeur chinois de vehicules electriques ')).toBe('avec ');
    expect(stripDescriptor("un accord avec l'equipementier ")).toBe('un accord avec ');
    expect(stripDescriptor('the new ')).toBe('the new ');
    expect(stripDescriptor('rival of ')).toBe('rival of ');
  });
  it('let a pattern reach the name behind them', () => {
    const json = extract(
      'Volvo Cars has signed a partnership with Swedish battery maker Northvolt for its next models.',
    );
    expect(has(json, 'PARTNERS_WITH', 'company:northvolt', 'company:volvo-cars')).toBe(true);
    expect(ids(json)).not.toContain('company:swedish');
  });
});

describe('coordination', () => {
  it('gives a list of subjects one claim each', () => {
    const json = extract('Toyota et Honda ont investi dans Verkor en 2025.');
    expect(has(json, 'INVESTS_IN', 'company:toyota', 'company:verkor')).toBe(true);
    expect(has(json, 'INVESTS_IN', 'company:honda', 'company:verkor')).toBe(true);
  });
  it('leaves a phrase after the last name to that name alone', () => {
    const json = extract(
      'Renault se prépare à la concurrence de BYD et de MG, la marque du groupe chinois SAIC.',
    );
    expect(has(json, 'BRAND_OF', 'brand:mg', 'company:saic')).toBe(true);
    expect(has(json, 'BRAND_OF', 'company:byd', 'company:saic')).toBe(false);
  });
});

describe('names the gazetteer lacks', () => {
  it('a known given name or an East Asian family name makes a person', () => {
    const json = extract(
      'Verkor a recruté Gilles Vaudoyer pour son usine de Dunkerque. Jinwoo Park, chairman of Kia, welcomed the deal.',
    );
    const people = json.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Gilles Vaudoyer', 'Jinwoo Park']));
  });
  it('a company followed by a country is a unit of it, but "X Hungary plant" stays a plant', () => {
    const json = extract(
      'Stellantis Portugal will hire 200 people. BYD confirmed that the BYD Hungary plant opens in 2026.',
    );
    expect(ids(json)).toContain('company:stellantis-portugal');
    expect(json.entities.some((e) => e.type === 'Plant')).toBe(true);
    expect(ids(json)).not.toContain('company:byd-hungary');
  });
  it('"located in X", "la commune de X" and "X, <country>" make places; a lone frequent word does not', () => {
    const json = extract(
      'Verkor exploite une usine située sur la commune de Brévillers. The Group said Nevertheless that its site is in Lindvik, Sweden.',
    );
    const places = json.entities.filter((e) => e.type === 'Place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['Brévillers', 'Lindvik']));
    expect(json.entities.some((e) => e.name === 'Nevertheless' || e.name === 'Group')).toBe(false);
  });
});

describe('leaders', () => {
  it('reads titles with qualifiers and a second title', () => {
    const json = extract(
      'Anna Lindqvist, chairman and chief executive of Volvo Cars, opened the show.',
    );
    expect(rel(json, 'LEADS', 'person:anna-lindqvist', 'company:volvo-cars')?.role).toBe(
      'chairman and chief executive',
    );
  });
  it('gives a title before a name to the company of the clause, but not "President X"', () => {
    const json = extract(
      'Volvo Cars will start production in Slovakia next year, executive vice president Anna Lindqvist said.',
    );
    expect(has(json, 'LEADS', 'person:anna-lindqvist', 'company:volvo-cars')).toBe(true);
    const head = extract('BYD signed the deal in Ankara before President Recep Tayyip Erdogan.');
    expect(head.relations.some((r) => r.type === 'LEADS')).toBe(false);
  });
  it('reads an appointment and a possessive title', () => {
    const json = extract(
      'Renault has named Marie Dubois as its new chief financial officer. Le ministre a reçu Nio et son PDG, William Li.',
    );
    expect(has(json, 'LEADS', 'person:marie-dubois', 'company:renault')).toBe(true);
    expect(has(json, 'LEADS', 'person:william-li', 'company:nio')).toBe(true);
  });
  it('a successor leads what the predecessor led, on the company of that sentence', () => {
    const json = extract(
      'Kia CEO John Harlow has been replaced by Laura Chen after a difficult year.',
    );
    expect(has(json, 'LEADS', 'person:john-harlow', 'company:kia')).toBe(true);
    expect(has(json, 'LEADS', 'person:laura-chen', 'company:kia')).toBe(true);
  });
});

describe('references', () => {
  it('"the giant … the US company": two descriptions, two different referents', () => {
    const json = extract(
      'Rivian has what Volkswagen needs. That is why the giant is investing billions in the US company.',
    );
    expect(has(json, 'INVESTS_IN', 'company:volkswagen', 'company:rivian')).toBe(true);
    expect(json.entities.some((e) => e.id === 'place:united-states')).toBe(false);
  });
  it('a sentence-initial pronoun continues the previous subject', () => {
    const json = extract(
      'Le nouveau modèle Nissan Micra arrive en 2026. Il sera fabriqué par Renault.',
    );
    expect(
      json.relations.some((r) => r.type === 'PRODUCES' && r.source === 'company:renault'),
    ).toBe(true);
  });
  it('"the Wolfsburg-based company" locates the company it refers to', () => {
    const json = extract(
      'Volkswagen raised its budget: the Wolfsburg-based company will spend more.',
    );
    expect(has(json, 'LOCATED_IN', 'company:volkswagen', 'place:wolfsburg')).toBe(true);
  });
});

describe('plants', () => {
  it('"its new EV plant in Hungary": the possessive names the operator', () => {
    const json = extract(
      'China’s BYD will start production at its new EV plant in Hungary next year.',
    );
    const plant = json.entities.find((e) => e.type === 'Plant');
    expect(plant?.name).toBe('BYD Hungary plant');
    expect(has(json, 'OPERATES', 'company:byd', plant!.id)).toBe(true);
    expect(has(json, 'LOCATED_IN', plant!.id, 'place:hungary')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'company:byd', 'place:china')).toBe(true);
  });
  it('"l\'usine polonaise de Stellantis" names the plant by the country, without a place claim', () => {
    const json = extract(
      'La citadine sera assemblée dans l’usine polonaise de Stellantis dès 2026.',
    );
    const plant = json.entities.find((e) => e.type === 'Plant');
    expect(plant?.name).toBe('Stellantis Poland plant');
    expect(has(json, 'OPERATES', 'company:stellantis', plant!.id)).toBe(true);
    expect(json.entities.some((e) => e.id === 'place:poland')).toBe(false);
  });
  it('plural plants of one operator in listed towns, each with its region in brackets', () => {
    const json = extract(
      "Le syndicat annonce l'abandon des usines du girondin Verkor à Tarbes (Occitanie) et Metz (Grand Est).",
    );
    const plants = json.entities.filter((e) => e.type === 'Plant').map((e) => e.name);
    expect(plants).toEqual(expect.arrayContaining(['Verkor Tarbes plant', 'Verkor Metz plant']));
  });
  it('an opening clause makes its subject the operator of a plant named by country', () => {
    const json = extract("Le constructeur chinois BYD a signé l'ouverture d'une usine en Hongrie.");
    const plant = json.entities.find((e) => e.type === 'Plant');
    expect(plant && has(json, 'OPERATES', 'company:byd', plant.id)).toBe(true);
    const plan = extract("ACC renonce à ses projets d'usine en Italie.");
    expect(plan.entities.some((e) => e.type === 'Plant')).toBe(false);
  });
});

describe('places, ownership and supply', () => {
  it('bracketed place lists, "capital of" and a company in its own country', () => {
    const json = extract(
      'The cars come from Renault ElectriCity (Douai, Ruitz). Hefei, capital of Anhui, hosts the centre. Passé chez Renault Korea en Corée, il connaît Séoul. L’implantation de BYD en Hongrie avance.',
    );
    const rc = json.entities.find((e) => e.name.includes('ElectriCity'))!;
    expect(has(json, 'LOCATED_IN', rc.id, 'place:douai')).toBe(true);
    expect(has(json, 'LOCATED_IN', rc.id, 'place:ruitz')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'place:hefei', 'place:anhui')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'company:renault-korea', 'place:south-korea')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'company:byd', 'place:hungary')).toBe(false);
  });
  it('joint venture partners, "dont X possède N %", share purchases, parents and subsidiaries', () => {
    const jv = extract('Verkor, coentreprise associant Renault, Schneider et Arkema, grandit.');
    expect(has(jv, 'OWNS_STAKE_IN', 'company:renault', 'company:verkor')).toBe(true);
    const pct = extract('Leapmotor, la marque dont Stellantis possède 21 %, arrive en Europe.');
    expect(has(pct, 'OWNS_STAKE_IN', 'company:stellantis', 'company:leapmotor')).toBe(true);
    const shares = extract(
      'Toyota completed the acquisition of shares worth 5 percent of Nio in May.',
    );
    expect(has(shares, 'OWNS_STAKE_IN', 'company:toyota', 'company:nio')).toBe(true);
    const parent = extract('Renault – the parent company of Ampere – reported its results.');
    expect(has(parent, 'SUBSIDIARY_OF', 'company:ampere', 'company:renault')).toBe(true);
    const sub = extract(
      'Samsung SDI will fund the plant through the Hungarian subsidiary Samsung SDI Hungary Zrt.',
    );
    expect(
      has(sub, 'SUBSIDIARY_OF', 'company:samsung-sdi-hungary-zrt', 'company:samsung-sdi'),
    ).toBe(true);
  });
  it('"its customers include …" and "became the supplier to …", not from an object', () => {
    const json = extract(
      'CATL grew fast. Its customers include such brands as Audi, BMW and Ford. Later it supplied cells to Kia and became the main supplier to Tesla.',
    );
    expect(has(json, 'SUPPLIES', 'company:catl', 'brand:audi')).toBe(true);
    expect(has(json, 'SUPPLIES', 'company:catl', 'company:ford')).toBe(true);
    expect(has(json, 'SUPPLIES', 'company:kia', 'company:tesla')).toBe(false);
  });
});

describe('modality', () => {
  it('classifies clauses', () => {
    expect(modalityOf("n'a pas investi dans ")).toBe('negated');
    expect(modalityOf(' does not own a stake in ')).toBe('negated');
    expect(modalityOf(' pourrait investir dans ')).toBe('possible');
    expect(modalityOf(' plans to build ')).toBe('possible');
    expect(modalityOf(' invested in ')).toBe('asserted');
  });
  it('drops a denied fact and marks a possible one with a lower confidence', () => {
    expect(
      extract("Renault n'a pas investi dans Verkor.").relations.some(
        (r) => r.type === 'INVESTS_IN',
      ),
    ).toBe(false);
    const possible = rel(
      extract('Renault pourrait investir dans Verkor.'),
      'INVESTS_IN',
      'company:renault',
      'company:verkor',
    );
    const stated = rel(
      extract('Renault a investi dans Verkor.'),
      'INVESTS_IN',
      'company:renault',
      'company:verkor',
    );
    expect(possible?.role).toBe('possible');
    expect(possible!.confidence).toBeLessThan(stated!.confidence);
  });
});
