import type { LocalPlace } from "./local-place.ts";
import { PROJECT_FORMAT, PROJECT_VERSION } from "./project-file.ts";
import { readClaimReview, readLocalPlace } from "./read-records.ts";
import { readUserArticle } from "./read-user-article.ts";
import type { ClaimReview } from "./review.ts";
import { hostileContent, parseUntrustedJson } from "./untrusted-json.ts";
import type { UserArticle } from "./user-article.ts";

/** Limits on what one file may hold: far above real projects, far below what hangs a tab. */
const MAX_ARTICLES = 2000;
const MAX_REVIEWS = 100_000;
const MAX_PLACES = 10_000;

export interface ProjectContent {
  readonly articles: readonly UserArticle[];
  readonly reviews: readonly ClaimReview[];
  readonly places: readonly LocalPlace[];
}

export type ProjectRead = { readonly ok: true; readonly project: ProjectContent } | { readonly ok: false; readonly problem: string };

/**
 * Reads a project file completely before anything is changed: one bad record refuses the whole
 * file, with a sentence that names it, so an import is all or nothing.
 */
export function readProjectFile(text: string, byteSize: number): ProjectRead {
  const parsed = parseUntrustedJson(text, byteSize);
  if (!parsed.ok) return parsed;
  return readProjectJson(parsed.json);
}

export function readProjectJson(json: unknown): ProjectRead {
  const hostile = hostileContent(json);
  if (hostile !== null) return refuse(hostile);
  if (typeof json !== "object" || json === null || Array.isArray(json)) return refuse("The file is not a project: it is not a JSON object.");
  const j = json as Record<string, unknown>;
  if (j.type === "FeatureCollection") return refuse("The file is GeoJSON, not a project file: export a project file (JSON) to move work between browsers.");
  if (j.format !== PROJECT_FORMAT) return refuse("The file is not a project file of this app.");
  if (j.version !== PROJECT_VERSION) return refuse(`The project file has version ${String(j.version).slice(0, 12)}; this app reads version ${PROJECT_VERSION}.`);
  const { articles, reviews, places } = j;
  if (!Array.isArray(articles) || !Array.isArray(reviews) || !Array.isArray(places)) return refuse("The project file has no articles, reviews or places list.");
  if (articles.length > MAX_ARTICLES || reviews.length > MAX_REVIEWS || places.length > MAX_PLACES) return refuse("The project file holds more records than this app imports at once.");
  const out: { articles: UserArticle[]; reviews: ClaimReview[]; places: LocalPlace[] } = { articles: [], reviews: [], places: [] };
  for (const [i, a] of articles.entries()) {
    const read = readUserArticle(a);
    if (!read.ok) return refuse(`Article ${i + 1} of the project file is not valid: ${read.problem}.`);
    out.articles.push(read.article);
  }
  for (const [i, r] of reviews.entries()) {
    const read = readClaimReview(r);
    if (!read.ok) return refuse(`Review ${i + 1} of the project file is not valid: ${read.problem}.`);
    out.reviews.push(read.value);
  }
  for (const [i, p] of places.entries()) {
    const read = readLocalPlace(p);
    if (!read.ok) return refuse(`Place ${i + 1} of the project file is not valid: ${read.problem}.`);
    out.places.push(read.value);
  }
  return { ok: true, project: out };
}

export interface Merge {
  /** What to write: only records that are new or newer than what is there. */
  readonly change: ProjectContent;
  readonly skipped: number;
}

/**
 * What an import adds to what is there, without duplicates: an article already there (same id,
 * i.e. same outlet, day and text) is kept as it is; a review or place replaces the one there
 * only if it was made later.
 */
export function mergeProject(current: { articles: ReadonlyMap<string, UserArticle>; reviews: ReadonlyMap<string, ClaimReview>; places: ReadonlyMap<string, LocalPlace> }, incoming: ProjectContent): Merge {
  const articles = dedupe(incoming.articles, (a) => a.id).filter((a) => !current.articles.has(a.id));
  const reviews = dedupe(incoming.reviews, (r) => r.claimId).filter((r) => newer(r.at, current.reviews.get(r.claimId)?.at));
  const places = dedupe(incoming.places, (p) => p.id).filter((p) => newer(p.at, current.places.get(p.id)?.at));
  const total = incoming.articles.length + incoming.reviews.length + incoming.places.length;
  return { change: { articles, reviews, places }, skipped: total - articles.length - reviews.length - places.length };
}

function dedupe<T>(list: readonly T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of list) seen.set(key(x), x);
  return [...seen.values()];
}

function newer(at: string, existing: string | undefined): boolean {
  return existing === undefined || Date.parse(at) > Date.parse(existing);
}

function refuse(problem: string): ProjectRead {
  return { ok: false, problem };
}
