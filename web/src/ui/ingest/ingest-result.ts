// What one ingested (or previewed) article gave: its entities and relations with their sentences.
import { RELATION_TYPE_LABELS } from '../../../../schema/ontology.js';
import type { IngestResult } from '../../api/types.js';
import { fmtConf, h } from '../dom.js';

/** The result section for the article shown as `name`. */
export function ingestResultView(name: string, r: IngestResult): HTMLElement {
  return h(
    'section',
    { class: 'ingest-result' },
    h(
      'h3',
      {},
      `${name}: `,
      r.dryRun ? 'would add' : r.created ? 'loaded' : 'already loaded (nothing changed)',
      ` · ${r.article.language}`,
    ),
    r.warnings.length
      ? h(
          'ul',
          { class: 'warnings' },
          r.warnings.map((w) => h('li', {}, w)),
        )
      : null,
    h('h4', {}, `Entities (${r.entities.length})`),
    h(
      'ul',
      { class: 'chips' },
      r.entities.map((e) =>
        h('li', { class: 'chip', 'data-type': e.type }, `${e.name} · ${e.type}`),
      ),
    ),
    h('h4', {}, `Relations (${r.relations.length})`),
    h(
      'ul',
      { class: 'ingest-relations' },
      r.relations.map((rel) =>
        h(
          'li',
          {},
          h(
            'strong',
            {},
            `${rel.source.name} ${RELATION_TYPE_LABELS[rel.type] ?? rel.type} ${rel.target.name}`,
          ),
          h('span', { class: 'muted' }, ` ${fmtConf(rel.confidence)}`),
          h('div', { class: 'sentence' }, rel.sentence),
        ),
      ),
    ),
  );
}
