import type { DistanceClass } from "../types.ts";

/**
 * Stated distance against the straight-line distance, as a ratio stated / measured.
 *
 * Bands (half-open where they meet):
 * - [0.85, 1.15]  consistent-straight: the statement is the distance as the crow flies, give or
 *   take the rounding news copy does ("about 100 km") and where a town's point sits.
 * - (1.15, 1.45]  consistent-road: the statement is a road distance. Libya's coastal road bends
 *   around the Gulf of Sirte and inland roads follow wadis: detour factors between towns are
 *   typically 1.2–1.4 (Tripoli–Sirte ≈ 450 km by road for ≈ 370 km straight, 1.22).
 * - above 1.45    overstated; below 0.85 understated.
 * When the two places' position uncertainty covers the gap, the statement cannot be faulted:
 * consistent-straight.
 */
export const STRAIGHT_BAND: readonly [number, number] = [0.85, 1.15];
export const ROAD_MAX_RATIO = 1.45;

export interface DistanceVerdict {
  readonly ratio: number;
  readonly distance: DistanceClass;
}

export function classifyDistance(statedKm: number, measuredKm: number, uncertaintyKm = 0): DistanceVerdict {
  const ratio = measuredKm > 0 ? statedKm / measuredKm : Number.POSITIVE_INFINITY;
  if (Math.abs(statedKm - measuredKm) <= uncertaintyKm) return { ratio, distance: "consistent-straight" };
  if (ratio < STRAIGHT_BAND[0]) return { ratio, distance: "understated" };
  if (ratio <= STRAIGHT_BAND[1]) return { ratio, distance: "consistent-straight" };
  if (ratio <= ROAD_MAX_RATIO) return { ratio, distance: "consistent-road" };
  return { ratio, distance: "overstated" };
}
