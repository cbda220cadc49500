// What a relation rule sees of one sentence: its skeleton, mentions, context and an emit function.
import type { EntityType, RelationType } from '../../../schema/ontology.js';
import type { Language } from '../graph-delta.js';
import { findAppositions, type Apposition } from './appositions.js';
import type { Gazetteer } from './gazetteer.js';
import type { ClaimDraft, Mention } from './mention.js';
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
  PRODUCES: [['Plant', 'Company', 'Brand'], ['Vehicle']],
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

/** A reference to an entity: a mention, or an entity id and type. */
export interface EntityRef {
  entityId: string;
  type: EntityType;
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
  ) {}

  private appositionList: Apposition[] | null = null;

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
    const claim: ClaimDraft = {
      type,
      source: source.entityId,
      target: target.entityId,
      confidence,
      method: `${this.language}:${rule}`,
      sentenceIndex: this.sentence,
    };
    if (role) claim.role = role;
    this.claims.push(claim);
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
