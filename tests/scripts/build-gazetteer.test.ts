import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { serializeGazetteer } from "../../scripts/gazetteer/assemble.ts";
import { type BuildResult, buildGazetteer } from "../../scripts/gazetteer/build.ts";
import { splitCsvLine } from "../../scripts/gazetteer/airfields.ts";
import { osmEntry, osmImportance } from "../../scripts/gazetteer/osm-places.ts";
import { createGazetteerIndex, loadGazetteer } from "../../src/core/gazetteer/index.ts";
import type { GazetteerEntry } from "../../src/core/gazetteer/types.ts";
import { normalizeName } from "../../src/core/text/normalize.ts";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dataDir = join(repo, "..", "shared", "data");
const RAS_LANUF_OSM = "osm-n1170541982";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A curated folder holding the given files. */
function curated(files: Record<string, unknown[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "gazetteer-curated-"));
  dirs.push(dir);
  for (const [name, entries] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(entries));
  return dir;
}

const build = (files: Record<string, unknown[]> = {}): BuildResult => buildGazetteer({ dataDir, curatedDir: curated(files) });

const rasLanuf = {
  id: "ly-ras-lanuf",
  kind: "town",
  ar: "رأس لانوف",
  en: "Ras Lanuf",
  namesAr: ["رأس لانوف"],
  namesLatin: ["Ras Lanuf"],
  lat: 30.5,
  lon: 18.55,
  uncertaintyM: 1000,
  country: "LY",
  importance: 0.4,
  citations: [{ source: "curated", ref: "test", note: "fixture" }],
  replaces: [RAS_LANUF_OSM],
};

const byId = (r: BuildResult, id: string): GazetteerEntry | undefined => r.gazetteer.entries.find((e) => e.id === id);

describe("buildGazetteer without curated entries", () => {
  const r = build();

  it("turns every named OSM place node and every airfield into an entry", () => {
    const osm = r.gazetteer.entries.filter((e) => e.id.startsWith("osm-n"));
    expect(osm.length + r.skippedOsm).toBe(910);
    expect(r.skippedOsm).toBeLessThan(30);
    expect(r.gazetteer.entries.filter((e) => e.id.startsWith("af-")).length).toBeGreaterThanOrEqual(52);
  });

  it("merges an OpenFlights airport into the DAFIF field at the same place", () => {
    const tobruk = byId(r, "af-hl67");
    expect(tobruk?.citations.map((c) => c.source)).toEqual(expect.arrayContaining(["DAFIF", "OpenFlights"]));
    expect(byId(r, "af-hlgn")).toBeUndefined();
    // OpenFlights lists Jalu twice without codes: one field.
    expect(r.gazetteer.entries.filter((e) => e.en.startsWith("Jalou"))).toHaveLength(1);
  });

  it("names airfields in Arabic after the town they serve and tells bases from airports", () => {
    expect(byId(r, "af-hlon")?.namesAr).toContain("مطار هون");
    expect(byId(r, "af-hl77")?.kind).toBe("airbase");
    expect(byId(r, "af-hl77")?.namesAr).toContain("قاعدة الوطية الجوية");
    expect(byId(r, "af-hllt")?.kind).toBe("airport");
  });

  it("stores the Arabic spellings of أبو that news uses", () => {
    const abuQurain = byId(r, "osm-n1185649367");
    expect(abuQurain?.namesAr.map(normalizeName)).toEqual(expect.arrayContaining(["ابو قرين", "ابوقرين", "بوقرين", "بو قرين"]));
  });

  it("guards OSM names that are ordinary words", () => {
    const khoms = r.gazetteer.entries.find((e) => e.ar === "الخمس");
    expect(khoms?.guarded).toBe(true);
    expect(r.gazetteer.entries.find((e) => e.ar === "مصراتة")?.guarded).toBeUndefined();
  });

  it("gives the capital importance 1 and ranks cities by population", () => {
    expect(r.gazetteer.entries.find((e) => e.en === "Tripoli" && e.kind === "city")?.importance).toBe(1);
    expect(osmImportance("city", 600_000, false)).toBeGreaterThan(osmImportance("city", 50_000, false));
    expect(osmImportance("hamlet", undefined, false)).toBeLessThan(osmImportance("village", undefined, false));
  });

  it("is deterministic and sorted by id, one entry per line", () => {
    const text = serializeGazetteer(r.gazetteer);
    expect(serializeGazetteer(build().gazetteer)).toBe(text);
    const lines = text.trim().split("\n");
    expect(lines).toHaveLength(r.gazetteer.entries.length + 2);
    const ids = r.gazetteer.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(loadGazetteer(JSON.parse(text)).entries).toHaveLength(ids.length);
  });
});

describe("buildGazetteer with curated entries", () => {
  it("lets a curated entry replace an OSM node, taking over its names and citations", () => {
    const r = build({ "towns.json": [rasLanuf] });
    expect(byId(r, RAS_LANUF_OSM)).toBeUndefined();
    const e = byId(r, "ly-ras-lanuf");
    expect(e?.namesLatin).toEqual(expect.arrayContaining(["Ras Lanuf", "Ra’s al Unūf"]));
    expect(e?.citations.some((c) => c.source === "OpenStreetMap" && c.note?.includes(`replaced entry ${RAS_LANUF_OSM}`))).toBe(true);
    expect(e?.population).toBe(13000);
    expect(r.replacedCount).toBe(1);
  });

  it("points children of a replaced entry at its replacement", () => {
    const r = build({ "towns.json": [rasLanuf] });
    expect(byId(r, "af-hlnf")?.parent).toBe("ly-ras-lanuf");
  });

  it("fails on a bad entry, naming the file and the id", () => {
    expect(() => build({ "bad.json": [{ ...rasLanuf, kind: "castle" }] })).toThrow(/curated\/bad\.json entry 0 \[ly-ras-lanuf\]: unknown kind/);
  });

  it("lists every bad entry of every file in one failure", () => {
    let message = "";
    try {
      build({ "a.json": [{ ...rasLanuf, lat: 40 }], "b.json": [{ ...rasLanuf, id: "ly-x", importance: 2 }] });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/curated\/a\.json.*outside Libya/);
    expect(message).toMatch(/curated\/b\.json.*\[ly-x\].*importance/);
  });

  it("fails on an unknown replaced id, a duplicate id, or a missing parent", () => {
    expect(() => build({ "a.json": [{ ...rasLanuf, replaces: ["osm-n1"] }] })).toThrow(/\[ly-ras-lanuf\]: replaces unknown entry osm-n1/);
    expect(() => build({ "a.json": [rasLanuf], "b.json": [{ ...rasLanuf, replaces: [] }] })).toThrow(/curated\/b\.json \[ly-ras-lanuf\]: id already used in curated\/a\.json/);
    expect(() => build({ "a.json": [{ ...rasLanuf, parent: "ly-nowhere" }] })).toThrow(/\[ly-ras-lanuf\]: parent ly-nowhere is not in the gazetteer/);
  });

  it("fails on invalid JSON, naming the file", () => {
    const dir = curated({});
    writeFileSync(join(dir, "broken.json"), "[{");
    expect(() => buildGazetteer({ dataDir, curatedDir: dir })).toThrow(/curated\/broken\.json: not valid JSON/);
  });

  it("makes a curated entry findable under all its spellings", () => {
    const index = createGazetteerIndex(build({ "towns.json": [rasLanuf] }).gazetteer);
    for (const name of ["رأس لانوف", "راس لانوف"]) expect(index.byName(normalizeName(name)).map((e) => e.id)).toContain("ly-ras-lanuf");
  });
});

describe("source parsing", () => {
  it("splits OpenFlights lines with quoted commas and doubled quotes", () => {
    expect(splitCsvLine('1,"Misratah, ""Intl""",\\N,32.3')).toEqual(["1", 'Misratah, "Intl"', "\\N", "32.3"]);
  });

  it("reads Arabic and Latin names from an OSM node, splitting lists, mixed values and glosses", () => {
    const e = osmEntry({
      type: "node",
      id: 1,
      lat: 30,
      lon: 15,
      tags: {
        place: "village",
        name: "Waw al Kabir واو الكبير",
        "name:fa": "واو کبیر",
        "alt_name:ar": "اجدابيا;أجدابيا (تجمع سكاني)",
        "alt_name:ru": "Вав",
        int_name: "Wāw al Kabīr",
      },
    });
    expect(e?.ar).toBe("واو الكبير");
    expect(e?.namesAr).toEqual(["واو الكبير", "اجدابيا"]);
    expect(e?.namesLatin).toEqual(["Waw al Kabir"]);
    expect(e?.uncertaintyM).toBe(100);
    expect(e?.citations[0]).toMatchObject({ source: "OpenStreetMap", ref: "node/1" });
  });

  it("also names a place by the part before OSM's \"<name> - <area>\" and before an unclosed gloss", () => {
    const tags = { place: "village", "name:ar": "سوق الاثنين - العربان", "alt_name:ar": "القريه(قبرعون مندره" };
    expect(osmEntry({ type: "node", id: 3, lat: 30, lon: 15, tags })?.namesAr).toEqual(["سوق الاثنين - العربان", "سوق الاثنين", "القريه"]);
  });

  it("skips a node without any name", () => {
    expect(osmEntry({ type: "node", id: 2, lat: 30, lon: 15, tags: { place: "hamlet" } })).toBeUndefined();
  });
});
