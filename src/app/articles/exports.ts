import { CSV_COLUMNS, toCsv } from "../../core/output/csv.ts";
import type { ExtractionDocument } from "../../core/output/extraction-document.ts";
import { type ClaimsFeatureCollection, toGeoJson } from "../../core/output/geojson.ts";
import { type ClaimReview, reviewStateOf } from "./review.ts";

/**
 * The map's claims for other tools, with the analyst's review: the core writers (RFC 7946
 * GeoJSON, ACLED-style CSV) over the document the map shows, which already has rejected claims
 * left out and corrections applied, plus each claim's review state and, in GeoJSON, the
 * verdicts of the article's stated geography about its place.
 */
export function claimsGeoJson(shown: ExtractionDocument, reviews: ReadonlyMap<string, ClaimReview>): ClaimsFeatureCollection {
  const collection = toGeoJson(shown);
  const verdicts = verdictsByClaim(shown);
  return {
    type: "FeatureCollection",
    features: collection.features.map((f) =>
      f.properties.kind === "claim" ? { ...f, properties: { ...f.properties, reviewState: reviewStateOf(reviews.get(f.id)), verdicts: verdicts.get(f.id) ?? null } } : f,
    ),
  };
}

export const REVIEW_COLUMN = "review_state";

/** ACLED-style CSV with one more column, the review state; cells quoted by the core writer. */
export function claimsCsv(shown: ExtractionDocument, reviews: ReadonlyMap<string, ClaimReview>): string {
  const header = `${CSV_COLUMNS.join(",")}\r\n`;
  const rows = [`${CSV_COLUMNS.join(",")},${REVIEW_COLUMN}`];
  for (const article of shown.articles) {
    for (const c of article.claims) {
      // The core writer, one claim at a time, so quoting and the formula guard stay the core's.
      const one = toCsv({ ...shown, articles: [{ ...article, claims: [c] }] });
      const row = one.slice(header.length).replace(/\r\n$/, "");
      if (row !== "") rows.push(`${row},${reviewStateOf(reviews.get(c.id))}`);
    }
  }
  return `${rows.join("\r\n")}\r\n`;
}

/** "distance-direction: consistent-road, direction consistent" for each check naming the claim's place. */
function verdictsByClaim(doc: ExtractionDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of doc.articles) {
    for (const c of a.claims) {
      const place = c.places[0]?.id;
      const found = a.measurements
        .filter((m) => m.verdict.kind === "checked" && (m.subject?.id === place || m.reference?.id === place))
        .map((m) => {
          const v = m.verdict;
          if (v.kind !== "checked") return "";
          return `${m.kind}: ${[v.distance, v.direction ? `direction ${v.direction}` : undefined].filter(Boolean).join(", ") || "checked"}`;
        });
      if (found.length > 0) out.set(c.id, found.join("; "));
    }
  }
  return out;
}
