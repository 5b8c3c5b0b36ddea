/**
 * Checks on the committed, built gazetteer (public/geo/gazetteer.json): what the map and the
 * engine will actually load. Rebuild with `npx tsx scripts/build-gazetteer.ts` after changing
 * the build or the curated files.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import bearing from "@turf/bearing";
import distance from "@turf/distance";
import { describe, expect, it } from "vitest";
import { createGazetteerIndex, loadGazetteer } from "../../../src/core/gazetteer/index.ts";
import type { GazetteerEntry } from "../../../src/core/gazetteer/types.ts";
import { insideLibya } from "../../../src/core/gazetteer/validate.ts";
import { normalizeName } from "../../../src/core/text/normalize.ts";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "public", "geo", "gazetteer.json");
const text = readFileSync(file, "utf8");
const gazetteer = loadGazetteer(JSON.parse(text));
const index = createGazetteerIndex(gazetteer);

const SETTLEMENTS: ReadonlySet<string> = new Set(["city", "town", "village"]);

/** The settlement a bare mention of `name` most likely means; fails loudly when there is none. */
function town(name: string): GazetteerEntry {
  const found = index
    .byName(normalizeName(name))
    .filter((e) => SETTLEMENTS.has(e.kind) && e.country === "LY")
    .sort((a, b) => b.importance - a.importance)[0];
  if (found === undefined) throw new Error(`no Libyan settlement named ${name} in the gazetteer`);
  return found;
}

const km = (a: GazetteerEntry, b: GazetteerEntry): number => distance([a.lon, a.lat], [b.lon, b.lat], { units: "kilometers" });
/** Compass bearing 0..360 from a to b. */
const heading = (a: GazetteerEntry, b: GazetteerEntry): number => (bearing([a.lon, a.lat], [b.lon, b.lat]) + 360) % 360;

describe("the built gazetteer", () => {
  it("credits OpenStreetMap under the ODbL and the airfield sources", () => {
    const credits = gazetteer.attribution.join("\n");
    expect(credits).toContain("© OpenStreetMap contributors");
    expect(credits).toContain("ODbL 1.0");
    expect(credits).toContain("OpenFlights");
    expect(credits).toContain("DAFIF");
  });

  it("is sorted by id with one entry per line", () => {
    const ids = gazetteer.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(text.trim().split("\n")).toHaveLength(ids.length + 2);
  });

  it("puts every point inside Libya except foreign places and countries", () => {
    const abroad = gazetteer.entries.filter((e) => e.kind !== "foreign-place" && e.kind !== "country" && !insideLibya(e.lat, e.lon));
    expect(abroad.map((e) => e.id)).toEqual([]);
  });

  it("gives every entry a citation and every parent a target", () => {
    for (const e of gazetteer.entries) {
      expect(e.citations.length, e.id).toBeGreaterThan(0);
      if (e.parent !== undefined) expect(index.get(e.parent), `${e.id} → ${e.parent}`).toBeDefined();
    }
  });

  it("finds every entry under every one of its Arabic names", () => {
    const missing: string[] = [];
    for (const e of gazetteer.entries) {
      for (const name of e.namesAr) if (!index.byName(normalizeName(name)).includes(e)) missing.push(`${e.id}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it("finds Abu Qurain under each spelling of أبو", () => {
    const abuQurain = town("أبو قرين");
    for (const spelling of ["ابوقرين", "أبو قرين", "بوقرين", "بو قرين"]) expect(town(spelling)).toBe(abuQurain);
    expect(index.search("Abu Grein")[0]).toBe(abuQurain);
  });

  it("ranks the obvious town first in search", () => {
    expect(index.search("misurata")[0]).toBe(town("مصراتة"));
    expect(index.search("مصراته")[0]).toBe(town("مصراتة"));
    expect(index.search("Surt")[0]).toBe(town("سرت"));
    expect(index.search("سرت")[0]).toBe(town("سرت"));
  });
});

describe("well-known geography holds in the built gazetteer", () => {
  it("puts Abu Qurain south of Misrata", () => {
    const misrata = town("مصراتة");
    const abuQurain = town("أبو قرين");
    expect(abuQurain.lat).toBeLessThan(misrata.lat);
    expect(heading(misrata, abuQurain)).toBeGreaterThan(135);
    expect(heading(misrata, abuQurain)).toBeLessThan(225);
    expect(km(misrata, abuQurain)).toBeGreaterThan(80);
    expect(km(misrata, abuQurain)).toBeLessThan(140);
  });

  it("puts Sirte between Misrata and Ras Lanuf", () => {
    const misrata = town("مصراتة");
    const sirte = town("سرت");
    const rasLanuf = town("رأس لانوف");
    expect(misrata.lon).toBeLessThan(sirte.lon);
    expect(sirte.lon).toBeLessThan(rasLanuf.lon);
    // On the way: the detour through Sirte adds little to the straight line.
    expect(km(misrata, sirte) + km(sirte, rasLanuf)).toBeLessThan(1.1 * km(misrata, rasLanuf));
    expect(km(misrata, sirte)).toBeGreaterThan(180);
    expect(km(misrata, sirte)).toBeLessThan(260);
    expect(km(sirte, rasLanuf)).toBeGreaterThan(180);
    expect(km(sirte, rasLanuf)).toBeLessThan(240);
  });

  it("puts Hun and Waddan 15 to 30 km apart", () => {
    const d = km(town("هون"), town("ودان"));
    expect(d).toBeGreaterThan(15);
    expect(d).toBeLessThan(30);
  });

  it("puts Tarhuna south-east of Tripoli", () => {
    const h = heading(town("طرابلس"), town("ترهونة"));
    expect(h).toBeGreaterThan(90);
    expect(h).toBeLessThan(180);
  });

  it("places Ras Lanuf at the town, not at OSM's node 18 km to the west", () => {
    const rasLanuf = town("رأس لانوف");
    expect(rasLanuf.id).not.toBe("osm-n1170541982");
    expect(rasLanuf.lon).toBeGreaterThan(18.5);
  });
});
