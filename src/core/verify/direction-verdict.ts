import type { Compass8, DirectionClass } from "../types.ts";
import { angleBetween, COMPASS_CENTRE } from "./compass.ts";

/**
 * A stated direction is consistent when the measured bearing lies within 67.5° of the stated
 * sector's centre: the stated sector and half of each neighbour. News says "east of Misrata" for
 * anything from north-east to south-east, but not for a place due south: "E" accepts bearings
 * 22.5°–157.5° inclusive. A sector's own ±22.5° would fault the loose usage of news copy
 * (Sirte, bearing 119° from Tripoli, is routinely "east of Tripoli"); ±90° would accept a
 * place due south as "east".
 */
export const DIRECTION_TOLERANCE_DEG = 67.5;

export function classifyDirection(stated: Compass8, bearingDeg: number): DirectionClass {
  return angleBetween(COMPASS_CENTRE[stated], bearingDeg) <= DIRECTION_TOLERANCE_DEG ? "consistent" : "inconsistent";
}
