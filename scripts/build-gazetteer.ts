/**
 * Build public/geo/gazetteer.json from the shared reference data (../shared/data, read in
 * place, never copied) and scripts/gazetteer/curated/*.json.
 *
 *   npx tsx scripts/build-gazetteer.ts [--curated <dir>] [--out <file>]
 *
 * The options exist to try a build against another set of curated files without touching the
 * committed output.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serializeGazetteer } from "./gazetteer/assemble.ts";
import { buildGazetteer } from "./gazetteer/build.ts";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const out = resolve(option("--out") ?? join(repo, "public", "geo", "gazetteer.json"));
const curatedDir = resolve(option("--curated") ?? join(repo, "scripts", "gazetteer", "curated"));

const result = buildGazetteer({
  dataDir: join(repo, "..", "shared", "data"),
  curatedDir,
});
const text = serializeGazetteer(result.gazetteer);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);

const byKind = new Map<string, number>();
const bySource = new Map<string, number>();
for (const e of result.gazetteer.entries) {
  byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
  const source = e.id.startsWith("osm-") ? "OpenStreetMap" : e.id.startsWith("af-") ? "airfields" : "curated";
  bySource.set(source, (bySource.get(source) ?? 0) + 1);
}
const list = (m: Map<string, number>): string => [...m].sort().map(([k, n]) => `${k} ${n}`).join(", ");
console.log(`wrote ${out}: ${result.gazetteer.entries.length} entries, ${(text.length / 1024).toFixed(0)} KiB`);
console.log(`  by source: ${list(bySource)}`);
console.log(`  by kind: ${list(byKind)}`);
console.log(`  OSM nodes without a name, skipped: ${result.skippedOsm}; curated entries: ${result.curatedCount}, replacing ${result.replacedCount}`);
