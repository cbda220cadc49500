// The map view: country outlines, the view's located entities as markers and relations as arcs.
import { geoPath } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { isEntityType } from '../../../../schema/ontology.js';
import { TYPE_LOOK } from '../../graph/palette.js';
import { h } from '../../ui/dom.js';
import type { ViewData } from '../view-data.js';
import {
  arcPath,
  buildArcs,
  fitPoints,
  placePoints,
  screenXY,
  worldProjection,
  type MapArc,
  type MapPoint,
} from './map-geometry.js';
import { markerShape } from './map-markers.js';
import { loadCountries } from './world-shapes.js';

const W = 1000;
const H = 520;
const SVG = 'http://www.w3.org/2000/svg';

/** What the map needs from the app. */
export interface MapViewDeps {
  selectNode(id: string): void;
  selectEdge(id: string): void;
  notifyError(err: unknown): void;
}

/** The map's operations. */
export interface MapView {
  /** Draws the view's entities and relations; `selected` is outlined and labelled. */
  update(data: ViewData, selected: string | null): void;
  dispose(): void;
}

const svgEl = <K extends keyof SVGElementTagNameMap>(tag: K) => document.createElementNS(SVG, tag);

/** Mounts the map into `container`. */
export function mountMapView(container: HTMLElement, deps: MapViewDeps): MapView {
  const projection = worldProjection(W, H);
  const path = geoPath(projection);
  const svg = svgEl('svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'map-svg');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', 'World map of the entities in view');
  const note = h('div', { class: 'map-note', 'aria-live': 'polite' });
  const controls = h(
    'div',
    { class: 'map-controls' },
    h('button', { type: 'button', title: 'Zoom in', onclick: () => zoomBy(1.6) }, '+'),
    h('button', { type: 'button', title: 'Zoom out', onclick: () => zoomBy(1 / 1.6) }, '−'),
    h('button', { type: 'button', title: 'Whole world', onclick: () => resetZoom() }, 'World'),
    h('button', { type: 'button', title: 'Fit to the entities', onclick: () => fitZoom() }, 'Fit'),
  );
  container.replaceChildren(svg, controls, note);

  const root = select(svg);
  const layer = root.append('g').attr('class', 'map-layer');
  const sphere = layer.append('path').attr('class', 'map-sphere');
  sphere.attr('d', path({ type: 'Sphere' }) ?? '');
  const countriesG = layer.append('g').attr('class', 'map-countries');
  const arcsG = layer.append('g').attr('class', 'map-arcs');
  const pointsG = layer.append('g').attr('class', 'map-points');

  let k = 1;
  let points: MapPoint[] = [];
  let arcs: MapArc[] = [];
  let selected: string | null = null;
  let disposed = false;

  void loadCountries()
    .then((countries) => {
      if (disposed) return;
      countriesG
        .selectAll('path')
        .data(countries.features)
        .join('path')
        .attr('class', 'map-country')
        .attr('d', (f) => path(f) ?? '')
        .append('title')
        .text((f) => f.properties.name);
    })
    .catch((err: unknown) => deps.notifyError(err));

  const place = () => {
    pointsG
      .selectAll<SVGGElement, MapPoint>('g.map-marker')
      .attr('transform', (p) => {
        const [x, y] = screenXY(p, k);
        return `translate(${x},${y}) scale(${1 / k})`;
      })
      .classed('labelled', (p) => k >= 4 || p.id === selected);
    arcsG
      .selectAll<SVGPathElement, MapArc>('path.map-arc')
      .attr('d', (a) => arcPath(screenXY(a.from, k), screenXY(a.to, k)));
  };

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 60])
    .translateExtent([
      [0, 0],
      [W, H],
    ])
    .on('zoom', (event: { transform: { k: number; toString(): string } }) => {
      k = event.transform.k;
      layer.attr('transform', event.transform.toString());
      place();
    });
  root.call(behaviour);
  const zoomBy = (factor: number) => behaviour.scaleBy(root, factor);
  const resetZoom = () => behaviour.transform(root, zoomIdentity);
  // Frames the located entities (the first drawing of a view, and the Fit button).
  const fitZoom = () => {
    const t = fitPoints(points, W, H);
    behaviour.transform(root, zoomIdentity.translate(t.x, t.y).scale(t.k));
  };
  let fitted = false;

  return {
    update(data, sel) {
      selected = sel;
      const placed = placePoints(data.entities, (lonLat) => projection(lonLat));
      points = placed.points;
      arcs = buildArcs(data.relations, points);
      arcsG
        .selectAll<SVGPathElement, MapArc>('path.map-arc')
        .data(arcs, (a) => a.id)
        .join((enter) => {
          const p = enter.append('path').attr('class', 'map-arc');
          p.append('title');
          p.on('click', (_e, a) => deps.selectEdge(a.id));
          return p;
        })
        .classed('selected', (a) => a.id === sel)
        .select('title')
        .text((a) => `${a.relation.sourceName} — ${a.relation.label} → ${a.relation.targetName}`);
      pointsG
        .selectAll<SVGGElement, MapPoint>('g.map-marker')
        .data(points, (p) => p.id)
        .join((enter) => {
          const g = enter.append('g').attr('data-id', (p) => p.id);
          g.each(function (p) {
            const type = p.entity.type;
            const look = isEntityType(type) ? TYPE_LOOK[type] : null;
            const shape = markerShape(type, p.entity.type === 'Plant' ? 7 : 5.5);
            shape.setAttribute('fill', look?.color ?? '#777');
            shape.setAttribute('class', 'map-shape');
            const label = svgEl('text');
            label.setAttribute('x', '9');
            label.setAttribute('y', '4');
            label.textContent = p.entity.label;
            const title = svgEl('title');
            this.append(shape, label, title);
          });
          g.on('click', (e: MouseEvent, p) => {
            e.stopPropagation();
            deps.selectNode(p.id);
          });
          return g;
        })
        .attr('class', (p) => `map-marker t-${p.entity.type}${p.id === sel ? ' selected' : ''}`)
        .select('title')
        .text((p) => {
          const where =
            p.entity.locationSource === 'COUNTRY'
              ? ' (placed at its country)'
              : p.entity.locationSource === 'EDITED'
                ? ' (location set by an analyst)'
                : '';
          return `${p.entity.label} · ${p.entity.type}${where}`;
        });
      // The selected marker is drawn last, on top of its neighbours.
      pointsG.selectAll<SVGGElement, MapPoint>('g.map-marker.selected').raise();
      place();
      if (!fitted && points.length > 0) {
        fitted = true;
        fitZoom();
      }
      const missing = placed.unplaced.length;
      note.textContent =
        `${points.length} of ${data.entities.length} entities on the map, ${arcs.length} relations drawn` +
        (missing ? `; ${missing} without a known location (see the table view).` : '.') +
        ' Companies sit at their country’s point unless an analyst set a location.';
    },
    dispose() {
      disposed = true;
      root.on('.zoom', null);
      container.replaceChildren();
    },
  };
}
