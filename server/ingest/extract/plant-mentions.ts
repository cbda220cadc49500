// Recognises plants named by their place or operator ("l'usine de Douai", "BYD's Szeged plant").
import type { Language } from '../../../schema/graph-delta.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import type { ClaimDraft, EntityRegistry, Mention } from './mention.js';
import { slugify } from './text-normalize.js';
import type { Token } from './tokenize.js';
import { isDescriptorModifier } from './descriptors.js';
import { countryOfAdjective } from './nationalities.js';

const NOUN_BEFORE = new Set([
  'usine',
  'usines',
  'manufacture',
  'manufactures',
  'site',
  'sites',
  'gigafactory',
  'gigafactories',
  'giga',
  'plant',
  'plants',
  'factory',
  'factories',
  'facility',
  'facilities',
]);
const NOUN_AFTER = new Set([
  'plant',
  'plants',
  'factory',
  'factories',
  'gigafactory',
  'gigafactories',
  'facility',
  'site',
  'works',
]);
const PLURAL = new Set([
  'usines',
  'manufactures',
  'sites',
  'gigafactories',
  'plants',
  'factories',
  'facilities',
]);
const LINK = new Set(['de', 'd', 'du', 'a', 'in', 'at', 'near', 'of', 'en']);
// Links after which a country or region can name the plant: "son usine en Hongrie", "its plant in Hungary".
const AREA_LINK = new Set(['en', 'in']);
const POSSESSIVE = new Set([
  'its',
  'their',
  'son',
  'sa',
  'ses',
  'leur',
  'leurs',
  'our',
  'notre',
  'nos',
]);
// "our plant", inside a quote, belongs to the speaker's company, which may be named after the quote.
const FIRST_PERSON = new Set(['our', 'notre', 'nos']);
// Words between a possessive and the plant noun: "sa première grande usine", "its new EV plant".
const PLANT_ADJECTIVES = new Set(
  'first new second third premiere premier nouvelle nouveau nouvel grande grand deuxieme seconde future futur planned prochaine largest biggest main principale principal'.split(
    ' ',
  ),
);
// Nouns and verbs between a company and a plant that make the company its operator.
const OPENING = new Set(
  (
    'ouverture ouvrir ouvre ouvrira construction construire construit construira implantation implanter ' +
    'open opens opening opened build builds building built construct constructs constructing'
  ).split(' '),
);
const PRODUCT = new Set([
  'batteries',
  'batterie',
  'production',
  'assemblage',
  'montage',
  'cellules',
  'moteurs',
  'vehicules',
  'voitures',
  'battery',
  'cell',
  'car',
  'vehicle',
  'assembly',
]);
const LIST_GLUE = new Set(['et', 'and', 'de', 'd', 'du']);

/** What plant recognition needs to know about the rest of the article. */
export interface PlantContext {
  gazetteer: Gazetteer;
  registry: EntityRegistry;
  language: Language;
  text: string;
  tokens: readonly Token[];
  /** Company ids mentioned before this sentence, oldest first. */
  companyHistory: readonly string[];
  /** Every place id the article mentions. */
  placesInArticle: ReadonlySet<string>;
  claims: ClaimDraft[];
}

interface PlaceRef {
  id: string;
  name: string;
  /** Named only by an adjective ("l'usine polonaise"): names the plant, no entity or claim of its own. */
  implied?: boolean;
  mention: Mention | null;
  tokenStart: number;
  tokenEnd: number;
}

/** Replaces place/operator mentions that form a plant phrase with one plant mention each. */
export function findPlants(
  ctx: PlantContext,
  mentions: Mention[],
  from: number,
  to: number,
  sentence: number,
): Mention[] {
  const { tokens } = ctx;
  // Most sentences name no plant: skip the set-up below when no plant noun occurs.
  let k0 = from;
  while (k0 < to && !NOUN_BEFORE.has(tokens[k0]!.norm) && !NOUN_AFTER.has(tokens[k0]!.norm)) k0++;
  if (k0 === to) return mentions;
  const byStart = new Map<number, Mention>();
  for (const m of mentions) byStart.set(m.tokenStart, m);
  const removed = new Set<Mention>();
  const added: Mention[] = [];
  const placeAt = (k: number, area = false): PlaceRef | null => {
    if (k >= to) return null;
    const m = byStart.get(k);
    if (m) {
      if (m.type !== 'Place' || removed.has(m)) return null;
      const kind = ctx.registry.byId.get(m.entityId)?.entry?.kind;
      if (kind && kind !== 'city' && !(area && (kind === 'country' || kind === 'region')))
        return null;
      return {
        id: m.entityId,
        name: ctx.registry.byId.get(m.entityId)!.name,
        mention: m,
        tokenStart: m.tokenStart,
        tokenEnd: m.tokenEnd,
      };
    }
    const t = tokens[k]!;
    if (!t.upper || mentions.some((x) => x.tokenStart <= k && k < x.tokenEnd)) return null;
    let e = k + 1;
    while (
      e < to &&
      tokens[e]!.upper &&
      ctx.text.slice(tokens[e - 1]!.end, tokens[e]!.start) === '-' &&
      !byStart.has(e)
    )
      e++;
    const name = ctx.text.slice(t.start, tokens[e - 1]!.end);
    const id = `place:${slugify(name)}`;
    const rec = ctx.registry.note(id, name, 'Place', name, null);
    return { id: rec.id, name: rec.name, mention: null, tokenStart: k, tokenEnd: e };
  };
  const companyAt = (k: number): Mention | null => {
    const m = k < to ? byStart.get(k) : undefined;
    return m && !removed.has(m) && (m.type === 'Company' || m.type === 'Brand') ? m : null;
  };
  const companyEndingAt = (k: number): Mention | null => {
    for (const m of mentions)
      if (m.tokenEnd === k && !removed.has(m) && (m.type === 'Company' || m.type === 'Brand'))
        return m;
    return null;
  };
  const placeEndingAt = (k: number, area = false): PlaceRef | null => {
    for (const m of mentions)
      if (m.tokenEnd === k && m.type === 'Place' && !removed.has(m))
        return placeAt(m.tokenStart, area);
    return null;
  };

  for (let k = from; k < to; k++) {
    const noun = tokens[k]!.norm;
    const giga = noun.startsWith('giga');
    // Noun after: "the (Renault('s)) Douai plant".
    if (NOUN_AFTER.has(noun)) {
      // "the Hungary EV plant": product words may stand between the place and the noun.
      let e = k;
      while (
        e > from &&
        e > k - 2 &&
        (PRODUCT.has(tokens[e - 1]!.norm) || tokens[e - 1]!.norm === 'ev')
      )
        e--;
      const ending = (area: boolean): PlaceRef | null =>
        placeEndingAt(k, area) ?? (e < k ? placeEndingAt(e, area) : null);
      const city = ending(false);
      const place = city ?? ending(true);
      if (place) {
        let op = companyEndingAt(place.tokenStart);
        if (!op && place.tokenStart - 1 > from && tokens[place.tokenStart - 1]!.norm === 's')
          op = companyEndingAt(place.tokenStart - 1);
        const implied = op ? null : impliedOperator(ctx, mentions, from, place.tokenStart);
        // A plant named after a country needs its operator: "BYD's Hungary plant".
        if (city || op || implied) {
          const start = op ? op.tokenStart : place.tokenStart;
          build(ctx, mentions, removed, added, [place], op, giga, start, k + 1, sentence, implied);
          continue;
        }
      }
    }
    if (!NOUN_BEFORE.has(noun)) continue;
    let j = k + 1;
    if (noun === 'giga' && tokens[j]?.norm === 'usine') j++;
    // "l'usine polonaise de Stellantis": the adjective names the country.
    const national = j < to ? countryOfAdjective(tokens[j]!.norm) : null;
    const nationalEntry = national ? ctx.gazetteer.entries.get(national) : undefined;
    if (nationalEntry) j++;
    let op = companyAt(j);
    if (op) j = op.tokenEnd;
    if (
      j < to &&
      LINK.has(tokens[j]!.norm) &&
      PRODUCT.has(tokens[j + 1]?.norm ?? '') &&
      j + 2 < to &&
      LINK.has(tokens[j + 2]!.norm)
    )
      j += 2;
    if (j < to && LINK.has(tokens[j]!.norm)) {
      let link = tokens[j]!.norm;
      j++;
      if (!op) {
        // "d'usines du girondin Automotive Cells Company à …": descriptors before the operator.
        let c = j;
        while (c < to && c < j + 2 && !byStart.has(c) && isDescriptorModifier(tokens[c]!.norm)) c++;
        op = companyAt(c);
        if (op) {
          j = op.tokenEnd;
          if (j < to && LINK.has(tokens[j]!.norm) && tokens[j]!.norm !== 'of') {
            link = tokens[j]!.norm;
            j++;
          } else j = -1;
        }
      }
      const implied = op ? null : impliedOperator(ctx, mentions, from, k);
      const area = AREA_LINK.has(link) && (op !== null || implied !== null);
      const places: PlaceRef[] = [];
      if (j > 0) {
        let p = placeAt(j, area);
        while (p) {
          places.push(p);
          if (!PLURAL.has(noun)) break;
          let n = skipParenthesis(ctx.text, tokens, byStart, p.tokenEnd, to);
          const glued = n;
          while (n < to && LIST_GLUE.has(tokens[n]!.norm)) n++;
          p =
            n > glued ||
            ctx.text.slice(tokens[glued - 1]!.end, tokens[n]?.start ?? 0).trim() === ','
              ? placeAt(n, area)
              : null;
        }
      }
      if (places.length > 0) {
        build(
          ctx,
          mentions,
          removed,
          added,
          places,
          op,
          giga,
          k,
          places[places.length - 1]!.tokenEnd,
          sentence,
          implied,
        );
        k = places[places.length - 1]!.tokenEnd - 1;
      } else if (op && nationalEntry) {
        const country: PlaceRef = {
          id: nationalEntry.id,
          name: nationalEntry.name,
          implied: true,
          mention: null,
          tokenStart: k,
          tokenEnd: op.tokenEnd,
        };
        build(ctx, mentions, removed, added, [country], op, giga, k, op.tokenEnd, sentence, null);
        k = op.tokenEnd - 1;
      } else if (op && giga) {
        build(ctx, mentions, removed, added, [], op, true, k, op.tokenEnd, sentence, null);
        k = op.tokenEnd - 1;
      }
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((m) => !removed.has(m)), ...added].sort((a, b) => a.start - b.start);
}

/** After a place, a parenthesised region or country ("Termoli (Italie)"): the token after it. */
function skipParenthesis(
  text: string,
  tokens: readonly Token[],
  byStart: ReadonlyMap<number, Mention>,
  k: number,
  to: number,
): number {
  if (k >= to || !/^ ?\($/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return k;
  const m = byStart.get(k);
  const end = m ? m.tokenEnd : k + 1;
  return end <= to && text.slice(tokens[end - 1]!.end).startsWith(')') ? end : k;
}

/**
 * The operator a plant phrase implies: a possessive before the noun ("its new EV plant") refers
 * to the nearest company; a company whose clause opens or builds the plant ("BYD a signé
 * l'ouverture d'un site") is its operator.
 */
function impliedOperator(
  ctx: PlantContext,
  mentions: readonly Mention[],
  from: number,
  k: number,
): string | null {
  const { tokens } = ctx;
  let b = k - 1;
  while (
    b >= from &&
    b > k - 4 &&
    (PLANT_ADJECTIVES.has(tokens[b]!.norm) ||
      PRODUCT.has(tokens[b]!.norm) ||
      tokens[b]!.norm === 'ev')
  )
    b--;
  const possessive = b >= from && POSSESSIVE.has(tokens[b]!.norm);
  let company: Mention | null = null;
  for (const m of mentions)
    if (m.tokenEnd <= k && (m.type === 'Company' || m.type === 'Brand') && !inApposition(ctx, m))
      company = m;
  if (possessive && FIRST_PERSON.has(tokens[b]!.norm) && !company)
    company = mentions.find((m) => m.tokenStart > k && m.type === 'Company') ?? null;
  if (possessive) {
    if (company) return company.entityId;
    return ctx.companyHistory[ctx.companyHistory.length - 1] ?? null;
  }
  if (!company) return null;
  // The company must be the last name before the plant: "the Leaf built at the plant" is the car's verb.
  const last = company;
  if (mentions.some((m) => m.tokenStart >= last.tokenEnd && m.tokenEnd <= k)) return null;
  for (let t = company.tokenEnd; t < k; t++)
    if (OPENING.has(tokens[t]!.norm)) return company.entityId;
  return null;
}

/** "X, the battery subsidiary of Y, will build…": Y is a complement inside an apposition, not the subject. */
function inApposition(ctx: PlantContext, m: Mention): boolean {
  const before = ctx.tokens[m.tokenStart - 1]?.norm ?? '';
  const after = ctx.text.slice(m.end, m.end + 2);
  return ['of', 'de', 'du', 'd', 'by', 'par'].includes(before) && /^\s?,/.test(after);
}

function build(
  ctx: PlantContext,
  mentions: Mention[],
  removed: Set<Mention>,
  added: Mention[],
  places: PlaceRef[],
  op: Mention | null,
  giga: boolean,
  tokenStart: number,
  tokenEnd: number,
  sentence: number,
  impliedOp: string | null,
): void {
  const { tokens, text, registry, gazetteer } = ctx;
  if (op) removed.add(op);
  const lang = ctx.language;
  const contextOps = (): string[] => {
    const out: string[] = [];
    for (const m of mentions) {
      if (m.tokenEnd > tokenStart) continue;
      if (m.type === 'Company' || m.type === 'Brand') out.unshift(m.entityId);
      // "the Nissan Leaf built at the Sunderland plant": the model's maker is a likely operator.
      const maker = m.type === 'Vehicle' ? registry.byId.get(m.entityId)?.entry?.owner : undefined;
      if (maker) out.unshift(maker);
    }
    for (let i = ctx.companyHistory.length - 1; i >= 0; i--) out.push(ctx.companyHistory[i]!);
    for (const m of mentions)
      if (m.tokenStart >= tokenEnd && m.type === 'Company') out.push(m.entityId);
    return out;
  };
  const targets: { place: PlaceRef | null }[] =
    places.length > 0 ? places.map((p) => ({ place: p })) : [{ place: null }];
  targets.forEach(({ place }, idx) => {
    if (place?.mention) removed.add(place.mention);
    const entry = resolvePlant(
      gazetteer,
      place?.id ?? null,
      op?.entityId ?? impliedOp,
      giga,
      contextOps(),
      ctx.placesInArticle,
    );
    let id: string;
    let name: string;
    const operatorId = op?.entityId ?? impliedOp ?? entry?.owner ?? null;
    const spanStart = idx === 0 ? tokenStart : place!.tokenStart;
    const spanEnd = idx === 0 && places.length <= 1 ? tokenEnd : place!.tokenEnd;
    const surface = text.slice(tokens[spanStart]!.start, tokens[spanEnd - 1]!.end);
    if (entry) {
      id = entry.id;
      name = entry.name;
      registry.note(id, name, 'Plant', surface, entry);
    } else {
      if (!place) return;
      const opId =
        op?.entityId ??
        impliedOp ??
        contextOps().find((c) => registry.byId.get(c)?.type === 'Company') ??
        null;
      const opName = opId ? (registry.byId.get(opId)?.name ?? null) : null;
      name = `${opName ? `${opName} ` : ''}${place.name} ${giga ? 'gigafactory' : 'plant'}`;
      id = `plant:${slugify(`${opName ?? ''} ${place.name}`)}`;
      registry.note(id, name, 'Plant', surface, null);
    }
    const mention: Mention = {
      entityId: id,
      type: 'Plant',
      start: tokens[spanStart]!.start,
      end: tokens[spanEnd - 1]!.end,
      tokenStart: spanStart,
      tokenEnd: spanEnd,
      sentence,
      kind: 'name',
      ...(place && !place.implied ? { placeId: place.id } : {}),
      ...(operatorId ? { operatorId } : {}),
    };
    added.push(mention);
    if (place && !place.implied) {
      ctx.claims.push({
        type: 'LOCATED_IN',
        source: id,
        target: place.id,
        confidence: 0.7,
        method: `${lang}:plant-place`,
        sentenceIndex: sentence,
      });
    }
    const operator = op?.entityId ?? impliedOp;
    if (operator) {
      ctx.claims.push({
        type: 'OPERATES',
        source: operator,
        target: id,
        confidence: op ? 0.75 : 0.65,
        method: `${lang}:${op ? 'plant-operator' : 'plant-operator-implied'}`,
        sentenceIndex: sentence,
      });
    }
  });
}

/** Picks the gazetteer plant a phrase refers to, or null when none fits. */
export function resolvePlant(
  gaz: Gazetteer,
  placeId: string | null,
  operatorId: string | null,
  giga: boolean,
  contextOperators: readonly string[],
  placesInArticle: ReadonlySet<string>,
): GazetteerEntry | null {
  const related = (plant: GazetteerEntry, company: string): boolean => {
    if (!plant.owner) return false;
    if (plant.owner === company) return true;
    const owner = gaz.entries.get(plant.owner);
    const comp = gaz.entries.get(company);
    return owner?.owner === company || comp?.owner === plant.owner;
  };
  if (placeId) {
    const candidates = gaz.plantsByPlace.get(placeId) ?? [];
    if (candidates.length === 0) return null;
    if (operatorId) return candidates.find((p) => related(p, operatorId)) ?? null;
    for (const c of contextOperators) {
      const hit = candidates.find((p) => related(p, c));
      if (hit) return hit;
    }
    const byKind = candidates.filter((p) => (p.kind === 'battery') === giga);
    return byKind.length === 1 ? byKind[0]! : candidates.length === 1 ? candidates[0]! : null;
  }
  if (operatorId) {
    const candidates = (gaz.plantsByOwner.get(operatorId) ?? []).filter(
      (p) => p.place && placesInArticle.has(p.place),
    );
    return candidates.length === 1 ? candidates[0]! : null;
  }
  return null;
}
