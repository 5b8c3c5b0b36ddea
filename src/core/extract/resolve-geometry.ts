/** Distances for sense resolution: between places, across an area, and between sentences. */
import type { GazetteerEntry } from "../gazetteer/types.ts";

/** Mean Earth radius (IUGG), as Turf uses. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance; the same formula as @turf/distance without allocating points. */
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function km(a: GazetteerEntry, b: GazetteerEntry): number {
  return haversineKm(a.lat, a.lon, b.lat, b.lon);
}

export function extentKm(e: GazetteerEntry): number {
  if (e.bbox === undefined) return 0;
  const [w, s, east, n] = e.bbox;
  return haversineKm(s, w, n, east);
}

/** Distance from `sentence` to the nearest of `sorted` (ascending sentence indices), by binary search. */
export function gapTo(sorted: readonly number[], sentence: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < sentence) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo];
  const before = sorted[lo - 1];
  return Math.min(
    after === undefined ? Number.POSITIVE_INFINITY : after - sentence,
    before === undefined ? Number.POSITIVE_INFINITY : sentence - before,
  );
}
