/**
 * Distances between establishments from their FINESS coordinates. In metropolitan France FINESS gives Lambert-93
 * (EPSG:2154): converted back to latitude and longitude (IGN's inverse Lambert conformal conic, GRS80), then the
 * great-circle distance. Overseas, FINESS gives a local UTM projection: within one system the projected plane is
 * accurate to a fraction of a percent at département scale, so the straight-line distance on it is used.
 */

export interface Position {
  x: number;
  y: number;
  /** FINESS `sourcecoordet`, whose last field names the projection: "1,ATLASANTE,96,BAN,L93_METROPOLE". */
  system: string | null;
}

// Lambert-93 constants (IGN, RGF93 / GRS80).
const E = 0.0818191910428158;
const N = 0.725607765053267;
const C = 11754255.426096;
const XS = 700000;
const YS = 12655612.049876;
const LONGITUDE_0 = (3 * Math.PI) / 180;
const EARTH_RADIUS_KM = 6371.0088;

/** The projection named by a FINESS coordinate source; Lambert-93 when the source does not say (the metropolitan case). */
export function projectionOf(system: string | null): string {
  const last = system?.split(",").at(-1)?.trim().toUpperCase();
  return !last || /L93|LAMBERT.?93/.test(last) ? "L93" : last;
}

/** Latitude and longitude, in degrees, of a Lambert-93 point. */
export function lambert93ToWgs84(x: number, y: number): { latitude: number; longitude: number } {
  const dx = x - XS;
  const dy = YS - y;
  const radius = Math.hypot(dx, dy);
  const gamma = Math.atan(dx / dy);
  const isometric = -Math.log(radius / C) / N;
  let latitude = 2 * Math.atan(Math.exp(isometric)) - Math.PI / 2;
  for (let i = 0; i < 12; i += 1) {
    const sin = E * Math.sin(latitude);
    latitude = 2 * Math.atan(((1 + sin) / (1 - sin)) ** (E / 2) * Math.exp(isometric)) - Math.PI / 2;
  }
  return { latitude: (latitude * 180) / Math.PI, longitude: ((LONGITUDE_0 + gamma / N) * 180) / Math.PI };
}

/** Great-circle distance in kilometres between two points given in degrees. */
export function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Kilometres between two establishments; null when either has no coordinates or they are in different projections. */
export function distanceKm(a: Position | null, b: Position | null): number | null {
  if (!a || !b) return null;
  const projection = projectionOf(a.system);
  if (projection !== projectionOf(b.system)) return null;
  if (projection === "L93") return haversineKm(lambert93ToWgs84(a.x, a.y), lambert93ToWgs84(b.x, b.y));
  return Math.hypot(a.x - b.x, a.y - b.y) / 1000;
}
