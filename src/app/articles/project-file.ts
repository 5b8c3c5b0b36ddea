import type { LocalPlace } from "./local-place.ts";
import type { ClaimReview } from "./review.ts";
import type { UserArticle } from "./user-article.ts";

/**
 * The project file: everything the analyst made (their articles with the engine's reading,
 * their reviews, their places), as one JSON document another analyst can import. The seeds are
 * not in it: every copy of the app ships them. Bump the version on any change that is not a pure
 * addition of optional fields, and teach `readProjectFile` the old one.
 */
export const PROJECT_FORMAT = "libya-control-claims/project" as const;
export const PROJECT_VERSION = 1 as const;

export interface ProjectFile {
  readonly format: typeof PROJECT_FORMAT;
  readonly version: typeof PROJECT_VERSION;
  readonly exportedAt: string;
  readonly articles: readonly UserArticle[];
  readonly reviews: readonly ClaimReview[];
  readonly places: readonly LocalPlace[];
}

export function toProjectFile(work: { articles: Iterable<UserArticle>; reviews: Iterable<ClaimReview>; places: Iterable<LocalPlace> }, exportedAt: string): ProjectFile {
  const byKey = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    exportedAt,
    articles: [...work.articles].sort(byKey((a) => a.addedAt + a.id)),
    reviews: [...work.reviews].sort(byKey((r) => r.claimId)),
    places: [...work.places].sort(byKey((p) => p.id)),
  };
}
