import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGazetteerIndex } from "../../../src/core/gazetteer/index.ts";
import { haversineKm } from "../../../src/core/gazetteer/spatial.ts";
import type { Gazetteer, GazetteerEntry, PlaceKind } from "../../../src/core/gazetteer/types.ts";
import { normalizeName } from "../../../src/core/text/normalize.ts";

function entry(
  id: string,
  kind: PlaceKind,
  ar: string,
  en: string,
  lat: number,
  lon: number,
  importance: number,
  more: Partial<GazetteerEntry> = {},
): GazetteerEntry {
  return {
    id,
    kind,
    ar,
    en,
    namesAr: [ar],
    namesLatin: [en],
    lat,
    lon,
    uncertaintyM: 100,
    country: "LY",
    importance,
    citations: [{ source: "curated", ref: "test fixture" }],
    ...more,
  };
}

const tripoli = entry("t-tripoli", "city", "طرابلس", "Tripoli", 32.8967, 13.1778, 1, { namesLatin: ["Tripoli", "Ṭarābulus"] });
const misrata = entry("t-misrata", "city", "مصراتة", "Misrata", 32.3746, 15.0906, 0.78, { namesLatin: ["Misrata", "Misurata", "Misratah"] });
const sirte = entry("t-sirte", "city", "سرت", "Sirte", 31.206, 16.5836, 0.67, { namesLatin: ["Sirte", "Surt", "Syrte"], guarded: true });
const abuQurain = entry("t-abu-qurain", "town", "أبو قرين", "Abu Qurain", 31.4466, 15.2552, 0.3, { namesLatin: ["Abu Qurain", "Abu Grein"] });
const bombah = entry("t-bombah", "village", "البمبة", "Al Bombah", 32.421, 23.124, 0.15);
const sirteAirport = entry("t-sirte-airport", "airbase", "قاعدة القرضابية الجوية", "Ghardabiya Air Base", 31.0635, 16.595, 0.5, {
  namesAr: ["قاعدة القرضابية الجوية", "مطار سرت"],
});
const surman = entry("t-surman", "city", "صرمان", "Surman", 32.7567, 12.5719, 0.6);
const zawiya = entry("t-zawiya", "city", "الزاوية", "Az Zawiyah", 32.7597, 12.7356, 0.7);
const lebanonTripoli = entry("lb-tripoli", "foreign-place", "طرابلس", "Tripoli (Lebanon)", 34.4367, 35.8497, 0.1, { country: "LB" });
const khadra = entry("t-khadra", "town", "الخضراء-ترهونة", "Khadra - Tarhuna", 32.41, 13.6, 0.35);
const noArabic = entry("t-oxy", "airport", "", "Oxy A 103 airfield", 29.0063, 20.7861, 0.15, { namesAr: [] });

const fixture: Gazetteer = {
  version: 1,
  attribution: ["test"],
  entries: [tripoli, misrata, sirte, abuQurain, bombah, sirteAirport, surman, zawiya, lebanonTripoli, khadra, noArabic],
};
const index = createGazetteerIndex(fixture);

describe("createGazetteerIndex: names", () => {
  it("finds every sense of a name, Libyan and foreign", () => {
    expect(index.byName(normalizeName("طرابلس")).map((e) => e.id).sort()).toEqual(["lb-tripoli", "t-tripoli"]);
  });

  it("lists the most important sense first", () => {
    expect(index.byName(normalizeName("طرابلس"))[0]).toBe(tripoli);
  });

  it("finds a name with punctuation both as normalised and as the engine's tokens", () => {
    expect(index.byName(normalizeName("الخضراء-ترهونة"))).toEqual([khadra]);
    expect(index.byName("الخضراء ترهونه")).toEqual([khadra]);
    expect(index.hasPrefix("الخضراء")).toBe(true);
    expect(index.hasPrefix(normalizeName("الخضراء-ترهونة"))).toBe(false);
  });

  it("finds a town under every spelling of أبو that news uses", () => {
    for (const spelling of ["أبو قرين", "ابو قرين", "أبوقرين", "ابوقرين", "بو قرين", "بوقرين"]) {
      expect(index.byName(normalizeName(spelling)), spelling).toEqual([abuQurain]);
    }
  });

  it("finds a name whatever its hamza, tā' marbūṭa or harakat", () => {
    expect(index.byName(normalizeName("مصراته"))).toEqual([misrata]);
    expect(index.byName(normalizeName("سِرْت"))).toEqual([sirte]);
  });

  it("finds Latin names case- and diacritic-insensitively", () => {
    expect(index.byName("misurata")).toEqual([misrata]);
    expect(index.byName("tarabulus")).toEqual([tripoli]);
    expect(index.byName(normalizeName("Ṭarābulus"))).toEqual([tripoli]);
    expect(index.byName("zawiyah")).toEqual([zawiya]);
  });

  it("returns nothing, not undefined, for an unknown key", () => {
    expect(index.byName("غير موجود")).toEqual([]);
  });

  it("knows the prefixes of multi-word names and the longest name", () => {
    expect(index.hasPrefix(normalizeName("قاعدة"))).toBe(true);
    expect(index.hasPrefix(normalizeName("قاعدة القرضابية"))).toBe(true);
    expect(index.hasPrefix(normalizeName("قاعدة القرضابية الجوية"))).toBe(true);
    expect(index.hasPrefix(normalizeName("القرضابية"))).toBe(false);
    expect(index.hasPrefix(normalizeName("قاعدة سرت"))).toBe(false);
    expect(index.maxNameTokens).toBe(3);
  });

  it("gets entries by id and keeps them in file order", () => {
    expect(index.get("t-sirte")).toBe(sirte);
    expect(index.get("nope")).toBeUndefined();
    expect(index.entries).toBe(fixture.entries);
  });
});

describe("createGazetteerIndex: search", () => {
  const first = (q: string): string | undefined => index.search(q, 5)[0]?.id;

  it("puts the right town first for the spellings a user types", () => {
    expect(first("misurata")).toBe("t-misrata");
    expect(first("Misrata")).toBe("t-misrata");
    expect(first("مصراته")).toBe("t-misrata");
    expect(first("Surt")).toBe("t-sirte");
    expect(first("سرت")).toBe("t-sirte");
    expect(first("Abu Grein")).toBe("t-abu-qurain");
    expect(first("ابو قرين")).toBe("t-abu-qurain");
    expect(first("Zawiya")).toBe("t-zawiya");
  });

  it("ranks the more important sense first among exact matches", () => {
    expect(index.search("طرابلس").map((e) => e.id)).toEqual(["t-tripoli", "lb-tripoli"]);
  });

  it("completes a prefix", () => {
    expect(first("مصر")).toBe("t-misrata");
    expect(first("Misr")).toBe("t-misrata");
  });

  it("finds a word inside a longer name", () => {
    expect(index.search("القرضابية").map((e) => e.id)).toContain("t-sirte-airport");
  });

  it("tolerates a typo and the letters Libyan speech confuses", () => {
    expect(first("Misrta")).toBe("t-misrata");
    expect(first("مسراتة")).toBe("t-misrata");
    expect(first("سرمان")).toBe("t-surman");
    expect(first("Abu Gurain")).toBe("t-abu-qurain");
  });

  it("finds an article-less Arabic query", () => {
    expect(first("بمبة")).toBe("t-bombah");
  });

  it("does not fuzz very short queries", () => {
    expect(index.search("سرب")).toEqual([]);
  });

  it("honours the limit and an empty query", () => {
    expect(index.search("t", 2).length).toBeLessThanOrEqual(2);
    expect(index.search("   ")).toEqual([]);
  });
});

describe("createGazetteerIndex: space", () => {
  it("lists the nearest entries, nearest first, with distances in km", () => {
    const near = index.nearest(31.2, 16.58, 2);
    expect(near.map((n) => n.entry.id)).toEqual(["t-sirte", "t-sirte-airport"]);
    expect(near[0]?.km).toBeCloseTo(haversineKm(31.2, 16.58, sirte.lat, sirte.lon), 6);
    expect(near[1]?.km).toBeGreaterThan(15);
    expect(near[1]?.km).toBeLessThan(18);
  });

  it("finds a foreign place from far outside the Libyan grid", () => {
    expect(index.nearest(34.4, 35.8, 1)[0]?.entry.id).toBe("lb-tripoli");
  });

  it("returns entries inside a box", () => {
    expect(index.within([12, 32.5, 14, 33]).map((e) => e.id).sort()).toEqual(["t-surman", "t-tripoli", "t-zawiya"]);
    expect(index.within([0, 0, 1, 1])).toEqual([]);
  });

  it("agrees with a brute-force scan for any point and k", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 15, max: 40, noNaN: true }),
        fc.double({ min: 5, max: 40, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (lat, lon, k) => {
          const expected = fixture.entries
            .map((e) => haversineKm(lat, lon, e.lat, e.lon))
            .sort((a, b) => a - b)
            .slice(0, k);
          const got = index.nearest(lat, lon, k).map((n) => n.km);
          expect(got).toHaveLength(expected.length);
          got.forEach((km, i) => expect(km).toBeCloseTo(expected[i] as number, 9));
        },
      ),
      { numRuns: 300 },
    );
  });
});
