// Resolves generic nouns ("le constructeur", "the carmaker", "sa filiale") to a recent entity.
import type { EntityType } from '../../../schema/ontology.js';
import type { Mention } from './mention.js';
import type { Token } from './tokenize.js';

const DETERMINERS = new Set(['le', 'la', 'l', 'ce', 'cette', 'the', 'this']);
const COMPANY_NOUNS = new Set([
  'constructeur',
  'groupe',
  'societe',
  'entreprise',
  'firme',
  'fabricant',
  'equipementier',
  'start',
  'startup',
  'company',
  'group',
  'carmaker',
  'automaker',
  'firm',
  'manufacturer',
  'maker',
]);
const PLANT_NOUNS = new Set(['usine', 'plant', 'factory', 'gigafactory', 'manufacture']);
const WINDOW = 3;

/** Generic noun phrases in tokens [from, to) resolved against earlier mentions; unresolved ones are dropped. */
export function resolveGenericMentions(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentence: number,
  current: readonly Mention[],
  history: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (let k = from + 1; k < to; k++) {
    const noun = tokens[k]!.norm;
    const det = tokens[k - 1]!.norm;
    if (!DETERMINERS.has(det) || taken(current, k)) continue;
    const type: EntityType | null = COMPANY_NOUNS.has(noun)
      ? 'Company'
      : PLANT_NOUNS.has(noun)
        ? 'Plant'
        : null;
    if (!type) continue;
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
    const start = k - 1;
    const referent = findReferent(type, tokens[start]!.start, sentence, current, history);
    if (!referent) continue;
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
    k = end - 1;
  }
  return out;
}

function taken(current: readonly Mention[], k: number): boolean {
  for (const m of current) if (m.tokenStart <= k && k < m.tokenEnd) return true;
  return false;
}

/** The nearest earlier mention of the wanted type within a few sentences. */
export function findReferent(
  type: EntityType,
  before: number,
  sentence: number,
  current: readonly Mention[],
  history: readonly Mention[],
  exclude?: string,
): Mention | null {
  const ok = (m: Mention): boolean => m.type === type && m.entityId !== exclude;
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
