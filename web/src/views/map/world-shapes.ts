// The world's country outlines from the world-atlas package (Natural Earth 1:50m), loaded on demand.
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Country shapes as GeoJSON; `name` is Natural Earth's short English name. */
export type Countries = FeatureCollection<Geometry, { name: string }>;

let loading: Promise<Countries> | null = null;

/** Country outlines (bundled with the app: no tile server, no network beyond the app itself). */
export function loadCountries(): Promise<Countries> {
  loading ??= import('world-atlas/countries-50m.json').then((mod) => {
    const topology = mod.default as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    return feature(topology, topology.objects.countries);
  });
  return loading;
}
