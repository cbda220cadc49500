// Finds and resolves every entity mention: gazetteer pass, discovery, plants and generic nouns.
import type { Language } from '../../../schema/graph-delta.js';
import { discoverNames } from './discover-names.js';
import type { Gazetteer, GazetteerTerm } from './gazetteer.js';
import { resolveGenericMentions } from './generic-mentions.js';
import { matchGazetteer, type GazetteerHit } from './match-gazetteer.js';
import { EntityRegistry, type ClaimDraft, type Mention } from './mention.js';
import { findPlants } from './plant-mentions.js';
import type { Sentence } from './split-sentences.js';
import { slugify } from './text-normalize.js';
import { tokenize, type Token } from './tokenize.js';

/** Every mention of the article, by sentence, with the entity registry and plant claims. */
export interface RecognisedMentions {
  registry: EntityRegistry;
  perSentence: Mention[][];
  claims: ClaimDraft[];
}

/** Recognises entity mentions in every sentence of `text`. */
export function recogniseMentions(
  text: string,
  sentences: readonly Sentence[],
  language: Language,
  gaz: Gazetteer,
): RecognisedMentions {
  const tokens = tokenize(text);
  const ranges: [number, number][] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const a = t;
    while (t < tokens.length && tokens[t]!.end <= s.end) t++;
    ranges.push([a, t]);
  }
  // Pass 1: gazetteer hits; context-only aliases need their owner elsewhere in the article.
  const hits = ranges.map(([a, b]) => matchGazetteer(gaz, tokens, a, b));
  const present = new Set<string>();
  for (const list of hits)
    for (const h of list)
      for (const term of h.terms) if (!term.contextOnly) present.add(term.entry.id);
  const pick = (h: GazetteerHit): GazetteerTerm | null => {
    const direct = h.terms.find((x) => !x.contextOnly);
    if (direct) return direct;
    return (
      h.terms.find((x) => {
        const owner = x.entry.owner;
        if (!owner) return false;
        if (present.has(owner)) return true;
        for (const id of present)
          if (gaz.entries.get(id)?.owner === owner || gaz.entries.get(owner)?.owner === id)
            return true;
        return false;
      }) ?? null
    );
  };
  const registry = new EntityRegistry();
  const first: Mention[][] = sentences.map((s, si) => {
    const [a, b] = ranges[si]!;
    const out: Mention[] = [];
    const covered = new Set<number>();
    const known = new Map<number, { type: Mention['type']; kind: string | null }>();
    const picked: [GazetteerHit, GazetteerTerm][] = [];
    for (const h of hits[si]!) {
      const term = pick(h);
      // "US dollars", "the US company": a country used as an adjective names no place.
      if (term?.entry.type === 'Place' && ADJECTIVAL_AFTER.has(tokens[h.tokenEnd]?.norm ?? ''))
        continue;
      if (term) picked.push([h, term]);
    }
    for (let n = 0; n < picked.length; n++) {
      const [h, term] = picked[n]!;
      const unit = companyUnit(text, tokens, picked, n, b);
      if (unit) {
        // "Renault Portugal", "Samsung SDI Hungary Zrt": a company's national or local unit.
        for (let k = h.tokenStart; k < unit.tokenEnd; k++) covered.add(k);
        const name = text.slice(tokens[h.tokenStart]!.start, tokens[unit.tokenEnd - 1]!.end);
        const id = `company:${slugify(name)}`;
        const entry = gaz.entries.get(id) ?? null;
        out.push(
          mention(
            text,
            tokens,
            h.tokenStart,
            unit.tokenEnd,
            si,
            registry,
            id,
            entry?.name ?? name,
            'Company',
            entry,
          ),
        );
        while (n + 1 < picked.length && picked[n + 1]![0].tokenStart < unit.tokenEnd) n++;
        continue;
      }
      for (let k = h.tokenStart; k < h.tokenEnd; k++) covered.add(k);
      known.set(h.tokenStart, { type: term.entry.type, kind: term.entry.kind ?? null });
      out.push(
        mention(
          text,
          tokens,
          h.tokenStart,
          h.tokenEnd,
          si,
          registry,
          term.entry.id,
          term.entry.name,
          term.entry.type,
          term.entry,
        ),
      );
    }
    for (const d of discoverNames(text, tokens, a, b, covered, known)) {
      const name = text.slice(tokens[d.tokenStart]!.start, tokens[d.tokenEnd - 1]!.end);
      const id = `${d.type.toLowerCase()}:${slugify(name)}`;
      const entry = gaz.entries.get(id) ?? null;
      out.push(
        mention(
          text,
          tokens,
          d.tokenStart,
          d.tokenEnd,
          si,
          registry,
          id,
          entry?.name ?? name,
          d.type,
          entry,
        ),
      );
    }
    void s;
    return out.sort((x, y) => x.start - y.start);
  });
  addSurnameMentions(text, tokens, ranges, first, registry);
  const placesInArticle = new Set<string>();
  for (const list of first)
    for (const m of list) if (m.type === 'Place') placesInArticle.add(m.entityId);
  // Pass 2, in reading order: plants and generic nouns need what came before.
  const claims: ClaimDraft[] = [];
  const history: Mention[] = [];
  const companyHistory: string[] = [];
  const perSentence = first.map((list, si) => {
    const [a, b] = ranges[si]!;
    let current = findPlants(
      { gazetteer: gaz, registry, language, text, tokens, companyHistory, placesInArticle, claims },
      list,
      a,
      b,
      si,
    );
    const generic = resolveGenericMentions(tokens, a, b, si, current, history, text);
    if (generic.length > 0) current = [...current, ...generic].sort((x, y) => x.start - y.start);
    for (const m of current) {
      history.push(m);
      if (m.type === 'Company') companyHistory.push(m.entityId);
    }
    return current;
  });
  return { registry, perSentence, claims };
}

// Nouns after a place name that make it an adjective: "US dollars", "the German carmaker".
const ADJECTIVAL_AFTER = new Set(
  (
    'dollar dollars yuan yen won euro euros company companies carmaker carmakers automaker automakers firm firms ' +
    'maker makers manufacturer manufacturers provider giant startup start-up brand brands group'
  ).split(' '),
);
const UNIT_STOP = new Set([
  'plant',
  'plants',
  'factory',
  'factories',
  'gigafactory',
  'site',
  'facility',
  'works',
  'usine',
  'brand',
  'marque',
]);
const UNIT_LEGAL = new Set([
  'zrt',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'ltd',
  'inc',
  'co',
  'sp',
  'srl',
  'spa',
  'bv',
  'kk',
]);

/** A company name followed by a country, region or city (and more capitalised words): a unit of it. */
function companyUnit(
  text: string,
  tokens: readonly Token[],
  picked: readonly [GazetteerHit, GazetteerTerm][],
  n: number,
  sentenceEnd: number,
): { tokenEnd: number } | null {
  const [h, term] = picked[n]!;
  if (term.entry.type !== 'Company') return null;
  const next = picked[n + 1];
  if (!next || next[0].tokenStart !== h.tokenEnd) return null;
  const place = next[1].entry;
  if (place.type !== 'Place' || place.kind === 'continent') return null;
  if (text.slice(tokens[h.tokenEnd - 1]!.end, tokens[h.tokenEnd]!.start) !== ' ') return null;
  let end = next[0].tokenEnd;
  const taken = (k: number): boolean => picked.some(([x]) => x.tokenStart <= k && k < x.tokenEnd);
  while (
    end < sentenceEnd &&
    (tokens[end]!.upper || UNIT_LEGAL.has(tokens[end]!.norm)) &&
    !taken(end) &&
    text.slice(tokens[end - 1]!.end, tokens[end]!.start) === ' '
  )
    end++;
  // "the BYD Hungary plant" is a plant, found later from the place.
  if (end < sentenceEnd && UNIT_STOP.has(tokens[end]!.norm)) return null;
  return { tokenEnd: end };
}

function mention(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: number,
  registry: EntityRegistry,
  id: string,
  name: string,
  type: Mention['type'],
  entry: Parameters<EntityRegistry['note']>[4],
): Mention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  registry.note(id, name, type, text.slice(start, end), entry);
  return { entityId: id, type, start, end, tokenStart: from, tokenEnd: to, sentence, kind: 'name' };
}

/** A lone capitalised surname after a person's full name refers to that person. */
function addSurnameMentions(
  text: string,
  tokens: readonly Token[],
  ranges: [number, number][],
  lists: Mention[][],
  registry: EntityRegistry,
): void {
  const surnames = new Map<string, string>();
  lists.forEach((list, si) => {
    const [a, b] = ranges[si]!;
    for (const m of list) {
      if (m.type !== 'Person' || m.tokenEnd - m.tokenStart < 2) continue;
      surnames.set(tokens[m.tokenEnd - 1]!.norm, m.entityId);
    }
    if (surnames.size === 0) return;
    const taken = new Set<number>();
    for (const m of list) for (let k = m.tokenStart; k < m.tokenEnd; k++) taken.add(k);
    let added = false;
    for (let k = a; k < b; k++) {
      const tok = tokens[k]!;
      const id = tok.upper && !taken.has(k) ? surnames.get(tok.norm) : undefined;
      if (!id) continue;
      const rec = registry.byId.get(id)!;
      list.push(mention(text, tokens, k, k + 1, si, registry, id, rec.name, 'Person', rec.entry));
      added = true;
    }
    if (added) list.sort((x, y) => x.start - y.start);
  });
}
