/**
 * Airfields from DAFIF (52 rows) and OpenFlights (22 rows) → entries `af-<icao>`.
 *
 * Merging: an OpenFlights row joins the DAFIF row with the same ICAO code, else a DAFIF row
 * within MERGE_KM (the same field under another code, or none), else it stands alone. A field's
 * id is its DAFIF ident even where DAFIF has only a pseudo-code ("HL67" is Tobruk's HLGN), since
 * DAFIF lists every field and curated entries refer to these ids; a field only OpenFlights lists
 * uses its ICAO code, or `af-of<openflights id>` when it has none.
 *
 * Kind: "airbase" when the name says so (AB, Air Base, Airbase, Military) or the field is in
 * KNOWN_FIELDS as a base; otherwise "airport". Dual-use fields keep their civil kind but get the
 * base names too, since news calls Mitiga and Benina both "مطار" and "قاعدة".
 *
 * Arabic names: generated from the Arabic name of the town the field serves, found by matching
 * the DAFIF name or OpenFlights city against gazetteer Latin names within TOWN_KM; or given in
 * KNOWN_FIELDS where the field is named after something else (Mitiga, al-Watiya). Fields with
 * neither (oil-company strips: "Oxy A 103") get no Arabic name.
 */
import { nameKey } from "../../src/core/gazetteer/keys.ts";
import { haversineKm } from "../../src/core/gazetteer/spatial.ts";
import type { Citation, GazetteerEntry } from "../../src/core/gazetteer/types.ts";
import { latinVariantKeys } from "../../src/core/gazetteer/variants.ts";

/** Two rows closer than this are the same field: runway reference points differ by < 1 km. */
const MERGE_KM = 2;
/** A town this close may lend a field its name; airports sit outside the towns they serve. */
const TOWN_KM = 40;

interface KnownField {
  /** The Arabic name the field is called by, without "مطار"/"قاعدة". */
  readonly ar: string;
  readonly base: boolean;
  /** Dual use: civil airport with a military side, called both ways. */
  readonly dual?: boolean;
  /** Further Arabic and Latin names as news writes them. */
  readonly namesAr?: readonly string[];
  readonly namesLatin?: readonly string[];
  /** Fields that recur in war reporting: a bare "مطار X" mention almost surely means them. */
  readonly notable?: boolean;
}

/**
 * Fields named after something other than their town, or bases the names do not reveal. Arabic
 * names from general knowledge of Arabic news usage, not verified against a source (the
 * citation says so).
 */
const KNOWN_FIELDS: Readonly<Record<string, KnownField>> = {
  HLLM: { ar: "معيتيقة", base: false, dual: true, notable: true, namesAr: ["مطار معيتيقة الدولي"], namesLatin: ["Mitiga", "Mitiga International Airport", "Wheelus Air Base"] },
  HLLT: { ar: "طرابلس الدولي", base: false, notable: true, namesAr: ["مطار طرابلس العالمي", "مطار طرابلس"], namesLatin: ["Tripoli International Airport"] },
  HL77: { ar: "الوطية", base: true, notable: true, namesAr: ["قاعدة عقبة بن نافع الجوية", "قاعدة الوطية الجوية", "قاعدة الوطية"], namesLatin: ["Al Watiya Air Base", "Al-Watiya", "Watiya airbase", "Uqba ibn Nafi Air Base"] },
  HL69: { ar: "الجفرة", base: true, notable: true, namesLatin: ["Al Jufra Air Base", "Jufra airbase"] },
  HLGD: { ar: "القرضابية", base: true, dual: true, notable: true, namesAr: ["مطار سرت", "قاعدة القرضابية"], namesLatin: ["Ghardabiya Air Base", "Gardabya", "Sirte airport"] },
  HL59: { ar: "الخادم", base: true, notable: true, namesLatin: ["Al Khadim Air Base", "Al-Khadim airbase"] },
  HLLB: { ar: "بنينا", base: false, dual: true, notable: true, namesAr: ["مطار بنينا الدولي"], namesLatin: ["Benina Air Base", "Benina airport"] },
  HLGN: { ar: "جمال عبد الناصر", base: true, dual: true, namesAr: ["قاعدة طبرق الجوية", "مطار طبرق"], namesLatin: ["Gamal Abdel Nasser Air Base", "Tobruk airport"] },
  HL56: { ar: "معطن السارة", base: true, namesLatin: ["Ma'tan al-Sarra Air Base"] },
  HL73: { ar: "براك", base: true, namesAr: ["قاعدة براك الشاطئ الجوية"], namesLatin: ["Brak Air Base", "Brak al-Shati airbase"] },
  HL66: { ar: "تمنهنت", base: true, notable: true, namesLatin: ["Tamanhint Air Base"] },
  HL52: { ar: "مرتوبة", base: true, namesLatin: ["Martuba Air Base"] },
  HL57: { ar: "الويغ", base: true, namesLatin: ["Al Wigh airfield"] },
  HL76: { ar: "مصراتة", base: false, dual: true, notable: true, namesAr: ["مطار مصراتة الدولي", "الكلية الجوية مصراتة"], namesLatin: ["Misrata Airport", "Misrata Air Academy"] },
  HLLQ: { ar: "الأبرق", base: false, namesAr: ["مطار الأبرق الدولي"], namesLatin: ["Al Abraq Airport"] },
  HLMB: { ar: "البريقة", base: false, namesAr: ["مطار مرسى البريقة"], namesLatin: ["Brega airport"] },
  HLLS: { ar: "سبها", base: false, dual: true, namesLatin: ["Sabha Airport"] },
  HLKF: { ar: "الكفرة", base: false, dual: true, namesLatin: ["Kufra Airport"] },
  HLZN: { ar: "الزنتان", base: false, dual: true, namesLatin: ["Zintan Airport"] },
};

/**
 * Fields whose DAFIF/OpenFlights spelling does not match the OSM town they serve ("Hon" for
 * هون، "Zwara" for زوارة): the town's OSM id, checked against TOWN_KM like any match.
 */
const FIELD_TOWN: Readonly<Record<string, string>> = {
  HLON: "osm-n1170597942", // Hun
  HL54: "osm-n1160881649", // Bani Walid
  HLZW: "osm-n277399662", // Zuwara
  HLNF: "osm-n1170541982", // Ras Lanuf
  HL62: "osm-n277350345", // Az Zuwaytinah
  HL68: "osm-n1170282221", // Al Bombah
};

/** Words in a field's name that say it is military. */
const BASE_NAME = /\b(AB|Air ?Base|Airbase|Military)\b/i;

export interface FieldRow {
  readonly source: "DAFIF" | "OpenFlights";
  /** ICAO code, or the OpenFlights row id when there is none. */
  readonly code: string;
  readonly icao: string | undefined;
  readonly iata: string | undefined;
  readonly name: string;
  readonly city: string | undefined;
  readonly lat: number;
  readonly lon: number;
}

/** One CSV line with double-quoted fields ("" inside quotes is a quote). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}

function coordinate(s: string | undefined, where: string): number {
  const n = Number(s);
  if (s === undefined || s.trim() === "" || !Number.isFinite(n)) throw new Error(`${where}: bad coordinate ${JSON.stringify(s)}`);
  return n;
}

/** DAFIF extract: country,name,icao,iata,longitude,latitude,elevation_ft (header row first). */
export function parseDafif(text: string): FieldRow[] {
  const [header, ...rows] = lines(text);
  if (header === undefined || !header.startsWith("country,name,icao")) throw new Error("DAFIF csv: unexpected header");
  return rows.map((l, i) => {
    const [, name = "", icao = "", iata = "", lon, lat] = splitCsvLine(l);
    const where = `DAFIF csv row ${i + 2}`;
    return { source: "DAFIF", code: icao, icao, iata: iata || undefined, name, city: undefined, lat: coordinate(lat, where), lon: coordinate(lon, where) };
  });
}

/** OpenFlights airports.dat: id,name,city,country,iata,icao,lat,lon,... with \N for none. */
export function parseOpenFlights(text: string): FieldRow[] {
  const nul = (s: string | undefined): string | undefined => (s === undefined || s === "\\N" || s === "" ? undefined : s);
  return lines(text).map((l, i) => {
    const [id = "", name = "", city, , iata, icao, lat, lon] = splitCsvLine(l);
    const where = `OpenFlights row ${i + 1}`;
    const code = nul(icao);
    return {
      source: "OpenFlights",
      code: code ?? `of${id}`,
      icao: code,
      iata: nul(iata),
      name,
      city: nul(city),
      lat: coordinate(lat, where),
      lon: coordinate(lon, where),
    };
  });
}

interface Field {
  readonly code: string;
  readonly rows: FieldRow[];
}

/** Group rows that describe the same field. DAFIF rows come first so their coordinates win. */
export function mergeFields(dafif: readonly FieldRow[], openflights: readonly FieldRow[]): Field[] {
  const fields: Field[] = dafif.map((r) => ({ code: r.code, rows: [r] }));
  for (const r of openflights) {
    const same =
      fields.find((f) => r.icao !== undefined && f.rows.some((x) => x.icao === r.icao)) ??
      fields.find((f) => f.rows.some((x) => haversineKm(x.lat, x.lon, r.lat, r.lon) < MERGE_KM));
    if (same === undefined) fields.push({ code: r.code, rows: [r] });
    else same.rows.push(r);
  }
  return fields;
}

/** A gazetteer town whose Latin name matches one of `names` within TOWN_KM, the most important first. */
function servedTown(
  names: readonly string[],
  lat: number,
  lon: number,
  townsByLatinKey: ReadonlyMap<string, readonly GazetteerEntry[]>,
  pinned: GazetteerEntry | undefined,
): GazetteerEntry | undefined {
  if (pinned !== undefined && haversineKm(lat, lon, pinned.lat, pinned.lon) <= TOWN_KM) return pinned;
  const candidates: GazetteerEntry[] = [];
  for (const name of names) {
    for (const key of latinVariantKeys(name)) {
      for (const e of townsByLatinKey.get(key) ?? []) {
        if (e.ar !== "" && haversineKm(lat, lon, e.lat, e.lon) <= TOWN_KM) candidates.push(e);
      }
    }
  }
  candidates.sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  return candidates[0];
}

/**
 * Importance: 0.5 for fields that recur in war reporting (KNOWN_FIELDS.notable), 0.35 for
 * fields with scheduled service (an IATA code), 0.15 for the rest (oil-company strips).
 */
function fieldImportance(known: KnownField | undefined, iata: boolean): number {
  if (known?.notable) return 0.5;
  return iata ? 0.35 : 0.15;
}

export function airfieldEntries(dafifCsv: string, openflightsDat: string, towns: readonly GazetteerEntry[]): GazetteerEntry[] {
  const townsByLatinKey = new Map<string, GazetteerEntry[]>();
  const townById = new Map(towns.map((t) => [t.id, t]));
  for (const t of towns) {
    for (const name of t.namesLatin) {
      for (const key of latinVariantKeys(name)) {
        const list = townsByLatinKey.get(key);
        if (list === undefined) townsByLatinKey.set(key, [t]);
        else if (!list.includes(t)) list.push(t);
      }
    }
  }
  const fields = mergeFields(parseDafif(dafifCsv), parseOpenFlights(openflightsDat));
  return fields.map((f) => {
    const pinnedId = FIELD_TOWN[f.code];
    const pinned = pinnedId === undefined ? undefined : townById.get(pinnedId);
    if (pinnedId !== undefined && pinned === undefined) throw new Error(`airfields: FIELD_TOWN ${f.code} names missing town ${pinnedId}`);
    return fieldEntry(f, townsByLatinKey, pinned);
  });
}

function fieldEntry(f: Field, townsByLatinKey: ReadonlyMap<string, readonly GazetteerEntry[]>, pinned: GazetteerEntry | undefined): GazetteerEntry {
  const first = f.rows[0] as FieldRow;
  const known = f.rows.map((r) => (r.icao ? KNOWN_FIELDS[r.icao] : undefined)).find((k) => k !== undefined);
  const base = known?.base ?? f.rows.some((r) => BASE_NAME.test(r.name));
  const kind = base ? "airbase" : "airport";
  const iata = f.rows.find((r) => r.iata !== undefined && /^[A-Z]{3}$/.test(r.iata))?.iata;

  const rowNames = f.rows.flatMap((r) => [r.name, ...(r.city ? [r.city] : [])]);
  const town = servedTown(rowNames, first.lat, first.lon, townsByLatinKey, pinned);
  const arBase = known?.ar ?? town?.ar;
  const namesAr: string[] = [];
  if (arBase !== undefined) {
    if (kind === "airbase" || known?.dual) namesAr.push(`قاعدة ${arBase} الجوية`);
    namesAr.push(`مطار ${arBase}`);
    if (kind === "airport" && known?.dual) namesAr.push(`قاعدة ${arBase}`);
    if (kind === "airbase") namesAr.unshift(`قاعدة ${arBase}`);
    namesAr.push(...(known?.namesAr ?? []));
  }
  // The primary Arabic name says what the field is: "قاعدة … الجوية" for bases.
  const ar = kind === "airbase" ? (namesAr.find((n) => n.endsWith("الجوية")) ?? namesAr[0] ?? "") : (namesAr.find((n) => n.startsWith("مطار")) ?? "");

  const suffix = kind === "airbase" ? "air base" : "airfield";
  const openflightsName = f.rows.find((r) => r.source === "OpenFlights" && r.name !== r.name.toUpperCase())?.name;
  const namesLatin = [
    ...(known?.namesLatin ?? []),
    ...(openflightsName ? [openflightsName] : []),
    ...f.rows.filter((r) => r.source === "DAFIF").map((r) => `${r.name} ${suffix}`),
    ...f.rows.filter((r) => r.source === "OpenFlights" && r.name === r.name.toUpperCase()).map((r) => `${titleCase(r.name)} ${suffix}`),
  ];
  const en = namesLatin[0] as string;

  const citations: Citation[] = f.rows.map((r, i) =>
    r.source === "DAFIF"
      ? { source: "DAFIF", ref: r.code, note: `${i === 0 ? "position" : "also listed"}: "${r.name}" (DAFIF 2006 via OpenFlights)` }
      : { source: "OpenFlights", ref: `airport ${r.code}`, note: `${i === 0 ? "position" : "also listed"}: "${r.name}"${r.city ? `, city "${r.city}"` : ""}${r.iata ? `, IATA ${r.iata}` : ""}` },
  );
  if (known !== undefined) {
    citations.push({ source: "curated", ref: "airfield names", note: "Arabic names and kind from general knowledge of news usage, not verified against a source" });
  } else if (town !== undefined) {
    citations.push({ source: "curated", ref: town.id, note: `Arabic names generated from the served town's name "${town.ar}"` });
  }
  // A user-contributed OpenFlights row without ICAO code is less reliable than a DAFIF fix.
  const uncertaintyM = first.source === "DAFIF" ? 500 : first.icao !== undefined ? 1000 : 3000;
  return {
    id: `af-${f.code.toLowerCase()}`,
    kind,
    ar,
    en,
    namesAr: dedupe(namesAr),
    namesLatin: dedupe(namesLatin),
    lat: first.lat,
    lon: first.lon,
    uncertaintyM,
    ...(town !== undefined ? { parent: town.id } : {}),
    country: "LY",
    importance: fieldImportance(known, iata !== undefined),
    citations,
  };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

function dedupe(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = nameKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
