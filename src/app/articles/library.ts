import { createStore } from "zustand/vanilla";
import type { ProjectChange, ProjectStorage } from "../../storage/project-storage.ts";
import type { LocalPlace } from "./local-place.ts";
import type { ClaimReview, ReviewDecision } from "./review.ts";
import type { UserArticle } from "./user-article.ts";

/**
 * The analyst's work in the page (articles, reviews, local places), and the one place that writes
 * it to storage. Memory is the truth for the session; storage follows. A write that fails leaves
 * memory changed, storage as it was, and says so in `notice`: nothing the analyst sees is lost.
 *
 * Everything is kept in Maps: ids are derived (article-ids.ts, claim-id.ts), but a Map is also
 * immune to keys such as "__proto__", which a plain object merged by `setState` is not.
 */
export type Notice =
  | { readonly kind: "not-saved"; readonly message: string }
  | { readonly kind: "deleted"; readonly article: UserArticle }
  | { readonly kind: "memory-only"; readonly message: string }
  | { readonly kind: "unreadable"; readonly message: string }
  | { readonly kind: "info"; readonly message: string }
  | { readonly kind: "refused"; readonly message: string };

export interface LibraryState {
  readonly articles: ReadonlyMap<string, UserArticle>;
  readonly reviews: ReadonlyMap<string, ClaimReview>;
  readonly places: ReadonlyMap<string, LocalPlace>;
  readonly storage: ProjectStorage["kind"];
  readonly notice: Notice | null;
}

export interface Library {
  readonly getState: () => LibraryState;
  readonly subscribe: (listener: (state: LibraryState, previous: LibraryState) => void) => () => void;
  /** Reads what storage holds into memory (adding to, never replacing, what memory has). */
  readonly load: () => Promise<void>;
  /** "exists" when the same article (same outlet, day and text) is already there. */
  readonly add: (article: UserArticle) => Promise<"added" | "exists">;
  /** Articles read again (with new local places): replaced, reviews kept. */
  readonly replaceArticles: (articles: readonly UserArticle[]) => Promise<void>;
  /** Removes the article; the notice offers it back until the next notice replaces it. */
  readonly remove: (id: string) => Promise<void>;
  readonly undoRemove: () => Promise<void>;
  readonly review: (claimId: string, decision: ReviewDecision, at: string) => Promise<void>;
  /** Back to the machine's reading. */
  readonly clearReview: (claimId: string) => Promise<void>;
  readonly placeName: (place: LocalPlace) => Promise<void>;
  /** A whole change at once (an import): one transaction, one state update. */
  readonly merge: (change: { articles: readonly UserArticle[]; reviews: readonly ClaimReview[]; places: readonly LocalPlace[] }) => Promise<void>;
  readonly say: (message: string) => void;
  /** An import or other request that was refused; nothing was changed. */
  readonly refuse: (message: string) => void;
  readonly dismissNotice: () => void;
}

export function createLibrary(storage: ProjectStorage, whyMemoryOnly: string | null = null): Library {
  const store = createStore<LibraryState>()(() => ({
    articles: new Map<string, UserArticle>(),
    reviews: new Map<string, ClaimReview>(),
    places: new Map<string, LocalPlace>(),
    storage: storage.kind,
    notice: whyMemoryOnly === null ? null : { kind: "memory-only", message: whyMemoryOnly },
  }));
  const write = async (change: ProjectChange, what: string): Promise<void> => {
    try {
      await storage.write(change);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      store.setState({ notice: { kind: "not-saved", message: `${what}: ${reason}. It is kept in this page until you close it.` } });
    }
  };
  const put = <T>(map: ReadonlyMap<string, T>, key: string, value: T): Map<string, T> => new Map(map).set(key, value);
  const drop = <T>(map: ReadonlyMap<string, T>, key: string): Map<string, T> => {
    const next = new Map(map);
    next.delete(key);
    return next;
  };

  return {
    getState: store.getState,
    subscribe: store.subscribe,
    load: async () => {
      let loaded: Awaited<ReturnType<ProjectStorage["load"]>>;
      try {
        loaded = await storage.load();
      } catch (error) {
        store.setState({ notice: { kind: "unreadable", message: `Your stored work could not be read: ${error instanceof Error ? error.message : String(error)}` } });
        return;
      }
      const s = store.getState();
      const articles = new Map(s.articles);
      for (const a of loaded.articles) if (!articles.has(a.id)) articles.set(a.id, a);
      const reviews = new Map(s.reviews);
      for (const r of loaded.reviews) if (!reviews.has(r.claimId)) reviews.set(r.claimId, r);
      const places = new Map(s.places);
      for (const p of loaded.places) if (!places.has(p.id)) places.set(p.id, p);
      const { unreadable } = loaded;
      store.setState({
        articles,
        reviews,
        places,
        ...(unreadable.length > 0 ? { notice: { kind: "unreadable", message: `${unreadable.length} stored record(s) could not be read and were left out: ${unreadable[0]}` } } : {}),
      });
    },
    add: async (article) => {
      if (store.getState().articles.has(article.id)) return "exists";
      store.setState({ articles: put(store.getState().articles, article.id, article) });
      await write({ putArticles: [article] }, `"${article.outlet}" was added but not saved in this browser`);
      return "added";
    },
    replaceArticles: async (list) => {
      if (list.length === 0) return;
      const articles = new Map(store.getState().articles);
      for (const a of list) articles.set(a.id, a);
      store.setState({ articles });
      await write({ putArticles: list }, "The articles read again were not saved in this browser");
    },
    remove: async (id) => {
      const article = store.getState().articles.get(id);
      if (article === undefined) return;
      store.setState({ articles: drop(store.getState().articles, id), notice: { kind: "deleted", article } });
      await write({ deleteArticles: [id] }, `"${article.outlet}" was removed from the map but is still stored`);
    },
    undoRemove: async () => {
      const notice = store.getState().notice;
      if (notice?.kind !== "deleted") return;
      const { article } = notice;
      store.setState({ articles: put(store.getState().articles, article.id, article), notice: null });
      await write({ putArticles: [article] }, `"${article.outlet}" is back on the map but could not be stored again`);
    },
    review: async (claimId, decision, at) => {
      const review: ClaimReview = { claimId, decision, at };
      store.setState({ reviews: put(store.getState().reviews, claimId, review) });
      await write({ putReviews: [review] }, "The review was not saved in this browser");
    },
    clearReview: async (claimId) => {
      if (!store.getState().reviews.has(claimId)) return;
      store.setState({ reviews: drop(store.getState().reviews, claimId) });
      await write({ deleteReviews: [claimId] }, "The review was undone here but is still stored");
    },
    placeName: async (place) => {
      store.setState({ places: put(store.getState().places, place.id, place) });
      await write({ putPlaces: [place] }, `"${place.name}" was placed but not saved in this browser`);
    },
    merge: async ({ articles, reviews, places }) => {
      const s = store.getState();
      const nextArticles = new Map(s.articles);
      for (const a of articles) nextArticles.set(a.id, a);
      const nextReviews = new Map(s.reviews);
      for (const r of reviews) nextReviews.set(r.claimId, r);
      const nextPlaces = new Map(s.places);
      for (const p of places) nextPlaces.set(p.id, p);
      store.setState({ articles: nextArticles, reviews: nextReviews, places: nextPlaces });
      await write({ putArticles: articles, putReviews: reviews, putPlaces: places }, "The imported work was not saved in this browser");
    },
    say: (message) => store.setState({ notice: { kind: "info", message } }),
    refuse: (message) => store.setState({ notice: { kind: "refused", message } }),
    dismissNotice: () => store.setState({ notice: null }),
  };
}
