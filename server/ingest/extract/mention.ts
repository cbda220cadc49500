// Shared shapes for entity mentions and the per-article entity registry.
import type { EntityType } from '../../../schema/ontology.js';
import type { DeltaClaim } from '../../../schema/graph-delta.js';
import type { GazetteerEntry } from './gazetteer.js';

/** One place in a sentence that names or refers to an entity. */
export interface Mention {
  entityId: string;
  type: EntityType;
  start: number;
  end: number;
  /** Token index range in the article token list. */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** `name`: a proper name; `generic`: "le constructeur", resolved to a referent. */
  kind: 'name' | 'generic';
  /** For plants built from "usine de X": the place X. */
  placeId?: string;
  /** For plants: the operator the name or the gazetteer gives ("Renault's Douai plant"). */
  operatorId?: string;
}

/** An entity seen in the article, with every surface form. */
export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  mentions: number;
  origin: 'gazetteer' | 'discovered';
  entry: GazetteerEntry | null;
}

/** Entities of one article keyed by id. */
export class EntityRegistry {
  readonly byId = new Map<string, EntityRecord>();

  /** Records a mention of a gazetteer entry or a new entity; returns its record. */
  note(
    id: string,
    name: string,
    type: EntityType,
    surface: string | null,
    entry: GazetteerEntry | null,
  ): EntityRecord {
    let rec = this.byId.get(id);
    if (!rec) {
      rec = {
        id,
        name,
        type,
        aliases: new Set(),
        mentions: 0,
        origin: entry ? 'gazetteer' : 'discovered',
        entry,
      };
      this.byId.set(id, rec);
    }
    if (surface !== null) {
      rec.mentions++;
      const s = surface.replace(/\s+/g, ' ').trim();
      if (s !== '' && s !== rec.name) rec.aliases.add(s);
    }
    return rec;
  }
}

/** Claims found while building mentions (plants) plus relation rules, before de-duplication. */
export type ClaimDraft = Omit<DeltaClaim, 'sentence' | 'sentenceIndex' | 'start' | 'end'> & {
  sentenceIndex: number;
};
