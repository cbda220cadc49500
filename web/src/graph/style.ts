// The Cytoscape style sheet: per-type colour and shape, size by mentions, width by articles;
// labels sized for the zoom (see label-detail.ts) and edges drawn above nodes.
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '../../../schema/ontology.js';
import { LABEL_PX, MIN_LABEL_PX } from './label-detail.js';
import { EDGE_COLOUR, EDGE_LABEL_COLOUR, TYPE_LOOK } from './palette.js';

/** Labels smaller than this on screen are not drawn (keeps big graphs fast and readable). */
export const MIN_ZOOMED_FONT_SIZE = MIN_LABEL_PX;

/**
 * Builds the full style sheet with node labels of `labelFont` graph units; pure data. With `big`
 * (a big graph), edges are straight haystack lines without arrows or labels, which draw much
 * faster.
 */
export function graphStyle(labelFont = LABEL_PX, big = false): StylesheetJson {
  const k = labelFont / LABEL_PX;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': labelFont,
        'font-family': 'system-ui, sans-serif',
        color: '#1d1d1f',
        'text-valign': 'bottom',
        'text-margin-y': 4 * k,
        'text-wrap': 'ellipsis',
        'text-max-width': `${Math.round(140 * k)}px`,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2 * k,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'border-width': 1.5,
        'border-color': '#5F5F5F',
        'background-color': '#5F5F5F',
        // Nodes below edges: an edge crossing a node it does not join stays visible.
        'z-index-compare': 'manual',
        'z-index': 1,
      },
    },
  ];
  for (const type of ENTITY_TYPES) {
    const look = TYPE_LOOK[type];
    sheet.push({
      selector: `node[type = "${type}"]`,
      style: {
        'background-color': look.color,
        'border-color': look.border,
        shape: look.shape as 'ellipse',
      },
    });
  }
  sheet.push(
    // Zoomed out, only the most-mentioned nodes keep a label (see label-detail.ts).
    { selector: 'node.minor-label', style: { label: '' } },
    {
      selector: 'node.minor-label:selected, node.minor-label.focus, node.minor-label.path',
      style: { label: 'data(label)' },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': EDGE_COLOUR,
        'target-arrow-color': EDGE_COLOUR,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 10,
        color: EDGE_LABEL_COLOUR,
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'z-index-compare': 'manual',
        'z-index': 2,
      },
    },
    { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
    // Claim qualifiers: a relation stated only as a plan is dotted, a past one is faint.
    { selector: 'edge.possible', style: { 'line-style': 'dotted' } },
    { selector: 'edge.former', style: { opacity: 0.45 } },
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-color': '#1d1d1f', 'border-style': 'double' },
    },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1d1d1f' } },
    {
      selector: 'node.fresh',
      style: { 'border-width': 4, 'border-color': '#009E73', 'border-style': 'dashed' },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#D55E00', 'overlay-opacity': 0 },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#D55E00', 'target-arrow-color': '#D55E00', opacity: 1 },
    },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    {
      selector: 'edge.path',
      style: {
        'line-color': '#D55E00',
        'target-arrow-color': '#D55E00',
        width: 5,
        opacity: 1,
        'z-index': 10,
      },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#D55E00' } },
  );
  if (big)
    sheet.push({
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        label: '', // the relation's name is in the details panel; measuring 10k labels is slow
      },
    });
  return sheet;
}
