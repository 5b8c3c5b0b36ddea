import { readLocalPlace, readClaimReview } from "../app/articles/read-records.ts";
import { readUserArticle } from "../app/articles/read-user-article.ts";
import type { LocalPlace } from "../app/articles/local-place.ts";
import type { ClaimReview } from "../app/articles/review.ts";
import type { UserArticle } from "../app/articles/user-article.ts";
import type { ProjectChange, ProjectStorage } from "./project-storage.ts";
import { DB_NAME, DB_VERSION, type StoreName, upgrade } from "./schema.ts";

const STORES: readonly StoreName[] = ["articles", "reviews", "places"];

/**
 * The analyst's work in IndexedDB. Opening upgrades the schema (schema.ts); each write is one
 * readwrite transaction over every store it touches, settling on `complete` (durable) or `abort`
 * (nothing changed), so a full quota or a private window can never leave half a change stored.
 */
export async function openIndexedDbStorage(factory: IDBFactory, name = DB_NAME): Promise<ProjectStorage> {
  const db = await openDatabase(factory, name);
  return {
    kind: "indexeddb",
    load: async () => {
      const raw = await inTransaction(db, STORES, "readonly", (tx) => STORES.map((s) => tx.objectStore(s).getAll()));
      const [articleRecords, reviewRecords, placeRecords] = raw.map((r) => r.result as unknown[]) as [unknown[], unknown[], unknown[]];
      const unreadable: string[] = [];
      const articles: UserArticle[] = [];
      for (const record of articleRecords) {
        const read = readUserArticle(record);
        if (read.ok) articles.push(read.article);
        else unreadable.push(read.problem);
      }
      const reviews: ClaimReview[] = [];
      for (const record of reviewRecords) {
        const read = readClaimReview(record);
        if (read.ok) reviews.push(read.value);
        else unreadable.push(read.problem);
      }
      const places: LocalPlace[] = [];
      for (const record of placeRecords) {
        const read = readLocalPlace(record);
        if (read.ok) places.push(read.value);
        else unreadable.push(read.problem);
      }
      return { articles, reviews, places, unreadable };
    },
    write: async (change) => {
      const touched = storesOf(change);
      if (touched.length === 0) return;
      await inTransaction(db, touched, "readwrite", (tx) => {
        const requests: IDBRequest[] = [];
        for (const a of change.putArticles ?? []) requests.push(tx.objectStore("articles").put(a));
        for (const id of change.deleteArticles ?? []) requests.push(tx.objectStore("articles").delete(id));
        for (const r of change.putReviews ?? []) requests.push(tx.objectStore("reviews").put(r));
        for (const id of change.deleteReviews ?? []) requests.push(tx.objectStore("reviews").delete(id));
        for (const p of change.putPlaces ?? []) requests.push(tx.objectStore("places").put(p));
        return requests;
      });
    },
  };
}

function storesOf(c: ProjectChange): StoreName[] {
  const stores: StoreName[] = [];
  if ((c.putArticles?.length ?? 0) + (c.deleteArticles?.length ?? 0) > 0) stores.push("articles");
  if ((c.putReviews?.length ?? 0) + (c.deleteReviews?.length ?? 0) > 0) stores.push("reviews");
  if ((c.putPlaces?.length ?? 0) > 0) stores.push("places");
  return stores;
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      reject(new Error(`the browser refused its database: ${describe(error)}`));
      return;
    }
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (tx === null) throw new Error("no upgrade transaction");
      upgrade(request.result, tx, event.oldVersion, event.newVersion ?? DB_VERSION);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab opened a newer app: let it upgrade rather than block it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(new Error(`the browser's database could not be opened: ${describe(request.error)}`));
    request.onblocked = () => reject(new Error("the browser's database is held by another tab of an older version of this app; close it and reload"));
  });
}

/** Requests in one transaction; resolves with them once the transaction completes. */
function inTransaction(db: IDBDatabase, stores: readonly StoreName[], mode: IDBTransactionMode, act: (tx: IDBTransaction) => IDBRequest[]): Promise<IDBRequest[]> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction | undefined;
    let requests: IDBRequest[];
    try {
      tx = db.transaction([...stores], mode);
      requests = act(tx);
    } catch (error) {
      // A request that throws as it is made (a value that cannot be stored): undo the others.
      try {
        tx?.abort();
      } catch {
        // already finished
      }
      reject(new Error(writeProblem(error)));
      return;
    }
    const t = tx;
    t.oncomplete = () => resolve(requests);
    t.onabort = () => reject(new Error(writeProblem(t.error ?? firstError(requests))));
    // An error aborts the transaction; `onabort` reports it once.
  });
}

function firstError(requests: readonly IDBRequest[]): DOMException | null {
  for (const r of requests) {
    try {
      if (r.error) return r.error;
    } catch {
      // a request that never ran has no error to read
    }
  }
  return null;
}

/** A sentence for the analyst: what went wrong, in the browser's terms where they help. */
export function writeProblem(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "QuotaExceededError") return "the browser's storage for this site is full";
  if (name === "InvalidStateError") return "the browser closed its database (private mode, or storage was cleared)";
  return `the browser could not write (${describe(error)})`;
}

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return error.message || error.name;
  return error === null || error === undefined ? "no reason given" : String(error);
}
