/**
 * The in-memory gazetteer index: exact name lookup for the engine, prefix test for
 * longest-match recognition, ranked search for the search box, and spatial queries.
 */
import { normalizeName } from "../text/normalize.ts";
import { foldLatin, isArabicName } from "./keys.ts";
import type { GazetteerIndex } from "./lookup-api.ts";
import { type NameRecord, nameRecord, searchNames } from "./search.ts";
import { createPointGrid } from "./spatial.ts";
import type { Gazetteer, GazetteerEntry } from "./types.ts";
import { arabicVariantKeys, latinVariantKeys } from "./variants.ts";

export { loadGazetteer, GazetteerDataError } from "./validate.ts";
export { nameKey } from "./keys.ts";
export type { GazetteerIndex } from "./lookup-api.ts";
export type { Citation, Gazetteer, GazetteerEntry, PlaceKind } from "./types.ts";

const NONE: readonly GazetteerEntry[] = Object.freeze([]);
/** Results a search returns when the caller does not say. */
const DEFAULT_SEARCH_LIMIT = 10;
const DEFAULT_NEAREST = 5;

/**
 * Every key under which an entry is found: the token keys of its names and their variants
 * (Arabic and Latin), and the bare `normalizeName` forms, which differ from token keys only
 * for names with punctuation ("الخضراء-ترهونة") and serve exact lookup alone.
 */
function keysOf(entry: GazetteerEntry): { arabic: Set<string>; latin: Set<string>; bare: Set<string> } {
  const arabic = new Set<string>();
  const latin = new Set<string>();
  const bare = new Set<string>();
  const add = (set: Set<string>, key: string): void => {
    if (key !== "") set.add(key);
  };
  const arNames = entry.ar === "" ? entry.namesAr : [entry.ar, ...entry.namesAr];
  for (const name of arNames) {
    for (const k of arabicVariantKeys(name)) add(arabic, k);
    // The interface promises lookup by `normalizeName(name)`, which keeps punctuation.
    add(bare, normalizeName(name));
  }
  for (const name of [entry.en, ...entry.namesLatin]) {
    // An Arabic name misfiled among the Latin ones still gets the Arabic treatment.
    if (isArabicName(name)) {
      for (const k of arabicVariantKeys(name)) add(arabic, k);
      continue;
    }
    for (const k of latinVariantKeys(name)) add(latin, k);
    const normalized = normalizeName(name);
    add(bare, normalized);
    add(bare, foldLatin(normalized));
  }
  return { arabic, latin, bare };
}

export function createGazetteerIndex(g: Gazetteer): GazetteerIndex {
  const entries = g.entries;
  const byId = new Map<string, GazetteerEntry>();
  const names = new Map<string, GazetteerEntry[]>();
  const prefixes = new Set<string>();
  const records: NameRecord[] = [];
  let maxNameTokens = 0;

  entries.forEach((entry, i) => {
    byId.set(entry.id, entry);
    const { arabic, latin, bare } = keysOf(entry);
    for (const key of [...arabic, ...latin, ...bare]) {
      const list = names.get(key);
      if (list === undefined) names.set(key, [entry]);
      else if (!list.includes(entry)) list.push(entry);
    }
    for (const key of [...arabic, ...latin]) records.push(nameRecord(key, i));
    for (const key of arabic) {
      const tokens = key.split(" ");
      maxNameTokens = Math.max(maxNameTokens, tokens.length);
      let prefix = "";
      for (const t of tokens) {
        prefix = prefix === "" ? t : `${prefix} ${t}`;
        prefixes.add(prefix);
      }
    }
  });

  // Most likely sense first, so a caller that must pick one can take the head.
  for (const list of names.values()) if (list.length > 1) list.sort((a, b) => b.importance - a.importance);

  const lats = Float64Array.from(entries, (e) => e.lat);
  const lons = Float64Array.from(entries, (e) => e.lon);
  const grid = createPointGrid(lats, lons);

  return {
    entries,
    get: (id) => byId.get(id),
    byName: (key) => names.get(key) ?? NONE,
    maxNameTokens,
    hasPrefix: (key) => prefixes.has(key),
    search: (query, limit = DEFAULT_SEARCH_LIMIT) => searchNames(records, entries, query, limit),
    nearest: (lat, lon, k = DEFAULT_NEAREST) =>
      grid.nearest(lat, lon, k).map(({ index, km }) => ({ entry: entries[index] as GazetteerEntry, km })),
    within: (bbox) => grid.within(bbox).map((i) => entries[i] as GazetteerEntry),
  };
}
