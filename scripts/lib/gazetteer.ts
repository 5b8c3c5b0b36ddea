import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createGazetteerIndex, loadGazetteer } from "../../src/core/gazetteer/index.ts";
import type { GazetteerIndex } from "../../src/core/gazetteer/lookup-api.ts";
import { repoRoot } from "./seeds.ts";

export const gazetteerPath = join(repoRoot, "public", "geo", "gazetteer.json");

let cached: GazetteerIndex | undefined;

/** The committed gazetteer, loaded once per process. */
export function loadGazetteerIndex(): GazetteerIndex {
  cached ??= createGazetteerIndex(loadGazetteer(JSON.parse(readFileSync(gazetteerPath, "utf8"))));
  return cached;
}
