import type { Evidence, MeasurementKind } from "../types.ts";

/**
 * A stable id for a measurement: FNV-1a (32-bit) over its kind and evidence span, so the same
 * statement in the same text gets the same id across runs and machines.
 */
export function measurementId(kind: MeasurementKind, evidence: Evidence): string {
  const key = `${kind}|${evidence.start}|${evidence.end}|${evidence.text}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `m-${(h >>> 0).toString(36)}`;
}
