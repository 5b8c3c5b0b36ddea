/**
 * The browser database's layout, one upgrade per version. IndexedDB runs every upgrade between
 * the stored version and ours inside one "versionchange" transaction: if any step throws, the
 * whole upgrade is rolled back and the old data stays as it was.
 * Never edit a published step; add the next one and bump DB_VERSION.
 */
export const DB_NAME = "libya-control-claims";

export type StoreName = "articles" | "reviews" | "places";

/** Key path of each object store: every record carries its own key. */
export const STORE_KEYS: Readonly<Record<StoreName, string>> = {
  articles: "id",
  reviews: "claimId",
  places: "id",
};

type Upgrade = (db: IDBDatabase, tx: IDBTransaction) => void;

/** UPGRADES[n] turns a version-n database into version n+1. */
export const UPGRADES: readonly Upgrade[] = [
  // 0 → 1: the analyst's articles, each with the engine's reading of it.
  (db) => {
    db.createObjectStore("articles", { keyPath: STORE_KEYS.articles });
  },
  // 1 → 2: reviews of claims (seed or analyst) by claim id, and places the analyst put on the map.
  (db) => {
    db.createObjectStore("reviews", { keyPath: STORE_KEYS.reviews });
    db.createObjectStore("places", { keyPath: STORE_KEYS.places });
  },
];

export const DB_VERSION = UPGRADES.length;

/** Runs the steps from `oldVersion` up to `newVersion` in order. */
export function upgrade(db: IDBDatabase, tx: IDBTransaction, oldVersion: number, newVersion: number, steps: readonly Upgrade[] = UPGRADES): void {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = steps[v];
    if (step === undefined) throw new Error(`no upgrade from database version ${v}`);
    step(db, tx);
  }
}
