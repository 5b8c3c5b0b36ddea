import type { PlaceRef } from "../../core/output/extraction-document.ts";
import type { GazetteerEntry } from "../../core/gazetteer/types.ts";

/**
 * A place the analyst put on the map for a name the gazetteer did not know. It becomes a
 * gazetteer entry for every later read, so the engine resolves the name like any other.
 */
export interface LocalPlace {
  readonly id: string;
  /** The name as the article wrote it (the unresolved mention's name). */
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO timestamp. */
  readonly at: string;
}

export const LOCAL_PLACE_PREFIX = "local-";

/** Placing the same name again moves it: one local entry per name. */
export function localPlaceId(name: string): string {
  let h = 0x811c9dc5;
  const key = name.normalize("NFC").trim();
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${LOCAL_PLACE_PREFIX}${h.toString(36)}`;
}

export function localPlaceOf(name: string, lat: number, lon: number, at: string): LocalPlace {
  const trimmed = name.trim();
  return { id: localPlaceId(trimmed), name: trimmed, lat: round6(lat), lon: round6(wrapLon(lon)), at };
}

/**
 * As a gazetteer entry: a town-sized point, 1 km uncertain (a click at a regional zoom), of middling
 * importance so that a well-known sense of the same name still wins where the context says so.
 */
export function localGazetteerEntry(p: LocalPlace): GazetteerEntry {
  return {
    id: p.id,
    kind: "town",
    ar: p.name,
    en: p.name,
    namesAr: [p.name],
    namesLatin: [],
    lat: p.lat,
    lon: p.lon,
    uncertaintyM: 1000,
    country: "LY",
    importance: 0.3,
    citations: [{ source: "curated", ref: "placed on the map by the analyst" }],
  };
}

export function localPlaceRef(p: LocalPlace): PlaceRef {
  return { id: p.id, ar: p.name, en: p.name, kind: "town", lat: p.lat, lon: p.lon };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Leaflet gives longitudes past ±180 after panning around the world. */
function wrapLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
