/**
 * A small gazetteer for the toponym tests: real Libyan places (OpenStreetMap coordinates), the
 * two senses of "الوشكة" and of "طرابلس", guarded names, and village names that are ordinary
 * words, behind a stub of the `GazetteerIndex` interface.
 */
import type { GazetteerIndex } from "../../../src/core/gazetteer/lookup-api.ts";
import type { GazetteerEntry, PlaceKind } from "../../../src/core/gazetteer/types.ts";
import { normalizeName } from "../../../src/core/text/normalize.ts";
import { tokenize } from "../../../src/core/text/tokenize.ts";

interface Row {
  id: string;
  kind: PlaceKind;
  names: string[];
  en: string;
  lat: number;
  lon: number;
  importance: number;
  country?: string;
  guarded?: boolean;
  bbox?: [number, number, number, number];
}

const ROWS: Row[] = [
  { id: "ly-sirte", kind: "city", names: ["سرت"], en: "Sirte", lat: 31.206, lon: 16.5836, importance: 0.8 },
  { id: "ly-misrata", kind: "city", names: ["مصراتة"], en: "Misrata", lat: 32.3746, lon: 15.0906, importance: 0.85 },
  { id: "ly-tripoli", kind: "city", names: ["طرابلس"], en: "Tripoli", lat: 32.8967, lon: 13.1778, importance: 1 },
  { id: "lb-tripoli", kind: "foreign-place", names: ["طرابلس"], en: "Tripoli (Lebanon)", lat: 34.4367, lon: 35.8497, importance: 0.3, country: "LB" },
  { id: "lb-lebanon", kind: "foreign-place", names: ["لبنان"], en: "Lebanon", lat: 33.85, lon: 35.86, importance: 0.4, country: "LB", bbox: [35.1, 33.05, 36.62, 34.69] },
  { id: "ly-libya", kind: "country", names: ["ليبيا"], en: "Libya", lat: 27, lon: 17, importance: 1, bbox: [9.3, 19.5, 25.2, 33.2] },
  { id: "tr-turkey", kind: "foreign-place", names: ["تركيا"], en: "Turkey", lat: 39, lon: 35, importance: 0.5, country: "TR", bbox: [26, 36, 45, 42] },
  { id: "sa-saudi-arabia", kind: "foreign-place", names: ["السعودية"], en: "Saudi Arabia", lat: 24, lon: 45, importance: 0.5, country: "SA", bbox: [34.5, 16, 55.7, 32.2] },
  { id: "tr-ankara", kind: "foreign-place", names: ["أنقرة"], en: "Ankara", lat: 39.93, lon: 32.86, importance: 0.4, country: "TR" },
  { id: "ly-abu-qurain", kind: "town", names: ["أبو قرين", "أبوقرين", "بوقرين"], en: "Abu Qurain", lat: 31.4497, lon: 15.255, importance: 0.3 },
  { id: "ly-washka", kind: "town", names: ["الوشكة", "منطقة الوشكة"], en: "Al-Washka", lat: 31.3734, lon: 15.5709, importance: 0.15 },
  { id: "ly-wadi-washka", kind: "wadi", names: ["الوشكة", "وادي الوشكة"], en: "Wadi al-Washka", lat: 29.1, lon: 15.7, importance: 0.1, bbox: [15.5, 28.9, 15.9, 29.3] },
  { id: "ly-hun", kind: "town", names: ["هون"], en: "Hun", lat: 29.1246, lon: 15.9403, importance: 0.4, guarded: true },
  { id: "ly-waddan", kind: "town", names: ["ودان"], en: "Waddan", lat: 29.1614, lon: 16.1413, importance: 0.35 },
  { id: "ly-sokna", kind: "town", names: ["سوكنة"], en: "Sokna", lat: 29.0694, lon: 15.7827, importance: 0.3 },
  { id: "ly-jufra", kind: "region", names: ["الجفرة"], en: "Al Jufra", lat: 29.1, lon: 15.9, importance: 0.5, bbox: [15.5, 28.7, 16.5, 29.5] },
  { id: "ly-jufra-airbase", kind: "airbase", names: ["الجفرة", "قاعدة الجفرة الجوية"], en: "Al Jufra Air Base", lat: 29.198, lon: 16.0, importance: 0.3 },
  { id: "ly-khoms", kind: "city", names: ["الخمس"], en: "Al Khums", lat: 32.6522, lon: 14.268, importance: 0.6, guarded: true },
  { id: "ly-bayda", kind: "city", names: ["البيضاء"], en: "Bayda", lat: 32.761, lon: 21.7577, importance: 0.6, guarded: true },
  { id: "ly-sabaa", kind: "village", names: ["السبعة"], en: "As Sab'a", lat: 32.8518, lon: 13.259, importance: 0.05, guarded: true },
  { id: "ly-wadi-bey", kind: "wadi", names: ["وادي بي", "وادي بيّ", "بي"], en: "Wadi Bey", lat: 30.8405, lon: 15.3248, importance: 0.15, guarded: true },
  { id: "osm-wadi-bey-village", kind: "village", names: ["وادي بي"], en: "Wadi Bey (village)", lat: 30.84, lon: 15.32, importance: 0.2 },
  { id: "ly-central-libya", kind: "region", names: ["وسط ليبيا"], en: "Central Libya", lat: 29.5, lon: 16.5, importance: 0.2, guarded: true, bbox: [14, 27, 19, 31.5] },
  { id: "ly-coastal-road", kind: "road", names: ["الطريق الساحلي", "الساحلي"], en: "Coastal Road", lat: 31.3, lon: 16.0, importance: 0.2, guarded: true },
  { id: "ly-heesha", kind: "village", names: ["الهيشة"], en: "Al-Hisha (Misrata)", lat: 31.95, lon: 15.25, importance: 0.2 },
  { id: "ly-qaddahiya", kind: "village", names: ["القداحية"], en: "Al-Qaddahiya", lat: 31.363, lon: 15.2409, importance: 0.1 },
  { id: "ly-buwairat", kind: "village", names: ["بويرات الحسون", "بويرات الحسوان"], en: "Buwairat al-Hassun", lat: 31.4004, lon: 15.7274, importance: 0.1 },
  { id: "ly-benghazi", kind: "city", names: ["بنغازي"], en: "Benghazi", lat: 32.12, lon: 20.0812, importance: 0.9 },
  { id: "ly-tarhuna", kind: "city", names: ["ترهونة"], en: "Tarhuna", lat: 32.4346, lon: 13.6351, importance: 0.5 },
  { id: "ly-bani-walid", kind: "city", names: ["بني وليد"], en: "Bani Walid", lat: 31.7584, lon: 14.0147, importance: 0.5 },
  { id: "ly-zawiya", kind: "city", names: ["الزاوية"], en: "Zawiya", lat: 32.7597, lon: 12.7356, importance: 0.7 },
  { id: "ly-oil-crescent", kind: "region", names: ["الهلال النفطي", "الهلال النفطي الليبي"], en: "Oil Crescent", lat: 30.6, lon: 18.5, importance: 0.6, bbox: [17.5, 30.2, 20.2, 31.2] },
  { id: "ly-salah-axis", kind: "axis", names: ["محور صلاح الدين"], en: "Salah al-Din axis", lat: 32.81, lon: 13.21, importance: 0.3 },
  // Villages named after ordinary words (OpenStreetMap has them).
  { id: "osm-jazeera", kind: "village", names: ["الجزيرة"], en: "Al Jazirah", lat: 30.5, lon: 20.1, importance: 0.05 },
  { id: "osm-nasma", kind: "town", names: ["نسمة"], en: "Nesma", lat: 31.3919, lon: 13.3284, importance: 0.2 },
  { id: "osm-sarraj", kind: "village", names: ["السراج"], en: "As Sarraj", lat: 32.8359, lon: 13.0724, importance: 0.05 },
  { id: "osm-madina", kind: "village", names: ["المدينة"], en: "Al Madinah", lat: 31.2589, lon: 20.609, importance: 0.05 },
  { id: "osm-salam", kind: "village", names: ["السلام"], en: "As Salam", lat: 31.0, lon: 20.0, importance: 0.05 },
  { id: "osm-agheila", kind: "village", names: ["العقيلة"], en: "El Agheila", lat: 30.2559, lon: 19.1987, importance: 0.2 },
];

function entryOf(r: Row): GazetteerEntry {
  return {
    id: r.id,
    kind: r.kind,
    ar: r.names[0] as string,
    en: r.en,
    namesAr: r.names,
    namesLatin: [r.en],
    lat: r.lat,
    lon: r.lon,
    uncertaintyM: 1000,
    country: r.country ?? "LY",
    importance: r.importance,
    citations: [{ source: "curated", ref: "test fixture" }],
    ...(r.guarded === true ? { guarded: true } : {}),
    ...(r.bbox === undefined ? {} : { bbox: r.bbox }),
  };
}

function keyOf(name: string): string {
  return tokenize(normalizeName(name))
    .map((t) => t.text)
    .join(" ");
}

/** A `GazetteerIndex` over `entries` with exact-key lookup and token prefixes; enough for recognition. */
export function fixtureIndex(entries: readonly GazetteerEntry[] = ROWS.map(entryOf)): GazetteerIndex {
  const byName = new Map<string, GazetteerEntry[]>();
  const prefixes = new Set<string>();
  let maxNameTokens = 0;
  for (const e of entries) {
    for (const name of e.namesAr) {
      const key = keyOf(name);
      const list = byName.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      byName.set(key, list);
      const parts = key.split(" ");
      maxNameTokens = Math.max(maxNameTokens, parts.length);
      for (let n = 1; n <= parts.length; n++) prefixes.add(parts.slice(0, n).join(" "));
    }
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    entries,
    get: (id) => byId.get(id),
    byName: (key) => byName.get(key) ?? [],
    maxNameTokens,
    hasPrefix: (key) => prefixes.has(key),
    search: () => [],
    nearest: () => [],
    within: () => [],
  };
}

export const FIXTURE = fixtureIndex();
