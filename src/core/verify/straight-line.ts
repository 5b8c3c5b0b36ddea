import { bearing } from "@turf/bearing";
import { distance } from "@turf/distance";

/** A WGS84 position. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export interface StraightLine {
  readonly km: number;
  /** Initial great-circle bearing from `from` to `to`, clockwise from north, in [0, 360). */
  readonly bearingDeg: number;
}

/** Great-circle distance and bearing between two places (Turf: haversine on a sphere). */
export function straightLine(from: LatLon, to: LatLon): StraightLine {
  const a = [from.lon, from.lat];
  const b = [to.lon, to.lat];
  const deg = bearing(a, b);
  return { km: distance(a, b, { units: "kilometers" }), bearingDeg: (deg + 360) % 360 };
}
