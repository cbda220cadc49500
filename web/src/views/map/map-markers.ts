// Marker shapes per entity type, echoing the graph's shapes so colour is never the only cue.
const SVG = 'http://www.w3.org/2000/svg';

function polygon(sides: number, r: number, rotate = 0): string {
  const pts: string[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotate + (2 * Math.PI * i) / sides;
    pts.push(`${(r * Math.cos(a)).toFixed(2)},${(r * Math.sin(a)).toFixed(2)}`);
  }
  return pts.join(' ');
}

/** An SVG shape centred on 0,0 of radius about `r`: plants hexagons, places diamonds, companies squares. */
export function markerShape(type: string, r: number): SVGElement {
  if (type === 'Company' || type === 'Brand') {
    const rect = document.createElementNS(SVG, 'rect');
    const s = r * 1.6;
    for (const [k, v] of [
      ['x', -s / 2],
      ['y', -s / 2],
      ['width', s],
      ['height', s],
      ['rx', 2],
    ] as const)
      rect.setAttribute(k, String(v));
    return rect;
  }
  const sides = type === 'Plant' ? 6 : type === 'Place' ? 4 : type === 'Organization' ? 8 : 0;
  if (sides === 0) {
    const circle = document.createElementNS(SVG, 'circle');
    circle.setAttribute('r', String(r));
    return circle;
  }
  const poly = document.createElementNS(SVG, 'polygon');
  poly.setAttribute(
    'points',
    polygon(sides, r * (sides === 4 ? 1.3 : 1.1), sides === 4 ? 0 : Math.PI / 6),
  );
  return poly;
}
