// Finds proper names the gazetteer lacks and types them by their context ("le groupe X", "X's CEO").
import type { EntityType } from '../../../schema/ontology.js';
import { commonWords } from './gazetteer.js';
import { familyNames, givenNames } from './person-names.js';
import type { Token } from './tokenize.js';

/** A proper-name span typed by its context. */
export interface DiscoveredName {
  tokenStart: number;
  tokenEnd: number;
  type: EntityType;
  rule: string;
}

const FUNCTION_WORDS = new Set(
  (
    'le la les l un une des du de d au aux ce cet cette ces il elle ils elles on en dans pour par avec sans selon mais et ou ' +
    'si son sa ses leur leurs lors chez depuis apres avant a the a an this that these those it its he she they we in on at ' +
    'for with by from after before since when while but and or if as to of our their his her is was are were be mr mrs ms ' +
    'm mme dr lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march april ' +
    'june july august september october november december quoi rien cela ceci tout tous toute toutes entierement avec ' +
    'ceo cfo coo cto pdg dg vp evp svp'
  ).split(' '),
);
const CONNECTORS = new Set([
  'de',
  'da',
  'di',
  'von',
  'van',
  'der',
  'den',
  'del',
  'dos',
  'du',
  'la',
  'le',
  'al',
  'bin',
]);
const NATIONALITY = new Set(
  'chinois chinoise americain americaine allemand allemande japonais japonaise coreen coreenne sud francais francaise italien italienne suedois suedoise britannique europeen europeenne indien indienne taiwanais espagnol americano'.split(
    ' ',
  ),
);
const COMPANY_BEFORE = new Set(
  (
    'groupe constructeur equipementier fabricant motoriste startup up societe entreprise firme geant specialiste fournisseur ' +
    'industriel coentreprise carmaker automaker company firm manufacturer maker supplier giant startup venture subsidiary conglomerate ' +
    'chipmaker rival concurrent partenaire partner'
  ).split(' '),
);
const COMPANY_AFTER = new Set(
  (
    'constructeur start startup fabricant groupe societe entreprise filiale coentreprise equipementier specialiste fournisseur ' +
    'carmaker automaker company maker manufacturer supplier firm group venture subsidiary unit developer producer'
  ).split(' '),
);
const PERSON_ROLE = new Set(
  (
    'pdg patron patronne dirigeant dirigeante president presidente fondateur fondatrice cofondateur directeur directrice ministre ' +
    'ceo chairman chairwoman founder cofounder co boss chief executive head minister mme mr ms dr said says selon declare explique ' +
    'm analyst analyste spokesman spokeswoman porte'
  ).split(' '),
);
const BY_VERBS = new Set([
  'founded',
  'led',
  'headed',
  'run',
  'chaired',
  'fonde',
  'fondee',
  'dirige',
  'dirigee',
  'preside',
  'presidee',
  'cree',
  'creee',
]);
const ROLE_AFTER = new Set(
  (
    'pdg patron patronne dirigeant president presidente fondateur fondatrice directeur directrice ceo chairman chairwoman ' +
    'chair founder cofounder chief head boss who qui ministre minister vice executive cfo coo cto director managing ' +
    'cadre responsable manager secretary secretaire analyst analyste spokesman spokeswoman porte'
  ).split(' '),
);
// Last words that make a capitalised span a company: legal forms and sector heads ("X Motors", "Y GmbH").
const COMPANY_TAIL = new Set(
  (
    'zrt gmbh ag sa sas sarl ltd inc co corp corporation plc nv bv spa srl kk oy ab asa llc lp se ' +
    'motors motor energy batteries battery automotive technologies technology mobility holding holdings industries ' +
    'cells chemical chemicals materials electric electrics autos'
  ).split(' '),
);
// Nouns that make the next name a place: "la province de X", "the town of X", "near X".
const PLACE_BEFORE = new Set(
  'province region commune communes ville city town village county state prefecture district near pres canton'.split(
    ' ',
  ),
);
const PLACE_LINK = new Set(['de', 'd', 'of', 'du']);

/** Types of the names already recognised, by token index (gazetteer hits). */
export type KnownTypes = ReadonlyMap<number, { type: EntityType; kind: string | null }>;

/** Proper-name spans in tokens [from, to) outside `covered`, typed where the context is clear. */
export function discoverNames(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  covered: ReadonlySet<number>,
  known: KnownTypes = new Map(),
): DiscoveredName[] {
  const out: DiscoveredName[] = [];
  const scope: Scope = { tokens, from, to, covered, known };
  let i = from;
  while (i < to) {
    if (!capAt(scope, i)) {
      i++;
      continue;
    }
    // Maximal span of capitalised words, allowing particles between them ("Luca de Meo").
    let j = i + 1;
    while (j < to) {
      if (capAt(scope, j) && adjacent(text, tokens[j - 1]!, tokens[j]!)) j++;
      else if (
        CONNECTORS.has(normAt(scope, j)) &&
        !tokens[j]!.upper &&
        capAt(scope, j + 1) &&
        j + 1 < to
      )
        j += 2;
      else break;
    }
    let typed = typeSpan(text, tokens, i, j, from, to, scope);
    // "les communes de Douvrin et Billy-Berclau": the next item of a list of places is a place too.
    const last = out[out.length - 1];
    if (
      !typed &&
      last?.type === 'Place' &&
      ['et', 'and', 'ou', 'or'].includes(normAt(scope, i - 1)) &&
      last.tokenEnd === i - 1
    )
      typed = { tokenStart: i, tokenEnd: j, type: 'Place', rule: 'context:place-list' };
    if (typed) out.push(typed);
    i = j;
  }
  return out;
}

interface Scope {
  tokens: readonly Token[];
  from: number;
  to: number;
  covered: ReadonlySet<number>;
  known: KnownTypes;
}

function normAt(s: Scope, k: number): string {
  return k >= s.from && k < s.to ? s.tokens[k]!.norm : '';
}

function capAt(s: Scope, k: number): boolean {
  if (k < s.from || k >= s.to || s.covered.has(k)) return false;
  const t = s.tokens[k]!;
  return t.upper && !FUNCTION_WORDS.has(t.norm);
}

const VEHICLE_VERBS = new Set(
  (
    'produce produces produced producing build builds built building assemble assembles assembled ' +
    'manufacture manufactures manufactured launch launches launched launching unveil unveils unveiled ' +
    'produire produira produit produisent assembler assemblera fabriquer fabriquera fabrique ' +
    'construire construira lancer lance lancera lancent devoile devoilera devoiler'
  ).split(' '),
);
const VEHICLE_DETERMINERS = new Set([
  'the',
  'its',
  'their',
  'a',
  'an',
  'le',
  'la',
  'sa',
  'son',
  'leur',
  'une',
  'un',
  'l',
]);
const VEHICLE_ADJECTIVES = new Set([
  'new',
  'next',
  'future',
  'electric',
  'all',
  'compact',
  'nouveau',
  'nouvelle',
  'nouvel',
  'future',
  'futur',
  'electrique',
]);
// Nouns after a name that make it something other than a model ("build the Pontvert plant").
const NOT_VEHICLE_AFTER = new Set([
  'plant',
  'factory',
  'gigafactory',
  'site',
  'facility',
  'works',
  'brand',
  'group',
  'usine',
  'groupe',
  'marque',
]);

/** "produce the X", "launch its new X", "le modèle X": a capitalised object that names a model. */
function isVehicleContext(s: Scope, i: number, next: string, after: string): boolean {
  if (NOT_VEHICLE_AFTER.has(next) || /^['’]s\b/.test(after)) return false;
  let k = i - 1;
  const word = normAt(s, k);
  if (word === 'modele' || word === 'model') return true;
  if (VEHICLE_ADJECTIVES.has(normAt(s, k))) k--;
  if (VEHICLE_ADJECTIVES.has(normAt(s, k))) k--;
  return VEHICLE_DETERMINERS.has(normAt(s, k)) && VEHICLE_VERBS.has(normAt(s, k - 1));
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '-' || gap === '.';
}

function typeSpan(
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
  from: number,
  to: number,
  scope: Scope,
): DiscoveredName | null {
  const words = j - i;
  const hasConnector = tokens.slice(i, j).some((t) => !t.upper);
  const prev = normAt(scope, i - 1);
  const prev2 = normAt(scope, i - 2);
  const after = text.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 40);
  const nextWords: string[] = [];
  for (let k = j; k < Math.min(to, j + 7); k++) nextWords.push(normAt(scope, k));
  const atStart = i === from;
  const common = commonWords();
  const spanNorms = tokens.slice(i, j).map((t) => t.norm);
  // A lone frequent word ("Nevertheless", "Cells", "Swedish") is not a name the gazetteer lacks.
  if (words === 1 && common.has(spanNorms[0]!)) return null;
  const afterRole = after.replace(/^\s*\([^()]{1,12}\)/, '');

  // Person: a known given name first, or an East Asian family name, and no frequent word.
  if (words >= 2 && words <= 4 && !(atStart && common.has(spanNorms[0]!))) {
    const first = spanNorms[0]!;
    const lastWord = spanNorms[spanNorms.length - 1]!;
    const commonInside = spanNorms.some((w) => common.has(w));
    if (
      givenNames().has(first) ||
      (words <= 3 && !commonInside && (familyNames().has(first) || familyNames().has(lastWord)))
    )
      return { tokenStart: i, tokenEnd: j, type: 'Person', rule: 'name:person' };
  }
  // Person: two or more capitalised words next to a role, "by" after a founding verb, or ", CEO of".
  if (words >= 2 && words <= 5) {
    const roleBefore =
      PERSON_ROLE.has(prev) ||
      (PERSON_ROLE.has(prev2) &&
        (prev === 'general' || prev === 'executive' || prev === 'officer'));
    const byVerb =
      (prev === 'by' || prev === 'par') &&
      (BY_VERBS.has(prev2) || BY_VERBS.has(normAt(scope, i - 3)));
    const roleAfter =
      (/^,\s/.test(afterRole) && ROLE_AFTER.has(nextWords[0] ?? '')) ||
      (/^,\s/.test(afterRole) &&
        ROLE_AFTER.has(nextWords[1] ?? '') &&
        nextWords[0]!.length === 1) ||
      (/^,\s/.test(afterRole) &&
        ['le', 'la', 'the', 'l', 'son', 'sa', 'its', 'co'].includes(nextWords[0] ?? '') &&
        ROLE_AFTER.has(nextWords[1] ?? ''));
    // A Title Case headline ("CEO Steps Down Amid Chapter 11") is words, not a name.
    const commonCount = spanNorms.filter((w) => common.has(w)).length;
    if ((roleBefore || byVerb || roleAfter) && commonCount < 2)
      return { tokenStart: i, tokenEnd: j, type: 'Person', rule: 'context:person' };
  }
  if (hasConnector) return null;
  // Place: "X-based", "based in X", "basé à X", "located in X", "near X", "la province de X".
  if (
    /^-based\b/.test(after) ||
    (prev === 'in' && (prev2 === 'based' || prev2 === 'located' || prev2 === 'situated')) ||
    (prev === 'a' && /^(?:bas|situ|loca)/.test(prev2)) ||
    PLACE_BEFORE.has(prev) ||
    (PLACE_LINK.has(prev) && PLACE_BEFORE.has(prev2))
  ) {
    return { tokenStart: i, tokenEnd: j, type: 'Place', rule: 'context:place' };
  }
  // Place: "X, Sweden" and "X (Italie)": a name followed by a known country or region.
  const nextKnown = scope.known.get(j);
  if (
    words <= 3 &&
    nextKnown?.type === 'Place' &&
    (nextKnown.kind === 'country' || nextKnown.kind === 'region') &&
    /^(?:, | \()/.test(after) &&
    !COMPANY_TAIL.has(spanNorms[spanNorms.length - 1]!)
  ) {
    return { tokenStart: i, tokenEnd: j, type: 'Place', rule: 'context:place-area' };
  }
  // Company: a legal form or sector head as the last word ("Samsung SDI Hungary Zrt", "Leap Motors").
  if (
    words >= 2 &&
    COMPANY_TAIL.has(spanNorms[spanNorms.length - 1]!) &&
    (!atStart || !common.has(spanNorms[0]!))
  )
    return { tokenStart: i, tokenEnd: j, type: 'Company', rule: 'context:company-tail' };
  // Vehicle: the object of a production or launch verb ("will produce the Elroq"), "le modèle X".
  if (words <= 3 && isVehicleContext(scope, i, nextWords[0] ?? '', after)) {
    return { tokenStart: i, tokenEnd: j, type: 'Vehicle', rule: 'context:vehicle' };
  }
  // Brand: "la marque X", "the X brand".
  if (prev === 'marque' || prev === 'brand' || nextWords[0] === 'brand') {
    return { tokenStart: i, tokenEnd: j, type: 'Brand', rule: 'context:brand' };
  }
  // Company: "le groupe X", "le géant chinois X", "EV maker X", "X's chief executive", "X, a ... start-up".
  const nounBefore =
    COMPANY_BEFORE.has(prev) || (NATIONALITY.has(prev) && COMPANY_BEFORE.has(prev2));
  const possessiveRole =
    /^['’]s\s/.test(after) &&
    [
      'chief',
      'ceo',
      'boss',
      'founder',
      'chairman',
      'president',
      'head',
      'subsidiary',
      'unit',
      'plant',
      'factory',
      'shares',
    ].includes(nextWords[1] ?? '');
  const roleOf =
    (prev === 'of' || prev === 'de' || prev === 'du' || prev === 'd') &&
    [
      'executive',
      'ceo',
      'chairman',
      'founder',
      'pdg',
      'patron',
      'general',
      'fondateur',
      'president',
      'dirigeant',
      'boss',
    ].includes(prev2);
  let apposition = false;
  if (/^,\s/.test(after)) {
    for (let k = 0; k < nextWords.length; k++) {
      if (COMPANY_AFTER.has(nextWords[k]!)) {
        apposition = k <= 5;
        break;
      }
    }
    apposition &&= ['a', 'an', 'the', 'un', 'une', 'le', 'la', 'l'].includes(nextWords[0] ?? '');
  }
  if (nounBefore || possessiveRole || roleOf || apposition) {
    if (atStart && !nounBefore && !possessiveRole && !apposition) return null;
    return { tokenStart: i, tokenEnd: j, type: 'Company', rule: 'context:company' };
  }
  return null;
}
