// Clause walkers: PRODUCES and OPERATES from a subject followed by a verb and its objects.
import type { RelationScope } from './relation-scope.js';

const PRODUCE_VERB =
  /\b(?:produit|produira|produire|produisent|assemble|assemblera|assembler|assemblent|fabrique|fabriquera|fabriquer|construit|construira|accueille|accueillera|accueillir|sortira|sort|produces|produce|produced|producing|builds|build|built|building|assembles|assembled|makes|make|manufactures|manufacture|manufactured)\b/;
const SELL_VERB =
  /\b(?:sells|sell|sold|selling|vend|vendra|vendent|commercialise|commercialisera|launches|launched|lance|lancera)\b/;
const BUILD_PLANT_VERB =
  /\b(?:build|builds|building|built|open|opens|opening|opened|operate|operates|operating|operated|run|runs|construire|construit|construira|ouvrir|ouvre|ouvrira|exploite|exploitera|implanter|implante|implantera|installer|installe|installera|its|his|son|sa|ses|leur)\b/;

/** PRODUCES: a plant, company or brand, a production verb, then vehicles until the next subject. */
export function walkProduces(s: RelationScope): void {
  const { mentions, offsets, text } = s.skeleton;
  for (let i = 0; i < mentions.length; i++) {
    const subject = mentions[i]!;
    if (subject.type !== 'Plant' && subject.type !== 'Company' && subject.type !== 'Brand')
      continue;
    for (let j = i + 1; j < mentions.length; j++) {
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

/** OPERATES: a company, a building/opening verb or a possessive, then a plant. */
export function walkOperates(s: RelationScope): void {
  const { mentions, offsets, text } = s.skeleton;
  for (let i = 0; i < mentions.length; i++) {
    const subject = mentions[i]!;
    if (subject.type !== 'Company') continue;
    for (let j = i + 1; j < mentions.length; j++) {
      const object = mentions[j]!;
      if (object.type === 'Company') break;
      if (object.type !== 'Plant') continue;
      const between = text.slice(offsets[i]! + 3, offsets[j]);
      if (/[;]/.test(between)) break;
      if (BUILD_PLANT_VERB.test(between)) s.emit('OPERATES', subject, object, 0.7, 'builds-plant');
      break;
    }
  }
}
