// Relation rules on hand-written French and English articles, old and new.
import { describe, expect, it } from 'vitest';
import { extractArticle, toExtractJson } from '../../../server/ingest/extract/extract-article.js';
import { EN_POWERCO, FR_GEELY, FR_VERKOR } from './fixtures.js';
import { extract, has, ids } from './helpers.js';
import { EN_KIA, EN_NISSAN, EN_TESLA, FR_JV, FR_SKODA } from './relation-articles.js';

describe('relations on the fixture articles', () => {
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
    // The apposition "the battery subsidiary of Volkswagen" does not make Volkswagen the builder.
    expect(has(json, 'OPERATES', 'company:volkswagen', 'plant:powerco-sagunto')).toBe(false);
    expect(
      json.relations.every((r) => r.evidence.length > 0 && r.confidence > 0 && r.confidence <= 1),
    ).toBe(true);
  });
});

describe('relations on new articles', () => {
  it('English (Kia): apposition skipped, participle is not the supplier building the plant', () => {
    const json = extract(EN_KIA);
    expect(has(json, 'OPERATES', 'company:kia', 'plant:kia-zilina')).toBe(true);
    expect(has(json, 'OPERATES', 'company:hyundai', 'plant:kia-zilina')).toBe(false);
    expect(has(json, 'SUBSIDIARY_OF', 'company:kia', 'company:hyundai')).toBe(true);
    expect(has(json, 'PRODUCES', 'company:kia', 'vehicle:syros')).toBe(true);
    expect(has(json, 'PRODUCES', 'plant:kia-zilina', 'vehicle:kia-ev3')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'plant:kia-zilina', 'place:slovakia')).toBe(true);
    expect(has(json, 'LEADS', 'person:marc-dubreuil', 'company:kia')).toBe(true);
  });
  it('English (Nissan): a supplier of a car built at a plant does not operate it', () => {
    const json = extract(EN_NISSAN);
    expect(has(json, 'OPERATES', 'company:aesc', 'plant:nissan-sunderland')).toBe(false);
    expect(has(json, 'OPERATES', 'company:envision', 'plant:nissan-sunderland')).toBe(false);
    expect(has(json, 'PRODUCES', 'plant:nissan-sunderland', 'vehicle:nissan-leaf')).toBe(true);
    expect(has(json, 'OPERATES', 'company:nissan', 'plant:nissan-sunderland')).toBe(true);
    expect(has(json, 'PRODUCES', 'company:nissan', 'vehicle:nissan-ariya')).toBe(true);
    expect(has(json, 'PRODUCES', 'plant:nissan-sunderland', 'vehicle:nissan-micra')).toBe(true);
    expect(has(json, 'SUPPLIES', 'company:aesc', 'vehicle:nissan-leaf')).toBe(true);
    expect(has(json, 'SUPPLIES', 'company:envision', 'vehicle:nissan-leaf')).toBe(false);
  });
  it('English (Tesla, CATL): city-country, plant in region, relative clause on the last name', () => {
    const json = extract(EN_TESLA);
    expect(has(json, 'OPERATES', 'company:catl', 'plant:catl-arnstadt')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'place:arnstadt', 'place:germany')).toBe(true);
    expect(has(json, 'OPERATES', 'company:tesla', 'plant:tesla-grunheide')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'plant:tesla-grunheide', 'place:brandenburg')).toBe(true);
    expect(has(json, 'PRODUCES', 'company:tesla', 'vehicle:tesla-model-y')).toBe(true);
    expect(has(json, 'OPERATES', 'company:northvolt', 'plant:northvolt-skelleftea')).toBe(true);
    expect(has(json, 'LOCATED_IN', 'place:skelleftea', 'place:sweden')).toBe(true);
  });
  it('French: joint venture owners, relative clause attached to the head, lower-case brand', () => {
    const json = extract(FR_JV);
    for (const owner of ['company:stellantis', 'company:saft', 'company:totalenergies'])
      expect(has(json, 'OWNS_STAKE_IN', owner, 'company:neocell')).toBe(true);
    const operators = json.relations.filter((r) => r.type === 'OPERATES').map((r) => r.source);
    expect(operators).toEqual(['company:neocell']);
    expect(has(json, 'OWNS_STAKE_IN', 'company:renault', 'company:verkor')).toBe(true);
    expect(ids(json)).toContain('brand:citroen');
    expect(ids(json)).not.toContain('place:nord');
  });
  it('French (Škoda): apposition, possessive plant, model, brand leader, participle', () => {
    const json = extract(FR_SKODA);
    expect(has(json, 'BRAND_OF', 'brand:skoda', 'company:volkswagen')).toBe(true);
    expect(has(json, 'PRODUCES', 'brand:skoda', 'vehicle:skoda-elroq')).toBe(true);
    expect(has(json, 'OPERATES', 'brand:skoda', 'plant:skoda-mlada-boleslav')).toBe(true);
    expect(has(json, 'OPERATES', 'company:volkswagen', 'plant:skoda-mlada-boleslav')).toBe(false);
    expect(has(json, 'LEADS', 'person:thomas-schafer', 'company:volkswagen')).toBe(true);
    expect(json.relations.some((r) => r.type === 'OPERATES' && r.source === 'company:gotion')).toBe(
      false,
    );
  });
});
