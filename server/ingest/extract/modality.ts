// Negation and hedging between the two ends of a claim ("would", "pourrait", "n'a pas", "plans to").

const NEGATION =
  /(?:^|[^a-z])(?:not|never|no longer|n't|cannot|ne [a-z'-]+ (?:pas|plus|jamais)|n'[a-z-]+ (?:pas|plus|jamais)|ne (?:pas|plus|jamais)|n'(?:a|ont|est|sont|avait) (?:pas|plus|jamais))(?:[^a-z]|$)/;
const HEDGE =
  /(?:^|[^a-z])(?:would|could|might|plans? to|planned|planning to|considering|considers|intends? to|aims? to|expected to|is set to|are set to|in talks|pourrai(?:t|ent)|devrai(?:t|ent)|envisag\w*|projett?\w*|pr[eé]voi[rt]\w*|serai(?:t|ent)|aurai(?:t|ent)|en discussion|en negociation|rumeurs?|selon des rumeurs)(?:[^a-z]|$)/;

/** How a clause states its fact: as given, as possible or planned, or denied. */
export type Modality = 'asserted' | 'possible' | 'negated';

/** The modality of the folded clause text between (or around) a claim's two ends. */
export function modalityOf(clause: string): Modality {
  if (NEGATION.test(clause)) return 'negated';
  if (HEDGE.test(clause)) return 'possible';
  return 'asserted';
}
