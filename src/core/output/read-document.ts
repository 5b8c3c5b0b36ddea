import type { Claim } from "../types.ts";
import { type ArticleOut, type ClaimOut, EXTRACTION_FORMAT, EXTRACTION_VERSION, type ExtractionDocument } from "./extraction-document.ts";

/**
 * Reads an extraction document fetched at run time (the app's `data/seeds.json`), and turns its
 * claims back into the core's `Claim`s for `latestClaimsAsOf` and `findDisagreements`.
 *
 * The file is produced by our own build, but it may be stale, truncated or from another version:
 * a document whose frame is wrong is refused with a sentence the app can show; a single claim
 * whose shape is wrong is dropped and counted, so one bad claim does not hide all the others.
 */
export type ReadResult =
  | { readonly ok: true; readonly document: ExtractionDocument; readonly dropped: readonly string[] }
  | { readonly ok: false; readonly problem: string };

export function readExtractionDocument(json: unknown): ReadResult {
  if (!isRecord(json)) return refuse("the data file is not a JSON object");
  if (json.format !== EXTRACTION_FORMAT) return refuse(`the data file is not an extraction document (format ${short(json.format)})`);
  if (json.version !== EXTRACTION_VERSION) return refuse(`the data file has version ${short(json.version)}; this app reads version ${EXTRACTION_VERSION}`);
  if (!Array.isArray(json.sources) || !Array.isArray(json.articles)) return refuse("the data file has no sources or no articles list");
  const sourceIds = new Set<string>();
  for (const s of json.sources) {
    if (!isRecord(s) || typeof s.id !== "string" || !isRecord(s.name) || typeof s.name.en !== "string" || typeof s.name.ar !== "string") {
      return refuse("a source in the data file has no id or name");
    }
    sourceIds.add(s.id);
  }
  const dropped: string[] = [];
  const articles: ArticleOut[] = [];
  for (const a of json.articles) {
    if (!isRecord(a) || typeof a.id !== "string" || typeof a.sourceId !== "string" || !isDateValue(a.published) || !Array.isArray(a.claims)) {
      return refuse("an article in the data file has no id, source, date or claims");
    }
    if (!sourceIds.has(a.sourceId)) return refuse(`article ${short(a.id)} names a source that is not listed`);
    const text = typeof a.text === "string" ? a.text : undefined;
    const claims = a.claims.filter((c): c is ClaimOut => {
      const why = claimProblem(c, text);
      if (why !== null) dropped.push(`claim ${isRecord(c) ? short(c.id) : "?"} in ${a.id}: ${why}`);
      return why === null;
    });
    articles.push({
      ...(a as unknown as ArticleOut),
      claims,
      measurements: Array.isArray(a.measurements) ? (a.measurements as ArticleOut["measurements"]) : [],
      places: Array.isArray(a.places) ? (a.places as ArticleOut["places"]) : [],
    });
  }
  const disagreements = Array.isArray(json.disagreements) ? (json.disagreements as ExtractionDocument["disagreements"]) : [];
  const document = { ...(json as unknown as ExtractionDocument), articles, disagreements };
  return { ok: true, document, dropped };
}

/** The core claim behind a published one: what the timeline and conflict finder reason on. */
export function coreClaimOf(c: ClaimOut, article: Pick<ArticleOut, "id" | "sourceId">): Claim {
  const [first, ...rest] = c.places.map((p) => p.id) as [string, ...string[]];
  const attributionEvidence = c.attribution.evidence;
  return {
    id: c.id,
    articleId: article.id,
    sourceId: article.sourceId,
    actor: c.actor,
    action: c.action,
    ...(c.means === null ? {} : { means: c.means }),
    placeIds: [first, ...rest],
    time: c.time,
    modality: c.modality,
    attribution: {
      speaker: c.attribution.speaker,
      distanced: c.attribution.distanced,
      ...(attributionEvidence === null ? {} : { evidence: attributionEvidence }),
    },
    evidence: c.evidence,
    trigger: c.trigger,
    status: c.status,
  };
}

export function coreClaimsOf(document: ExtractionDocument): Claim[] {
  return document.articles.flatMap((a) => a.claims.map((c) => coreClaimOf(c, a)));
}

function claimProblem(c: unknown, text: string | undefined): string | null {
  if (!isRecord(c) || typeof c.id !== "string") return "no id";
  if (typeof c.actor !== "string" || typeof c.action !== "string" || typeof c.modality !== "string") return "no actor, action or modality";
  if (!Array.isArray(c.places) || c.places.length === 0 || !c.places.every(isPlaceRef)) return "no place with coordinates";
  if (!isDateValue(c.time)) return "no date";
  if (!isRecord(c.attribution) || typeof c.attribution.speaker !== "string") return "no attribution";
  if (!isEvidence(c.evidence) || !isEvidence(c.trigger)) return "no evidence span";
  // The reader highlights by offset: a span that does not cover its own text would mark the wrong words.
  if (text !== undefined && (text.slice(c.evidence.start, c.evidence.end) !== c.evidence.text || text.slice(c.trigger.start, c.trigger.end) !== c.trigger.text)) {
    return "evidence offsets do not match the article text";
  }
  return null;
}

function isPlaceRef(p: unknown): boolean {
  return isRecord(p) && typeof p.id === "string" && typeof p.en === "string" && typeof p.ar === "string" && isCoordinate(p.lat, 90) && isCoordinate(p.lon, 180);
}

function isCoordinate(x: unknown, limit: number): boolean {
  return typeof x === "number" && Number.isFinite(x) && Math.abs(x) <= limit;
}

function isDateValue(d: unknown): boolean {
  return isRecord(d) && typeof d.iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d.iso) && typeof d.precision === "string";
}

function isEvidence(e: unknown): e is { start: number; end: number; text: string } {
  return isRecord(e) && Number.isInteger(e.start) && Number.isInteger(e.end) && (e.start as number) <= (e.end as number) && typeof e.text === "string";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse(problem: string): ReadResult {
  return { ok: false, problem };
}

/** A short, printable rendering of an unexpected value for a message. */
function short(value: unknown): string {
  const s = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
