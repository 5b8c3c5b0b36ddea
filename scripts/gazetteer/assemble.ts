/**
 * Put the generated and curated entries together: curated entries supersede the generated ones
 * they `replace` (taking over their names and citations), parents are checked, Arabic variants
 * are stored, guarded names marked, and the result is sorted by id so rebuilds are byte-stable.
 */
import { nameKey } from "../../src/core/gazetteer/keys.ts";
import type { Citation, Gazetteer, GazetteerEntry } from "../../src/core/gazetteer/types.ts";
import { arabicVariants } from "../../src/core/gazetteer/variants.ts";
import type { CuratedEntry } from "./curated.ts";
import { GUARDED_NAME_KEYS } from "./guarded-names.ts";

export const ATTRIBUTION: readonly string[] = [
  "© OpenStreetMap contributors, ODbL 1.0 (place nodes, OSM base 2025-06-03; https://www.openstreetmap.org/copyright)",
  "Airfields: DAFIF (US NGA Digital Aeronautical Flight Information File, 2006 edition) and OpenFlights/OurAirports, via openflights.org, ODbL 1.0",
  "Curated entries: project research, each citing its source (Wikipedia, Wikidata, GeoNames or a stated derivation)",
  "This derived database is made available under the Open Database License (ODbL 1.0): see GAZETTEER-LICENSE.md",
];

/** OSM coordinates carry 7 decimals (~1 cm); more is noise from arithmetic. */
const round7 = (x: number): number => Math.round(x * 1e7) / 1e7;

function uniqueByKey(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = nameKey(n);
    if (k === "" || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The curated entry, enriched with the names, citations and population of the entries it replaces. */
function absorb(c: GazetteerEntry, replaced: readonly GazetteerEntry[]): GazetteerEntry {
  if (replaced.length === 0) return c;
  const out: Mutable<GazetteerEntry> = { ...c };
  out.namesAr = [...c.namesAr, ...replaced.flatMap((r) => (r.ar === "" ? r.namesAr : [r.ar, ...r.namesAr]))];
  out.namesLatin = [...c.namesLatin, ...replaced.flatMap((r) => [r.en, ...r.namesLatin])];
  out.citations = [
    ...c.citations,
    ...replaced.flatMap((r) =>
      r.citations.map((x): Citation => ({ source: x.source, ref: x.ref, note: `names from replaced entry ${r.id}${x.note ? `; ${x.note}` : ""}` })),
    ),
  ];
  const pop = replaced.find((r) => r.population !== undefined)?.population;
  if (out.population === undefined && pop !== undefined) out.population = pop;
  return out;
}

/** The stored form: fields in one fixed order, Arabic variants expanded, guarded names marked. */
function finalise(e: GazetteerEntry, parent: string | undefined): GazetteerEntry {
  const namesAr = uniqueByKey((e.ar === "" ? e.namesAr : [e.ar, ...e.namesAr]).flatMap(arabicVariants));
  const guarded = e.guarded === true || namesAr.some((n) => GUARDED_NAME_KEYS.has(nameKey(n)));
  return {
    id: e.id,
    kind: e.kind,
    ar: e.ar,
    en: e.en,
    namesAr,
    namesLatin: uniqueByKey([e.en, ...e.namesLatin]),
    lat: round7(e.lat),
    lon: round7(e.lon),
    uncertaintyM: e.uncertaintyM,
    ...(e.bbox !== undefined ? { bbox: e.bbox.map(round7) as unknown as readonly [number, number, number, number] } : {}),
    ...(parent !== undefined ? { parent } : {}),
    country: e.country,
    ...(e.population !== undefined ? { population: e.population } : {}),
    importance: e.importance,
    ...(guarded ? { guarded: true } : {}),
    citations: e.citations.map((c) => (c.note === undefined ? { source: c.source, ref: c.ref } : { source: c.source, ref: c.ref, note: c.note })),
  };
}

export function assembleGazetteer(generated: readonly GazetteerEntry[], curated: readonly CuratedEntry[]): Gazetteer {
  const byId = new Map<string, GazetteerEntry>();
  for (const e of generated) {
    if (byId.has(e.id)) throw new Error(`generated entries: duplicate id ${e.id}`);
    byId.set(e.id, e);
  }
  // Problems are collected, not thrown one by one, so one build run lists them all.
  const problems: string[] = [];
  const origin = new Map<string, string>();
  const replacedBy = new Map<string, string>();
  for (const c of curated) {
    const at = `${c.file} [${c.entry.id}]`;
    if (byId.has(c.entry.id) || origin.has(c.entry.id)) {
      problems.push(`${at}: id already used${origin.has(c.entry.id) ? ` in ${origin.get(c.entry.id)}` : " by a generated entry"}`);
      continue;
    }
    origin.set(c.entry.id, c.file);
    for (const r of c.replaces) {
      const other = replacedBy.get(r);
      if (!byId.has(r)) problems.push(`${at}: replaces unknown entry ${r}`);
      else if (other !== undefined) problems.push(`${at}: ${r} is already replaced by ${other}`);
      else replacedBy.set(r, c.entry.id);
    }
  }
  const merged: GazetteerEntry[] = [
    ...generated.filter((e) => !replacedBy.has(e.id)),
    ...curated
      .filter((c) => origin.get(c.entry.id) === c.file)
      .map((c) => absorb(c.entry, c.replaces.filter((r) => replacedBy.get(r) === c.entry.id).map((r) => byId.get(r) as GazetteerEntry))),
  ];
  const ids = new Set(merged.map((e) => e.id));
  const entries = merged.map((e) => {
    const parent = e.parent === undefined ? undefined : (replacedBy.get(e.parent) ?? e.parent);
    const at = `${origin.get(e.id) ?? "generated"} [${e.id}]`;
    if (parent !== undefined && !ids.has(parent)) problems.push(`${at}: parent ${e.parent} is not in the gazetteer`);
    if (parent === e.id) problems.push(`${at}: an entry cannot be its own parent`);
    return finalise(e, parent);
  });
  if (problems.length > 0) throw new Error(`gazetteer build failed:\n${problems.join("\n")}`);
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: 1, attribution: ATTRIBUTION, entries };
}

/** JSON with one entry per line, so diffs of a rebuild show exactly the entries that changed. */
export function serializeGazetteer(g: Gazetteer): string {
  const head = `{"version":${g.version},"attribution":${JSON.stringify(g.attribution)},"entries":[\n`;
  return `${head}${g.entries.map((e) => JSON.stringify(e)).join(",\n")}\n]}\n`;
}
