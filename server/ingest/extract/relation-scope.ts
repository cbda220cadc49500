// What a relation rule sees of one sentence: its skeleton, mentions, context and an emit function.
import type { EntityType, RelationType } from '../../../schema/ontology.js';
import type { Language } from '../../../schema/graph-delta.js';
import { findAppositions, type Apposition } from './appositions.js';
import type { Gazetteer } from './gazetteer.js';
import type { ClaimDraft, Mention } from './mention.js';
import { modalityOf } from './modality.js';
import type { Skeleton } from './sentence-skeleton.js';

/** Allowed subject and object types of each relation. */
const SIGNATURES: Record<RelationType, [EntityType[], EntityType[]]> = {
  SUBSIDIARY_OF: [['Company', 'Brand'], ['Company']],
  OWNS_STAKE_IN: [['Company', 'Organization'], ['Company']],
  INVESTS_IN: [
    ['Company', 'Organization'],
    ['Company', 'Plant', 'Technology', 'Place', 'Organization'],
  ],
  BRAND_OF: [['Brand', 'Company'], ['Company']],
  LEADS: [['Person'], ['Company', 'Organization', 'Brand']],
  OPERATES: [['Company', 'Brand'], ['Plant']],
  PRODUCES: [['Plant', 'Company', 'Brand', 'Organization'], ['Vehicle']],
  SUPPLIES: [
    ['Company', 'Plant'],
    ['Company', 'Plant', 'Vehicle', 'Brand'],
  ],
  PARTNERS_WITH: [
    ['Company', 'Organization', 'Brand'],
    ['Company', 'Organization', 'Brand'],
  ],
  COMPETES_WITH: [
    ['Company', 'Brand'],
    ['Company', 'Brand'],
  ],
  LOCATED_IN: [['Company', 'Plant', 'Organization', 'Place'], ['Place']],
  PART_OF: [
    ['Plant', 'Place', 'Company', 'Organization'],
    ['Organization', 'Company', 'Place'],
  ],
};

// A coordinated run of names: "⟨1⟩, ⟨2⟩ et ⟨3⟩", "⟨1⟩ and the ⟨2⟩".
const COORDINATION =
  /⟨\d+⟩(?:(?:,|,? et|,? and|,? ou|,? or|,? as well as|,? ainsi que) (?:(?:de|du|des|la|le|les|the|a|au|aux) |d'|l')?⟨\d+⟩)+/g;

function sameKind(a: EntityType | undefined, b: EntityType): boolean {
  if (a === b) return true;
  const firm = (t: EntityType | undefined): boolean => t === 'Company' || t === 'Brand';
  return firm(a) && firm(b);
}

/** A reference to an entity: a mention, or an entity id and type. */
export interface EntityRef {
  entityId: string;
  type: EntityType;
}

/** "Y succeeds X": Y takes the post X held, wherever the article names it. */
export interface Succession {
  next: string;
  previous: string;
  sentence: number;
}

/** Sentence-level state shared by every rule. */
export class RelationScope {
  constructor(
    readonly language: Language,
    readonly sentence: number,
    readonly skeleton: Skeleton,
    readonly history: readonly Mention[],
    readonly claims: ClaimDraft[],
    readonly gazetteer: Gazetteer | null = null,
    readonly successions: Succession[] = [],
  ) {}

  private appositionList: Apposition[] | null = null;
  private groups: Map<number, number[]> | null = null;

  /** Mentions coordinated with mention `i` ("A, B et C"), same type, including `i`; null when alone. */
  coordinated(i: number): number[] | null {
    if (!this.groups) {
      this.groups = new Map();
      const { text, mentions } = this.skeleton;
      for (const run of text.matchAll(COORDINATION)) {
        const members = [...run[0].matchAll(/⟨(\d+)⟩/g)].map((x) => Number(x[1]));
        const type = mentions[members[0]!]?.type;
        if (!type || members.some((k) => !sameKind(mentions[k]?.type, type))) continue;
        for (const k of members) this.groups.set(k, members);
      }
    }
    return this.groups.get(i) ?? null;
  }

  /** Skeleton text between two ends (from the sentence start when one end is not in it). */
  private clauseBetween(a: EntityRef, b: EntityRef): string {
    const { mentions, offsets, text } = this.skeleton;
    const ia = mentions.indexOf(a as Mention);
    const ib = mentions.indexOf(b as Mention);
    const pa = ia >= 0 ? offsets[ia]! : -1;
    const pb = ib >= 0 ? offsets[ib]! : -1;
    if (pa < 0 && pb < 0) return text;
    if (pa < 0 || pb < 0) return text.slice(0, Math.max(pa, pb));
    return text.slice(Math.min(pa, pb), Math.max(pa, pb));
  }

  /** The entity refs a source or target stands for: every member of its coordination. */
  private spread(ref: EntityRef): EntityRef[] {
    const i = this.skeleton.mentions.indexOf(ref as Mention);
    if (i < 0) return [ref];
    const group = this.coordinated(i);
    if (!group) return [ref];
    // "A et B, la marque de C": a phrase after the list's last name describes that name alone.
    const { text, offsets } = this.skeleton;
    if (group[group.length - 1] === i && text[offsets[i]! + String(i).length + 2] === ',')
      return [ref];
    return group.map((k) => this.skeleton.mentions[k]!);
  }

  /** Appositions of the sentence ("⟨X⟩, a brand of ⟨Y⟩,"), found on first use. */
  get appositions(): Apposition[] {
    this.appositionList ??= findAppositions(this.skeleton);
    return this.appositionList;
  }

  /** The apposition that holds mention `i`, if any. */
  appositionHolding(i: number): Apposition | null {
    for (const a of this.appositions) if (a.members.includes(i)) return a;
    return null;
  }

  /** The mention behind placeholder `n`, or the head of the apposition holding it when that closes before `pos`. */
  subjectAt(n: string | undefined, pos: number): Mention | null {
    if (n === undefined) return null;
    const a = this.appositionHolding(Number(n));
    return a && a.end < pos ? this.at(a.head) : this.at(n);
  }

  /** True when two entities are the same or one is the other's parent (gazetteer owners). */
  related(a: string, b: string): boolean {
    if (a === b) return true;
    const entries = this.gazetteer?.entries;
    if (!entries) return false;
    const pa = entries.get(a)?.owner;
    const pb = entries.get(b)?.owner;
    return pa === b || pb === a || (pa !== undefined && pa === pb);
  }

  /** True when mention `i` follows a preposition ("to ⟨X⟩", "pour ⟨X⟩"), so it cannot be a clause subject. */
  objectPosition(i: number): boolean {
    const start = this.skeleton.offsets[i] ?? 0;
    return /(?:^|[ '])(?:to|for|with|by|of|from|a|au|aux|avec|par|pour|de|du|des|d'|chez)\s?$/.test(
      this.skeleton.text.slice(Math.max(0, start - 8), start),
    );
  }

  /** False when the gazetteer places the company in another country than `place` (or its country). */
  consistentPlace(company: string, place: string): boolean {
    const entries = this.gazetteer?.entries;
    const home = entries?.get(company)?.country;
    if (!entries || !home) return true;
    const p = entries.get(place);
    return place === home || p?.country === home || p?.parent === home;
  }

  /** Gazetteer kind of a place (city, region, country, continent), when known. */
  placeKind(id: string): string | null {
    return this.gazetteer?.entries.get(id)?.kind ?? null;
  }

  /** The mention behind placeholder `n` (a regex group string or number). */
  at(n: string | number | undefined): Mention | null {
    if (n === undefined) return null;
    return this.skeleton.mentions[Number(n)] ?? null;
  }

  /** Emits a claim when the endpoint types fit the relation; returns whether it did. */
  emit(
    type: RelationType,
    source: EntityRef | null,
    target: EntityRef | null,
    confidence: number,
    rule: string,
    role?: string,
  ): boolean {
    if (!source || !target || source.entityId === target.entityId) return false;
    const [from, to] = SIGNATURES[type];
    if (!from.includes(source.type) || !to.includes(target.type)) return false;
    // A denied fact is not a fact; a possible one keeps a lower confidence and says so.
    const modality = modalityOf(this.clauseBetween(source, target));
    if (modality === 'negated') return false;
    if (modality === 'possible') {
      confidence = Math.round(confidence * 75) / 100;
      role = role ? `${role} (possible)` : 'possible';
    }
    let sources = this.spread(source);
    let targets = this.spread(target);
    // Both ends in one coordination ("A et B s'allient"): the pair as the rule found it.
    if (sources.length > 1 && sources.some((x) => targets.includes(x))) {
      sources = [source];
      targets = [target];
    }
    for (const a of sources)
      for (const b of targets) {
        if (a.entityId === b.entityId || !from.includes(a.type) || !to.includes(b.type)) continue;
        const claim: ClaimDraft = {
          type,
          source: a.entityId,
          target: b.entityId,
          confidence,
          method: `${this.language}:${rule}`,
          sentenceIndex: this.sentence,
        };
        if (role) claim.role = role;
        this.claims.push(claim);
      }
    return true;
  }

  /** Nearest mention of one of `types` before skeleton offset `pos` in this sentence, else in recent ones. */
  before(
    pos: number,
    types: EntityType[],
    exclude: readonly string[] = [],
    sameSentenceOnly = false,
  ): EntityRef | null {
    const { mentions, offsets } = this.skeleton;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (offsets[i]! < pos && types.includes(m.type) && !exclude.includes(m.entityId)) return m;
    }
    if (sameSentenceOnly) return null;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const m = this.history[i]!;
      if (m.sentence < this.sentence - 3) break;
      if (types.includes(m.type) && !exclude.includes(m.entityId)) return m;
    }
    return null;
  }

  /** Mentions behind every placeholder in a matched fragment. */
  list(fragment: string | undefined): Mention[] {
    if (!fragment) return [];
    const out: Mention[] = [];
    for (const m of fragment.matchAll(/⟨(\d+)⟩/g)) {
      const x = this.at(m[1]);
      if (x) out.push(x);
    }
    return out;
  }

  /** The plant's place when a plant was named by its place, for "X, in Y" statements. */
  placeOf(m: Mention | null): EntityRef | null {
    if (!m) return null;
    if (m.type === 'Place') return m;
    return m.placeId ? { entityId: m.placeId, type: 'Place' } : null;
  }
}
