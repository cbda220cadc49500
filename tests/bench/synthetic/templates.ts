// French and English sentence templates that state one relation between gazetteer entities.
import type { RelationType } from '../../../schema/ontology.js';
import type { GazetteerData, GazetteerEntry } from './gazetteer-data.js';
import type { Rng } from './prng.js';

export type SyntheticLanguage = 'fr' | 'en';

/** An entity the generator put into the text, with the surface form it used. */
export interface ExpectedEntity {
  id: string;
  type: string;
  surface: string;
}

/** A relation a template meant to state (the extractor may or may not find it). */
export interface ExpectedRelation {
  type: RelationType;
  source: string;
  target: string;
}

/** One generated sentence and what it contains. */
export interface TemplateSentence {
  text: string;
  entities: ExpectedEntity[];
  relations: ExpectedRelation[];
}

type Template = (rng: Rng, g: GazetteerData) => TemplateSentence | null;

/** The name most of the time, otherwise one of its longer aliases. */
function surface(rng: Rng, e: GazetteerEntry): string {
  const aliases = e.aliases.filter((a) => a.length >= 4 && /^\p{Lu}/u.test(a));
  return aliases.length > 0 && rng.chance(0.25) ? rng.pick(aliases) : e.name;
}

function mention(rng: Rng, e: GazetteerEntry): ExpectedEntity {
  return { id: e.id, type: e.type, surface: surface(rng, e) };
}

function owned(
  rng: Rng,
  g: GazetteerData,
  type: GazetteerEntry['type'],
): [GazetteerEntry, GazetteerEntry] | null {
  const e = rng.pickSkewed(
    g.byType[type].filter((x) => x.owner && g.byId.has(x.owner)),
    0.6,
  );
  const owner = g.byId.get(e.owner!);
  return owner ? [e, owner] : null;
}

function sentence(
  text: string,
  entities: ExpectedEntity[],
  relations: ExpectedRelation[],
): TemplateSentence {
  return { text, entities, relations };
}

const rel = (type: RelationType, source: string, target: string): ExpectedRelation => ({
  type,
  source,
  target,
});

function leads(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = owned(rng, g, 'Person');
    if (!pair) return null;
    const [p, c] = [mention(rng, pair[0]), mention(rng, pair[1])];
    const text =
      lang === 'fr'
        ? `${p.surface}, directeur général de ${c.surface}, a confirmé les objectifs du groupe pour l'année.`
        : `${p.surface}, chief executive of ${c.surface}, confirmed the group's targets for the year.`;
    return sentence(text, [p, c], [rel('LEADS', p.id, c.id)]);
  };
}

function brandOf(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = owned(rng, g, 'Brand');
    if (!pair) return null;
    const [b, o] = [mention(rng, pair[0]), mention(rng, pair[1])];
    const text =
      lang === 'fr'
        ? `${b.surface}, la marque du groupe ${o.surface}, lancera deux nouveaux modèles électriques l'an prochain.`
        : `${b.surface}, a brand owned by ${o.surface}, will launch two new electric models next year.`;
    return sentence(text, [b, o], [rel('BRAND_OF', b.id, o.id)]);
  };
}

function subsidiaryOf(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = owned(rng, g, 'Company');
    if (!pair) return null;
    const [s, p] = [mention(rng, pair[0]), mention(rng, pair[1])];
    const text =
      lang === 'fr'
        ? `${s.surface}, filiale de ${p.surface}, a publié des volumes en hausse ce trimestre.`
        : `${s.surface}, a subsidiary of ${p.surface}, reported higher volumes this quarter.`;
    return sentence(text, [s, p], [rel('SUBSIDIARY_OF', s.id, p.id)]);
  };
}

function plantSentence(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = owned(rng, g, 'Plant');
    if (!pair) return null;
    const [plant, owner] = pair;
    const place = plant.place ? g.byId.get(plant.place) : undefined;
    const pm = mention(rng, plant);
    const om = mention(rng, owner);
    const n = rng.int(8, 60) * 50;
    const entities = [pm, om];
    const relations = [rel('OPERATES', owner.id, plant.id)];
    let where = '';
    if (place) {
      const lm = mention(rng, place);
      entities.push(lm);
      relations.push(rel('LOCATED_IN', plant.id, place.id));
      where = lang === 'fr' ? ` à ${lm.surface}` : ` in ${lm.surface}`;
    }
    const text =
      lang === 'fr'
        ? `${om.surface} exploite le site ${pm.surface}${where}, où travaillent ${n} salariés.`
        : `${om.surface} operates the ${pm.surface}${where}, where ${n} people work.`;
    return sentence(text, entities, relations);
  };
}

function produces(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = owned(rng, g, 'Vehicle');
    if (!pair) return null;
    const [v, owner] = pair;
    const plants = g.byType.Plant.filter((p) => p.owner === owner.id);
    const vm = mention(rng, v);
    if (plants.length === 0) {
      const om = mention(rng, owner);
      const text =
        lang === 'fr'
          ? `${om.surface} produit la ${vm.surface} depuis le début de l'année.`
          : `${om.surface} has been producing the ${vm.surface} since the start of the year.`;
      return sentence(text, [om, vm], [rel('PRODUCES', owner.id, v.id)]);
    }
    const pm = mention(rng, rng.pick(plants));
    const text =
      lang === 'fr'
        ? `La ${vm.surface} est assemblée sur le site ${pm.surface} depuis le printemps.`
        : `The ${vm.surface} has been built at the ${pm.surface} since the spring.`;
    return sentence(text, [vm, pm], [rel('PRODUCES', pm.id, vm.id)]);
  };
}

function investsIn(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = owned(rng, g, 'Plant');
    if (!pair) return null;
    const [pm, om] = [mention(rng, pair[0]), mention(rng, pair[1])];
    const n = rng.int(2, 90) * 10;
    const text =
      lang === 'fr'
        ? `${om.surface} investira ${n} millions d'euros dans ${pm.surface} d'ici deux ans.`
        : `${om.surface} will invest ${n} million euros in the ${pm.surface} over two years.`;
    return sentence(text, [om, pm], [rel('INVESTS_IN', om.id, pm.id)]);
  };
}

function twoCompanies(rng: Rng, g: GazetteerData): [ExpectedEntity, ExpectedEntity] | null {
  const a = rng.pickSkewed(g.byType.Company);
  const b = rng.pickSkewed(g.byType.Company);
  return a.id === b.id ? null : [mention(rng, a), mention(rng, b)];
}

function partners(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = twoCompanies(rng, g);
    if (!pair) return null;
    const [a, b] = pair;
    const tech = mention(rng, rng.pick(g.byType.Technology));
    const text =
      lang === 'fr'
        ? `${a.surface} a signé un partenariat avec ${b.surface} pour développer des batteries ${tech.surface}.`
        : `${a.surface} signed a partnership with ${b.surface} to develop ${tech.surface} batteries.`;
    const [s, t] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    return sentence(text, [a, b, tech], [rel('PARTNERS_WITH', s, t)]);
  };
}

function competes(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = twoCompanies(rng, g);
    if (!pair) return null;
    const [a, b] = pair;
    const text =
      lang === 'fr'
        ? `${a.surface} reste le principal concurrent de ${b.surface} sur le marché européen.`
        : `${a.surface} remains the main rival of ${b.surface} in the European market.`;
    const [s, t] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    return sentence(text, [a, b], [rel('COMPETES_WITH', s, t)]);
  };
}

function stake(lang: SyntheticLanguage): Template {
  return (rng, g) => {
    const pair = twoCompanies(rng, g);
    if (!pair) return null;
    const [a, b] = pair;
    const pct = rng.int(3, 45);
    const text =
      lang === 'fr'
        ? `${a.surface} détient ${pct} % du capital de ${b.surface} depuis l'an dernier.`
        : `${a.surface} holds a ${pct}% stake in ${b.surface} since last year.`;
    return sentence(text, [a, b], [rel('OWNS_STAKE_IN', a.id, b.id)]);
  };
}

/** The relation templates of one language. */
export function relationTemplates(lang: SyntheticLanguage): Template[] {
  return [
    leads(lang),
    brandOf(lang),
    subsidiaryOf(lang),
    plantSentence(lang),
    produces(lang),
    investsIn(lang),
    partners(lang),
    competes(lang),
    stake(lang),
  ];
}

/** Sentences with no entity, to bring an article to a realistic length. */
export const FILLER: Record<SyntheticLanguage, readonly string[]> = {
  fr: [
    'Le marché européen de la voiture électrique reste tendu, selon plusieurs analystes interrogés cette semaine.',
    'Les prix des batteries ont encore baissé au cours des douze derniers mois, ce qui rapproche les coûts de ceux des modèles thermiques.',
    "Les syndicats demandent des garanties sur l'emploi et sur la formation des salariés aux nouveaux métiers.",
    "La direction estime que la transition prendra encore plusieurs années et qu'elle demandera des investissements importants.",
    "Les ventes de modèles hybrides progressent plus vite que prévu, notamment auprès des flottes d'entreprise.",
    'Les constructeurs chinois gagnent des parts de marché grâce à des prix agressifs et à une offre renouvelée.',
    'Le gouvernement a réduit le bonus écologique, ce qui pèse sur les commandes des particuliers.',
    'La production de cellules reste concentrée en Asie, malgré les projets annoncés sur le continent.',
    'Les clients attendent une autonomie plus grande et des temps de recharge plus courts.',
    'Les investisseurs restent prudents face à la volatilité des matières premières comme le lithium et le nickel.',
    "Le réseau de bornes de recharge rapide s'étend, mais de nombreuses zones rurales restent mal équipées.",
    'Les coûts logistiques ont fortement augmenté depuis la crise des semi-conducteurs.',
    'Plusieurs sous-traitants ont dû revoir leurs plans industriels pour suivre la demande.',
    "Les nouvelles normes d'émissions imposent un calendrier serré à toute la filière.",
    'Les résultats semestriels seront publiés à la fin du mois prochain.',
    'Selon les experts, la rentabilité des modèles électriques reste inférieure à celle des modèles thermiques.',
    "Le recyclage des batteries devient un enjeu stratégique pour sécuriser l'approvisionnement.",
    'Les marges restent sous pression en raison de la guerre des prix sur les petits modèles.',
  ],
  en: [
    'The European market for electric cars remains tight, according to several analysts interviewed this week.',
    'Battery prices have fallen again over the past twelve months, bringing costs closer to those of combustion models.',
    'Unions are asking for guarantees on jobs and on training workers for new skills.',
    'Management believes the transition will take several more years and will require large investments.',
    'Sales of hybrid models are growing faster than expected, especially among corporate fleets.',
    'Chinese carmakers are gaining market share thanks to aggressive pricing and a renewed line-up.',
    'The government has cut the purchase incentive, which weighs on orders from private buyers.',
    'Cell production remains concentrated in Asia, despite the projects announced on the continent.',
    'Customers expect longer range and shorter charging times from the next generation of cars.',
    'Investors remain cautious about the volatility of raw materials such as lithium and nickel.',
    'The network of fast chargers is growing, but many rural areas remain poorly equipped.',
    'Logistics costs have risen sharply since the semiconductor crisis.',
    'Several suppliers have had to revise their industrial plans to keep up with demand.',
    'New emission standards impose a tight schedule on the whole industry.',
    'Half-year results will be published at the end of next month.',
    'According to experts, the profitability of electric models remains lower than that of combustion models.',
    'Battery recycling is becoming a strategic issue to secure supplies.',
    'Margins remain under pressure because of the price war on small models.',
  ],
};

/** Article titles: `{c}` is replaced by the focus company's surface form. */
export const TITLES: Record<SyntheticLanguage, readonly string[]> = {
  fr: [
    '{c} accélère sur la voiture électrique',
    'Voiture électrique : {c} revoit sa stratégie industrielle',
    '{c} mise sur les batteries pour baisser ses coûts',
  ],
  en: [
    '{c} speeds up its electric plans',
    'Electric cars: {c} rethinks its industrial strategy',
    '{c} bets on batteries to cut costs',
  ],
};
