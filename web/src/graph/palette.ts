// Colour-blind-safe colours (Okabe–Ito hues, darkened to 3:1 on the canvas) and shapes per entity type.
import type { EntityType } from '../../../schema/ontology.js';

/** Okabe–Ito palette, with a dark grey in place of pure black. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#5F5F5F',
} as const;

/** The graph canvas background (styles.css `.graph`); every mark drawn on it reaches 3:1. */
export const CANVAS_BACKGROUND = '#FBFCFD';

/** Minimum contrast of node fills, node borders and edges against the canvas (WCAG 1.4.11). */
export const MIN_GRAPHIC_CONTRAST = 3;

/**
 * The Okabe–Ito hues scaled darker (same hue, lower lightness) until each reaches 3:1 on the
 * canvas; the light ones (yellow, sky blue, orange, reddish purple) needed it, the others are kept.
 */
export const GRAPH_COLOURS = {
  orange: '#BD8200',
  skyBlue: '#4795C1',
  bluishGreen: OKABE_ITO.bluishGreen,
  yellow: '#97902A',
  blue: OKABE_ITO.blue,
  vermillion: OKABE_ITO.vermillion,
  reddishPurple: '#C474A0',
  grey: OKABE_ITO.grey,
} as const;

/** Darker borders of the same hues (4.5:1 on the canvas), so a node's outline reads too. */
export const BORDER_COLOURS: Record<keyof typeof GRAPH_COLOURS, string> = {
  orange: '#9A6B00',
  skyBlue: '#3A7A9E',
  bluishGreen: '#008561',
  yellow: '#7D7722',
  blue: '#005A8C',
  vermillion: '#C05500',
  reddishPurple: '#A16084',
  grey: '#4A4A4A',
};

/** Edge line and arrow colour (3:1 on the canvas) and edge label colour. */
export const EDGE_COLOUR = '#6D7583';
export const EDGE_LABEL_COLOUR = '#4A5261';

/** Fill colour, border colour and shape drawn for a type. */
export interface TypeLook {
  color: string;
  border: string;
  shape: string;
}

const look = (hue: keyof typeof GRAPH_COLOURS, shape: string): TypeLook => ({
  color: GRAPH_COLOURS[hue],
  border: BORDER_COLOURS[hue],
  shape,
});

/** Colour and shape per type; shapes differ too so colour is never the only cue. */
export const TYPE_LOOK: Record<EntityType, TypeLook> = {
  Company: look('blue', 'round-rectangle'),
  Brand: look('skyBlue', 'round-tag'),
  Person: look('orange', 'ellipse'),
  Plant: look('vermillion', 'hexagon'),
  Place: look('bluishGreen', 'diamond'),
  Vehicle: look('reddishPurple', 'barrel'),
  Technology: look('yellow', 'round-triangle'),
  Organization: look('grey', 'octagon'),
};
