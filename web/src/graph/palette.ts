// Colour-blind-safe colours (Okabe–Ito) and shapes for each entity type.
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

/** Fill colour, shape and text colour drawn on the fill, per entity type. */
export interface TypeLook {
  color: string;
  shape: string;
}

/** Colour and shape per type; shapes differ too so colour is never the only cue. */
export const TYPE_LOOK: Record<EntityType, TypeLook> = {
  Company: { color: OKABE_ITO.blue, shape: 'round-rectangle' },
  Brand: { color: OKABE_ITO.skyBlue, shape: 'round-tag' },
  Person: { color: OKABE_ITO.orange, shape: 'ellipse' },
  Plant: { color: OKABE_ITO.vermillion, shape: 'hexagon' },
  Place: { color: OKABE_ITO.bluishGreen, shape: 'diamond' },
  Vehicle: { color: OKABE_ITO.reddishPurple, shape: 'barrel' },
  Technology: { color: OKABE_ITO.yellow, shape: 'round-triangle' },
  Organization: { color: OKABE_ITO.grey, shape: 'octagon' },
};
