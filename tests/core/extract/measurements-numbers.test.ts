import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../src/core/extract/numbers.ts";
import { unitAt } from "../../../src/core/extract/units.ts";
import { normalize } from "../../../src/core/text/normalize.ts";

/** Parses the number at the start of `text`; "." / "," separators are passed through. */
function num(text: string): number | null {
  const parts = normalize(text).split(/([.,]|\s+)/).filter((p) => p.trim() !== "");
  const words = parts.filter((p) => p !== "." && p !== ",");
  const seps: string[] = [];
  for (let i = 0, w = -1; i < parts.length; i++) {
    if (parts[i] === "." || parts[i] === ",") seps[w + 1] = parts[i] as string;
    else w++;
  }
  return parseNumber(words, 0, (k) => seps[k] ?? " ")?.value ?? null;
}

describe("parseNumber", () => {
  it("reads digits, decimals and thousands separators", () => {
    expect(num("450 كلم")).toBe(450);
    expect(num("2.5 كلم")).toBe(2.5);
    expect(num("1,200 كلم")).toBe(1200);
  });
  it("reads number words in their case and gender forms", () => {
    expect(num("ثلاثين كيلومترا")).toBe(30);
    expect(num("عشرة كيلومترات")).toBe(10);
    expect(num("مئة كيلومتر")).toBe(100);
    expect(num("مائتي كيلومتر")).toBe(200);
    expect(num("ثلاثمائة كيلومتر")).toBe(300);
    expect(num("ألف كيلومتر")).toBe(1000);
  });
  it("adds compounds joined by و and multiplies a unit before مائة", () => {
    expect(num("خمسة وعشرين كيلومترا")).toBe(25);
    expect(num("مائة وخمسين كيلومترا")).toBe(150);
    expect(num("مئتين وخمسين كيلومترا")).toBe(250);
    expect(num("ثلاث مائة كيلومتر")).toBe(300);
    expect(num("خمسة عشر كيلومترا")).toBe(15);
    expect(num("أربع والعشرين ساعة")).toBe(24);
  });
  it("stops at the first word that is not part of the number", () => {
    expect(num("خمسة كيلومترات وعشرين")).toBe(5);
    expect(num("كيلومترات")).toBeNull();
  });
});

describe("unitAt", () => {
  it("knows kilometres, miles and metres in their spellings", () => {
    for (const w of ["كلم", "كم", "كيلومتر", "كيلومتراً", "كيلومترات"]) expect(unitAt([normalize(w)], 0)?.unit).toBe("km");
    expect(unitAt(["كيلو", "متر"], 0)).toEqual({ unit: "km", end: 2 });
    expect(unitAt([normalize("أميال")], 0)?.unit).toBe("mile");
    expect(unitAt([normalize("متراً")], 0)?.unit).toBe("m");
    expect(unitAt(["كيلوغرام"], 0)).toBeNull();
  });
});
