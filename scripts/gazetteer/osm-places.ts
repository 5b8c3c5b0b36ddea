/**
 * OpenStreetMap `place=*` nodes → gazetteer entries (`osm-n<node id>`).
 */
import { isArabicName, isLatinName, nameKey } from "../../src/core/gazetteer/keys.ts";
import type { Citation, GazetteerEntry, PlaceKind } from "../../src/core/gazetteer/types.ts";
import { GUARDED_NAME_KEYS } from "./guarded-names.ts";

interface OsmNode {
  readonly type: string;
  readonly id: number;
  readonly lat: number;
  readonly lon: number;
  readonly tags: Readonly<Record<string, string>>;
}

type OsmPlace = "city" | "town" | "village" | "hamlet";
const OSM_PLACES: readonly OsmPlace[] = ["city", "town", "village", "hamlet"];

/**
 * Importance from the settlement class, before population: a bare mention of a city usually
 * means it; a hamlet's name is far more often shared with something else.
 */
const BASE_IMPORTANCE: Readonly<Record<OsmPlace, number>> = { city: 0.6, town: 0.35, village: 0.15, hamlet: 0.05 };

/**
 * importance = base(kind) + 0.1 × log10(population / 10 000), the bonus clamped to
 * −0.05..+0.3 and the sum to 0.01..0.95; 1 for the national capital. So Tripoli 1, Misrata
 * (600 000) 0.78, Sirte (48 504) 0.67, a town of 20 000 0.38, a village 0.15.
 */
export function osmImportance(place: OsmPlace, population: number | undefined, isCapital: boolean): number {
  if (isCapital) return 1;
  const bonus = population !== undefined && population > 0 ? Math.min(0.3, Math.max(-0.05, 0.1 * Math.log10(population / 10_000))) : 0;
  return Math.round(Math.min(0.95, Math.max(0.01, BASE_IMPORTANCE[place] + bonus)) * 1000) / 1000;
}

/**
 * A node's position is the settlement's mapped centre: 100 m for cities, towns and villages
 * (as the brief of issue 3 fixes); 500 m for hamlets, which are often placed loosely.
 */
const UNCERTAINTY_M: Readonly<Record<OsmPlace, number>> = { city: 100, town: 100, village: 100, hamlet: 500 };

/** Tags whose Arabic-script values are Arabic names. */
const ARABIC_TAGS = /^(name|(alt|old|official|short|long|loc|int)_name)(:ar|:ar1|\d|[_:]\d)?$|^name:ar1$/;
/** Tags whose Latin-script values are names: any language, the untagged ones, and transliterations. */
const LATIN_TAGS = /^(name|(alt|old|official|short|long|loc|int)_name)(\d|[_:]\d|:[a-z]{2,3}(-[A-Za-z]+)?(:\d)?)?$/;

/** A run of words in one script, for values that give a name twice: "Waw al Kabir واو الكبير". */
const SCRIPT_RUN = /[\p{Script=Arabic}][\p{Script=Arabic}\s\-]*[\p{Script=Arabic}]|[\p{Script=Latin}][\p{Script=Latin}\s\-'’`‘]*[\p{Script=Latin}]/gu;

/** "الخضراء-ترهونة", "سوق الاثنين - العربان": OSM mappers' "<name> - <the area it is in>". */
const NAME_DASH_AREA = /^([^-]*\p{L}[^-]*?)\s*-\s*\p{L}/u;

/**
 * Split multi-valued tags (";"; and ":" in Latin values, which no Latin name contains), drop
 * parenthesised glosses ("المرج (تجمع سكان …)", or an unclosed "القريه(قبرعون"), split values
 * mixing Arabic and Latin, and add the bare name of an Arabic "<name> - <area>" value, which is
 * what news calls the place.
 */
function values(v: string, latin: boolean): string[] {
  return v
    .split(latin ? /[;:]/ : /;/)
    .map((s) => (s.replace(/\s*\([^)]*\)\s*/g, " ").split("(")[0] as string).trim())
    .flatMap((s) => (isArabicName(s) || isLatinName(s) ? [s] : (s.match(SCRIPT_RUN) ?? [])))
    .map((s) => s.trim())
    .flatMap((s) => {
      const bare = latin ? null : NAME_DASH_AREA.exec(s);
      return bare === null ? [s] : [s, (bare[1] as string).trim()];
    })
    .filter((s) => s !== "");
}

function population(tags: Readonly<Record<string, string>>): number | undefined {
  const raw = tags.population?.replace(/[,\s]/g, "");
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  const n = Number(raw);
  return n > 0 ? n : undefined;
}

function pushUnique(list: string[], name: string): void {
  const k = nameKey(name);
  if (k !== "" && !list.some((n) => nameKey(n) === k)) list.push(name);
}

/** The entry for one node, or undefined when it has no usable name or is not a settlement. */
export function osmEntry(node: OsmNode): GazetteerEntry | undefined {
  const place = node.tags.place as OsmPlace;
  if (node.type !== "node" || !OSM_PLACES.includes(place)) return undefined;
  const tags = node.tags;
  // Primary tags first so that the display names lead the lists.
  const order = Object.keys(tags).sort((a, b) => rankTag(a) - rankTag(b) || (a < b ? -1 : a > b ? 1 : 0));
  const namesAr: string[] = [];
  const namesLatin: string[] = [];
  for (const tag of order) {
    const raw = tags[tag] as string;
    if (ARABIC_TAGS.test(tag)) for (const v of values(raw, false)) if (isArabicName(v)) pushUnique(namesAr, v);
    if (LATIN_TAGS.test(tag)) for (const v of values(raw, true)) if (isLatinName(v)) pushUnique(namesLatin, v);
  }
  if (namesAr.length === 0 && namesLatin.length === 0) return undefined;
  const ar = namesAr[0] ?? "";
  const en = namesLatin[0] ?? ar;
  const pop = population(tags);
  const citations: Citation[] = [
    { source: "OpenStreetMap", ref: `node/${node.id}`, note: "position, names and place class (OSM base 2025-06-03)" },
  ];
  if (tags["geonames:id"]) citations.push({ source: "GeoNames", ref: tags["geonames:id"], note: "linked from the OSM node" });
  if (tags.wikidata) citations.push({ source: "Wikidata", ref: tags.wikidata, note: "linked from the OSM node" });
  if (tags.wikipedia) citations.push({ source: "Wikipedia", ref: tags.wikipedia, note: "linked from the OSM node" });
  const entry: GazetteerEntry = {
    id: `osm-n${node.id}`,
    kind: place satisfies PlaceKind,
    ar,
    en,
    namesAr,
    namesLatin,
    lat: node.lat,
    lon: node.lon,
    uncertaintyM: UNCERTAINTY_M[place],
    country: "LY",
    ...(pop !== undefined ? { population: pop } : {}),
    importance: osmImportance(place, pop, tags.capital === "yes"),
    ...(namesAr.some((n) => GUARDED_NAME_KEYS.has(nameKey(n))) ? { guarded: true } : {}),
    citations,
  };
  return entry;
}

/** name:ar and name:en lead; then the untagged name; then the rest alphabetically. */
function rankTag(tag: string): number {
  if (tag === "name:ar" || tag === "name:en") return 0;
  if (tag === "name") return 1;
  if (tag === "int_name" || tag === "alt_name:ar" || tag === "alt_name:en" || tag === "alt_name") return 2;
  return 3;
}

export interface OsmResult {
  readonly entries: GazetteerEntry[];
  /** Nodes left out because they carry no name (or are not settlements). */
  readonly skipped: number;
}

export function osmEntries(json: unknown): OsmResult {
  const elements = (json as { elements?: unknown }).elements;
  if (!Array.isArray(elements)) throw new Error("osm-libya-places.json: no \"elements\" array");
  const entries: GazetteerEntry[] = [];
  let skipped = 0;
  for (const el of elements as OsmNode[]) {
    const e = osmEntry(el);
    if (e === undefined) skipped++;
    else entries.push(e);
  }
  return { entries, skipped };
}
