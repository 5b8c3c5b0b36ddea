import type { ArticleOut, ClaimOut, PlaceRef } from "../../core/output/extraction-document.ts";
import type { ActorId, ClaimAction, DatePrecision, Modality } from "../../core/types.ts";
import { isCalendarDate, MAX_OUTLET_CHARS } from "./article-form.ts";
import { userArticleId, userClaimId, userSourceId } from "./article-ids.ts";
import type { ProjectRead } from "./read-project.ts";
import { claimVocabularyProblem, readPlaceRef } from "./read-records.ts";
import { readUserArticle } from "./read-user-article.ts";
import type { ClaimReview } from "./review.ts";
import { hostileContent } from "./untrusted-json.ts";
import type { UserArticle } from "./user-article.ts";

const MAX_FEATURES = 50_000;

/**
 * Claims from a GeoJSON FeatureCollection in the shape `claimsGeoJson` writes (a Point per claim,
 * its facts as properties), as analyst articles: one per source and article, whose text is the
 * claims' evidence quotes, so every claim keeps its words and the reader can show them.
 * Claims already on the map (same id) are left out; every other feature is checked before
 * anything is taken, and one bad claim refuses the file. Confirmed review states come along.
 */
export function readClaimsGeoJson(json: unknown, knownClaimIds: ReadonlySet<string>, importedAt: string): ProjectRead {
  const hostile = hostileContent(json);
  if (hostile !== null) return refuse(hostile);
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) return refuse("The file is not a GeoJSON FeatureCollection.");
  if (json.features.length > MAX_FEATURES) return refuse("The GeoJSON file holds more features than this app imports at once.");
  const groups = new Map<string, { outlet: string; claims: { claim: ClaimOut; confirmed: boolean }[] }>();
  for (const [i, f] of json.features.entries()) {
    const where = `Feature ${i + 1}`;
    if (!isRecord(f) || f.type !== "Feature" || !isRecord(f.geometry) || !isRecord(f.properties)) return refuse(`${where} is not a GeoJSON feature with properties.`);
    const p = f.properties;
    if (p.kind === "measurement") continue;
    if (f.geometry.type !== "Point") return refuse(`${where} is a claim but not a Point.`);
    const position = f.geometry.coordinates;
    if (!Array.isArray(position) || position.length < 2 || !isCoordinate(position[0], 180) || !isCoordinate(position[1], 90)) {
      return refuse(`${where} has coordinates out of range (GeoJSON is [longitude, latitude]).`);
    }
    const [lon, lat] = position as [number, number];
    if (typeof f.id !== "string" || !/^c[0-9a-z-]{1,40}$/.test(f.id)) return refuse(`${where} has no claim id.`);
    if (knownClaimIds.has(f.id)) continue;
    const outlet = typeof p.sourceName === "string" && p.sourceName.trim() !== "" ? p.sourceName.trim() : typeof p.source === "string" ? p.source : "";
    if (outlet === "" || outlet.length > MAX_OUTLET_CHARS) return refuse(`${where} names no source.`);
    if (typeof p.evidence !== "string" || p.evidence.trim() === "") return refuse(`${where} has no evidence quote.`);
    if (typeof p.date !== "string" || !isCalendarDate(p.date)) return refuse(`${where} has no valid date.`);
    const placeEn = typeof p.placeEn === "string" ? p.placeEn : "";
    const placeAr = typeof p.placeAr === "string" ? p.placeAr : placeEn;
    const place = readPlaceRef({
      id: typeof p.placeId === "string" ? p.placeId : `imported-${lat},${lon}`,
      ar: placeAr || placeEn,
      en: placeEn || placeAr,
      kind: "town",
      lat,
      lon,
    });
    if (place === null || (place.ar === "" && place.en === "")) return refuse(`${where} has no valid place.`);
    const claim: ClaimOut = {
      id: f.id,
      actor: p.actor as ActorId,
      action: p.action as ClaimAction,
      means: (typeof p.means === "string" ? p.means : null) as ClaimOut["means"],
      places: [place as PlaceRef],
      time: { iso: p.date, precision: (typeof p.precision === "string" ? p.precision : "day") as DatePrecision },
      modality: (typeof p.modality === "string" ? p.modality : "asserted") as Modality,
      attribution: { speaker: (typeof p.speaker === "string" ? p.speaker : "outlet") as ClaimOut["attribution"]["speaker"], distanced: false, evidence: null },
      status: "claimed",
      evidence: { start: 0, end: 0, text: p.evidence },
      trigger: { start: 0, end: 0, text: p.evidence },
    };
    const problem = claimVocabularyProblem(claim);
    if (problem !== null) return refuse(`${where} has ${problem}.`);
    const key = `${outlet}\u0000${typeof p.article === "string" ? p.article : ""}`;
    const group = groups.get(key) ?? { outlet, claims: [] };
    group.claims.push({ claim, confirmed: p.reviewState === "accepted" || p.reviewState === "corrected" });
    groups.set(key, group);
  }
  const articles: UserArticle[] = [];
  const reviews: ClaimReview[] = [];
  for (const { outlet, claims } of groups.values()) {
    const built = articleOf(outlet, claims, importedAt);
    const read = readUserArticle(built.article);
    if (!read.ok) return refuse(`The claims of "${outlet.slice(0, 40)}" could not be imported: ${read.problem}.`);
    articles.push(read.article);
    for (const id of built.confirmed) reviews.push({ claimId: id, decision: { kind: "accepted" }, at: importedAt });
  }
  return { ok: true, project: { articles, reviews, places: [] } };
}

/** The quotes, one per line, are the article's text; each claim's evidence points at its line. */
function articleOf(outlet: string, claims: readonly { claim: ClaimOut; confirmed: boolean }[], importedAt: string): { article: UserArticle; confirmed: string[] } {
  const quotes = [...new Set(claims.map((c) => c.claim.evidence.text))];
  const text = quotes.join("\n");
  const offsets = new Map<string, number>();
  let at = 0;
  for (const q of quotes) {
    offsets.set(q, at);
    at += q.length + 1;
  }
  const published = claims.map((c) => c.claim.time.iso).sort().at(-1) as string;
  const sourceId = userSourceId(outlet);
  const id = userArticleId(sourceId, published, text);
  const confirmed: string[] = [];
  const out: ClaimOut[] = claims.map(({ claim, confirmed: ok }) => {
    const start = offsets.get(claim.evidence.text) ?? 0;
    const span = { start, end: start + claim.evidence.text.length, text: claim.evidence.text };
    const newId = userClaimId(id, claim.id);
    if (ok) confirmed.push(newId);
    return { ...claim, id: newId, evidence: span, trigger: span };
  });
  const extraction: ArticleOut = {
    id,
    sourceId,
    published: { iso: published, precision: "day" },
    text,
    places: [],
    actors: [],
    claims: out,
    measurements: [],
    dates: [],
    framing: { forms: {}, markers: [], inferredLean: "unknown" },
  };
  return { article: { id, sourceId, outlet, url: null, language: "ar", addedAt: importedAt, extraction }, confirmed };
}

function isCoordinate(x: unknown, limit: number): x is number {
  return typeof x === "number" && Number.isFinite(x) && Math.abs(x) <= limit;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse(problem: string): ProjectRead {
  return { ok: false, problem };
}
