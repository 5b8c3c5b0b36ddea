import { describe, expect, it } from "vitest";
import { GoldBuilder } from "./annotate.ts";
import type { GoldFile } from "./schema.ts";
import {
  actorProblems,
  claimProblems,
  dateProblems,
  measurementProblems,
  negativeProblems,
  placeFactClashes,
  repeatedToponymSpans,
  surfacesByPlace,
  toponymProblems,
} from "./validate.ts";

const TEXT = "سيطرت قوات الوفاق على غريان أمس، على بعد 80 كلم جنوب طرابلس، وقصفت طرابلس.";
const PUB = { iso: "2019-06-27", precision: "day" } as const;

function sound(): GoldFile {
  return new GoldBuilder("t1", PUB, TEXT)
    .names("غريان", "Gharyan")
    .names("طرابلس", "Tripoli")
    .actor("⟦قوات الوفاق⟧", "GNA")
    .claim({ actor: "GNA", action: "captured", places: ["Gharyan"], speaker: "outlet", trigger: "سيطرت", evidence: "⟦سيطرت قوات الوفاق على غريان⟧ أمس" })
    .measurement({ kind: "distance-direction", subject: "Gharyan", reference: "Tripoli", value: 80, unit: "km", direction: "S", evidence: "⟦على بعد 80 كلم جنوب طرابلس⟧" })
    .date("⟦أمس⟧", "2019-06-26", "day")
    .negative("⟦وقصفت طرابلس⟧", "no actor named")
    .build();
}

/** The file with its first item of `key` moved one character on, text unchanged. */
function shifted(gold: GoldFile, key: "toponyms" | "actors" | "dates" | "negatives"): GoldFile {
  const [first, ...rest] = gold[key];
  if (!first) throw new Error(`no ${key}`);
  return { ...gold, [key]: [{ ...first, start: first.start + 1, end: first.end + 1 }, ...rest] };
}

describe("gold validation checks", () => {
  it("find nothing wrong in a file the builder wrote", () => {
    const gold = sound();
    const all = [
      ...toponymProblems(gold, TEXT, surfacesByPlace([gold])),
      ...repeatedToponymSpans(gold),
      ...actorProblems(gold, TEXT),
      ...claimProblems(gold, TEXT),
      ...measurementProblems(gold, TEXT),
      ...dateProblems(gold, TEXT),
      ...negativeProblems(gold, TEXT),
    ];
    expect(all).toEqual([]);
  });

  it("report a toponym, actor, date or negative whose offsets no longer point at its text", () => {
    const gold = sound();
    expect(toponymProblems(shifted(gold, "toponyms"), TEXT, new Map())).toHaveLength(1);
    expect(actorProblems(shifted(gold, "actors"), TEXT)).toHaveLength(1);
    expect(dateProblems(shifted(gold, "dates"), TEXT)).toHaveLength(1);
    expect(negativeProblems(shifted(gold, "negatives"), TEXT)).toHaveLength(1);
  });

  it("report a claim whose trigger lies outside its evidence or whose date follows publication", () => {
    const gold = sound();
    const [claim] = gold.claims;
    if (!claim) throw new Error("no claim");
    const late = { ...claim, date: { iso: "2019-07-01", precision: "day" as const } };
    const stray = { ...claim, trigger: { text: "وقصفت", start: TEXT.indexOf("وقصفت"), end: TEXT.indexOf("وقصفت") + 5 } };
    expect(claimProblems({ ...gold, claims: [late] }, TEXT)).toEqual([expect.stringContaining("dated after publication")]);
    expect(claimProblems({ ...gold, claims: [stray] }, TEXT)).toEqual([expect.stringContaining("trigger outside evidence")]);
  });

  it("report a measurement that names a place the file does not", () => {
    const gold = sound();
    const [m] = gold.measurements;
    if (!m) throw new Error("no measurement");
    expect(measurementProblems({ ...gold, measurements: [{ ...m, reference: "Sirte" }] }, TEXT)).toEqual([
      expect.stringContaining("place Sirte is not among the file's toponyms"),
    ]);
  });

  it("report a toponym annotated twice and one that keeps a clitic another file drops", () => {
    const gold = sound();
    const [first] = gold.toponyms;
    if (!first) throw new Error("no toponym");
    expect(repeatedToponymSpans({ ...gold, toponyms: [first, first] })).toHaveLength(1);
    const text = "ثم وطرابلس";
    const glued = { ...first, place: "Tripoli", surface: "وطرابلس", start: 3, end: 10 };
    expect(toponymProblems({ ...gold, toponyms: [glued] }, text, new Map([["Tripoli", new Set(["طرابلس"])]]))).toEqual([
      expect.stringContaining("keeps a clitic"),
    ]);
  });

  it("report a place given another point than a known set gives it", () => {
    const gold = sound();
    const known = new Map([["Gharyan", JSON.stringify(["city", "libya", 0, 0])]]);
    expect(placeFactClashes(new Map([["t1", gold]]), known)).toEqual([expect.stringContaining("t1: Gharyan")]);
    expect(placeFactClashes(new Map([["t1", gold]]))).toEqual([]);
  });
});
