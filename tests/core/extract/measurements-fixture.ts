import { type Doc, evidenceOf } from "../../../src/core/extract/document.ts";
import { createGazetteerIndex } from "../../../src/core/gazetteer/index.ts";
import type { GazetteerIndex } from "../../../src/core/gazetteer/lookup-api.ts";
import type { GazetteerEntry, PlaceKind } from "../../../src/core/gazetteer/types.ts";
import { normalize } from "../../../src/core/text/normalize.ts";
import type { PlaceMention } from "../../../src/core/types.ts";

/** A small gazetteer with real coordinates (Wikipedia / OSM), enough for relation tests. */
function entry(id: string, kind: PlaceKind, ar: string[], en: string, lat: number, lon: number, extra: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return {
    id, kind, ar: ar[0] as string, en, namesAr: ar, namesLatin: [en], lat, lon, uncertaintyM: 100, country: "LY",
    importance: 0.5, citations: [{ source: "curated", ref: "test fixture" }], ...extra,
  };
}

export const FIXTURE_ENTRIES: readonly GazetteerEntry[] = [
  entry("ly-tripoli", "city", ["طرابلس"], "Tripoli", 32.8872, 13.1913),
  entry("ly-sirte", "city", ["سرت"], "Sirte", 31.206, 16.5836),
  entry("ly-misrata", "city", ["مصراتة"], "Misrata", 32.3746, 15.0906),
  entry("ly-abu-qurain", "village", ["أبوقرين", "أبو قرين"], "Abu Qurain", 31.4497, 15.255),
  entry("ly-buwairat", "village", ["بويرات الحسون", "بويرات الحسوان"], "Buwairat al-Hasun", 31.4004, 15.7274),
  entry("ly-tarhuna", "town", ["ترهونة"], "Tarhuna", 32.4346, 13.6351),
  entry("ly-washka", "village", ["الوشكة"], "Al-Washka", 31.373, 15.571),
  entry("ly-benghazi", "city", ["بنغازي"], "Benghazi", 32.1167, 20.0667),
  entry("ly-ajdabiya", "city", ["أجدابيا", "اجدابيا"], "Ajdabiya", 30.7554, 20.2263),
  entry("ly-gharyan", "city", ["غريان"], "Gharyan", 32.1722, 13.0203),
  entry("ly-sabha", "city", ["سبها"], "Sabha", 27.0377, 14.4283),
  entry("ly-derna", "city", ["درنة"], "Derna", 32.767, 22.6367),
  entry("ly-zawiya", "city", ["الزاوية"], "Zawiya", 32.7571, 12.7276),
  entry("ly-oil-crescent", "region", ["الهلال النفطي"], "Oil Crescent", 30.6, 19.3, { uncertaintyM: 120_000, bbox: [17.9, 30.2, 20.3, 31.0] }),
  entry("ly-fezzan", "region", ["فزان"], "Fezzan", 26.5, 14.0, { uncertaintyM: 400_000, bbox: [9.5, 22.0, 19.0, 30.5] }),
  entry("ly", "country", ["ليبيا"], "Libya", 27.0, 17.0, { uncertaintyM: 900_000, country: "LY" }),
  entry("ly-tobruk", "city", ["طبرق"], "Tobruk", 32.0836, 23.9764),
  entry("ly-tobruk-port", "port", ["ميناء طبرق"], "Tobruk port", 32.0717, 23.9826),
  entry("ly-zintan", "town", ["الزنتان"], "Zintan", 31.9314, 12.2528),
  entry("ly-bani-walid", "town", ["بني وليد"], "Bani Walid", 31.7566, 13.9942),
  entry("ly-jufra-airbase", "airbase", ["قاعدة الجفرة الجوية", "قاعدة الجفرة"], "Al-Jufra Air Base", 29.1981, 15.9719),
  entry("ly-hun", "town", ["هون"], "Hun", 29.1268, 15.9477),
  entry("ly-kufra", "town", ["الكفرة"], "Kufra", 24.1814, 23.2914),
];

export function fixtureGazetteer(): GazetteerIndex {
  return createGazetteerIndex({ version: 1, attribution: [], entries: FIXTURE_ENTRIES });
}

const CLITIC = /^(و|ف)?(ب|ل|ك)?$/;

/**
 * A stand-in for the toponym finder: every fixture name (and every `unresolved` name) where it
 * stands as whole words, a conjunction/preposition allowed before it and kept out of the span.
 */
export function naivePlaces(doc: Doc, gaz: GazetteerIndex, unresolved: readonly string[] = []): PlaceMention[] {
  const found: { start: number; end: number; m: PlaceMention }[] = [];
  const text = doc.norm.text;
  const names: { key: string; id: string | null; raw: string }[] = [];
  for (const e of gaz.entries) for (const n of e.namesAr) names.push({ key: normalize(n), id: e.id, raw: n });
  for (const n of unresolved) names.push({ key: normalize(n), id: null, raw: n });
  names.sort((a, b) => b.key.length - a.key.length);
  const taken = new Uint8Array(text.length);
  for (const { key, id, raw } of names) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (/[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
      let ws = at;
      while (ws > 0 && /\p{L}/u.test(text[ws - 1] as string)) ws--;
      if (!CLITIC.test(text.slice(ws, at))) continue;
      if (taken.subarray(at, end).some((x) => x === 1)) continue;
      taken.fill(1, at, end);
      const evidence = evidenceOf(doc, at, end);
      const m: PlaceMention =
        id === null
          ? { status: "unresolved", evidence, name: raw, cue: "fixture" }
          : { status: "resolved", evidence, placeId: id, alternatives: [{ placeId: id, score: 1 }], reason: "fixture" };
      found.push({ start: at, end, m });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((f) => f.m);
}
