// The header's graph-wide counts (entities, relations, articles, claims).
import type { Gql } from '../api/client.js';
import { StatsDocument } from '../api/generated/operations.js';

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** Mounts the counts into `el`; `refresh` asks the API again (a failure keeps the last counts). */
export function mountStatsLine(el: HTMLElement, gql: Gql): { refresh(): Promise<void> } {
  let shown = false;
  return {
    async refresh() {
      try {
        const { stats } = await gql(StatsDocument, {});
        shown = true;
        el.textContent = [
          plural(stats.entities, 'entity', 'entities'),
          plural(stats.relations, 'relation'),
          plural(stats.articles, 'article'),
          plural(stats.claims, 'claim'),
        ].join(' · ');
      } catch {
        if (!shown) el.textContent = '';
      }
    },
  };
}
