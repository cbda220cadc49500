// Sentence-level relation patterns (French and English) over skeletons where ⟨n⟩ marks a mention.
import type { Language } from '../../../schema/graph-delta.js';
import type { RelationScope } from './relation-scope.js';

/** One pattern: a regex over the skeleton and what to emit when it matches. */
export interface RelationPattern {
  name: string;
  lang: Language | 'any';
  /** Fewest mentions the regex needs in the sentence. */
  min: number;
  /** Cheap prefilter: the skeleton must contain one of these strings for the regex to match. */
  cues: readonly string[];
  re: RegExp;
  apply: (m: RegExpExecArray, s: RelationScope) => void;
}

const E = '⟨(\\d+)⟩';
const L =
  "(⟨\\d+⟩(?:(?:,|,? et|,? and|,? ou|,? or) (?:(?:de|du|des|la|le|les|the) |d'|l')?⟨\\d+⟩)*)";
const W = '[^⟨⟩.;]';
const w = (n: number): string => `(?:[^\\s⟨⟩]+ ){0,${n}}`;
// Role titles, with their qualifiers ("former", "interim", "executive vice") and a second title
// ("chairman and CEO"); group 1 of each is the whole title, kept on the claim.
const ROLE_FR_CORE =
  "pdg|p-dg|president-directeur general|presidente-directrice generale|patron|patronne|directeur general delegue|directeur general|directrice generale|dg|president du directoire|presidente? du conseil d'administration|presidente? du conseil de surveillance|vice-presidente?|presidente?|dirigeante?|fondateur|fondatrice|cofondateur|co-fondateur|directeur executif|directeur financier|directrice financiere|directeur technique|directeur des operations|directeur d'exploitation|directrice d'exploitation|directeur commercial|numero un|administrateur delegue";
const ROLE_FR_QUAL =
  '(?:(?:ancien|ancienne|nouveau|nouvelle|nouvel|actuel|actuelle|futur|future|ex|interim|co)[ -])';
const ROLE_FR = `(${ROLE_FR_QUAL}*(?:${ROLE_FR_CORE})(?: (?:par interim|delegue))?(?: et (?:${ROLE_FR_CORE}))?(?: (?:responsable|charge) (?:de |du |des |d')[^⟨⟩,.;]{0,50}?)?)`;
const ROLE_EN_CORE =
  'chief executive officer|chief executive|chief [a-z]+ officer|ceo|cfo|coo|cto|executive chairman|chairman|chairwoman|chairperson|chair|executive vice[- ]president|senior vice[- ]president|vice[- ]president|president|vice[- ]chairman|founder|co-founder|cofounder|boss|head|managing director|general manager';
const ROLE_EN_QUAL =
  '(?:(?:former|new|interim|acting|incoming|outgoing|current|longtime|deputy|group|global|co|ex)[ -])';
const ROLE_EN = `(${ROLE_EN_QUAL}*(?:${ROLE_EN_CORE})(?: and (?:${ROLE_EN_CORE}))?)`;
const ROLE_ANY = `(?:${ROLE_FR.slice(1, -1)}|${ROLE_EN.slice(1, -1)})`;
const re = (src: string): RegExp => new RegExp(src, 'g');
const pct = (raw: string | undefined): number => Number((raw ?? '').replace(',', '.'));

/** Emits SUBSIDIARY_OF for a majority holding, OWNS_STAKE_IN otherwise. */
function holding(
  s: RelationScope,
  owner: Parameters<RelationScope['emit']>[1],
  owned: Parameters<RelationScope['emit']>[1],
  share: number,
  rule: string,
): void {
  if (share > 50) s.emit('SUBSIDIARY_OF', owned, owner, 0.75, rule);
  else s.emit('OWNS_STAKE_IN', owner, owned, 0.8, rule);
}

/** LEADS from "role of C" with the person next to it or, failing that, from context. */
function leadsFromRole(m: RegExpExecArray, s: RelationScope, rule: string): void {
  const company = s.at(m[3]);
  const role = m[2];
  const before = s.at(m[1]);
  const after = s.at(m[4]);
  if (before?.type === 'Person') s.emit('LEADS', before, company, 0.85, rule, role);
  else if (after?.type === 'Person') s.emit('LEADS', after, company, 0.85, rule, role);
  else {
    const person = s.before(m.index, ['Person']);
    s.emit('LEADS', person, company, 0.6, `${rule}-context`, role);
  }
}

// Cues of the title patterns whose organisation comes from the context.
const TITLE_CUES = [
  'chief',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'chair',
  'president',
  'founder',
  'managing director',
  'pdg',
  'patron',
  'direct',
  'dg',
  'fondat',
  'dirigeant',
];

/** LEADS for the person behind placeholder `n`, with the nearest earlier company or organisation. */
function leadsFromContext(
  s: RelationScope,
  m: RegExpExecArray,
  n: string | undefined,
  role: string,
): void {
  const person = s.at(n);
  if (person?.type !== 'Person') return;
  const org = s.before(s.skeleton.offsets[Number(n)] ?? m.index, ['Company', 'Organization']);
  s.emit('LEADS', person, org, 0.55, 'title-context', role);
}

/** Subjects of competition: an adjacent name, else the nearest earlier company. */
function competitor(
  s: RelationScope,
  m: RegExpExecArray,
  objects: string[],
): Parameters<RelationScope['emit']>[1] {
  return s.before(m.index, ['Company', 'Brand'], objects);
}

export const RELATION_PATTERNS: RelationPattern[] = [
  // ---- SUBSIDIARY_OF / ownership ----
  {
    name: 'filiale-de',
    min: 2,
    cues: ['filiale'],
    lang: 'fr',
    re: re(`${E},? (?:qui est )?(?:(?:une|la|sa|leur) )?filiale ${w(3)}(?:de |du |d')${w(3)}${E}`),
    apply: (m, s) => void s.emit('SUBSIDIARY_OF', s.at(m[1]), s.at(m[2]), 0.85, 'filiale-de'),
  },
  {
    name: 'filiale-de-nom',
    min: 2,
    cues: ['filiale'],
    lang: 'fr',
    re: re(`(?:la |une )?filiale ${w(3)}(?:de |du |d')${E},? ${E}`),
    apply: (m, s) => void s.emit('SUBSIDIARY_OF', s.at(m[2]), s.at(m[1]), 0.8, 'filiale-de'),
  },
  {
    name: 'sa-filiale',
    min: 1,
    cues: ['filiale'],
    lang: 'fr',
    re: re(`${E}${W}{0,100}?\\b(?:sa|leur) filiale\\b(?: ${w(3)}(?:, )?${E})?`),
    apply: (m, s) => {
      const parent = s.at(m[1]);
      if (!parent || parent.type !== 'Company') return;
      const named = s.at(m[2]);
      if (named && named.type === 'Company')
        s.emit('SUBSIDIARY_OF', named, parent, 0.75, 'sa-filiale');
      else
        s.emit(
          'SUBSIDIARY_OF',
          s.before(m.index, ['Company'], [parent.entityId]),
          parent,
          0.55,
          'sa-filiale-context',
        );
    },
  },
  {
    name: 'subsidiary-of',
    min: 2,
    cues: ['subsidiary', 'unit', 'division', 'arm', 'affiliate'],
    lang: 'en',
    re: re(`${E},? ${w(4)}(?:subsidiary|unit|division|arm|affiliate) (?:of|owned by) ${w(2)}${E}`),
    apply: (m, s) => void s.emit('SUBSIDIARY_OF', s.at(m[1]), s.at(m[2]), 0.85, 'subsidiary-of'),
  },
  {
    name: 'possessive-subsidiary',
    min: 2,
    cues: ['subsidiary', 'unit', 'division', 'arm'],
    lang: 'en',
    re: re(`${E}'s? ${w(3)}(?:subsidiary|unit|division|arm),? ${E}`),
    apply: (m, s) =>
      void s.emit('SUBSIDIARY_OF', s.at(m[2]), s.at(m[1]), 0.8, 'possessive-subsidiary'),
  },
  {
    name: 'apposition-subsidiary',
    min: 2,
    cues: ['subsidiary', 'unit', 'division', 'arm'],
    lang: 'en',
    re: re(`${E},? ${E}'s? ${w(3)}(?:subsidiary|unit|division|arm)\\b`),
    apply: (m, s) =>
      void s.emit('SUBSIDIARY_OF', s.at(m[1]), s.at(m[2]), 0.8, 'possessive-subsidiary'),
  },
  {
    name: 'controle-par',
    min: 2,
    cues: ['controle', 'detenu', 'possede', 'rachete', 'controlled', 'owned', 'acquired'],
    lang: 'any',
    re: re(
      `${E},? (?:qui est |which is |now |a |an )?${w(2)}(?:controlee?s?|detenue?s?|possedee?s?|rachetee?s?|controlled|owned|majority-owned|wholly-owned|acquired)(?: (?:a|a hauteur de) ([\\d,]+) ?%)? (?:par|by) ${w(3)}${E}`,
    ),
    apply: (m, s) => {
      const share = m[2] ? pct(m[2]) : 100;
      holding(s, s.at(m[3]), s.at(m[1]), share, 'controlled-by');
    },
  },
  {
    name: 'owned-pct-by',
    min: 1,
    cues: ['owned', 'detenu', 'controlled'],
    lang: 'any',
    re: re(
      `(?:owned|detenue?s?|controlled)${W}{0,20}? ([\\d.,]+) ?(?:%|per ?cent) (?:by|par) ${E}((?:,? (?:and|et) ([\\d.,]+) ?(?:%|per ?cent) (?:by|par) ⟨\\d+⟩)*)`,
    ),
    apply: (m, s) => {
      const owned = s.before(m.index, ['Company']);
      holding(s, s.at(m[2]), owned, pct(m[1]), 'owned-pct-by');
      for (const more of (m[3] ?? '').matchAll(/([\d.,]+) ?(?:%|per ?cent) (?:by|par) ⟨(\d+)⟩/g)) {
        holding(s, s.at(more[2]), owned, pct(more[1]), 'owned-pct-by');
      }
    },
  },
  {
    name: 'stake-in',
    min: 2,
    cues: ['stake', 'interest', 'shareholding', 'holding'],
    lang: 'en',
    re: re(
      `${E}${W}{0,80}?\\b(?:stake|interest|shareholding|holding)s? (?:of (?:about |around |roughly )?[\\d.,]+ ?(?:%|per ?cent) )?in ${w(4)}${E}`,
    ),
    apply: (m, s) => void s.emit('OWNS_STAKE_IN', s.at(m[1]), s.at(m[2]), 0.85, 'stake-in'),
  },
  {
    name: 'buy-pct-of',
    min: 2,
    cues: ['%', 'per cent', 'percent'],
    lang: 'en',
    re: re(
      `${E}${W}{0,100}?\\b(?:buy|buys|bought|acquire|acquires|acquired|take|takes|took|own|owns|hold|holds|purchase|purchases|raise|raises)(?: (?:about|around|roughly|some|nearly|almost|a further|an additional|another|up to))? ([\\d.,]+) ?(?:%|per ?cent) (?:stake )?(?:of|in) ${E}`,
    ),
    apply: (m, s) => holding(s, s.at(m[1]), s.at(m[3]), pct(m[2]), 'buy-pct-of'),
  },
  {
    name: 'participation-dans',
    min: 2,
    cues: ['part'],
    lang: 'fr',
    re: re(
      `${E}${W}{0,80}?\\b(?:participation|part|prise de participation)s? (?:minoritaire |majoritaire )?(?:de (?:[\\d,]+) ?% )?(?:dans|au capital de|au capital d'|au capital du|de|du) ${w(3)}${E}`,
    ),
    apply: (m, s) =>
      void s.emit('OWNS_STAKE_IN', s.at(m[1]), s.at(m[2]), 0.8, 'participation-dans'),
  },
  {
    name: 'detient-pct',
    min: 2,
    cues: ['%'],
    lang: 'fr',
    re: re(
      `${E}${W}{0,100}?\\b(?:detient|detiendra|possede|acquiert|acquerra|rachete|rachetera|prend|prendra|achete|achetera|acquis|pris|prendre|acquerir|racheter)(?: (?:environ|pres de|plus de|quelque|jusqu'a))? ([\\d,]+) ?% (?:du capital )?(?:de |du |d')${E}`,
    ),
    apply: (m, s) => holding(s, s.at(m[1]), s.at(m[3]), pct(m[2]), 'detient-pct'),
  },
  {
    name: 'actionnaire-de',
    min: 2,
    cues: ['actionnaire', 'shareholder'],
    lang: 'any',
    re: re(
      `${E},? (?:(?:le|la|son|its|the|a|an|un) )?(?:(?:premier|principal|largest|main|biggest|major) )?(?:actionnaire|shareholder) (?:(?:majoritaire|minoritaire|de reference) )?(?:de |du |d'|of |in )${E}`,
    ),
    apply: (m, s) => void s.emit('OWNS_STAKE_IN', s.at(m[1]), s.at(m[2]), 0.8, 'actionnaire-de'),
  },
  {
    name: 'entre-au-capital',
    min: 2,
    cues: ['capital'],
    lang: 'fr',
    re: re(`${E}${W}{0,60}?\\bentre(?:ra|r)? (?:au|dans le) capital (?:de |du |d')${E}`),
    apply: (m, s) => void s.emit('OWNS_STAKE_IN', s.at(m[1]), s.at(m[2]), 0.8, 'entre-au-capital'),
  },
  {
    name: 'coentreprise-de',
    min: 2,
    cues: ['entreprise', 'joint venture', 'joint-venture'],
    lang: 'any',
    re: re(
      `${E},? (?:(?:la|une|leur|sa|the|a|an|their|its) )?(?:[^\\s⟨⟩]+ ){0,2}(?:coentreprise|co-entreprise|joint venture|joint-venture) (?:[^\\s⟨⟩]+ )?(?:de |du |des |d'|of |between |entre |formed by |set up by |owned by |creee par |formee par |detenue par |associant |reunissant |regroupant |liant )(?:(?:la|le|les|the) |l')?${L}`,
    ),
    apply: (m, s) => {
      const venture = s.at(m[1]);
      for (const owner of s.list(m[2]))
        s.emit('OWNS_STAKE_IN', owner, venture, 0.75, 'coentreprise-de');
    },
  },
  {
    name: 'dont-possede',
    min: 2,
    cues: ['dont', 'which', 'whom'],
    lang: 'any',
    re: re(
      `${E}${W}{0,40}?\\b(?:dont|in which|of which) ${E} (?:possede|detient|controle|a acquis|owns|holds|controls|has acquired|acquired)(?: (?:a|an|environ|about|around|some|pres de|nearly))? ([\\d.,]+) ?(?:%|per ?cent|pour ?cent)`,
    ),
    apply: (m, s) => holding(s, s.at(m[2]), s.at(m[1]), pct(m[3]), 'dont-possede'),
  },
  {
    name: 'acquisition-of-shares',
    min: 2,
    cues: ['acqui', 'purchase', 'bought', 'rachat', 'achat', 'parts'],
    lang: 'any',
    re: re(
      `${E}${W}{0,80}?\\b(?:acquisition|acquired|acquires|purchase|purchased|bought|buys|acquis|acquiert|rachat|achat|rachete|achete)\\b (?:of |de |d'|des )?(?:a |an |un |une )?${w(3)}(?:shares|stake|equity|parts|actions|participation)\\b${W}{0,100}? (?:of|in|de|du|dans|d') ${E}`,
    ),
    apply: (m, s) =>
      void s.emit('OWNS_STAKE_IN', s.at(m[1]), s.at(m[2]), 0.7, 'acquisition-of-shares'),
  },
  {
    name: 'parent-of',
    min: 2,
    cues: ['parent', 'mere', 'maison'],
    lang: 'any',
    re: re(
      `${E},? (?:[-–—] )?(?:(?:the|its|la|sa|le|l') )?(?:parent company|parent group|parent|maison mere|societe mere|groupe parent|actionnaire majoritaire) (?:of|de|du|d') ${E}`,
    ),
    apply: (m, s) => void s.emit('SUBSIDIARY_OF', s.at(m[2]), s.at(m[1]), 0.8, 'parent-of'),
  },
  {
    name: 'the-subsidiary-name',
    min: 1,
    cues: ['subsidiary', 'filiale'],
    lang: 'any',
    re: re(
      `\\b(?:the|its|their|la|sa|leur) (?:[a-z-]+ ){0,2}(?:subsidiary|filiale)(?: (?!(?:of|de|du|des|to|in|a|au)\\b|d')[a-z-]+){0,2},? ${E}`,
    ),
    apply: (m, s) => {
      const unit = s.at(m[1]);
      if (unit?.type !== 'Company') return;
      const parent = s.before(m.index, ['Company'], [unit.entityId]);
      s.emit('SUBSIDIARY_OF', unit, parent, 0.65, 'the-subsidiary-name');
    },
  },
  // ---- INVESTS_IN ----
  {
    name: 'invests-in',
    min: 2,
    cues: ['invest', 'pour', 'inject'],
    lang: 'en',
    re: re(
      `${E}${W}{0,80}?\\b(?:invest|invests|invested|investing|pour|pours|poured|inject|injects|injected)\\b${W}{0,80}? in ${w(3)}${E}`,
    ),
    apply: (m, s) => void s.emit('INVESTS_IN', s.at(m[1]), s.at(m[2]), 0.75, 'invests-in'),
  },
  {
    name: 'invest-to-buy',
    min: 2,
    cues: ['invest'],
    lang: 'en',
    re: re(
      `${E}${W}{0,80}?\\binvest\\w*\\b${W}{0,60}? to (?:buy|acquire|take)\\b${W}{0,40}?(?:of|in) ${E}`,
    ),
    apply: (m, s) => void s.emit('INVESTS_IN', s.at(m[1]), s.at(m[2]), 0.7, 'invest-to-buy'),
  },
  {
    name: 'investit-dans',
    min: 2,
    cues: ['investi', 'inject', 'mise'],
    lang: 'fr',
    re: re(
      `${E}${W}{0,80}?\\b(?:investit|investira|investir|investi|injecte|injectera|injecter|mise|misera|miser)\\b${W}{0,80}? (?:dans|en faveur de|sur) ${w(3)}${E}`,
    ),
    apply: (m, s) => {
      const target = s.at(m[2]);
      if (target?.type === 'Place') return;
      s.emit('INVESTS_IN', s.at(m[1]), target, 0.75, 'investit-dans');
    },
  },
  // ---- BRAND_OF ----
  {
    name: 'marque-de',
    min: 2,
    cues: ['marque'],
    lang: 'fr',
    re: re(`${E},? (?:(?:la|une|sa) )?marque ${w(2)}(?:de |du |d'|des )${w(3)}${E}`),
    apply: (m, s) => void s.emit('BRAND_OF', s.at(m[1]), s.at(m[2]), 0.85, 'marque-de'),
  },
  {
    name: 'marque-x-du-groupe',
    min: 2,
    cues: ['marque'],
    lang: 'fr',
    re: re(`marque ${E},? (?:du groupe |de |du |d'|appartenant a |propriete de )${w(2)}${E}`),
    apply: (m, s) => void s.emit('BRAND_OF', s.at(m[1]), s.at(m[2]), 0.8, 'marque-de'),
  },
  {
    name: 'brand-of',
    min: 2,
    cues: ['brand'],
    lang: 'en',
    re: re(
      `${E},? (?:(?:a|an|the|its) )?${w(2)}brand (?:owned by|of|from|belonging to) ${w(2)}${E}`,
    ),
    apply: (m, s) => void s.emit('BRAND_OF', s.at(m[1]), s.at(m[2]), 0.85, 'brand-of'),
  },
  {
    name: 'possessive-brand',
    min: 2,
    cues: ['brand'],
    lang: 'en',
    re: re(`${E}'s? ${w(2)}brands? ${E}`),
    apply: (m, s) => void s.emit('BRAND_OF', s.at(m[2]), s.at(m[1]), 0.8, 'possessive-brand'),
  },
  {
    name: 'owned-brand',
    min: 2,
    cues: ['-owned'],
    lang: 'en',
    re: re(`${E}-owned ${w(2)}${E}`),
    apply: (m, s) => {
      const owned = s.at(m[2]);
      if (owned?.type === 'Brand') s.emit('BRAND_OF', owned, s.at(m[1]), 0.75, 'owned-by');
      else s.emit('SUBSIDIARY_OF', owned, s.at(m[1]), 0.75, 'owned-by');
    },
  },
  // ---- LEADS ----
  {
    name: 'role-de',
    min: 1,
    cues: [
      'dg',
      'president',
      'patron',
      'direct',
      'dirigeant',
      'fondat',
      'numero un',
      'administrateur',
    ],
    lang: 'fr',
    re: re(
      `(?:${E},? )?(?:(?:le|la|l'|son|sa|leur|un|une|nouveau|nouvelle|nouvel|actuel|actuelle|grand|emblematique) )*${ROLE_FR} (?:de |du |d'|des )(?:(?:la|le) |l')?(?:marque |groupe |constructeur )?${E}(?:,? ${E})?`,
    ),
    apply: (m, s) => leadsFromRole(m, s, 'role-de'),
  },
  {
    name: 'role-of',
    min: 1,
    cues: ['chief', 'ceo', 'chair', 'president', 'founder', 'boss', 'head', 'managing director'],
    lang: 'en',
    re: re(
      `(?:${E},? )?(?:(?:the|its|a|new|current|longtime|group) )*${ROLE_EN} (?:of|at) (?:the )?${E}(?:,? ${E})?`,
    ),
    apply: (m, s) => leadsFromRole(m, s, 'role-of'),
  },
  {
    name: 'possessive-role',
    min: 2,
    cues: ['chief', 'ceo', 'chair', 'president', 'founder', 'boss', 'head', 'managing director'],
    lang: 'en',
    re: re(`${E}'s? (?:new |current |longtime )?${ROLE_EN},? ${E}`),
    apply: (m, s) => void s.emit('LEADS', s.at(m[3]), s.at(m[1]), 0.85, 'possessive-role', m[2]),
  },
  {
    name: 'apposition-possessive-role',
    min: 2,
    cues: ['chief', 'ceo', 'chair', 'president', 'founder', 'boss', 'head', 'managing director'],
    lang: 'en',
    re: re(`${E},? ${E}'s? (?:new |current |longtime )?${ROLE_EN}\\b`),
    apply: (m, s) => void s.emit('LEADS', s.at(m[1]), s.at(m[2]), 0.85, 'possessive-role', m[3]),
  },
  {
    name: 'company-role-name',
    min: 2,
    cues: ['chief', 'ceo', 'chair', 'president', 'founder', 'boss', 'head', 'managing director'],
    lang: 'en',
    re: re(`${E} ${ROLE_EN},? ${E}`),
    apply: (m, s) => void s.emit('LEADS', s.at(m[3]), s.at(m[1]), 0.8, 'company-role-name', m[2]),
  },
  {
    name: 'led-by',
    min: 1,
    cues: [
      'led',
      'headed',
      'run',
      'chaired',
      'founded',
      'created',
      'dirige',
      'fonde',
      'preside',
      'cree',
    ],
    lang: 'any',
    re: re(
      `\\b(led|headed|run|chaired|founded|co-founded|cofounded|created|dirigee?s?|fondee?s?|presidee?s?|creee?s?|cofondee?s?)(?: in \\d{4}| en \\d{4})? (?:by|par) (?:(?:its|his|her|their|son|sa|le|la|founder|chief|executive|chairman|ceo|fondateur|pdg|patron|president) )*${E}`,
    ),
    apply: (m, s) => {
      const person = s.at(m[2]);
      const founding = /^(?:founded|co-?founded|cofounded|created|fonde|cree|cofonde)/.test(
        m[1] ?? '',
      );
      s.emit(
        'LEADS',
        person,
        s.before(m.index, ['Company', 'Organization', 'Brand']),
        founding ? 0.6 : 0.8,
        'led-by',
        founding ? 'founder' : undefined,
      );
    },
  },
  {
    name: 'who-remains-its',
    min: 1,
    cues: ['who', 'qui'],
    lang: 'any',
    re: re(
      `${E},? (?:who|qui) (?:remains|is|was|has been|reste|est|demeure|becomes|devient|serves as) (?:its|their|son|sa|leur|the company's) ${w(2)}${ROLE_ANY}\\b`,
    ),
    apply: (m, s) => {
      const person = s.at(m[1]);
      s.emit(
        'LEADS',
        person,
        s.before(s.skeleton.offsets[Number(m[1])] ?? m.index, ['Company', 'Organization']),
        0.75,
        'who-remains-its',
      );
    },
  },
  {
    name: 'person-runs',
    min: 2,
    cues: ['dirige', 'preside', 'pilote', 'runs', 'heads', 'leads', 'chairs'],
    lang: 'any',
    re: re(`${E},? (?:qui )?(?:dirige|preside|pilote|runs|heads|leads|chairs) ${E}`),
    apply: (m, s) => void s.emit('LEADS', s.at(m[1]), s.at(m[2]), 0.8, 'person-runs'),
  },
  {
    name: 'company-role-name-fr',
    min: 2,
    cues: ['pdg', 'patron', 'direct', 'president', 'dirigeant', 'fondat', 'dg'],
    lang: 'fr',
    re: re(`${E} ${ROLE_FR},? ${E}`),
    apply: (m, s) => {
      // Only a possessive stands before a French title: "BYD et son PDG, Wang Chuanfu".
      const company = s.at(m[1]);
      if (company?.kind !== 'generic') return;
      s.emit('LEADS', s.at(m[3]), company, 0.75, 'possessive-role', m[2]);
    },
  },
  {
    name: 'title-name',
    min: 1,
    cues: TITLE_CUES,
    lang: 'any',
    re: re(`(?<![⟩'] |⟩'s )\\b(?:${ROLE_EN}|${ROLE_FR}),? ${E}`),
    apply: (m, s) => {
      const role = m[1] ?? m[2] ?? '';
      // A bare "president" before a name is often a head of state; the employer must be stated.
      if (/^(?:president|presidente|chair|head|boss|patron|patronne)$/.test(role)) return;
      leadsFromContext(s, m, m[3], role);
    },
  },
  {
    name: 'name-comma-title',
    min: 1,
    cues: TITLE_CUES,
    lang: 'any',
    re: re(
      `${E}, (?:(?:the|its|le|la|l'|son|sa) )?(?:${ROLE_EN}|${ROLE_FR})\\b(?![^⟨,.;]{0,40}(?:\\b(?:of|at|de|du|des)\\b ?|d')(?:(?:the|la|le) |l')?⟨)`,
    ),
    apply: (m, s) => {
      const role = m[2] ?? m[3] ?? '';
      if (/^(?:head|boss)$/.test(role)) return;
      leadsFromContext(s, m, m[1], role);
    },
  },
  {
    name: 'appointment',
    min: 1,
    cues: [
      'appoint',
      'name',
      'pick',
      'chose',
      'hire',
      'nomm',
      'nomination',
      'design',
      'choisi',
      'promu',
      'promoted',
    ],
    lang: 'any',
    re: re(
      `\\b(?:appoint|appoints|appointed|appointment|names|named|picks|picked|chooses|chose|chosen|hires|hired|promoted|nomme|nommee|nomination|designe|designee|choisi|choisie|promu|promue)\\b (?:de |of )?${E},? (?:as|comme|au poste de|en tant que|to the post of|to) (?:(?:its|their|the|new|son|sa|nouveau|nouvelle|nouvel|le|la|l'|future?) |⟨\\d+⟩ )*(?:${ROLE_EN}|${ROLE_FR})(?: (?:of|at|de|du|d') ?(?:(?:the|la|le) |l')?${E})?`,
    ),
    apply: (m, s) => {
      const person = s.at(m[1]);
      const role = m[2] ?? m[3];
      const named = s.at(m[4]);
      const org = named ?? s.before(m.index, ['Company', 'Organization']);
      s.emit('LEADS', person, org, named ? 0.8 : 0.65, 'appointment', role);
    },
  },
  {
    name: 'who-founded',
    min: 2,
    cues: ['found', 'fonde', 'cree', 'created', 'launched'],
    lang: 'any',
    re: re(
      `${E},? (?:who|qui) (?:has |had |a |avait )?(?:co-?founded|founded|created|cofonde|co-fonde|fonde|cree)(?: in \\d{4}| en \\d{4})? ${E}`,
    ),
    apply: (m, s) => void s.emit('LEADS', s.at(m[1]), s.at(m[2]), 0.75, 'who-founded', 'founder'),
  },
  {
    name: 'succession',
    min: 2,
    cues: ['succe', 'replace', 'remplac', 'successor', 'successeur'],
    lang: 'any',
    re: re(
      `${E}${W}{0,40}?\\b(?:(?:will |to |would |devrait |va )?(?:succeeds?|succeeded|succeed|replaces?|replaced|succede|succedera|succeder|remplace|remplacera|remplacer)|successor to|successeur de)(?: (?:a|as|comme))? ${E}|${E}${W}{0,30}?\\b(?:has been |was |will be |est |a ete |sera )?(?:replaced|remplacee?) (?:by|par) ${w(4)}${E}`,
    ),
    apply: (m, s) => {
      const next = s.at(m[1]) ?? s.at(m[4]);
      const previous = s.at(m[2]) ?? s.at(m[3]);
      if (next?.type === 'Person' && previous?.type === 'Person')
        s.successions.push({
          next: next.entityId,
          previous: previous.entityId,
          sentence: s.sentence,
        });
    },
  },
  // ---- COMPETES_WITH ----
  {
    name: 'rival-de',
    min: 1,
    cues: ['rival', 'concurrent', 'adversaire', 'competitor'],
    lang: 'any',
    re: re(
      `(?:${E},? )?(?:(?:le|la|l'|son|sa|ses|un|une|leur|grand|principal|premier|eternel|nouveau|nouvel|plus|gros|its|main|biggest|arch|chief|a|the|big) )*(?:rival|concurrent|adversaire|competitor|arch-rival|archrival)e?s? (?:de |du |d'|of |to )${E}(?:,? ${E})?`,
    ),
    apply: (m, s) => {
      const object = s.at(m[2]);
      if (!object) return;
      const near = [s.at(m[1]), s.at(m[3])].find(
        (x) => x && (x.type === 'Company' || x.type === 'Brand'),
      );
      const subject = near ?? competitor(s, m, [object.entityId]);
      s.emit(
        'COMPETES_WITH',
        subject,
        object,
        near ? 0.8 : 0.6,
        near ? 'rival-de' : 'rival-de-context',
      );
    },
  },
  {
    name: 'concurrence-de',
    min: 1,
    cues: ['concurren', 'rival', 'compet', 'affront'],
    lang: 'any',
    re: re(
      `\\b(?:concurrence|rivalite|competition|concurrencer|concurrencera|rivaliser|rivalise|rivalisera|affronter|affronte|compete|competes|competing)\\b (?:directe |frontale |croissante |accrue |stiff |fierce )?(?:de |du |des |d'|avec |face a |with |against |from )(?:(?:la|le|les|the) )?${L}`,
    ),
    apply: (m, s) => {
      const objects = s.list(m[1]);
      const subject = competitor(
        s,
        m,
        objects.map((o) => o.entityId),
      );
      for (const o of objects) s.emit('COMPETES_WITH', subject, o, 0.7, 'concurrence-de');
    },
  },
  {
    name: 'answer-to',
    min: 1,
    cues: ['answer', 'response', 'riposte', 'reponse', 'alternative'],
    lang: 'any',
    re: re(
      `\\b(?:competitive |credible )?(?:answer|response|riposte|reponse|alternative) (?:to|a|au|aux) (?:(?:la|le|les|the) )?${L}`,
    ),
    apply: (m, s) => {
      const objects = s.list(m[1]);
      const subject = competitor(
        s,
        m,
        objects.map((o) => o.entityId),
      );
      for (const o of objects) s.emit('COMPETES_WITH', subject, o, 0.6, 'answer-to');
    },
  },
  {
    name: 'rivals-such-as',
    min: 1,
    cues: ['rival', 'competitor', 'concurrent'],
    lang: 'any',
    re: re(
      `\\b(?:rivals?|competitors?|concurrents?) (?:chinese |chinois |europeens |american |such as |like |including |comme |tels? que |dont |notamment )+${L}`,
    ),
    apply: (m, s) => {
      const objects = s.list(m[1]);
      const subject = competitor(
        s,
        m,
        objects.map((o) => o.entityId),
      );
      for (const o of objects) s.emit('COMPETES_WITH', subject, o, 0.65, 'rivals-such-as');
    },
  },
  {
    name: 'and-its-rival',
    min: 2,
    cues: ['rival', 'concurrent', 'competitor'],
    lang: 'any',
    re: re(
      `${E} (?:and|et|versus|vs|contre|against) (?:(?:its|son|sa|ses|their|leur|leurs) )?(?:\\S+ )?(?:rival|concurrent|competitor)e?s? ${E}`,
    ),
    apply: (m, s) => void s.emit('COMPETES_WITH', s.at(m[1]), s.at(m[2]), 0.8, 'and-its-rival'),
  },
  // ---- PRODUCES ----
  {
    name: 'built-at',
    min: 2,
    cues: ['buil', 'produ', 'assembl', 'made', 'manufactur', 'fabrique', 'construit', 'sorti'],
    lang: 'any',
    re: re(
      `${E},? (?:(?:is|are|was|were|will be|est|sont|sera|seront) )?(?:built|produced|assembled|made|manufactured|produite?s?|assemblee?s?|fabriquee?s?|construite?s?|sortie?s?)(?: (?:at|in|by|a|au|dans|par|de|sur)(?: (?:the|its|their|la|le|les|son|sa|ses|leur|l'))?)(?: |')?${E}`,
    ),
    apply: (m, s) => {
      const vehicle = s.at(m[1]);
      const maker = s.at(m[2]);
      if (vehicle?.type === 'Vehicle') s.emit('PRODUCES', maker, vehicle, 0.7, 'built-at');
    },
  },
  // ---- SUPPLIES ----
  {
    name: 'fournit',
    min: 2,
    cues: ['fourni', 'livre', 'equip', 'aliment', 'suppl', 'provide', 'deliver', 'powers'],
    lang: 'any',
    re: re(
      `${E}${W}{0,60}?\\b(?:fournit|fournira|fournir|fournissent|fourniront|livre|livrera|livrent|equipe|equipera|equiper|alimente|alimentera|supplies|supply|supplied|supplying|provides|provide|delivers|deliver|powers)\\b${W}{0,60}?(?:a |au |aux |pour |to |for |de |du |des )?(?:(?:la|le|les|l'|the) )?${L}`,
    ),
    apply: (m, s) => {
      const supplier = s.subjectAt(m[1], m.index + m[0].length - m[2]!.length);
      for (const o of s.list(m[2])) s.emit('SUPPLIES', supplier, o, 0.65, 'fournit');
    },
  },
  {
    name: 'fournisseur-de',
    min: 2,
    cues: ['fournisseur', 'supplier'],
    lang: 'any',
    re: re(
      `${E},? (?:(?:le|un|the|a|an|its|son|sa|leur) )?${w(2)}(?:fournisseur|supplier) ${w(2)}(?:de |du |d'|des |of |to |for )${E}`,
    ),
    apply: (m, s) => void s.emit('SUPPLIES', s.at(m[1]), s.at(m[2]), 0.75, 'fournisseur-de'),
  },
  {
    name: 'possessive-supplier',
    min: 2,
    cues: ['supplier'],
    lang: 'en',
    re: re(`${E}'s? ${w(2)}supplier,? ${E}`),
    apply: (m, s) => void s.emit('SUPPLIES', s.at(m[2]), s.at(m[1]), 0.75, 'possessive-supplier'),
  },
  {
    name: 'customers-include',
    min: 2,
    cues: ['customer', 'client'],
    lang: 'any',
    re: re(
      `${E}'?s? (?:[a-z-]+ ){0,2}(?:customers|clients)\\b${W}{0,30}?\\b(?:include|includes|including|are|comprennent|incluent|comptent|sont|figurent|such as|comme|notamment)\\b${W}{0,50}?${L}`,
    ),
    apply: (m, s) => {
      const supplier = s.at(m[1]);
      for (const o of s.list(m[2])) s.emit('SUPPLIES', supplier, o, 0.7, 'customers-include');
    },
  },
  {
    name: 'became-supplier',
    min: 2,
    cues: ['supplier', 'fournisseur'],
    lang: 'any',
    re: re(
      `${E}${W}{0,100}?\\b(?:became|become|becomes|is|was|has been|remains|est|devient|devenu|deviendra|reste) (?:the |an? |le |la |un |une |son |its )?${w(3)}(?:supplier|fournisseur)(?: [a-z-]+){0,2} (?:of|to|for|de|du|des|d'|pour) (?:(?:the|la|le|les) |l')?${L}`,
    ),
    apply: (m, s) => {
      if (s.objectPosition(Number(m[1]))) return;
      const supplier = s.at(m[1]);
      for (const o of s.list(m[2])) s.emit('SUPPLIES', supplier, o, 0.65, 'became-supplier');
    },
  },
  // ---- PARTNERS_WITH ----
  {
    name: 'partenariat-avec',
    min: 1,
    cues: [
      'partena',
      'partner',
      'alliance',
      'entreprise',
      'joint venture',
      'collaboration',
      'cooperation',
      'accord',
      'agreement',
      'deal',
      'allie',
      'associe',
      'team',
      'forces',
    ],
    lang: 'any',
    re: re(
      `\\b(?:partenariat|partnership|alliance|coentreprise|co-entreprise|joint venture|collaboration|cooperation|accord|agreement|deal|partenaire|partner|s'allie|s'associe|s'est allie|s'est associe|teams up|teamed up|joins forces|joined forces|partners|partnered|allie|associe)\\b${W}{0,40}? (?:avec|with|a) ${w(2)}${L}`,
    ),
    apply: (m, s) => {
      const objects = s.list(m[1]);
      const subject = s.before(
        m.index,
        ['Company', 'Organization', 'Brand'],
        objects.map((o) => o.entityId),
      );
      for (const o of objects) s.emit('PARTNERS_WITH', subject, o, 0.7, 'partenariat-avec');
    },
  },
  {
    name: 'partenariat-entre',
    min: 2,
    cues: [
      'partena',
      'partner',
      'alliance',
      'entreprise',
      'joint venture',
      'collaboration',
      'accord',
      'agreement',
    ],
    lang: 'any',
    re: re(
      `\\b(?:partenariat|partnership|alliance|coentreprise|co-entreprise|joint venture|collaboration|accord|agreement)${W}{0,30}? (?:entre|between|of) ${E} (?:et|and) ${E}`,
    ),
    apply: (m, s) =>
      void s.emit('PARTNERS_WITH', s.at(m[1]), s.at(m[2]), 0.75, 'partenariat-entre'),
  },
  {
    name: 'x-et-y-signent',
    min: 2,
    cues: [
      'partenariat',
      'partnership',
      'coentreprise',
      'joint venture',
      'alliance',
      'accord',
      'agreement',
      "s'allient",
      "s'associent",
      'partner',
      'team',
      'join forces',
    ],
    lang: 'any',
    re: re(
      `${E} (?:et|and) ${E}${W}{0,40}?\\b(?:s'allient|s'associent|partner|team up|teamed up|join forces|joined forces|ont signe|signent|have signed|sign|signed|forment|form|formed|creent|create|created|lancent|launch|launched|announced|annoncent|ont noue|nouent)\\b${W}{0,30}?(?:partenariat|partnership|coentreprise|joint venture|alliance|accord|agreement)?`,
    ),
    apply: (m, s) => {
      if (
        !/partenariat|partnership|coentreprise|joint venture|alliance|accord|agreement|s'allient|s'associent|partner|team|join forces/.test(
          m[0],
        )
      )
        return;
      s.emit('PARTNERS_WITH', s.at(m[1]), s.at(m[2]), 0.75, 'x-et-y-partenaires');
    },
  },
  // ---- LOCATED_IN ----
  {
    name: 'based-in',
    min: 2,
    cues: ['based', 'headquartered', 'located', 'situated'],
    lang: 'en',
    re: re(`${E}${W}{0,60}?\\b(?:based|headquartered|located|situated)(?: (?:in|at)) ${E}`),
    apply: (m, s) => void s.emit('LOCATED_IN', s.at(m[1]), s.at(m[2]), 0.8, 'based-in'),
  },
  {
    name: 'base-a',
    min: 2,
    cues: ['base', 'situe', 'installe', 'implante', 'localise', 'domicilie', 'siege'],
    lang: 'fr',
    re: re(
      `${E}${W}{0,60}?\\b(?:basee?s?|situee?s?|installee?s?|implantee?s?|localisee?s?|domiciliee?s?|dont le siege (?:social )?est|qui a son siege|siege social) (?:a |au |aux |en |dans (?:le |la |les |l')?)${E}`,
    ),
    apply: (m, s) => void s.emit('LOCATED_IN', s.at(m[1]), s.at(m[2]), 0.8, 'base-a'),
  },
  {
    name: 'x-based',
    min: 2,
    cues: ['-based'],
    lang: 'any',
    re: re(`${E},? (?:(?:the|a|an|le|la|un|une) )?${E}-based\\b`),
    apply: (m, s) => void s.emit('LOCATED_IN', s.at(m[1]), s.at(m[2]), 0.8, 'x-based'),
  },
  {
    name: 'x-based-name',
    min: 2,
    cues: ['-based'],
    lang: 'any',
    re: re(`${E}-based ${w(3)}${E}`),
    apply: (m, s) => void s.emit('LOCATED_IN', s.at(m[2]), s.at(m[1]), 0.75, 'x-based'),
  },
  {
    name: 'parenthesis-place',
    min: 2,
    cues: ['('],
    lang: 'any',
    re: re(`${E} \\(${w(2)}(⟨\\d+⟩[^()⟨⟩]{0,30}(?:⟨\\d+⟩[^()⟨⟩]{0,30})*)\\)`),
    apply: (m, s) => {
      const a = s.at(m[1]);
      // "ElectriCity (Douai, Maubeuge, Ruitz)": each place of the list.
      for (const place of s.list(m[2])) {
        if (place.type !== 'Place') continue;
        s.emit('LOCATED_IN', a, place, 0.7, 'parenthesis-place');
        if (a?.type === 'Plant')
          s.emit('LOCATED_IN', s.placeOf(a), place, 0.65, 'parenthesis-place');
      }
    },
  },
  {
    name: 'capital-of',
    min: 2,
    cues: ['capital', 'chef-lieu', 'prefecture'],
    lang: 'any',
    re: re(
      `${E},? (?:(?:the|la|le) )?(?:capital|capitale|chef-lieu|prefecture) (?:city )?(?:of|de|du|d') (?:(?:the|la|le) |l')?(?:(?:east|west|north|south|central|eastern|western|northern|southern) )?${E}`,
    ),
    apply: (m, s) => void s.emit('LOCATED_IN', s.at(m[1]), s.at(m[2]), 0.8, 'capital-of'),
  },
  {
    name: 'place-possessive',
    min: 2,
    cues: ["'s"],
    lang: 'en',
    re: re(`${E}'s ${E}`),
    apply: (m, s) => {
      // "China's BYD", "China's Anhui Province": a country or region owning a name locates it.
      const place = s.at(m[1]);
      const kind = place ? s.placeKind(place.entityId) : null;
      if (place?.type !== 'Place' || (kind !== 'country' && kind !== 'region')) return;
      s.emit('LOCATED_IN', s.at(m[2]), place, 0.7, 'place-possessive');
    },
  },
  {
    name: 'company-in-place',
    min: 2,
    cues: [' in ', ' en '],
    lang: 'any',
    re: re(`${E} (?:in|en) ${E}(?=[ ,.;)]|$)`),
    apply: (m, s) => {
      const company = s.at(m[1]);
      const place = s.at(m[2]);
      if (company?.type !== 'Company' || place?.type !== 'Place') return;
      const kind = s.placeKind(place.entityId);
      if (kind === 'continent') return;
      // A company known to be elsewhere is only acting there ("l'implantation de BYD en Türkiye").
      if (!s.consistentPlace(company.entityId, place.entityId)) return;
      s.emit('LOCATED_IN', company, place, 0.6, 'company-in-place');
    },
  },
  {
    name: 'place-in-place',
    min: 2,
    cues: ['⟩, '],
    lang: 'any',
    re: re(
      `${E}, (?:in |en |dans |au |aux )(?:(?:southern|northern|eastern|western|central|south-western|south-eastern|north-western|north-eastern|le sud de|le nord de|l'est de|l'ouest de|le centre de|the south of|the north of) )?(?:(?:la|le|les|the) |l')?${E}(?=[ ,.;)]|$)`,
    ),
    apply: (m, s) =>
      void s.emit('LOCATED_IN', s.placeOf(s.at(m[1])), s.at(m[2]), 0.7, 'place-in-place'),
  },
  {
    name: 'plant-in-place',
    min: 2,
    cues: [' in ', ' en ', ' dans ', ' near ', ' pres de '],
    lang: 'any',
    re: re(`${E} (?:in|en|dans|near|pres de) (?:(?:la|le|les|the) |l')?${E}(?=[ ,.;)]|$)`),
    apply: (m, s) => {
      const plant = s.at(m[1]);
      const place = s.at(m[2]);
      if (plant?.type !== 'Plant' || place?.type !== 'Place') return;
      s.emit('LOCATED_IN', plant, place, 0.65, 'plant-in-place');
      const city = s.placeOf(plant);
      if (city && city.entityId !== place.entityId && s.placeKind(place.entityId) !== 'city')
        s.emit('LOCATED_IN', city, place, 0.6, 'plant-in-place');
    },
  },
  {
    name: 'city-comma-country',
    min: 2,
    cues: ['⟩, ⟨'],
    lang: 'any',
    re: re(`${E}, ${E}(?=[ ,.;)]|$)`),
    apply: (m, s) => {
      const city = s.placeOf(s.at(m[1]));
      const area = s.at(m[2]);
      if (!city || area?.type !== 'Place') return;
      const cityKind = s.placeKind(city.entityId);
      const areaKind = s.placeKind(area.entityId);
      if (
        (cityKind === 'city' || cityKind === null) &&
        (areaKind === 'country' || areaKind === 'region')
      )
        s.emit('LOCATED_IN', city, area, 0.6, 'city-comma-country');
    },
  },
  {
    name: 'subject-dans-lieu',
    min: 1,
    cues: [', dans ', ', en ', ', in '],
    lang: 'any',
    re: re(`, (?:dans|en|in) (?:(?:les|la|le|the) |l')?${E}(?=\\s*[.;]?$)`),
    apply: (m, s) => {
      const subject = s.at(0);
      const place = s.at(m[1]);
      if (!subject || (subject.type !== 'Organization' && subject.type !== 'Plant')) return;
      s.emit('LOCATED_IN', subject, place, 0.55, 'subject-dans-lieu');
    },
  },
  // ---- PART_OF ----
  {
    name: 'regroupe',
    min: 2,
    cues: [
      'regroupe',
      'rassemble',
      'reunit',
      'comprend',
      'federe',
      'englobe',
      'chapeaute',
      'includes',
      'comprises',
      'groups',
      'brings together',
      'encompasses',
      'combines',
    ],
    lang: 'any',
    re: re(
      `${E}${W}{0,20}?\\b(?:regroupe|regroupera|rassemble|reunit|comprend|federe|englobe|chapeaute|includes|comprises|groups|brings together|encompasses|combines)\\b${W}{0,40}?${L}`,
    ),
    apply: (m, s) => {
      const whole = s.at(m[1]);
      for (const part of s.list(m[2]))
        if (part.type === 'Plant') s.emit('PART_OF', part, whole, 0.75, 'regroupe');
    },
  },
  {
    name: 'fait-partie-de',
    min: 2,
    cues: ['part', 'member', 'membre'],
    lang: 'any',
    re: re(
      `${E},? (?:qui )?(?:fait partie|font partie|is part|are part|part|member|membre|is a member) (?:de |du |d'|des |of )(?:(?:the|la|le) |l')?${E}`,
    ),
    apply: (m, s) => void s.emit('PART_OF', s.at(m[1]), s.at(m[2]), 0.75, 'fait-partie-de'),
  },
];
