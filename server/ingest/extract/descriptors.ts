// Descriptive noun phrases right before a name ("Swedish battery maker", "le constructeur chinois"), removed from skeletons.

/** Head nouns that only say what kind of business or product a name is. */
const HEAD_NOUNS = new Set(
  (
    'constructeur constructeurs fabricant fabricants manufacturer manufacturers maker makers carmaker carmakers ' +
    'automaker automakers company companies firm firms startup startups start-up start-ups giant giants geant geants ' +
    'conglomerat conglomerate concern provider specialiste specialist equipementier equipementiers motoriste ' +
    'societe entreprise firme producer producers developer developers group groupe player acteur champion ' +
    'leader pionnier pioneer newcomer challenger '
  )
    .trim()
    .split(/\s+/),
);
/** Vehicle-kind nouns before a model name ("le SUV compact C10", "the electric sedan Seal"). */
const VEHICLE_NOUNS = new Set(
  'suv citadine mini-citadine berline sedan hatchback crossover pick-up pickup compacte break van minivan monospace roadster coupe'.split(
    ' ',
  ),
);
/** Nationality and origin adjectives: one alone before a name is a descriptor ("le chinois BYD"). */
const NATIONALITIES = new Set(
  (
    'chinese chinois chinoise chinoises swedish suedois suedoise korean coreen coreenne sud-coreen south-korean japanese ' +
    'japonais japonaise german allemand allemande american americain americaine us u.s. french francais francaise ' +
    'italian italien italienne taiwanese taiwanais taiwanaise hungarian hongrois polish polonais polonaise indian indien ' +
    'vietnamese vietnamien british britannique spanish espagnol espagnole european europeen europeenne turkish turc ' +
    'turque dutch neerlandais belgian belge swiss suisse czech tcheque slovak norwegian norvegien finnish finlandais ' +
    'austrian autrichien canadian canadien mexican mexicain brazilian bresilien australian australien israeli ' +
    'girondin nordiste lyonnais grenoblois parisien bavarian bavarois'
  )
    .trim()
    .split(/\s+/),
);
/** Other modifiers that can stand in such a phrase: sectors, size, age. */
const MODIFIERS = new Set(
  (
    'south sud state-owned listed private public electric electrique electriques ev evs battery batteries cell cells ' +
    'auto automobile automobiles automotive car cars vehicle vehicles vehicules vehicule voitures voiture motor motors ' +
    'energy tech technology software mining chemical chemicals chimique materials lithium lithium-ion solid-state ' +
    'luxury premium low-cost big grand grande gros major leading young jeune new nouveau nouvelle nouvel emerging ' +
    'rising fast-growing industrial industriel industrielle compact compacte'
  )
    .trim()
    .split(/\s+/),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'le', 'la', 'les', 'un', 'une', "l'"]);
const LINKS = new Set(['de', "d'", 'of', 'des']);
const isHead = (w: string): boolean => HEAD_NOUNS.has(w) || VEHICLE_NOUNS.has(w);
const isModifier = (w: string): boolean => MODIFIERS.has(w) || NATIONALITIES.has(w);

/**
 * Removes a descriptive phrase at the end of a folded gap that stands right before a name
 * ("ceo of swedish battery manufacturer " → "ceo of "). The phrase must hold a head noun or end
 * in a nationality word; prepositions before it stay.
 */
export function stripDescriptor(gap: string): string {
  if (!gap.endsWith(' ') && !gap.endsWith("'")) return gap;
  // Fast path: most gaps do not end in a descriptor word.
  const lastSpace = gap.lastIndexOf(' ', gap.length - 2);
  const lastWord = gap
    .slice(lastSpace + 1, gap.endsWith(' ') ? -1 : undefined)
    .replace(/^[ld]'/, '');
  if (!isHead(lastWord) && !isModifier(lastWord)) return gap;
  // Elided articles and prepositions become words of their own: "l'equipementier" → "l' equipementier".
  const spaced = gap.replace(/(^|[\s(])([ld]')(?=\S)/g, '$1$2 ').trimEnd();
  const words = spaced.split(' ');
  let k = words.length;
  let head = false;
  while (k > 0) {
    const word = words[k - 1]!;
    if (isHead(word)) head = true;
    else if (!isModifier(word)) {
      // "constructeur chinois de vehicules electriques": a link inside the phrase, before more modifiers.
      if (
        LINKS.has(word) &&
        k < words.length &&
        k > 1 &&
        (isHead(words[k - 2]!) || isModifier(words[k - 2]!))
      ) {
        k--;
        continue;
      }
      break;
    }
    k--;
  }
  if (k === words.length) return gap;
  if (!head && !NATIONALITIES.has(words[words.length - 1]!)) return gap;
  // A determiner that opened the phrase goes with it.
  if (k > 0 && DETERMINERS.has(words[k - 1]!)) k--;
  const out = words
    .slice(0, k)
    .join(' ')
    .replace(/([ld]') /g, '$1');
  if (out === '') return '';
  return out.endsWith("'") ? out : `${out} `;
}

/** Whether a folded word is a modifier of such a phrase (nationality, sector, size, age). */
export function isDescriptorModifier(word: string): boolean {
  return isModifier(word);
}
