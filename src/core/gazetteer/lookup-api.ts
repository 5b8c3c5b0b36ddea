import type { GazetteerEntry } from "./types.ts";

/**
 * What the engine and the place search need from the gazetteer. Implemented by
 * `createGazetteerIndex` in `index.ts`; tests may stub it.
 */
export interface GazetteerIndex {
  /** Every entry, in file order. */
  readonly entries: readonly GazetteerEntry[];
  get(id: string): GazetteerEntry | undefined;
  /**
   * Entries one of whose Arabic or Latin names, after `normalizeName`, equals `key`
   * exactly (key is already normalised, tokens joined by one space). Every sense is returned.
   */
  byName(key: string): readonly GazetteerEntry[];
  /** The most tokens any Arabic name has, for longest-match-first recognition. */
  readonly maxNameTokens: number;
  /** True when some name starts with these normalised tokens (lets recognition stop early). */
  hasPrefix(key: string): boolean;
  /** Ranked fuzzy search over Arabic and Latin names for a search box: best first. */
  search(query: string, limit?: number): readonly GazetteerEntry[];
  /** The k entries nearest to a point, nearest first, with distance in km. */
  nearest(lat: number, lon: number, k?: number): readonly { entry: GazetteerEntry; km: number }[];
  /** Entries whose point lies inside [west, south, east, north]. */
  within(bbox: readonly [number, number, number, number]): readonly GazetteerEntry[];
}
