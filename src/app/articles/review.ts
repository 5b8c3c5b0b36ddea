import type { ArticleOut, ClaimOut, ExtractionDocument, PlaceRef } from "../../core/output/extraction-document.ts";
import type { ActorId, ClaimAction, DateValue } from "../../core/types.ts";

/**
 * The analyst's verdict on a claim the machine extracted. Keyed by claim id, which is stable for
 * the same text (claim-id.ts), so a review survives a re-read of its article.
 * A correction is a confirmation with other facts; a rejection keeps the claim in the record
 * (the review list shows it struck out) but takes it off the map and out of disagreements.
 */
export type ReviewDecision =
  | { readonly kind: "accepted" }
  | { readonly kind: "rejected" }
  | {
      readonly kind: "corrected";
      readonly actor: ActorId;
      readonly action: ClaimAction;
      readonly place: PlaceRef;
      readonly time: DateValue;
    };

export type ReviewState = "machine" | ReviewDecision["kind"];

export interface ClaimReview {
  readonly claimId: string;
  readonly decision: ReviewDecision;
  /** ISO timestamp of the decision. */
  readonly at: string;
}

/** Whether the analyst stands behind the claim as it is now shown. */
export function isConfirmed(review: ClaimReview | undefined): boolean {
  return review !== undefined && review.decision.kind !== "rejected";
}

export function reviewStateOf(review: ClaimReview | undefined): ReviewState {
  return review?.decision.kind ?? "machine";
}

/** The document the map shows: rejected claims left out, corrected ones with the analyst's facts. */
export function applyReviews(document: ExtractionDocument, reviews: ReadonlyMap<string, ClaimReview>): ExtractionDocument {
  if (reviews.size === 0) return document;
  let changed = false;
  const articles = document.articles.map((a): ArticleOut => {
    const claims = a.claims.flatMap((c): ClaimOut[] => {
      const review = reviews.get(c.id);
      if (review === undefined || review.decision.kind === "accepted") return [c];
      changed = true;
      if (review.decision.kind === "rejected") return [];
      const { actor, action, place, time } = review.decision;
      // The correction names the main place; the claim's other places (a "from … to …") stay.
      return [{ ...c, actor, action, time, places: [place, ...c.places.slice(1).filter((p) => p.id !== place.id)] }];
    });
    return claims.length === a.claims.length && claims.every((c, i) => c === a.claims[i]) ? a : { ...a, claims };
  });
  return changed ? { ...document, articles } : document;
}
