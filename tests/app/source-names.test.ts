import { describe, expect, it } from "vitest";
import { sourceNames } from "../../src/app/source-names.ts";
import type { SourceOut } from "../../src/core/output/extraction-document.ts";

const source = (id: string, ar: string, en: string): SourceOut => ({ id, name: { ar, en }, lean: "unknown", leanBasis: "inferred from wording", url: null });

describe("source display names", () => {
  const sources = [source("a", "الجزيرة", "Al Jazeera"), source("b", "وسيلة غير مسماة", "Unnamed (003)"), source("c", "وسيلة غير مسماة", "Unnamed (004)")];

  it("numbers two sources that share a name in the language shown, and only those", () => {
    expect([...sourceNames(sources, "ar").values()]).toEqual(["الجزيرة", "وسيلة غير مسماة (1)", "وسيلة غير مسماة (2)"]);
    expect([...sourceNames(sources, "en").values()]).toEqual(["Al Jazeera", "Unnamed (003)", "Unnamed (004)"]);
  });

  it("falls back to the English name when the Arabic one is empty", () => {
    expect(sourceNames([source("x", "", "Reuters")], "ar").get("x")).toBe("Reuters");
  });
});
