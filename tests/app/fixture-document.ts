import type { ArticleOut, ClaimOut, ExtractionDocument, PlaceRef } from "../../src/core/output/extraction-document.ts";
import type { ActorId, ClaimAction, DatePrecision, Modality } from "../../src/core/types.ts";

/** Hand-made fixtures for the app's pure modules: small, and shaped like the engine's output. */
export const SIRTE: PlaceRef = { id: "p-sirte", ar: "سرت", en: "Sirte", kind: "city", lat: 31.2, lon: 16.59 };
export const MISRATA: PlaceRef = { id: "p-misrata", ar: "مصراتة", en: "Misrata", kind: "city", lat: 32.37, lon: 15.09 };
export const LIBYA: PlaceRef = { id: "p-libya", ar: "ليبيا", en: "Libya", kind: "country", lat: 27, lon: 17 };

const TEXT = "قالت القوات إنها سيطرت على مدينة سرت. وانسحبت القوات من سرت.";

export function fixtureClaim(
  id: string,
  actor: ActorId,
  action: ClaimAction,
  place: PlaceRef,
  iso: string,
  more: { modality?: Modality; precision?: DatePrecision; speaker?: ActorId | "outlet" | "other" } = {},
): ClaimOut {
  return {
    id,
    actor,
    action,
    means: null,
    places: [place],
    time: { iso, precision: more.precision ?? "day" },
    modality: more.modality ?? "asserted",
    attribution: { speaker: more.speaker ?? "outlet", distanced: false, evidence: null },
    status: "claimed",
    evidence: { start: 0, end: 37, text: TEXT.slice(0, 37) },
    trigger: { start: 17, end: 26, text: TEXT.slice(17, 26) },
  };
}

export function fixtureArticle(id: string, sourceId: string, claims: ClaimOut[], published = "2020-06-06"): ArticleOut {
  return {
    id,
    sourceId,
    published: { iso: published, precision: "day" },
    text: TEXT,
    places: [],
    actors: [],
    claims,
    measurements: [],
    dates: [],
    framing: { forms: {}, markers: [], inferredLean: "unknown" },
  };
}

export function fixtureDocument(articles: ArticleOut[]): ExtractionDocument {
  const ids = [...new Set(articles.map((a) => a.sourceId))];
  return {
    format: "libya-control-claims/extraction",
    version: 1,
    sources: ids.map((id) => ({ id, name: { ar: id, en: id.toUpperCase() }, lean: "unknown", leanBasis: "inferred from wording", url: null })),
    articles,
    disagreements: [],
  };
}
