import type { LocalPlace } from "../app/articles/local-place.ts";
import type { ClaimReview } from "../app/articles/review.ts";
import type { UserArticle } from "../app/articles/user-article.ts";

/** Everything the analyst keeps, as read back from storage. */
export interface StoredProject {
  readonly articles: readonly UserArticle[];
  readonly reviews: readonly ClaimReview[];
  readonly places: readonly LocalPlace[];
  /** Stored records that could not be read (written by another version, damaged): left in place. */
  readonly unreadable: readonly string[];
}

/** One write: what to put and what to delete, all in one transaction or none of it. */
export interface ProjectChange {
  readonly putArticles?: readonly UserArticle[];
  readonly deleteArticles?: readonly string[];
  readonly putReviews?: readonly ClaimReview[];
  readonly deleteReviews?: readonly string[];
  readonly putPlaces?: readonly LocalPlace[];
}

/**
 * Where the analyst's work is kept: IndexedDB when the browser allows it, else memory for the
 * session. `write` is one transaction: it resolves when the change is durable and rejects with a
 * sentence for the analyst, leaving what was stored before intact.
 */
export interface ProjectStorage {
  readonly kind: "indexeddb" | "memory";
  load(): Promise<StoredProject>;
  write(change: ProjectChange): Promise<void>;
}

/** The fallback when IndexedDB is missing or refused: works, forgets on reload. */
export function memoryStorage(): ProjectStorage {
  const articles = new Map<string, UserArticle>();
  const reviews = new Map<string, ClaimReview>();
  const places = new Map<string, LocalPlace>();
  return {
    kind: "memory",
    load: async () => ({ articles: [...articles.values()], reviews: [...reviews.values()], places: [...places.values()], unreadable: [] }),
    write: async (c) => {
      for (const a of c.putArticles ?? []) articles.set(a.id, a);
      for (const id of c.deleteArticles ?? []) articles.delete(id);
      for (const r of c.putReviews ?? []) reviews.set(r.claimId, r);
      for (const id of c.deleteReviews ?? []) reviews.delete(id);
      for (const p of c.putPlaces ?? []) places.set(p.id, p);
    },
  };
}
