import type { ArticleOut, ClaimOut, ExtractionDocument, MeasurementOut, PlaceRef, SourceOut } from "../core/output/extraction-document.ts";
import { coreClaimOf } from "../core/output/read-document.ts";
import type { Language } from "../core/permalink.ts";
import { sourceNames } from "./source-names.ts";
import type { Claim } from "../core/types.ts";

/** A claim with what the panels show next to it: the published form and its article. */
export interface ClaimRecord {
  readonly claim: Claim;
  readonly out: ClaimOut;
  readonly article: ArticleOut;
}

/**
 * The loaded document, indexed once for the app: every lookup the map and panels make is by id.
 * Built from the engine's output only; nothing here invents or edits a claim.
 */
export interface AppData {
  readonly sources: readonly SourceOut[];
  readonly sourceIds: readonly string[];
  readonly sourceById: ReadonlyMap<string, SourceOut>;
  /** Distinct display names per language (see source-names.ts). */
  readonly sourceName: (id: string, language: Language) => string;
  readonly articles: readonly ArticleOut[];
  readonly articleById: ReadonlyMap<string, ArticleOut>;
  /** Core claims in document order, for the core's timeline and conflict functions. */
  readonly claims: readonly Claim[];
  readonly claimById: ReadonlyMap<string, ClaimRecord>;
  /** Every place some claim names. */
  readonly placeById: ReadonlyMap<string, PlaceRef>;
  readonly measurements: readonly (MeasurementOut & { readonly articleId: string; readonly sourceId: string })[];
  /** The timeline's span: the first and last day-or-approximate claim date, inclusive. */
  readonly span: { readonly from: string; readonly to: string };
  /** Distinct claim dates inside the span, ascending: where the step buttons stop. */
  readonly eventDates: readonly string[];
}

export function indexDocument(document: ExtractionDocument): AppData {
  const sourceById = new Map(document.sources.map((s) => [s.id, s]));
  const articleById = new Map(document.articles.map((a) => [a.id, a]));
  const claimById = new Map<string, ClaimRecord>();
  const placeById = new Map<string, PlaceRef>();
  const claims: Claim[] = [];
  for (const article of document.articles) {
    for (const out of article.claims) {
      const claim = coreClaimOf(out, article);
      claims.push(claim);
      claimById.set(claim.id, { claim, out, article });
      for (const p of out.places) if (!placeById.has(p.id)) placeById.set(p.id, p);
    }
  }
  const measurements = document.articles.flatMap((a) => a.measurements.map((m) => ({ ...m, articleId: a.id, sourceId: a.sourceId })));
  // Month- and year-precise dates are background ("since 2016"), not events: they would stretch
  // the slider over years in which nothing is placed.
  const dated = claims.filter((c) => c.time.precision === "day" || c.time.precision === "approximate").map((c) => c.time.iso);
  const eventDates = [...new Set(dated)].sort();
  const published = document.articles.map((a) => a.published.iso).sort();
  const from = eventDates[0] ?? published[0] ?? "2020-01-01";
  const to = eventDates[eventDates.length - 1] ?? published[published.length - 1] ?? from;
  const names = { en: sourceNames(document.sources, "en"), ar: sourceNames(document.sources, "ar") };
  return {
    sources: document.sources,
    sourceName: (id, language) => names[language].get(id) ?? id,
    sourceIds: document.sources.map((s) => s.id),
    sourceById,
    articles: document.articles,
    articleById,
    claims,
    claimById,
    placeById,
    measurements,
    span: { from, to },
    eventDates,
  };
}
