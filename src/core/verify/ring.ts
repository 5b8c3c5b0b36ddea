import { circle } from "@turf/circle";
import type { Feature, Polygon } from "geojson";
import type { LatLon } from "./straight-line.ts";

/**
 * The ring a force was pushed back to, or asked to pull back to: a geodesic circle of
 * `radiusKm` around the place. 64 steps keep the outline smooth at city zoom.
 */
export function ringPolygon(center: LatLon, radiusKm: number, steps = 64): Feature<Polygon> {
  return circle([center.lon, center.lat], radiusKm, { steps, units: "kilometers" });
}
