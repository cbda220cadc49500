// Writes analytics style data onto the drawn nodes (anSize, anColor, anScore) and the rules that use it.
import type { Core } from 'cytoscape';
import type { AnalyticsChoice, Measure } from './choice.js';
import { communities, measureScores, topN, type Ranked } from './measures.js';
import { communityColors, scoreColors, sizesFor } from './style-data.js';

/** Adds the style rules that draw `anSize` and `anColor` when a node has them (once per graph). */
export function installAnalyticsStyle(cy: Core): void {
  cy.style()
    .selector('node[anSize]')
    .style({ width: 'data(anSize)', height: 'data(anSize)' })
    .selector('node[anColor]')
    .style({ 'background-color': 'data(anColor)' })
    .update();
}

/** The measure the ranked list uses: the size measure, else a colour measure, else degree. */
export function rankingMeasure(choice: AnalyticsChoice): Measure {
  if (choice.size) return choice.size;
  if (choice.color && choice.color !== 'community') return choice.color;
  return 'degree';
}

/**
 * Computes the chosen measures on the visible part of the graph, sets or clears the nodes'
 * `anSize`, `anColor`, `anScore` and `community` data, and returns the `n` top-ranked nodes.
 */
export function applyAnalytics(cy: Core, choice: AnalyticsChoice, n: number): Ranked[] {
  const visible = cy.elements(':visible');
  const measure = rankingMeasure(choice);
  const scores = measureScores(visible, measure);
  const sizes = choice.size ? sizesFor(measureScores(visible, choice.size)) : null;
  let colors: Map<string, string> | null = null;
  let groups: Map<string, number> | null = null;
  if (choice.color === 'community') {
    groups = communities(visible);
    colors = communityColors(groups);
  } else if (choice.color) {
    colors = scoreColors(choice.color === measure ? scores : measureScores(visible, choice.color));
  }
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const id = node.id();
      const size = sizes?.get(id);
      const color = colors?.get(id);
      if (size === undefined) node.removeData('anSize');
      else node.data('anSize', size);
      if (color === undefined) node.removeData('anColor');
      else node.data('anColor', color);
      const score = scores.get(id);
      if (score === undefined) node.removeData('anScore');
      else node.data('anScore', score);
      const group = groups?.get(id);
      if (group === undefined) node.removeData('community');
      else node.data('community', group);
    });
  });
  return topN(scores, n);
}
