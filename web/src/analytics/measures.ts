// Graph measures on the drawn view (degree, PageRank, betweenness, Louvain communities) and their ranking.
import cytoscape, { type Collection, type ElementDefinition } from 'cytoscape';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { mulberry32 } from '../util/mulberry32.js';

import type { Measure } from './measures-list.js';

export { MEASURES, MEASURE_LABELS, type Measure } from './measures-list.js';

/** A node and its score. */
export interface Ranked {
  id: string;
  score: number;
}

/**
 * Scores of every node of `eles` (its visible nodes and the edges between them) by `measure`,
 * computed with Cytoscape's built-in algorithms on the undirected graph: degree counts
 * relations, PageRank (damping 0.85) sums to 1, betweenness is normalised to [0, 1].
 */
export function measureScores(eles: Collection, measure: Measure): Map<string, number> {
  const nodes = eles.nodes();
  const edges = eles
    .edges()
    .filter((e) => nodes.contains(e.source()) && nodes.contains(e.target()));
  const graph = nodes.union(edges);
  const out = new Map<string, number>();
  if (measure === 'degree') {
    for (const n of nodes) out.set(n.id(), n.connectedEdges().intersection(edges).length);
  } else if (measure === 'pagerank') {
    // Cytoscape's PageRank follows edge direction; relations point every which way (a brand to
    // its owner, a person to a company), so each edge is walked both ways on a headless copy.
    const copy: ElementDefinition[] = nodes.map((n) => ({ group: 'nodes', data: { id: n.id() } }));
    edges.forEach((e, i) => {
      const [s, t] = [e.source().id(), e.target().id()];
      copy.push({ group: 'edges', data: { id: `f${i}`, source: s, target: t } });
      copy.push({ group: 'edges', data: { id: `b${i}`, source: t, target: s } });
    });
    const cy = cytoscape({ headless: true, elements: copy });
    const pr = cy.elements().pageRank({ dampingFactor: 0.85, precision: 0.000001 });
    for (const n of nodes) out.set(n.id(), pr.rank(cy.getElementById(n.id())));
    cy.destroy();
  } else {
    const bc = graph.betweennessCentrality({ directed: false });
    for (const n of nodes) out.set(n.id(), bc.betweennessNormalized(n));
  }
  return out;
}

/**
 * Communities of the nodes of `eles` by Louvain modularity (graphology-communities-louvain) on
 * the undirected graph, weighted by the number of supporting claims; numbered from 0 by
 * decreasing size, so the largest community gets the first colour. Isolated nodes are alone.
 */
export function communities(eles: Collection): Map<string, number> {
  const g = new Graph({ type: 'undirected', multi: false });
  const nodes = eles.nodes();
  for (const n of nodes) g.addNode(n.id());
  for (const e of eles.edges()) {
    const s = e.source().id();
    const t = e.target().id();
    if (s === t || !g.hasNode(s) || !g.hasNode(t)) continue;
    const w = Math.max(1, Number(e.data('claims')) || 1);
    if (g.hasEdge(s, t))
      g.updateEdgeAttribute(s, t, 'weight', (x: number | undefined) => (x ?? 0) + w);
    else g.addEdge(s, t, { weight: w });
  }
  const raw = g.size > 0 ? louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(42) }) : {};
  // Renumber by size (then by smallest member id) so the numbering does not depend on the run.
  const members = new Map<string, string[]>();
  for (const n of nodes) {
    const key = raw[n.id()] === undefined ? `solo:${n.id()}` : `c:${raw[n.id()]}`;
    members.set(key, [...(members.get(key) ?? []), n.id()]);
  }
  const groups = [...members.values()].map((ids) => ids.sort());
  groups.sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  const out = new Map<string, number>();
  groups.forEach((ids, i) => ids.forEach((id) => out.set(id, i)));
  return out;
}

/** The `n` highest scores, ties broken by id. */
export function topN(scores: ReadonlyMap<string, number>, n: number): Ranked[] {
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, n);
}
