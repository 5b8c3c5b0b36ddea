/**
 * npm run extract -- <files or folders> [--source NAME] [--date YYYY-MM-DD] [--format json|geojson|csv] [--out FILE]
 *
 * Exit codes scripts can rely on:
 *   0  every input was read and extracted (an input with no Arabic text gives an empty result)
 *   1  an unexpected internal error
 *   2  bad usage: unknown option, bad value, no inputs, a path that does not exist, a date missing
 *   3  output was written, but some inputs were skipped (binary, too large, unreadable): see stderr
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { extractCorpus } from "../src/core/extract/corpus.ts";
import { isIsoDay, ManifestError } from "../src/core/manifest.ts";
import { toCsv } from "../src/core/output/csv.ts";
import { toExtractionDocument, type SourceInfo } from "../src/core/output/extraction-document.ts";
import { toGeoJson } from "../src/core/output/geojson.ts";
import type { ArticleInput, DateValue } from "../src/core/types.ts";
import { loadGazetteerIndex } from "./lib/gazetteer.ts";
import { manifestInputs } from "./lib/seed-inputs.ts";
import { loadManifestFile } from "./lib/seeds.ts";

/** Larger files are refused: 20 MB of text is far beyond any article and costs ~10 s. */
export const MAX_BYTES = 20 * 1024 * 1024;
const FORMATS = ["json", "geojson", "csv"] as const;
type Format = (typeof FORMATS)[number];

class UsageError extends Error {}

interface Options {
  paths: string[];
  source: string | null;
  date: string | null;
  format: Format;
  out: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { paths: [], source: null, date: null, format: "json", out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === "--source") opts.source = value();
    else if (arg === "--date") opts.date = value();
    else if (arg === "--format") {
      const f = value();
      if (!FORMATS.includes(f as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${f}"`);
      opts.format = f as Format;
    } else if (arg === "--out") opts.out = value();
    else if (arg === "--help" || arg === "-h") throw new UsageError("");
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else opts.paths.push(arg);
  }
  if (opts.paths.length === 0) throw new UsageError("give at least one file or folder");
  if (opts.date !== null && !isIsoDay(opts.date)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, got "${opts.date}"`);
  return opts;
}

const USAGE =
  "usage: npm run extract -- <files or folders> [--source NAME] [--date YYYY-MM-DD] [--format json|geojson|csv] [--out FILE]\n" +
  "A folder with a manifest.json (like seeds/) takes each article's source and date from it;\n" +
  "other .txt files need --date (and take --source, default: the file name).";

/** Text we can read: valid UTF-8, no NUL bytes. */
function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const slug = (s: string): string =>
  s
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 64) || "source";

interface Collected {
  inputs: ArticleInput[];
  sources: Map<string, SourceInfo>;
  skipped: string[];
  warnings: string[];
}

function collectFile(path: string, opts: Options, into: Collected): void {
  const size = statSync(path).size;
  if (size > MAX_BYTES) {
    into.skipped.push(`${path}: ${(size / 1048576).toFixed(1)} MB is over the ${MAX_BYTES / 1048576} MB limit`);
    return;
  }
  const text = decodeText(readFileSync(path));
  if (text === null) {
    into.skipped.push(`${path}: not UTF-8 text (binary?)`);
    return;
  }
  if (text.trim() === "") into.warnings.push(`${path}: empty file, nothing to extract`);
  else if (!/[\u0600-\u06FF]/.test(text)) into.warnings.push(`${path}: no Arabic text found; the engine reads Arabic articles`);
  if (opts.date === null) throw new UsageError(`${path}: no manifest gives its date; pass --date YYYY-MM-DD`);
  const sourceName = opts.source ?? basename(path, extname(path));
  const sourceId = slug(sourceName);
  if (!into.sources.has(sourceId)) {
    into.sources.set(sourceId, { id: sourceId, ar: sourceName, en: sourceName, url: null, leanSetByHand: false });
  }
  const published: DateValue = { iso: opts.date, precision: "day" };
  into.inputs.push({ id: `${sourceId}:${basename(path)}`, text, sourceId, published });
}

function collect(opts: Options): Collected {
  const into: Collected = { inputs: [], sources: new Map(), skipped: [], warnings: [] };
  for (const raw of opts.paths) {
    const path = resolve(raw);
    if (!existsSync(path)) throw new UsageError(`${raw}: no such file or folder`);
    if (statSync(path).isDirectory()) {
      const manifest = join(path, "manifest.json");
      if (existsSync(manifest)) {
        const m = manifestInputs(loadManifestFile(manifest), path);
        into.inputs.push(...m.inputs);
        for (const s of m.sources) into.sources.set(s.id, s);
        continue;
      }
      const files = readdirSync(path).sort();
      for (const f of files) {
        const full = join(path, f);
        if (!statSync(full).isFile()) continue;
        if (extname(f).toLowerCase() !== ".txt") {
          into.skipped.push(`${full}: not a .txt file`);
          continue;
        }
        collectFile(full, opts, into);
      }
    } else collectFile(path, opts, into);
  }
  return into;
}

export function run(argv: readonly string[]): number {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`extract: ${e.message}\n`);
      process.stderr.write(`${USAGE}\n`);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  let collected: Collected;
  try {
    collected = collect(opts);
  } catch (e) {
    if (e instanceof UsageError || e instanceof ManifestError) {
      process.stderr.write(`extract: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const w of collected.warnings) process.stderr.write(`extract: warning: ${w}\n`);
  for (const s of collected.skipped) process.stderr.write(`extract: skipped ${s}\n`);
  const gaz = loadGazetteerIndex();
  const corpus = extractCorpus(collected.inputs, gaz);
  const doc = toExtractionDocument(corpus, gaz, {
    sources: [...collected.sources.values()],
    published: new Map(collected.inputs.map((a) => [a.id, a.published])),
  });
  const body =
    opts.format === "csv" ? toCsv(doc) : `${JSON.stringify(opts.format === "geojson" ? toGeoJson(doc) : doc, null, 2)}\n`;
  if (opts.out) writeFileSync(opts.out, body);
  else process.stdout.write(body);
  return collected.skipped.length > 0 ? 3 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`extract: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  }
}
