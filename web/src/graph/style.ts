// The Cytoscape style sheet: per-type colour and shape, size by mentions, width by articles.
import type { StylesheetJson } from 'cytoscape';
import { ENTITY_TYPES } from '../../../schema/ontology.js';
import { TYPE_LOOK } from './palette.js';

/** Below this zoom level labels are not drawn (keeps big graphs fast and readable). */
export const MIN_ZOOMED_FONT_SIZE = 8;

/** Builds the full style sheet; pure data. */
export function graphStyle(): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: '#1d1d1f',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE,
        'border-width': 1,
        'border-color': '#ffffff',
        'background-color': '#999999',
      },
    },
  ];
  for (const type of ENTITY_TYPES) {
    const look = TYPE_LOOK[type];
    sheet.push({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': look.color, shape: look.shape as 'ellipse' },
    });
  }
  sheet.push(
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#8a94a6',
        'target-arrow-color': '#8a94a6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: '#4a5261',
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': MIN_ZOOMED_FONT_SIZE + 2,
        opacity: 0.85,
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
  return sheet;
}
