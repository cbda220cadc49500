// Clause walkers: PRODUCES and OPERATES from a subject followed by a verb and its objects.
import type { RelationScope } from './relation-scope.js';

const PRODUCE_VERB =
  /\b(?:produit|produira|produire|produisent|assemble|assemblera|assembler|assemblent|fabrique|fabriquera|fabriquer|construit|construira|accueille|accueillera|accueillir|sortira|sort|produces|produce|produced|producing|builds|build|built|building|assembles|assembled|makes|make|manufactures|manufacture|manufactured)\b/;
const SELL_VERB =
  /\b(?:sells|sell|sold|selling|vend|vendra|vendent|commercialise|commercialisera|launches|launched|lance|lancera)\b/;
// A verb right after another name is that name's participle ("the ⟨ID.3⟩ built at"), not the subject's.
const BUILD_PLANT_VERB =
  /(⟩,? )?\b(?:build|builds|building|built|open|opens|opening|opened|operate|operates|operating|operated|run|runs|plans|planned|construire|construit|construira|ouvrir|ouvre|ouvrira|exploite|exploitera|implanter|implante|implantera|installer|installe|installera|its|his|son|sa|ses|leur)\b/g;
// A relative clause opening right after a name: ", qui exploite", ", which runs".
const RELATIVE_AFTER = /^,? (?:qui|which|who|that)\b/;
// The glue of a coordinated list just before a name: "X, Y et ⟨Z⟩".
const LIST_BEFORE = /(?:⟩,|⟩ et|⟩ and|⟩, et|⟩, and) $/;

/** Where a subject's clause can reach: the end of its apposition when it stands inside one. */
function clauseEnd(s: RelationScope, i: number): number {
  return s.appositionHolding(i)?.end ?? Number.POSITIVE_INFINITY;
}

/** True when mention `j` sits in an apposition that opens after mention `i` (a parenthetical). */
function inLaterApposition(s: RelationScope, i: number, j: number): boolean {
  const a = s.appositionHolding(j);
  return a !== null && a.head >= i;
}

function hasOwnVerb(between: string): boolean {
  BUILD_PLANT_VERB.lastIndex = 0;
  for (let m = BUILD_PLANT_VERB.exec(between); m; m = BUILD_PLANT_VERB.exec(between))
    if (!m[1]) return true;
  return false;
}

/** PRODUCES: a plant, company or brand, a production verb, then vehicles until the next subject. */
export function walkProduces(s: RelationScope): void {
  const { mentions, offsets, text } = s.skeleton;
  for (let i = 0; i < mentions.length; i++) {
    const subject = mentions[i]!;
    if (subject.type !== 'Plant' && subject.type !== 'Company' && subject.type !== 'Brand')
      continue;
    const limit = clauseEnd(s, i);
    for (let j = i + 1; j < mentions.length; j++) {
      if (offsets[j]! > limit) break;
      if (inLaterApposition(s, i, j)) continue;
      const object = mentions[j]!;
      if (object.type === 'Plant' || object.type === 'Company' || object.type === 'Person') break;
      if (object.type !== 'Vehicle') continue;
      const between = text.slice(offsets[i], offsets[j]);
      if (/[;.]/.test(between)) break;
      const produce = PRODUCE_VERB.test(between);
      if (produce || (subject.type !== 'Plant' && SELL_VERB.test(between))) {
        s.emit(
          'PRODUCES',
          subject,
          object,
          produce ? 0.75 : 0.6,
          subject.type === 'Plant' ? 'plant-produces' : 'company-produces',
        );
      }
    }
  }
}

/**
 * OPERATES: a company or brand, then a plant, with a building/opening verb or a possessive
 * between them that is not another name's participle. Names inside an
 * apposition are skipped; a name inside one, or the last item of a list followed by a relative
 * clause, is not the subject; a plant named after another operator is not the subject's.
 */
export function walkOperates(s: RelationScope): void {
  const { mentions, offsets, text } = s.skeleton;
  for (let i = 0; i < mentions.length; i++) {
    const subject = mentions[i]!;
    if (subject.type !== 'Company' && subject.type !== 'Brand') continue;
    const after = offsets[i]! + 3 + String(i).length - 1;
    if (
      RELATIVE_AFTER.test(text.slice(after, after + 8)) &&
      LIST_BEFORE.test(text.slice(Math.max(0, offsets[i]! - 8), offsets[i]))
    )
      continue;
    const limit = clauseEnd(s, i);
    for (let j = i + 1; j < mentions.length; j++) {
      if (offsets[j]! > limit) break;
      if (inLaterApposition(s, i, j)) continue;
      const object = mentions[j]!;
      if (object.type === 'Company') break;
      if (object.type !== 'Plant') continue;
      const between = text.slice(after, offsets[j]);
      if (/[;]/.test(between)) break;
      const operator = object.operatorId;
      if (hasOwnVerb(between) && (!operator || s.related(operator, subject.entityId)))
        s.emit('OPERATES', subject, object, 0.7, 'builds-plant');
      break;
    }
  }
}
