import { describe, expect, it } from "vitest";
import { normalize, normalizeName, normalizeWithOffsets, toOriginalSpan } from "../../../src/core/text/normalize.ts";

describe("normalize", () => {
  it("folds alef forms, alef maqsura, taa marbuta and hamza carriers", () => {
    expect(normalize("أبوقرين")).toBe("ابوقرين");
    expect(normalize("إسطنبول")).toBe("اسطنبول");
    expect(normalize("آمال")).toBe("امال");
    expect(normalize("مصراتة")).toBe(normalize("مصراته"));
    expect(normalize("مستشفى")).toBe("مستشفي");
    expect(normalize("مؤتمر")).toBe("موتمر");
    expect(normalize("رئيس")).toBe("رييس");
  });

  it("drops diacritics and tatweel", () => {
    expect(normalize("المسيّرة")).toBe("المسيره");
    expect(normalize("كيلومتراً")).toBe("كيلومترا");
    expect(normalize("نفسُها")).toBe("نفسها");
    expect(normalize("ســرت")).toBe("سرت");
  });

  it("turns Arabic-Indic and Persian digits into ASCII digits", () => {
    expect(normalize("٤٥٠ كلم")).toBe("450 كلم");
    expect(normalize("۹۵")).toBe("95");
  });

  it("maps Arabic punctuation and typographic quotes to ASCII", () => {
    expect(normalize("سرت، مصراتة؛ لماذا؟ “بيان”")).toBe('سرت, مصراته; لماذا? "بيان"');
  });

  it("removes bidi overrides and zero-width characters", () => {
    expect(normalize("سر\u202Eت\u200f")).toBe("سرت");
  });

  it("collapses white space in names", () => {
    expect(normalizeName("  أبو   قرين ")).toBe("ابو قرين");
  });
});

describe("offset map", () => {
  it("maps every normalised span back onto the original characters", () => {
    const original = "دخلت قوّاتُ الوفاق مدينةَ سرت";
    const n = normalizeWithOffsets(original);
    const at = n.text.indexOf("سرت");
    const span = toOriginalSpan(n, at, at + 3);
    expect(original.slice(span.start, span.end)).toBe("سرت");
    const q = n.text.indexOf("قوات");
    const qs = toOriginalSpan(n, q, q + 4);
    expect(original.slice(qs.start, qs.end)).toBe("قوّاتُ");
  });

  it("keeps the end of the text addressable", () => {
    const n = normalizeWithOffsets("سرتُ");
    expect(n.originalIndex[n.text.length]).toBe(4);
    expect(toOriginalSpan(n, 0, n.text.length)).toEqual({ start: 0, end: 4 });
  });
});
