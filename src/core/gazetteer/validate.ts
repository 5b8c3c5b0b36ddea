/**
 * Strict shape checks for gazetteer data read from JSON: the built file at load time and the
 * curated files at build time. Unknown fields are errors, so a misspelt field ("namesLatn")
 * fails loudly instead of silently losing data.
 */
import type { Citation, Gazetteer, GazetteerEntry, PlaceKind } from "./types.ts";

/** Every PlaceKind, as a table so that adding a kind to the union without listing it here fails to compile. */
const PLACE_KINDS: Readonly<Record<PlaceKind, true>> = {
  country: true,
  region: true,
  city: true,
  town: true,
  village: true,
  hamlet: true,
  district: true,
  axis: true,
  road: true,
  gate: true,
  airport: true,
  airbase: true,
  "military-base": true,
  port: true,
  "oil-terminal": true,
  "oil-field": true,
  facility: true,
  wadi: true,
  mountain: true,
  oasis: true,
  reserve: true,
  "foreign-place": true,
};

const CITATION_SOURCES: Readonly<Record<Citation["source"], true>> = {
  OpenStreetMap: true,
  DAFIF: true,
  OpenFlights: true,
  GeoNames: true,
  Wikipedia: true,
  Wikidata: true,
  curated: true,
};

const ENTRY_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "kind",
  "ar",
  "en",
  "namesAr",
  "namesLatin",
  "lat",
  "lon",
  "uncertaintyM",
  "bbox",
  "parent",
  "country",
  "population",
  "importance",
  "guarded",
  "citations",
]);

/** Libya's extent with a small margin: entries outside it must be foreign places or countries. */
export const LIBYA_BOUNDS = { south: 19.4, north: 33.3, west: 9.3, east: 25.2 } as const;

export function isPlaceKind(s: unknown): s is PlaceKind {
  return typeof s === "string" && Object.hasOwn(PLACE_KINDS, s);
}

/** Kinds whose point may lie outside Libya. */
export function mayLieAbroad(kind: PlaceKind): boolean {
  return kind === "foreign-place" || kind === "country";
}

export function insideLibya(lat: number, lon: number): boolean {
  const b = LIBYA_BOUNDS;
  return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}

export class GazetteerDataError extends Error {
  override readonly name = "GazetteerDataError";
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function fail(where: string, msg: string): never {
  throw new GazetteerDataError(`${where}: ${msg}`);
}

function str(o: Obj, field: string, where: string, allowEmpty = false): string {
  const v = o[field];
  if (typeof v !== "string") fail(where, `"${field}" must be a string`);
  if (!allowEmpty && v.trim() === "") fail(where, `"${field}" must not be empty`);
  return v;
}

function num(o: Obj, field: string, where: string, min: number, max: number): number {
  const v = o[field];
  if (typeof v !== "number" || !Number.isFinite(v)) fail(where, `"${field}" must be a finite number`);
  if (v < min || v > max) fail(where, `"${field}" ${v} is outside ${min}..${max}`);
  return v;
}

function strings(o: Obj, field: string, where: string): string[] {
  const v = o[field];
  if (!Array.isArray(v)) fail(where, `"${field}" must be an array of strings`);
  return v.map((s, i) => {
    if (typeof s !== "string" || s.trim() === "") fail(where, `"${field}[${i}]" must be a non-empty string`);
    return s;
  });
}

function citation(v: unknown, where: string): Citation {
  if (!isObj(v)) fail(where, "a citation must be an object");
  for (const k of Object.keys(v)) {
    if (k !== "source" && k !== "ref" && k !== "note") fail(where, `unknown citation field "${k}"`);
  }
  const source = v.source;
  if (typeof source !== "string" || !Object.hasOwn(CITATION_SOURCES, source)) {
    fail(where, `citation source ${JSON.stringify(source)} is not one of ${Object.keys(CITATION_SOURCES).join(", ")}`);
  }
  const ref = str(v, "ref", where);
  if (v.note === undefined) return { source: source as Citation["source"], ref };
  return { source: source as Citation["source"], ref, note: str(v, "note", where) };
}

/**
 * Check one entry. `where` names its origin in messages ("curated/oil.json"); `extraFields`
 * are further fields the caller handles itself (the curated `replaces`).
 */
export function parseEntry(v: unknown, where: string, extraFields: ReadonlySet<string> = new Set()): GazetteerEntry {
  if (!isObj(v)) fail(where, "an entry must be an object");
  const id = typeof v.id === "string" && v.id !== "" ? v.id : undefined;
  if (id === undefined) fail(where, `entry without a string "id"`);
  const at = `${where} [${id}]`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)+$/.test(id)) fail(at, `id must be lowercase words joined by "-" ("ly-sirte")`);
  for (const k of Object.keys(v)) {
    if (!ENTRY_FIELDS.has(k) && !extraFields.has(k)) fail(at, `unknown field "${k}"`);
  }
  const kind = v.kind;
  if (!isPlaceKind(kind)) fail(at, `unknown kind ${JSON.stringify(kind)}`);
  const ar = str(v, "ar", at, true);
  const en = str(v, "en", at);
  const namesAr = strings(v, "namesAr", at);
  const namesLatin = strings(v, "namesLatin", at);
  if (ar !== "" && !namesAr.includes(ar)) namesAr.unshift(ar);
  if (!namesLatin.includes(en)) namesLatin.unshift(en);
  const lat = num(v, "lat", at, -90, 90);
  const lon = num(v, "lon", at, -180, 180);
  if (!mayLieAbroad(kind) && !insideLibya(lat, lon)) {
    fail(at, `point ${lat},${lon} is outside Libya; only "foreign-place" and "country" may lie abroad`);
  }
  const uncertaintyM = num(v, "uncertaintyM", at, 1, 5_000_000);
  const importance = num(v, "importance", at, 0, 1);
  const country = str(v, "country", at);
  if (!/^[A-Z]{2}$/.test(country)) fail(at, `country must be an ISO 3166-1 alpha-2 code`);
  if (!Array.isArray(v.citations) || v.citations.length === 0) fail(at, `"citations" must be a non-empty array`);
  const citations = v.citations.map((c) => citation(c, at));
  const entry: {
    -readonly [K in keyof GazetteerEntry]: GazetteerEntry[K];
  } = { id, kind, ar, en, namesAr, namesLatin, lat, lon, uncertaintyM, country, importance, citations };
  if (v.bbox !== undefined) {
    const b = v.bbox;
    if (!Array.isArray(b) || b.length !== 4 || !b.every((x) => typeof x === "number" && Number.isFinite(x))) {
      fail(at, `"bbox" must be [west, south, east, north]`);
    }
    const [w, s, e, n] = b as [number, number, number, number];
    if (!(w < e && s < n)) fail(at, `"bbox" must have west < east and south < north`);
    if (lon < w || lon > e || lat < s || lat > n) fail(at, `the point ${lat},${lon} lies outside its own bbox`);
    entry.bbox = [w, s, e, n];
  }
  if (v.parent !== undefined) entry.parent = str(v, "parent", at);
  if (v.population !== undefined) entry.population = num(v, "population", at, 0, 100_000_000);
  if (v.guarded !== undefined) {
    if (typeof v.guarded !== "boolean") fail(at, `"guarded" must be true or false`);
    if (v.guarded) entry.guarded = true;
  }
  return entry;
}

/**
 * Check a whole gazetteer document (the built `gazetteer.json`): version 1, attribution
 * lines, entries with unique ids.
 */
export function loadGazetteer(json: unknown): Gazetteer {
  if (!isObj(json)) fail("gazetteer", "must be an object");
  if (json.version !== 1) fail("gazetteer", `unsupported version ${JSON.stringify(json.version)}`);
  const attribution = strings(json, "attribution", "gazetteer");
  if (!Array.isArray(json.entries)) fail("gazetteer", `"entries" must be an array`);
  const seen = new Set<string>();
  const entries = json.entries.map((e, i) => {
    const entry = parseEntry(e, `gazetteer entry ${i}`);
    if (seen.has(entry.id)) fail(`gazetteer entry ${i} [${entry.id}]`, "duplicate id");
    seen.add(entry.id);
    return entry;
  });
  return { version: 1, attribution, entries };
}
