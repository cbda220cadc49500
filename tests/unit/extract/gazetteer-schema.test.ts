// The seed gazetteer against its schema: shapes, id prefixes, references, coordinates and safe aliases.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonWords, loadGazetteerEntries } from '../../../server/ingest/extract/gazetteer.js';
import {
  gazetteerFileSchema,
  gazetteerProblems,
  riskyAlias,
  type GazetteerSeedEntry,
} from '../../../server/ingest/gazetteer-schema.js';

const DIR = fileURLToPath(new URL('../../../seed/gazetteer/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Reviewed aliases that are frequent words but safe capitalised (one a line, # comments). */
const CAPITALISED_NAMES = new Set(
  readFileSync(join(DIR, 'capitalised-names.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#')),
);

const all = (): GazetteerSeedEntry[] =>
  FILES.flatMap((f) => gazetteerFileSchema.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8'))));

const entry = (e: Partial<GazetteerSeedEntry> & { id: string }): GazetteerSeedEntry => ({
  name: e.id.split(':')[1]!,
  type: 'Company',
  aliases: [],
  ...e,
});

describe('seed gazetteer schema', () => {
  it.each(FILES)('%s matches the entry schema', (file) => {
    const result = gazetteerFileSchema.safeParse(JSON.parse(readFileSync(join(DIR, file), 'utf8')));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('has unique ids, typed references, coordinates in range and no unsafe shared alias', () => {
    expect(gazetteerProblems(all(), commonWords(), CAPITALISED_NAMES)).toEqual([]);
  });

  it('is what the loader reads', () => {
    expect(loadGazetteerEntries(DIR).map((e) => e.id)).toEqual(all().map((e) => e.id));
  });

  it('covers the domain broadly', () => {
    const count = (t: string): number => all().filter((e) => e.type === t).length;
    expect(count('Company')).toBeGreaterThanOrEqual(400);
    expect(count('Brand')).toBeGreaterThanOrEqual(150);
    expect(count('Vehicle')).toBeGreaterThanOrEqual(300);
    expect(count('Person')).toBeGreaterThanOrEqual(200);
    expect(count('Plant')).toBeGreaterThanOrEqual(150);
    expect(count('Place')).toBeGreaterThanOrEqual(250);
    const plants = all().filter((e) => e.type === 'Plant');
    expect(plants.filter((p) => p.lat === undefined || !p.owner || !p.place)).toEqual([]);
  });
});

describe('gazetteer checks', () => {
  const common = new Set(['spring', 'model', 'golf']);
  it('reports wrong prefixes, missing or mistyped references and bad coordinates', () => {
    const problems = gazetteerProblems(
      [
        entry({ id: 'brand:acme', type: 'Company' }),
        entry({ id: 'vehicle:x1', type: 'Vehicle', name: 'Acme X1', owner: 'company:none' }),
        entry({ id: 'place:here', type: 'Place', kind: 'city', lat: 10 }),
        entry({
          id: 'plant:p',
          type: 'Plant',
          name: 'P plant',
          owner: 'place:here',
          country: 'place:here',
        }),
        entry({ id: 'company:a', name: 'Acme' }),
        entry({ id: 'company:a', name: 'Acme Two', ambiguous: ['Acme'] }),
      ],
      common,
    );
    expect(problems).toEqual([
      'brand:acme: a Company id must start with "company:"',
      'place:here: lat and lon go together',
      'company:a: duplicate id',
      'vehicle:x1: owner company:none does not exist',
      'plant:p: owner place:here is a Place, not Company/Brand',
      'plant:p: country place:here is not a country',
      'alias "acme" is shared by brand:acme, company:a; list it under "ambiguous" in each',
    ]);
  });

  it('refuses coordinates out of range and unknown fields', () => {
    expect(gazetteerFileSchema.safeParse([entry({ id: 'place:x', lat: 91, lon: 0 })]).success).toBe(
      false,
    );
    expect(
      gazetteerFileSchema.safeParse([{ ...entry({ id: 'company:x' }), maker: 'y' }]).success,
    ).toBe(false);
  });

  it('reports an alias shared by two entries unless both list it as ambiguous', () => {
    const a = entry({ id: 'company:a', name: 'Acme', aliases: ['Acmé Group'] });
    const b = entry({ id: 'company:b', name: 'ACME group' });
    expect(gazetteerProblems([a, b], common)).toEqual([
      'alias "acme group" is shared by company:a, company:b; list it under "ambiguous" in each',
    ]);
    expect(
      gazetteerProblems(
        [
          { ...a, ambiguous: ['Acme Group'] },
          { ...b, ambiguous: ['Acme Group'] },
        ],
        common,
      ),
    ).toEqual([]);
  });

  it('flags aliases that read as ordinary words but not distinctive or all-caps ones', () => {
    expect(riskyAlias('Spring', common)).toBe(true);
    expect(riskyAlias('Model Y', common)).toBe(true);
    expect(riskyAlias('Up', common)).toBe(true);
    expect(riskyAlias('208', common)).toBe(true);
    expect(riskyAlias('Dacia Spring', common)).toBe(false);
    expect(riskyAlias('EX30', common)).toBe(false);
    expect(riskyAlias('BYD', common)).toBe(false);
    const problems = gazetteerProblems(
      [entry({ id: 'vehicle:s', type: 'Vehicle', name: 'Dacia Spring', aliases: ['Spring'] })],
      common,
    );
    expect(problems).toEqual([
      'vehicle:s: alias "Spring" reads as ordinary words; put it under "context" or make it longer',
    ]);
  });

  it('accepts a capitalised model name that starts with its maker, and reviewed names', () => {
    const words = new Set(['golf', 'volkswagen']);
    const reviewed = new Set(['Volkswagen']);
    const maker = entry({ id: 'company:vw', name: 'Volkswagen', aliases: ['VW'] });
    const golf = (aliases: string[]): GazetteerSeedEntry =>
      entry({
        id: 'vehicle:golf',
        type: 'Vehicle',
        name: 'Volkswagen Golf',
        aliases,
        owner: 'company:vw',
      });
    expect(gazetteerProblems([maker, golf(['VW Golf'])], words, reviewed)).toEqual([]);
    expect(gazetteerProblems([maker, golf(['vw golf'])], words, reviewed)).toEqual([
      'vehicle:golf: alias "vw golf" reads as ordinary words; put it under "context" or make it longer',
    ]);
    expect(gazetteerProblems([maker, golf(['Golf'])], words, reviewed)).toEqual([
      'vehicle:golf: alias "Golf" reads as ordinary words; put it under "context" or make it longer',
    ]);
    expect(gazetteerProblems([maker, golf([])], words)).toEqual([
      'company:vw: alias "Volkswagen" reads as ordinary words; put it under "context" or make it longer',
    ]);
  });
});
