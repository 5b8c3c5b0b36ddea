import type * as L from "leaflet";
import { type AppData, indexDocument } from "../app/app-data.ts";
import { combinedDocument } from "../app/articles/combined-document.ts";
import { createLibrary, type Library } from "../app/articles/library.ts";
import { localGazetteerEntry, localPlaceRef } from "../app/articles/local-place.ts";
import { isConfirmed } from "../app/articles/review.ts";
import { articlesNaming } from "../app/articles/unresolved-names.ts";
import { type UserArticle, userArticleOf } from "../app/articles/user-article.ts";
import { EXTRACTION_FORMAT, EXTRACTION_VERSION, type ArticleOut, type ExtractionDocument, type PlaceRef } from "../core/output/extraction-document.ts";
import { LocalPlaceLayer } from "../map/local-place-layer.ts";
import { markReviewedChips } from "../map/review-marks.ts";
import type { GazetteerIndex } from "../core/gazetteer/lookup-api.ts";
import type { AppStore } from "../state/store.ts";
import { openIndexedDbStorage } from "../storage/indexeddb-storage.ts";
import { memoryStorage, type ProjectStorage } from "../storage/project-storage.ts";
import { EngineClient } from "../worker/engine-client.ts";
import { mountAddArticle } from "./add-article.ts";
import { element } from "./element.ts";
import { mountLibraryNotice } from "./library-notice.ts";
import type { Unmount } from "./panel-context.ts";
import { mountProjectIo } from "./project-io.ts";
import { mountReviewPanel } from "./review-panel.ts";

export interface UserArticlesOptions {
  readonly seeds: AppData;
  readonly store: AppStore;
  readonly map: L.Map;
  /** Shows a new index of seeds plus the analyst's work everywhere. */
  readonly setData: (data: AppData) => void;
  /** The index now shown (for display names). */
  readonly currentData: () => AppData;
  /** Where the "Add article" and "Review" buttons go. */
  readonly buttonSlot: HTMLElement;
  readonly gazetteerUrl: string;
  /** The page's gazetteer index, loaded once (the search box uses the same). */
  readonly gazetteer: () => Promise<GazetteerIndex>;
}

/**
 * The analyst's own work in the app: storage opened (IndexedDB, else memory with a message), the
 * stored articles, reviews and places loaded and merged with the seeds, the add dialog, the
 * review panel and the notices mounted. Every change re-indexes everything, since claim status
 * and disagreements are cross-source. Articles that name a place the analyst has put on the map
 * are read again in the worker with it (in memory: the seeds' reading is never overwritten).
 */
export async function mountUserArticles(options: UserArticlesOptions): Promise<{ readonly library: Library; readonly unmount: Unmount }> {
  const { storage, problem } = await openStorage();
  const library = createLibrary(storage, problem);
  const noticeHost = element("div", "library-notice");
  noticeHost.id = "library-notice";
  document.body.append(noticeHost);
  const unmountNotice = mountLibraryNotice(noticeHost, library);
  const engine = new EngineClient(options.gazetteerUrl);
  const seedDocument: ExtractionDocument = {
    format: EXTRACTION_FORMAT,
    version: EXTRACTION_VERSION,
    sources: options.seeds.sources,
    articles: options.seeds.articles,
    disagreements: [],
  };
  const handSetLean = new Map(options.seeds.sources.filter((s) => s.leanBasis === "set by hand").map((s) => [s.id, s.lean]));
  /** Re-read articles by id, with the analyst's places. */
  let rereads = new Map<string, ArticleOut>();
  const localEntries = () => [...library.getState().places.values()].map(localGazetteerEntry);

  const userArticles = (): UserArticle[] => [...library.getState().articles.values()].map((a) => {
    const again = rereads.get(a.id);
    return again ? { ...a, extraction: again } : a;
  });
  const rawArticles = (): ArticleOut[] => [...seedDocument.articles.map((a) => rereads.get(a.id) ?? a), ...userArticles().map((a) => a.extraction)];

  const show = (): void => {
    const { reviews } = library.getState();
    const seeds = rereads.size === 0 ? seedDocument : { ...seedDocument, articles: seedDocument.articles.map((a) => rereads.get(a.id) ?? a) };
    const user = userArticles();
    options.setData(user.length === 0 && reviews.size === 0 && seeds === seedDocument ? options.seeds : indexDocument(combinedDocument(seeds, user, reviews)));
    const placed = options.currentData().placeById;
    localLayer.setPlaces(library.getState().places.values(), (id) => placed.has(id));
    review.refresh();
  };

  /** Reads again, in the worker, every article naming a placed name; then shows the result. */
  let rereadRun = 0;
  const reread = async (): Promise<void> => {
    const run = ++rereadRun;
    const places = library.getState().places;
    const originals = [...seedDocument.articles, ...[...library.getState().articles.values()].map((a) => a.extraction)];
    const targets = articlesNaming(originals, places.values()).filter((a) => typeof a.text === "string");
    const next = new Map<string, ArticleOut>();
    const local = localEntries();
    for (const a of targets) {
      const lean = handSetLean.get(a.sourceId);
      const { result } = engine.extract({ id: a.id, text: a.text as string, sourceId: a.sourceId, published: a.published, ...(lean ? { lean } : {}) }, local);
      const { article } = await result;
      const owner = library.getState().articles.get(a.id);
      next.set(
        a.id,
        owner
          ? userArticleOf({ id: owner.id, sourceId: owner.sourceId, outlet: owner.outlet, text: a.text as string, published: a.published, url: owner.url, language: owner.language }, article, owner.addedAt).extraction
          : { ...article, id: a.id, sourceId: a.sourceId, published: a.published, text: a.text as string },
      );
    }
    if (run !== rereadRun) return;
    rereads = next;
    show();
  };
  const rereadAndShow = (): void => {
    reread().catch((error: unknown) => {
      library.say(`The articles naming your places could not be read again: ${error instanceof Error ? error.message : String(error)}`);
      show();
    });
  };

  const localLayer = new LocalPlaceLayer().addTo(options.map);
  const marks = markReviewedChips(options.map.getContainer(), (id) => isConfirmed(library.getState().reviews.get(id)));

  const unmountDialog = mountAddArticle(options.buttonSlot, {
    library,
    engine,
    store: options.store,
    today: () => new Date().toISOString().slice(0, 10),
    localPlaces: localEntries,
    onAdded: (article) => {
      const first = article.extraction.claims[0];
      if (first !== undefined) options.store.getState().focus({ kind: "claim", id: first.id }, "reader");
      else options.store.getState().openPanel("sources");
    },
  });
  const review = mountReviewPanel(options.buttonSlot, {
    library,
    store: options.store,
    map: options.map,
    articles: rawArticles,
    searchGazetteer: (query) => options.gazetteer().then((index) => index.search(query, 6)),
    firstReading: (article) => seedDocument.articles.find((a) => a.id === article.id) ?? library.getState().articles.get(article.id)?.extraction ?? article,
    sourceName: (id) => options.currentData().sourceName(id, options.store.getState().language),
    placesFor: (article): PlaceRef[] => [
      ...article.places.flatMap((m) => (m.status === "resolved" ? [m.place] : [])),
      ...[...library.getState().places.values()].map(localPlaceRef),
    ],
  });
  const unmountIo = mountProjectIo(options.buttonSlot, library, options.currentData, options.store);
  const unsubscribe = library.subscribe((state, previous) => {
    if (state.places !== previous.places) {
      localLayer.setPlaces(state.places.values(), (id) => options.currentData().placeById.has(id));
      rereadAndShow();
    } else if (state.articles !== previous.articles || state.reviews !== previous.reviews) {
      // A new article was read with the places already placed: nothing to re-read.
      show();
      marks.refresh();
    }
  });
  await library.load();
  if (library.getState().places.size > 0) await reread().catch(() => show());
  return {
    library,
    unmount: () => {
      unsubscribe();
      unmountDialog();
      review.unmount();
      unmountIo();
      unmountNotice();
      marks.unmount();
      localLayer.remove();
      noticeHost.remove();
      engine.dispose();
    },
  };
}

async function openStorage(): Promise<{ storage: ProjectStorage; problem: string | null }> {
  const memoryOnly = (why: string) => ({ storage: memoryStorage(), problem: `Your work cannot be kept in this browser (${why}); it stays until you close the page.` });
  if (typeof indexedDB === "undefined") return memoryOnly("it has no IndexedDB");
  try {
    return { storage: await openIndexedDbStorage(indexedDB), problem: null };
  } catch (error) {
    return memoryOnly(error instanceof Error ? error.message : String(error));
  }
}
