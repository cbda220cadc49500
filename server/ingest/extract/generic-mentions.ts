// Resolves references ("le constructeur", "the US company", "its CEO", "Il sera…") to a recent entity.
import type { EntityType } from '../../../schema/ontology.js';
import { isDescriptorModifier } from './descriptors.js';
import type { Mention } from './mention.js';
import type { Token } from './tokenize.js';

const DETERMINERS = new Set(['le', 'la', 'l', 'ce', 'cet', 'cette', 'the', 'this', 'du', 'au']);
// Contractions of a preposition and an article: the preposition stays outside the reference.
const CONTRACTED = new Set(['du', 'au']);
const COMPANY_NOUNS = new Set([
  'constructeur',
  'groupe',
  'societe',
  'entreprise',
  'firme',
  'fabricant',
  'equipementier',
  'conglomerat',
  'geant',
  'start',
  'startup',
  'company',
  'group',
  'carmaker',
  'automaker',
  'firm',
  'manufacturer',
  'maker',
  'giant',
  'conglomerate',
  'concern',
  'provider',
]);
const BRAND_NOUNS = new Set(['marque', 'brand']);
const PLANT_NOUNS = new Set(['usine', 'plant', 'factory', 'gigafactory', 'manufacture']);
const VEHICLE_NOUNS = new Set(['vehicule', 'modele', 'model', 'vehicle']);
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette', 'this']);
// Nouns after a possessive that make it a reference to a company: "son PDG", "its partners".
const POSSESSIVES = new Set(['its', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
const POSSESSED = new Set(
  (
    'ceo chief chairman chairwoman chair president founder boss head cfo coo cto executive partner partners ' +
    'ally allies customer customers client clients pdg patron patronne president presidente directeur directrice ' +
    'dirigeant fondateur partenaire partenaires allie allies'
  ).split(' '),
);
const NOUN_WORDS = new Set([
  ...COMPANY_NOUNS,
  ...BRAND_NOUNS,
  ...PLANT_NOUNS,
  ...VEHICLE_NOUNS,
  ...POSSESSED,
]);
// Pronouns that open a sentence and continue its predecessor's subject.
const SUBJECT_PRONOUNS = new Set(['it', 'il', 'elle']);
const WINDOW = 3;

/** Reference spans in tokens [from, to) resolved against earlier mentions; unresolved ones are dropped. */
export function resolveGenericMentions(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: number,
  current: readonly Mention[],
  history: readonly Mention[],
  text = '',
): Mention[] {
  const out: Mention[] = [];
  const used = new Set<string>();
  const add = (start: number, end: number, referent: Mention): void => {
    used.add(referent.entityId);
    out.push({
      entityId: referent.entityId,
      type: referent.type,
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
      tokenStart: start,
      tokenEnd: end,
      sentence,
      kind: 'generic',
    });
  };
  const first = tokens[from];
  if (first && SUBJECT_PRONOUNS.has(first.norm) && first.upper && !taken(current, from)) {
    const subject = previousSubject(history, sentence);
    if (subject) add(from, from + 1, subject);
  }
  for (let k = from + 1; k < to; k++) {
    const noun = tokens[k]!.norm;
    // Cheap filter first: most tokens are neither a reference noun nor after a possessive.
    if (!NOUN_WORDS.has(noun) && !POSSESSIVES.has(tokens[k - 1]!.norm)) continue;
    if (taken(current, k)) continue;
    // "son PDG, Wang Chuanfu", "its partners Nissan and Mitsubishi".
    if (POSSESSIVES.has(tokens[k - 1]!.norm) && !taken(current, k - 1)) {
      const next = POSSESSED.has(noun) || (POSSESSED.has(tokens[k + 1]?.norm ?? '') && k + 1 < to);
      if (next) {
        const referent = findReferent(
          ['Company'],
          tokens[k - 1]!.start,
          sentence,
          current,
          history,
        );
        if (referent) add(k - 1, k, referent);
        continue;
      }
    }
    const types: EntityType[] | null = COMPANY_NOUNS.has(noun)
      ? ['Company']
      : BRAND_NOUNS.has(noun)
        ? ['Brand', 'Company']
        : PLANT_NOUNS.has(noun)
          ? ['Plant']
          : VEHICLE_NOUNS.has(noun)
            ? ['Vehicle']
            : null;
    if (!types) continue;
    // Up to two modifiers between the determiner and the noun: "the US company", "ce tout nouveau modèle".
    let det = k - 1;
    let anchoredOnName = false;
    while (det > from && det >= k - 3 && !DETERMINERS.has(tokens[det]!.norm)) {
      const t = tokens[det]!;
      const mentionHere = taken(current, det);
      // "the Wolfsburg-based company": a name with "-based" before the noun.
      if (t.norm === 'based' && det - 1 >= from && taken(current, det - 1)) {
        anchoredOnName = true;
        det -= 2;
        continue;
      }
      if (mentionHere || !(isDescriptorModifier(t.norm) || t.caps || t.norm === 'tout')) break;
      det--;
    }
    if (
      det < from ||
      !DETERMINERS.has(tokens[det]!.norm) ||
      (taken(current, det) && !anchoredOnName)
    )
      continue;
    // "the electric car" is a kind of thing; only "ce modèle", "this vehicle", "le véhicule" point back.
    if (types[0] === 'Vehicle' && det !== k - 1 && !DEMONSTRATIVES.has(tokens[det]!.norm)) continue;
    // "AESC, the battery maker controlled by…": an apposition describes the name before it.
    const named = current.find((m) => m.tokenEnd === det);
    if (named && /^\s*,\s*$/.test(text.slice(named.end, tokens[det]!.start))) continue;
    let end = k + 1;
    if (noun === 'start' && tokens[end]?.norm === 'up') end++;
    if (tokens[end]?.norm === 'automobile' || tokens[end]?.norm === 'automobiles') end++;
    // A name, a complement or a plural right after is not a generic reference.
    const nextTok = tokens[end];
    if (
      end < to &&
      nextTok &&
      (nextTok.upper || ['de', 'd', 'du', 'des', 'of', 's'].includes(nextTok.norm))
    )
      continue;
    if (end < to && taken(current, end)) continue;
    // "le groupe chinois Envision": an adjective then a name is a named mention, not a generic one.
    const after2 = tokens[end + 1];
    if (end + 1 < to && after2 && (after2.upper || taken(current, end + 1))) continue;
    const start = anchoredOnName || CONTRACTED.has(tokens[det]!.norm) ? k : det;
    // Two descriptions in one sentence rarely name the same thing ("the giant … the US company").
    const referent = findReferent(types, tokens[start]!.start, sentence, current, history, used);
    if (!referent) continue;
    add(start, end, referent);
    k = end - 1;
  }
  return out;
}

function taken(current: readonly Mention[], k: number): boolean {
  for (const m of current) if (m.tokenStart <= k && k < m.tokenEnd) return true;
  return false;
}

/** The first entity mentioned in the previous sentence (its usual subject), when it is a thing. */
function previousSubject(history: readonly Mention[], sentence: number): Mention | null {
  let found: Mention | null = null;
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i]!;
    if (m.sentence < sentence - 1) break;
    if (m.sentence === sentence - 1) found = m;
  }
  return found && ['Company', 'Vehicle', 'Plant', 'Organization'].includes(found.type)
    ? found
    : null;
}

/** The nearest earlier mention of one of the wanted types within a few sentences. */
export function findReferent(
  types: readonly EntityType[],
  before: number,
  sentence: number,
  current: readonly Mention[],
  history: readonly Mention[],
  exclude: ReadonlySet<string> = new Set(),
): Mention | null {
  const ok = (m: Mention): boolean => types.includes(m.type) && !exclude.has(m.entityId);
  for (let i = current.length - 1; i >= 0; i--) {
    const m = current[i]!;
    if (m.start < before && ok(m)) return m;
  }
  for (let i = history.length - 1; i >= 0; i--) {
    const m = history[i]!;
    if (m.sentence < sentence - WINDOW) break;
    if (ok(m)) return m;
  }
  return null;
}
