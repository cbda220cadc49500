// The gazetteer: known EV-industry entities, their aliases and a token trie built once for matching.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isEntityType, type EntityType } from '../../../schema/ontology.js';
import { aliasTokens } from './tokenize.js';

/** One known entity as stored in `seed/gazetteer/*.json`. */
export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Aliases that only count when `owner` (or its parent) is also mentioned, e.g. "C10". */
  context?: string[];
  /** Parent company, operator of a plant, maker of a vehicle, brand owner. */
  owner?: string;
  /** Where a plant or cluster is. */
  place?: string;
  /** Place: city, region, country or continent; plant: vehicle or battery. */
  kind?: string;
  /** Containing place. */
  parent?: string;
  /** Country of a plant, place or company (reference data; never a relation by itself). */
  country?: string;
  /** Approximate coordinates of a plant or place. */
  lat?: number;
  lon?: number;
  /** A person's role at `owner` ("CEO", "founder"). */
  role?: string;
  /** Aliases deliberately shared with another entry. */
  ambiguous?: string[];
}

/** How a matched surface form must be capitalised. */
export type CaseRule = 'none' | 'initial' | 'caps';

/** One alias of one entry, as stored at a trie node. */
export interface GazetteerTerm {
  entry: GazetteerEntry;
  alias: string;
  rule: CaseRule;
  contextOnly: boolean;
  /** A distinctive name ("Citroën") that also counts written in lower case. */
  lowerOk: boolean;
}

/** A trie node keyed by folded tokens. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  terms: GazetteerTerm[] | null;
}

/** A gazetteer ready for matching. */
export interface Gazetteer {
  entries: ReadonlyMap<string, GazetteerEntry>;
  root: TrieNode;
  /** Plants by place id. */
  plantsByPlace: ReadonlyMap<string, GazetteerEntry[]>;
  /** Plants by operator id. */
  plantsByOwner: ReadonlyMap<string, GazetteerEntry[]>;
}

function caseRule(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (
    letters.length > 0 &&
    letters.length <= 6 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  ) {
    return 'caps';
  }
  const first = alias.charAt(0);
  return first !== first.toLowerCase() ? 'initial' : 'none';
}

const LOWER_CASE_TYPES: ReadonlySet<EntityType> = new Set([
  'Company',
  'Brand',
  'Vehicle',
  'Organization',
]);
let commonWordSet: ReadonlySet<string> | null = null;

/** Frequent French and English words (folded, 4+ letters), from `seed/gazetteer/common-words.txt`. */
export function commonWords(): ReadonlySet<string> {
  if (!commonWordSet) {
    const file = fileURLToPath(
      new URL('../../../seed/gazetteer/common-words.txt', import.meta.url),
    );
    commonWordSet = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('#')),
    );
  }
  return commonWordSet;
}

/** A name of a company, brand, model or organisation with a word of 4+ letters that is not a common word. */
function distinctive(type: EntityType, tokens: readonly string[]): boolean {
  if (!LOWER_CASE_TYPES.has(type)) return false;
  const common = commonWords();
  return tokens.some((t) => t.length >= 4 && /^\p{L}+$/u.test(t) && !common.has(t));
}

/** Builds the trie and indexes for a list of entries. */
export function createGazetteer(list: readonly GazetteerEntry[]): Gazetteer {
  const entries = new Map<string, GazetteerEntry>();
  const root: TrieNode = { next: new Map(), terms: null };
  const plantsByPlace = new Map<string, GazetteerEntry[]>();
  const plantsByOwner = new Map<string, GazetteerEntry[]>();
  const add = (entry: GazetteerEntry, alias: string, contextOnly: boolean): void => {
    const tokens = aliasTokens(alias);
    if (tokens.length === 0) return;
    let node = root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) {
        child = { next: new Map(), terms: null };
        node.next.set(t, child);
      }
      node = child;
    }
    node.terms ??= [];
    if (!node.terms.some((x) => x.entry.id === entry.id && x.contextOnly === contextOnly)) {
      const rule = caseRule(alias);
      const lowerOk = rule === 'initial' && !contextOnly && distinctive(entry.type, tokens);
      node.terms.push({ entry, alias, rule, contextOnly, lowerOk });
    }
  };
  for (const entry of list) {
    if (entries.has(entry.id)) throw new Error(`Duplicate gazetteer id ${entry.id}`);
    entries.set(entry.id, entry);
    add(entry, entry.name, false);
    for (const alias of entry.aliases) add(entry, alias, false);
    for (const alias of entry.context ?? []) add(entry, alias, true);
    if (entry.type === 'Plant') {
      if (entry.place) push(plantsByPlace, entry.place, entry);
      if (entry.owner) push(plantsByOwner, entry.owner, entry);
    }
  }
  return { entries, root, plantsByPlace, plantsByOwner };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads and checks every `*.json` file of a gazetteer folder. */
export function loadGazetteerEntries(dir: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(data)) throw new Error(`${file}: expected an array of entries`);
    for (const raw of data as Record<string, unknown>[]) {
      const { id, name, type, aliases } = raw;
      if (
        typeof id !== 'string' ||
        typeof name !== 'string' ||
        typeof type !== 'string' ||
        !isEntityType(type)
      ) {
        throw new Error(`${file}: bad entry ${JSON.stringify(raw)}`);
      }
      out.push({
        ...(raw as unknown as GazetteerEntry),
        aliases: Array.isArray(aliases) ? (aliases as string[]) : [],
      });
    }
  }
  return out;
}

let cached: Gazetteer | null = null;

/** The default gazetteer from `seed/gazetteer/`, loaded and compiled once per process. */
export function defaultGazetteer(): Gazetteer {
  if (!cached) {
    const dir = fileURLToPath(new URL('../../../seed/gazetteer/', import.meta.url));
    cached = createGazetteer(loadGazetteerEntries(dir));
  }
  return cached;
}
