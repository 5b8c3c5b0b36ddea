/** The gazetteer's data model: one entry per place sense, each citing where its facts came from. */

export type PlaceKind =
  | "country"
  | "region" // areas with no single point: الهلال النفطي، فزان، الجبل الغربي
  | "city"
  | "town"
  | "village"
  | "hamlet"
  | "district" // a quarter or suburb of a city: حي الزهور، أبوسليم
  | "axis" // a front line named after a road or area: محور صلاح الدين
  | "road"
  | "gate" // road gates and checkpoints: بوابة 70، بوابة الخمسين
  | "airport"
  | "airbase"
  | "military-base"
  | "port"
  | "oil-terminal"
  | "oil-field"
  | "facility" // named buildings and sites: مبنى الجوازات، مشروع الهضبة
  | "wadi"
  | "mountain"
  | "oasis"
  | "reserve"
  | "foreign-place"; // places abroad that Libya reporting names (طرابلس لبنان، إسطنبول)

/** Where a fact about an entry came from. */
export interface Citation {
  readonly source: "OpenStreetMap" | "DAFIF" | "OpenFlights" | "GeoNames" | "Wikipedia" | "Wikidata" | "curated";
  /** A node id, ICAO code, article title or URL that lets a reader check it. */
  readonly ref: string;
  readonly note?: string;
}

export interface GazetteerEntry {
  /** Stable across rebuilds: "ly-sirte", "osm-n123456", "af-hlls". */
  readonly id: string;
  readonly kind: PlaceKind;
  /** Display names. */
  readonly ar: string;
  readonly en: string;
  /** Arabic spellings news uses, including `ar` (raw, not normalised). */
  readonly namesAr: readonly string[];
  /** Latin names and transliterations, including `en`. */
  readonly namesLatin: readonly string[];
  /** WGS84. For regions: a representative point inside the area. */
  readonly lat: number;
  readonly lon: number;
  /** Radius in metres within which the true position lies (100 for a well-placed town node). */
  readonly uncertaintyM: number;
  /** [west, south, east, north] for areas (regions, wadis, districts with known extent). */
  readonly bbox?: readonly [number, number, number, number];
  /** Id of the containing municipality, district or region. */
  readonly parent?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly population?: number;
  /** 0..1: how likely a bare mention means this sense (capital 1, hamlet ~0.05). */
  readonly importance: number;
  /**
   * The name is also an ordinary word ("الخمس" the five, "هون", "البيضاء" white): take it only
   * with place context.
   */
  readonly guarded?: boolean;
  readonly citations: readonly Citation[];
}

export interface Gazetteer {
  readonly version: number;
  readonly attribution: readonly string[];
  readonly entries: readonly GazetteerEntry[];
}
