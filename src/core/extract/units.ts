import { normalize } from "../text/normalize.ts";

/** Length units as distances are written, normalised, with their factor to kilometres. */

export type LengthUnit = "km" | "mile" | "m";

export const KM_PER_UNIT: Readonly<Record<LengthUnit, number>> = { km: 1, mile: 1.609344, m: 0.001 };

const ONE_WORD: ReadonlyMap<string, LengthUnit> = new Map(
  (
    [
      ["كلم", "km"], ["كم", "km"], ["كيلومتر", "km"], ["كيلومترا", "km"], ["كيلومترات", "km"],
      ["كيلومترين", "km"], ["كيلو", "km"], ["km", "km"],
      ["ميل", "mile"], ["ميلا", "mile"], ["أميال", "mile"], ["ميلين", "mile"],
      ["متر", "m"], ["مترا", "m"], ["أمتار", "m"], ["مترات", "m"],
    ] as const
  ).map(([w, u]) => [normalize(w), u]),
);

/** "كيلو متر", "كيلو مترا": the unit spelt in two words. */
const SECOND_WORD: ReadonlySet<string> = new Set(["متر", "مترا", "مترات"]);

const SQUARE: ReadonlySet<string> = new Set(["مربع", "مربعا", "مربعه"]);

export function unitAt(words: readonly string[], i: number): { unit: LengthUnit; end: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  const unit = ONE_WORD.get(w);
  if (unit === undefined) return null;
  const end = w === "كيلو" && SECOND_WORD.has(words[i + 1] ?? "") ? i + 2 : i + 1;
  // "1000 كيلومتر مربع" is an area.
  if (SQUARE.has(words[end] ?? "")) return null;
  return { unit, end };
}

/** Dual units carry their own count: "نحو كيلومترين" is two kilometres. */
const DUAL: ReadonlyMap<string, LengthUnit> = new Map(
  ([["كيلومترين", "km"], ["ميلين", "mile"], ["مترين", "m"]] as const).map(([w, u]) => [normalize(w), u]),
);

export function dualUnitAt(words: readonly string[], i: number): { unit: LengthUnit; end: number } | null {
  const unit = DUAL.get(words[i] ?? "");
  return unit === undefined ? null : { unit, end: i + 1 };
}
