/**
 * The whole gazetteer build as one function over a data folder and a curated folder, so the
 * CLI and the tests run exactly the same steps.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Gazetteer } from "../../src/core/gazetteer/types.ts";
import { airfieldEntries } from "./airfields.ts";
import { assembleGazetteer } from "./assemble.ts";
import { readCuratedDir } from "./curated.ts";
import { osmEntries } from "./osm-places.ts";

export interface BuildInputs {
  /** The shared reference data: osm-libya-places.json, the DAFIF csv and the OpenFlights dat. */
  readonly dataDir: string;
  readonly curatedDir: string;
}

export interface BuildResult {
  readonly gazetteer: Gazetteer;
  /** OSM nodes left out for want of any name. */
  readonly skippedOsm: number;
  readonly curatedCount: number;
  readonly replacedCount: number;
}

export function buildGazetteer(inputs: BuildInputs): BuildResult {
  const read = (f: string): string => readFileSync(join(inputs.dataDir, f), "utf8");
  const osm = osmEntries(JSON.parse(read("osm-libya-places.json")));
  const airfields = airfieldEntries(read("libya-airfields-dafif.csv"), read("libya-airports-openflights.dat"), osm.entries);
  const curated = readCuratedDir(inputs.curatedDir);
  const gazetteer = assembleGazetteer([...osm.entries, ...airfields], curated);
  return {
    gazetteer,
    skippedOsm: osm.skipped,
    curatedCount: curated.length,
    replacedCount: curated.reduce((n, c) => n + c.replaces.length, 0),
  };
}
