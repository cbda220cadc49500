// Nationality adjectives (French and English, folded) and the country each names.

const COUNTRY_OF: Record<string, string> = {};
const add = (country: string, words: string): void => {
  for (const w of words.split(' ')) COUNTRY_OF[w] = `place:${country}`;
};
add('france', 'francais francaise francaises french');
add('germany', 'allemand allemande allemands allemandes german');
add('hungary', 'hongrois hongroise hongroises hungarian');
add('china', 'chinois chinoise chinoises chinese');
add('united-states', 'americain americaine americains americaines american');
add('japan', 'japonais japonaise japonaises japanese');
add('south-korea', 'coreen coreenne coreens coreennes sud-coreen sud-coreenne korean south-korean');
add('united-kingdom', 'britannique britanniques british');
add('spain', 'espagnol espagnole espagnols espagnoles spanish');
add('italy', 'italien italienne italiens italiennes italian');
add('portugal', 'portugais portugaise portugaises portuguese');
add('belgium', 'belge belges belgian');
add('netherlands', 'neerlandais neerlandaise dutch');
add('poland', 'polonais polonaise polonaises polish');
add('czech-republic', 'tcheque tcheques czech');
add('slovakia', 'slovaque slovaques slovak slovakian');
add('romania', 'roumain roumaine roumains roumaines romanian');
add('serbia', 'serbe serbes serbian');
add('turkey', 'turc turque turcs turques turkish');
add('morocco', 'marocain marocaine marocains marocaines moroccan');
add('sweden', 'suedois suedoise suedoises swedish');
add('norway', 'norvegien norvegienne norwegian');
add('finland', 'finlandais finlandaise finnish');
add('austria', 'autrichien autrichienne austrian');
add('slovenia', 'slovene slovenes slovenian');
add('india', 'indien indienne indiens indiennes indian');
add('indonesia', 'indonesien indonesienne indonesian');
add('thailand', 'thailandais thailandaise thai');
add('vietnam', 'vietnamien vietnamienne vietnamese');
add('brazil', 'bresilien bresilienne brazilian');
add('mexico', 'mexicain mexicaine mexicains mexicaines mexican');
add('canada', 'canadien canadienne canadian');

/** The country id a folded nationality adjective names ("polonaise" → place:poland), if any. */
export function countryOfAdjective(word: string | undefined): string | null {
  return word === undefined ? null : (COUNTRY_OF[word] ?? null);
}
