import type { DatePrecision, Lean } from "./types.ts";

/**
 * The seed manifest: one entry per article with its outlet, date and the words that justify
 * them. Parsing is strict because every claim on the map inherits its source and date from
 * here: a wrong entry must stop the build with a message naming the entry, not draw a map.
 */

export interface OutletInfo {
  /** Source id: layers, permalinks and disagreements key on it. */
  readonly id: string;
  readonly ar: string;
  readonly en: string;
}

export interface ManifestEntry {
  readonly id: string;
  readonly file: string;
  readonly language: "ar";
  readonly outlet: OutletInfo;
  /** The words in the article that identify the outlet (or its dateline when unnamed). */
  readonly outletEvidence: string;
  readonly published: string;
  readonly datePrecision: Extract<DatePrecision, "day" | "approximate">;
  readonly dateBasis: string;
  readonly url: string | null;
  /** Set by hand to override the lean inferred from the article's wording. */
  readonly lean: Lean | null;
}

export interface Manifest {
  readonly version: 1;
  readonly articles: readonly ManifestEntry[];
}

export class ManifestError extends Error {
  override readonly name = "ManifestError";
}

const LEANS: readonly Lean[] = ["pro-GNA", "pro-LNA", "neutral", "unknown"];
const ID = /^[A-Za-z0-9_.-]{1,64}$/;
const FILE = /^[A-Za-z0-9_.-]{1,128}\.txt$/;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function text(entry: Json, key: string, where: string): string {
  const v = entry[key];
  if (typeof v !== "string" || v.trim() === "") throw new ManifestError(`${where}: "${key}" must be a non-empty string`);
  return v;
}

/** A real calendar day in ISO form: "2020-02-30" is refused, not rolled over. */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** http(s) URLs only: a manifest URL becomes a link in the app, and "javascript:" must never. */
const HTTP_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#][^\s]*)?$/i;

function parseUrl(v: unknown, where: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== "string") throw new ManifestError(`${where}: "url" must be a string or null`);
  if (!HTTP_URL.test(v)) throw new ManifestError(`${where}: "url" must be an http or https URL`);
  return v;
}

function parseEntry(raw: unknown, index: number): ManifestEntry {
  const where0 = `manifest entry #${index + 1}`;
  if (!isObject(raw)) throw new ManifestError(`${where0}: must be an object`);
  const id = text(raw, "id", where0);
  const where = `manifest entry "${id}"`;
  if (!ID.test(id)) throw new ManifestError(`${where}: id may only use letters, digits, "_", "." and "-"`);
  const file = text(raw, "file", where);
  if (!FILE.test(file)) throw new ManifestError(`${where}: "file" must be a plain .txt file name in seeds/`);
  if (raw.language !== "ar") throw new ManifestError(`${where}: "language" must be "ar"`);
  const outletRaw = raw.outlet;
  if (!isObject(outletRaw)) throw new ManifestError(`${where}: "outlet" must be an object with id, ar and en`);
  const outlet: OutletInfo = {
    id: text(outletRaw, "id", `${where} outlet`),
    ar: text(outletRaw, "ar", `${where} outlet`),
    en: text(outletRaw, "en", `${where} outlet`),
  };
  if (!ID.test(outlet.id)) throw new ManifestError(`${where}: outlet id "${outlet.id}" is not a valid id`);
  const published = text(raw, "published", where);
  if (!isIsoDay(published)) throw new ManifestError(`${where}: "published" must be a real date as YYYY-MM-DD, got "${published}"`);
  const datePrecision = raw.datePrecision;
  if (datePrecision !== "day" && datePrecision !== "approximate") {
    throw new ManifestError(`${where}: "datePrecision" must be "day" or "approximate"`);
  }
  const lean = raw.lean ?? null;
  if (lean !== null && !LEANS.includes(lean as Lean)) {
    throw new ManifestError(`${where}: "lean" must be one of ${LEANS.join(", ")} or null`);
  }
  return {
    id,
    file,
    language: "ar",
    outlet,
    outletEvidence: text(raw, "outletEvidence", where),
    published,
    datePrecision,
    dateBasis: text(raw, "dateBasis", where),
    url: parseUrl(raw.url, where),
    lean: lean as Lean | null,
  };
}

/**
 * Validate a parsed manifest. `fileExists` is passed in so the core stays free of Node APIs.
 */
export function parseManifest(raw: unknown, fileExists: (file: string) => boolean): Manifest {
  if (!isObject(raw)) throw new ManifestError("manifest: must be a JSON object");
  if (raw.version !== 1) throw new ManifestError(`manifest: unsupported version ${JSON.stringify(raw.version)} (expected 1)`);
  if (!Array.isArray(raw.articles) || raw.articles.length === 0) {
    throw new ManifestError('manifest: "articles" must be a non-empty array');
  }
  const articles = raw.articles.map(parseEntry);
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new ManifestError(`manifest entry "${a.id}": duplicate id`);
    ids.add(a.id);
    if (files.has(a.file)) throw new ManifestError(`manifest entry "${a.id}": file "${a.file}" is listed twice`);
    files.add(a.file);
    if (!fileExists(a.file)) throw new ManifestError(`manifest entry "${a.id}": file "${a.file}" not found`);
  }
  return { version: 1, articles };
}
