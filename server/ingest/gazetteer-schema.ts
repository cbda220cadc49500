// The shape of the seed gazetteer files (zod) and the cross-file checks: ids, references, aliases.
import { z } from 'zod';
import { ENTITY_TYPES, type EntityType } from '../../schema/ontology.js';
import { aliasTokens } from './extract/tokenize.js';

/** The id prefix each entity type uses ("company:renault", "org:acea"). */
export const ID_PREFIX: Record<EntityType, string> = {
  Company: 'company',
  Brand: 'brand',
  Person: 'person',
  Plant: 'plant',
  Place: 'place',
  Vehicle: 'vehicle',
  Technology: 'technology',
  Organization: 'org',
};

const PLACE_KINDS = ['continent', 'country', 'region', 'city'] as const;
const PLANT_KINDS = ['vehicle', 'battery', 'materials', 'components', 'recycling'] as const;

/** One entry of `seed/gazetteer/*.json`; unknown fields are refused so that typos show. */
export const gazetteerEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/, 'id must look like "type:slug"'),
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string().min(1)),
  /** Aliases that only count when the owner is mentioned too. */
  context: z.array(z.string().min(1)).optional(),
  /** Parent company, brand owner, vehicle maker, plant operator, a person's company. */
  owner: z.string().optional(),
  /** A plant's or cluster's town. */
  place: z.string().optional(),
  /** A plant's, company's or place's country. */
  country: z.string().optional(),
  kind: z.string().optional(),
  /** Containing place. */
  parent: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  /** A person's role at `owner` ("CEO", "chair", "founder"). */
  role: z.string().min(1).optional(),
  /** Aliases deliberately shared with another entry (the matcher keeps both readings). */
  ambiguous: z.array(z.string().min(1)).optional(),
});

/** A checked gazetteer entry. */
export type GazetteerSeedEntry = z.infer<typeof gazetteerEntrySchema>;

/** A gazetteer file: an array of entries. */
export const gazetteerFileSchema = z.array(gazetteerEntrySchema);

/** Which types each reference field may point to. */
const REFERENCE_TYPES: Record<
  'owner' | 'place' | 'country' | 'parent',
  Partial<Record<EntityType, readonly EntityType[]>>
> = {
  owner: {
    Company: ['Company', 'Organization'],
    Brand: ['Company'],
    Vehicle: ['Company', 'Brand'],
    Plant: ['Company', 'Brand'],
    Person: ['Company', 'Brand', 'Organization', 'Place'],
    Technology: ['Company'],
    Organization: ['Company', 'Organization', 'Place'],
  },
  place: { Plant: ['Place'], Organization: ['Place'], Company: ['Place'] },
  country: { Plant: ['Place'], Place: ['Place'], Company: ['Place'], Organization: ['Place'] },
  parent: { Place: ['Place'] },
};

/** Folded form of an alias as the matcher sees it ("Škoda Auto" → "skoda auto"). */
export function foldAlias(alias: string): string {
  return aliasTokens(alias).join(' ');
}

/** True for an alias the matcher would only accept in upper case (short all-caps acronyms). */
function capsOnly(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  return (
    letters.length > 0 &&
    letters.length <= 6 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  );
}

/**
 * An alias that could name an ordinary word: every token is a common word, a number or a short
 * word, and the matcher would not insist on upper case ("Spring", "Model Y", "Up", "ID. Buzz").
 */
export function riskyAlias(alias: string, common: ReadonlySet<string>): boolean {
  if (capsOnly(alias)) return false;
  const tokens = aliasTokens(alias);
  return (
    tokens.length > 0 &&
    tokens.every((t) => common.has(t) || /^\d+$/.test(t) || (/^\p{L}+$/u.test(t) && t.length <= 3))
  );
}

/** Every problem of a whole gazetteer (all files together), as readable sentences. */
export function gazetteerProblems(
  entries: readonly GazetteerSeedEntry[],
  common: ReadonlySet<string>,
  /** Reviewed aliases that are common words but safe capitalised ("Peugeot", "Ford"). */
  riskyAllowed: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const byId = new Map<string, GazetteerSeedEntry>();
  for (const e of entries) {
    if (byId.has(e.id)) problems.push(`${e.id}: duplicate id`);
    byId.set(e.id, e);
    if (!e.id.startsWith(`${ID_PREFIX[e.type]}:`))
      problems.push(`${e.id}: a ${e.type} id must start with "${ID_PREFIX[e.type]}:"`);
    if ((e.lat === undefined) !== (e.lon === undefined))
      problems.push(`${e.id}: lat and lon go together`);
    if (e.type === 'Place' && !PLACE_KINDS.includes(e.kind as (typeof PLACE_KINDS)[number]))
      problems.push(`${e.id}: a place kind is one of ${PLACE_KINDS.join(', ')}`);
    if (
      e.type === 'Plant' &&
      e.kind !== undefined &&
      !PLANT_KINDS.includes(e.kind as (typeof PLANT_KINDS)[number])
    )
      problems.push(`${e.id}: a plant kind is one of ${PLANT_KINDS.join(', ')}`);
    if (e.role !== undefined && e.type !== 'Person')
      problems.push(`${e.id}: only people have a role`);
  }
  for (const e of entries) {
    for (const field of ['owner', 'place', 'country', 'parent'] as const) {
      const ref = e[field];
      if (ref === undefined) continue;
      const allowed = REFERENCE_TYPES[field][e.type];
      const target = byId.get(ref);
      if (!allowed) problems.push(`${e.id}: a ${e.type} has no "${field}"`);
      else if (!target) problems.push(`${e.id}: ${field} ${ref} does not exist`);
      else if (!allowed.includes(target.type))
        problems.push(`${e.id}: ${field} ${ref} is a ${target.type}, not ${allowed.join('/')}`);
      else if (field === 'country' && target.kind !== 'country')
        problems.push(`${e.id}: country ${ref} is not a country`);
      else if (ref === e.id) problems.push(`${e.id}: ${field} points to itself`);
    }
    if (e.context && e.context.length > 0 && !e.owner)
      problems.push(`${e.id}: context aliases need an owner`);
  }
  // A capitalised model name that starts with its maker's name ("Nissan Leaf") is distinctive.
  const startsWithOwner = (e: GazetteerSeedEntry, key: string): boolean => {
    let owner = e.owner === undefined ? undefined : byId.get(e.owner);
    for (let depth = 0; owner && depth < 2; depth++) {
      for (const a of [owner.name, ...owner.aliases])
        if (key.startsWith(`${foldAlias(a)} `)) return true;
      owner = owner.owner === undefined ? undefined : byId.get(owner.owner);
    }
    return false;
  };
  // Each folded alias (name included) belongs to one entry unless every holder lists it as ambiguous.
  const holders = new Map<string, GazetteerSeedEntry[]>();
  for (const e of entries) {
    const seen = new Set<string>();
    for (const alias of [e.name, ...e.aliases]) {
      const key = foldAlias(alias);
      if (key === '') problems.push(`${e.id}: alias "${alias}" has no word`);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = holders.get(key);
      if (list) list.push(e);
      else holders.set(key, [e]);
      // Model names are checked whole; other names only when they are one word ("Smart").
      const checked =
        e.type === 'Vehicle' ||
        (['Company', 'Brand', 'Organization'].includes(e.type) && !key.includes(' '));
      if (
        checked &&
        !(startsWithOwner(e, key) && /^\p{Lu}/u.test(alias)) &&
        riskyAlias(alias, common) &&
        !riskyAllowed.has(alias)
      )
        problems.push(
          `${e.id}: alias "${alias}" reads as ordinary words; put it under "context" or make it longer`,
        );
    }
  }
  for (const [key, list] of holders) {
    if (list.length < 2) continue;
    const undeclared = list.filter((e) => !(e.ambiguous ?? []).some((a) => foldAlias(a) === key));
    if (undeclared.length > 0)
      problems.push(
        `alias "${key}" is shared by ${list.map((e) => e.id).join(', ')}; list it under "ambiguous" in each`,
      );
  }
  return problems;
}
