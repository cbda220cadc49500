// Claim qualifiers: the role, tense, modality and amount read from what extraction stored on a claim.
import type { RelationType } from '../../../schema/ontology.js';

/** When a role holds, as the sentence put it. */
export type QualifierTense = 'CURRENT' | 'FORMER' | 'NEW' | 'INTERIM' | 'FUTURE';

/** Whether the sentence states the fact or only a plan or possibility. */
export type QualifierModality = 'ASSERTED' | 'POSSIBLE';

/** The structured qualifiers of one claim or relation. */
export interface Qualifiers {
  /** The title without its tense words ("CEO", "chief executive"), or null. */
  role: string | null;
  tense: QualifierTense;
  modality: QualifierModality;
  /** A stake or a sum stated by the sentence ("20%", "€2 billion"), or null. */
  amount: string | null;
  /** A short text for labels and badges ("former CEO", "planned"), or null when there is nothing to say. */
  label: string | null;
}

// Extraction appends " (possible)" to a role, or stores "possible" alone, for hedged facts
// (server/ingest/extract/relation-scope.ts); roles are folded (lower case, no accents).
const POSSIBLE_SUFFIX = / ?\(possible\)$/;
const TENSE_WORDS: readonly [RegExp, QualifierTense][] = [
  [/^(?:former|ex|outgoing|ancien|ancienne)$/, 'FORMER'],
  [/^(?:interim|acting)$/, 'INTERIM'],
  [/^(?:new|nouveau|nouvelle|nouvel)$/, 'NEW'],
  [/^(?:incoming|futur|future)$/, 'FUTURE'],
  [/^(?:current|actuel|actuelle|longtime)$/, 'CURRENT'],
];
const LEADING_WORD = /^([a-z]+)[ -]/;
const INTERIM_SUFFIX = / par interim$/;
const ACRONYMS = /\b(?:ceo|cfo|coo|cto|pdg|p-dg|dg)\b/g;

/**
 * Cypher regular expressions (whole-string match, `=~`) equivalent to the parser, for the graph
 * filters: a former role, and a possible fact.
 */
export const FORMER_ROLE_PATTERN = '(?:former|ex|outgoing|ancien|ancienne)[ -].*';
export const POSSIBLE_ROLE_PATTERN = '(?:possible|.* \\(possible\\))';

const AMOUNT_TYPES: ReadonlySet<RelationType> = new Set([
  'OWNS_STAKE_IN',
  'INVESTS_IN',
  'SUBSIDIARY_OF',
]);
const PERCENT = /\b\d{1,3}(?:[.,]\d+)? ?(?:%|per ?cent|percent|pour ?cent)/gi;
const SUM =
  /(?:[€$£] ?\d[\d.,]*(?: ?(?:billion|million|bn|m|milliards?|millions?))?|\b\d[\d.,]*(?: ?(?:billion|million|bn|milliards?|millions?))? ?(?:d['’] ?|de )?(?:euros?|dollars?|yuans?|EUR|USD|€|\$))/gi;

/** The one stake or sum a sentence states ("20%", "€2 billion"); null when none or several. */
export function amountOf(sentence: string): string | null {
  const found = [...(sentence.match(PERCENT) ?? []), ...(sentence.match(SUM) ?? [])].map((s) =>
    s
      .trim()
      .replace(/ ?(?:per ?cent|percent|pour ?cent)$/i, '%')
      .replace(/ %$/, '%'),
  );
  const distinct = [...new Set(found)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}

/**
 * Parses a stored role string ("former ceo", "directeur general par interim", "ceo (possible)",
 * "possible") and, for stake and investment claims, the amount in the sentence.
 */
export function parseQualifiers(
  storedRole: string | null | undefined,
  type?: RelationType,
  sentence?: string,
): Qualifiers {
  let rest = (storedRole ?? '').trim().toLowerCase();
  let modality: QualifierModality = 'ASSERTED';
  if (rest === 'possible' || POSSIBLE_SUFFIX.test(rest)) {
    modality = 'POSSIBLE';
    rest = rest === 'possible' ? '' : rest.replace(POSSIBLE_SUFFIX, '');
  }
  let tense: QualifierTense = 'CURRENT';
  for (let m = LEADING_WORD.exec(rest); m; m = LEADING_WORD.exec(rest)) {
    const word = m[1] ?? '';
    const hit = TENSE_WORDS.find(([re]) => re.test(word));
    if (!hit) break;
    if (tense === 'CURRENT' || tense === 'NEW') tense = hit[1];
    rest = rest.slice(m[0].length);
  }
  if (INTERIM_SUFFIX.test(rest)) {
    rest = rest.replace(INTERIM_SUFFIX, '');
    if (tense === 'CURRENT') tense = 'INTERIM';
  }
  const role = rest ? rest.replace(ACRONYMS, (a) => a.toUpperCase()) : null;
  const amount = type && sentence && AMOUNT_TYPES.has(type) ? amountOf(sentence) : null;
  return { role, tense, modality, amount, label: labelOf(role, tense, modality, amount) };
}

const TENSE_LABEL: Record<QualifierTense, string> = {
  CURRENT: '',
  FORMER: 'former',
  NEW: 'new',
  INTERIM: 'interim',
  FUTURE: 'future',
};

function labelOf(
  role: string | null,
  tense: QualifierTense,
  modality: QualifierModality,
  amount: string | null,
): string | null {
  const parts = [[TENSE_LABEL[tense], role ?? ''].filter(Boolean).join(' ')];
  if (amount) parts.push(amount);
  if (modality === 'POSSIBLE') parts.push('planned/possible');
  const text = parts.filter(Boolean).join(', ');
  return text || null;
}

/** One claim's stored role and sentence, as the relation qualifiers need them. */
export interface ClaimRole {
  role: string | null;
  sentence: string;
  confidence: number;
}

/**
 * The qualifiers of a relation: those of its strongest-standing claim (asserted before possible,
 * current before former, then the most frequent role, then the most confident).
 */
export function relationQualifiers(type: RelationType, claims: readonly ClaimRole[]): Qualifiers {
  const parsed = claims.map((c) => ({ c, q: parseQualifiers(c.role, type, c.sentence) }));
  const freq = new Map<string, number>();
  for (const { c } of parsed) freq.set(c.role ?? '', (freq.get(c.role ?? '') ?? 0) + 1);
  const rank = (x: (typeof parsed)[number]) => [
    x.q.modality === 'POSSIBLE' ? 1 : 0,
    x.q.tense === 'FORMER' ? 1 : 0,
    x.c.role ? 0 : 1,
    -(freq.get(x.c.role ?? '') ?? 0),
    -x.c.confidence,
  ];
  parsed.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return 0;
  });
  return parsed[0]?.q ?? parseQualifiers(null);
}
