// The centrality measures the view offers, as plain data (no graph library needed to read them).
/** A centrality measure the view can size, colour and rank by. */
export type Measure = 'degree' | 'pagerank' | 'betweenness';

/** Every measure, in menu order. */
export const MEASURES: readonly Measure[] = ['degree', 'pagerank', 'betweenness'];

/** Labels for the controls. */
export const MEASURE_LABELS: Record<Measure, string> = {
  degree: 'Degree',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
};
