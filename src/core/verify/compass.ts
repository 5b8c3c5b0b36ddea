import type { Compass8 } from "../types.ts";

/** Centre bearing of each compass sector, clockwise from north. */
export const COMPASS_CENTRE: Readonly<Record<Compass8, number>> = {
  N: 0, NE: 45, E: 90, SE: 135, S: 180, SW: 225, W: 270, NW: 315,
};

const ORDER: readonly Compass8[] = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

/** The 45° sector a bearing falls in (N is 337.5°–22.5°). */
export function toCompass8(bearingDeg: number): Compass8 {
  const i = Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8;
  return ORDER[i] as Compass8;
}

/** Smallest angle between two bearings, in [0, 180]. */
export function angleBetween(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 360) % 360);
  return d > 180 ? 360 - d : d;
}
