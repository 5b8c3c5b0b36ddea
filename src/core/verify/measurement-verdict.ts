import type { Compass8, MeasurementKind, Verdict } from "../types.ts";
import { toCompass8 } from "./compass.ts";
import { classifyDirection } from "./direction-verdict.ts";
import { classifyDistance } from "./distance-verdict.ts";
import { straightLine } from "./straight-line.ts";

/** A place as the checks see it: resolved with a position, or only a name the gazetteer lacks. */
export type PlaceRef =
  | { readonly id: string; readonly lat: number; readonly lon: number; readonly uncertaintyM: number }
  | { readonly unresolved: string }
  | null;

/** What a sentence states, with its places looked up: the input of every check. */
export interface Statement {
  readonly kind: MeasurementKind;
  readonly subject: PlaceRef;
  readonly reference: PlaceRef;
  readonly statedKm?: number;
  readonly statedDirection?: Compass8;
}

/**
 * Checks a statement against geometry. The bearing is measured from the reference to the
 * subject ("X east of Y": from Y, X lies east). Rings are not checked: they say where a force
 * went, which no gazetteer knows; they are returned for the map to draw.
 */
export function verifyStatement(s: Statement): Verdict {
  if (s.kind === "pushback" || s.kind === "pullback") {
    if (s.reference === null || !("id" in s.reference)) return unverifiable("ring centre", s.reference);
    if (s.statedKm === undefined) return { kind: "unverifiable", why: "no distance stated for the ring" };
    return { kind: "ring", centerPlaceId: s.reference.id, radiusKm: s.statedKm };
  }
  if (s.subject === null || !("id" in s.subject)) return unverifiable("subject", s.subject);
  if (s.reference === null || !("id" in s.reference)) return unverifiable("reference", s.reference);
  if (s.subject.id === s.reference.id) return { kind: "unverifiable", why: "subject and reference are the same place" };
  const line = straightLine(s.reference, s.subject);
  const uncertaintyKm = (s.subject.uncertaintyM + s.reference.uncertaintyM) / 1000;
  const measuredKm = round(line.km, 1);
  const bearingDeg = round(line.bearingDeg, 1);
  const base = { kind: "checked" as const, measuredKm, bearingDeg, measuredDirection: toCompass8(line.bearingDeg) };
  const distance = s.statedKm === undefined ? undefined : classifyDistance(s.statedKm, line.km, uncertaintyKm);
  // Closer than the places' own uncertainty, a bearing says nothing.
  const direction =
    s.statedDirection === undefined || line.km <= uncertaintyKm ? undefined : classifyDirection(s.statedDirection, line.bearingDeg);
  if (s.kind === "direction" && direction === undefined) {
    return { kind: "unverifiable", why: `the places are ${measuredKm} km apart, within their position uncertainty (${round(uncertaintyKm, 1)} km)` };
  }
  return {
    ...base,
    ...(distance ? { ratio: round(distance.ratio, 3), distance: distance.distance } : {}),
    ...(direction ? { direction } : {}),
  };
}

function unverifiable(role: string, ref: PlaceRef): Verdict {
  if (ref === null) return { kind: "unverifiable", why: `the ${role} is not a named place` };
  if ("unresolved" in ref) return { kind: "unverifiable", why: `the ${role} "${ref.unresolved}" is not in the gazetteer` };
  return { kind: "unverifiable", why: `the ${role} has no position` };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
