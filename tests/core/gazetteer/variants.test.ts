import { describe, expect, it } from "vitest";
import { nameKey } from "../../../src/core/gazetteer/keys.ts";
import { arabicVariants, latinVariantKeys } from "../../../src/core/gazetteer/variants.ts";

const keys = (names: readonly string[]): string[] => names.map(nameKey);

describe("arabicVariants", () => {
  it("keeps the name itself first", () => {
    expect(arabicVariants("أبو قرين")[0]).toBe("أبو قرين");
    expect(arabicVariants("سرت")).toEqual(["سرت"]);
  });

  it("spells أبو with and without alef, joined and apart", () => {
    const v = keys(arabicVariants("أبو قرين"));
    expect(v).toEqual(expect.arrayContaining(["ابو قرين", "ابوقرين", "بو قرين", "بوقرين"]));
    expect(v).toHaveLength(4);
  });

  it("splits a joined أبو into the same four spellings", () => {
    expect(new Set(keys(arabicVariants("أبوقرين")))).toEqual(new Set(["ابوقرين", "ابو قرين", "بو قرين", "بوقرين"]));
  });

  it("expands a spaced بو the same way as أبو", () => {
    expect(keys(arabicVariants("بو نجيم"))).toEqual(expect.arrayContaining(["ابو نجيم", "ابونجيم", "بونجيم"]));
  });

  it("never splits a word that merely starts with بو or بن", () => {
    expect(arabicVariants("بوابة الخمسين")).toEqual(["بوابة الخمسين"]);
    expect(arabicVariants("بنغازي")).toEqual(["بنغازي"]);
    expect(arabicVariants("بنينا")).toEqual(["بنينا"]);
  });

  it("does not split أبو off a remainder too short to be a name", () => {
    expect(arabicVariants("أبوه")).toEqual(["أبوه"]);
  });

  it("joins بن and بني only where they open the name", () => {
    expect(keys(arabicVariants("بن جواد"))).toEqual(["بن جواد", "بنجواد"]);
    expect(keys(arabicVariants("بني وليد"))).toEqual(["بني وليد", "بنيوليد"]);
    expect(keys(arabicVariants("قاعدة عقبة بن نافع"))).toEqual(["قاعده عقبه بن نافع"]);
  });

  it("joins and splits عبد before an article-led name", () => {
    expect(keys(arabicVariants("أولاد عبد المولى"))).toEqual(["اولاد عبد المولي", "اولاد عبدالمولي"]);
    expect(keys(arabicVariants("أولاد عبدالمولى"))).toEqual(["اولاد عبدالمولي", "اولاد عبد المولي"]);
  });

  it("adds no article-less form and no spelling the normaliser already folds", () => {
    const v = keys(arabicVariants("الجفرة"));
    expect(v).toEqual(["الجفره"]);
  });

  it("stays bounded for a name full of particles", () => {
    expect(arabicVariants("أبو بن أبو بن أبو بن أبو بن أبو").length).toBeLessThanOrEqual(24);
  });
});

describe("latinVariantKeys", () => {
  it("lowercases, strips diacritics and apostrophes", () => {
    expect(latinVariantKeys("Ṭarābulus")).toContain("tarabulus");
    expect(latinVariantKeys("Ra's Lanuf")).toContain("ras lanuf");
  });

  it("writes the article as al, el, joined, and not at all", () => {
    expect(latinVariantKeys("Al-Marj")).toEqual(expect.arrayContaining(["al marj", "el marj", "almarj", "marj"]));
  });

  it("recognises the assimilated article only before its own sun letter", () => {
    expect(latinVariantKeys("Az Zawiyah")).toEqual(expect.arrayContaining(["az zawiyah", "al zawiyah", "zawiyah"]));
    expect(latinVariantKeys("Ash Shwayrif")).toContain("shwayrif");
    // "As" before a word not starting with s is not an article.
    expect(latinVariantKeys("As Wadi")).not.toContain("wadi");
  });

  it("spells Abu as Bu, joined and apart", () => {
    expect(latinVariantKeys("Abu Qurain")).toEqual(expect.arrayContaining(["abu qurain", "bu qurain", "abuqurain", "buqurain"]));
  });

  it("adds the whole name written as one word", () => {
    expect(latinVariantKeys("Bani Walid")).toContain("baniwalid");
  });

  it("returns nothing for a name with no letters", () => {
    expect(latinVariantKeys(" - ")).toEqual([]);
  });
});
