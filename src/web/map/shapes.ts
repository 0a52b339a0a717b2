import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface CountryShape {
  id: string;
  name: string;
  path: string;
}

/** Equirectangular projection onto a 960×480 box: simple, and every shape keeps its place. */
function project([lon, lat]: Position): string {
  return `${((lon + 180) * (960 / 360)).toFixed(1)},${((90 - lat) * (480 / 180)).toFixed(1)}`;
}

/**
 * Keeps a ring's longitudes continuous where it crosses the antimeridian (Russia, Fiji), so it is
 * drawn past the map's edge and clipped there instead of striping across the whole map.
 */
function unwrap(ring: Position[]): Position[] {
  let previous = ring[0][0];
  return ring.map(([lon, lat]) => {
    let continuous = lon;
    while (continuous - previous > 180) continuous -= 360;
    while (continuous - previous < -180) continuous += 360;
    previous = continuous;
    return [continuous, lat];
  });
}

function ringsPath(rings: Position[][]): string {
  return rings.map((ring) => 'M' + unwrap(ring).map(project).join('L') + 'Z').join('');
}

function geometryPath(geometry: Polygon | MultiPolygon): string {
  return geometry.type === 'Polygon' ? ringsPath(geometry.coordinates) : geometry.coordinates.map(ringsPath).join('');
}

/** The bundled 1:110m world map (world-atlas), loaded as its own chunk when the map is opened. */
export async function loadCountryShapes(): Promise<CountryShape[]> {
  const atlas = (await import('world-atlas/countries-110m.json')).default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(atlas, atlas.objects.countries);
  return countries.features
    .filter((f): f is Feature<Polygon | MultiPolygon, { name: string }> => !!f.geometry && f.properties.name !== 'Antarctica')
    .map((f) => ({ id: String(f.id ?? ''), name: f.properties.name, path: geometryPath(f.geometry) }));
}
