import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type { ArticleExtraction, ArticleInput } from "../types.ts";
import { findActorMentions } from "./actors.ts";
import { extractClaims } from "./claims.ts";
import { findDates } from "./dates.ts";
import { prepareDocument } from "./document.ts";
import { summarizeFraming } from "./framing.ts";
import { findMeasurements } from "./measurements.ts";
import { findPlaceMentions } from "./toponyms.ts";
import { normalizeName } from "../text/normalize.ts";

/**
 * One article through the whole engine. Cross-article steps (claim status, disagreements)
 * run afterwards over every article's claims: see `extractCorpus`.
 */
export function extractArticle(article: ArticleInput, gaz: GazetteerIndex): ArticleExtraction {
  const doc = prepareDocument(article.text);
  const places = findPlaceMentions(doc, gaz);
  // The outlet's lean changes what some forms mean ("الجيش الليبي"): a first pass without it
  // gives the framing, whose inferred lean then reads the ambiguous forms.
  const firstPass = findActorMentions(doc, article.lean ?? "unknown");
  const framing = summarizeFraming(doc, firstPass);
  const lean = article.lean && article.lean !== "unknown" ? article.lean : framing.inferredLean;
  // Only forms whose referent depends on the outlet carry a `reading`; without one, the lean
  // changes nothing and the second pass would repeat the first.
  const leanMatters = lean !== (article.lean ?? "unknown") && firstPass.some((m) => m.reading !== undefined);
  const actors = leanMatters ? findActorMentions(doc, lean) : firstPass;
  const dates = findDates(doc, article.published);
  const claims = extractClaims(doc, {
    articleId: article.id,
    sourceId: article.sourceId,
    published: article.published,
    places,
    actors,
    dates,
    ...capitalOf(gaz),
  });
  const measurements = findMeasurements(doc, places, gaz);
  return {
    articleId: article.id,
    sourceId: article.sourceId,
    places,
    actors,
    claims,
    measurements,
    dates,
    framing: actors === firstPass ? framing : summarizeFraming(doc, actors),
  };
}

/** Libya's capital, for "العاصمة" in an article that does not name it. */
function capitalOf(gaz: GazetteerIndex): { capitalPlaceId?: string } {
  const tripoli = gaz.byName(normalizeName("طرابلس")).find((e) => e.country === "LY" && (e.kind === "city" || e.kind === "town"));
  return tripoli ? { capitalPlaceId: tripoli.id } : {};
}
