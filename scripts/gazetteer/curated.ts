/**
 * Curated entries: `scripts/gazetteer/curated/*.json`, each an array of GazetteerEntry objects
 * plus an optional `replaces` list of OSM/airfield ids the entry supersedes. Checked strictly;
 * any problem fails the build with the file and the entry id.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GazetteerEntry } from "../../src/core/gazetteer/types.ts";
import { parseEntry } from "../../src/core/gazetteer/validate.ts";

export interface CuratedEntry {
  readonly file: string;
  readonly entry: GazetteerEntry;
  /** Ids of generated entries this one supersedes. */
  readonly replaces: readonly string[];
}

const EXTRA = new Set(["replaces"]);
/** Curated ids carry a country prefix ("ly-", "tn-", "lb-") so they never collide with generated ones. */
const CURATED_ID = /^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)*$/;

/** Parse one curated file's text; `file` names it in error messages. */
export function parseCuratedFile(file: string, text: string): CuratedEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(json)) throw new Error(`${file}: must be a JSON array of entries`);
  const problems: string[] = [];
  const entries: CuratedEntry[] = [];
  json.forEach((raw, i) => {
    try {
      const entry = parseEntry(raw, `${file} entry ${i}`, EXTRA);
      if (!CURATED_ID.test(entry.id) || entry.id.startsWith("af-")) {
        throw new Error(`${file} [${entry.id}]: curated ids are "<iso country>-<slug>" ("ly-sirte-port")`);
      }
      const rep = (raw as { replaces?: unknown }).replaces;
      if (rep !== undefined && (!Array.isArray(rep) || !rep.every((r) => typeof r === "string" && r !== ""))) {
        throw new Error(`${file} [${entry.id}]: "replaces" must be an array of entry ids`);
      }
      entries.push({ file, entry, replaces: (rep as string[] | undefined) ?? [] });
    } catch (e) {
      problems.push((e as Error).message);
    }
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return entries;
}

/** Every `*.json` in `dir`, in file-name order; a missing folder means no curated entries. */
export function readCuratedDir(dir: string): CuratedEntry[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw e;
  }
  // Every file is read before failing, so one run lists every problem.
  const problems: string[] = [];
  const entries = files.sort().flatMap((f) => {
    try {
      return parseCuratedFile(`curated/${f}`, readFileSync(join(dir, f), "utf8"));
    } catch (e) {
      problems.push((e as Error).message);
      return [];
    }
  });
  if (problems.length > 0) throw new Error(`bad curated entries:\n${problems.join("\n")}`);
  return entries;
}
