import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { localPlaceOf } from "../../src/app/articles/local-place.ts";
import type { ClaimReview } from "../../src/app/articles/review.ts";
import { openIndexedDbStorage, writeProblem } from "../../src/storage/indexeddb-storage.ts";
import { DB_NAME, DB_VERSION, UPGRADES, upgrade } from "../../src/storage/schema.ts";
import { userArticle } from "../app/articles-fixture.ts";

function rawOpen(factory: IDBFactory, version: number, onUpgrade?: (db: IDBDatabase, tx: IDBTransaction, old: number) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = (e) => onUpgrade?.(request.result, request.transaction as IDBTransaction, e.oldVersion);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const REJECTED: ClaimReview = { claimId: "cabc123", decision: { kind: "rejected" }, at: "2026-01-01T00:00:00.000Z" };
const EMPTY = { articles: [], reviews: [], places: [], unreadable: [] };

describe("the analyst's work in IndexedDB", () => {
  it("keeps articles, reviews and local places across a close and a reopen of the database", async () => {
    const factory = new IDBFactory();
    const a = userArticle("Wire");
    const place = localPlaceOf("الرابطة", 32.6, 12.9, "2026-01-01T00:00:00.000Z");
    await (await openIndexedDbStorage(factory)).write({ putArticles: [a], putReviews: [REJECTED], putPlaces: [place] });
    const again = await openIndexedDbStorage(factory);
    expect(await again.load()).toEqual({ articles: [a], reviews: [REJECTED], places: [place], unreadable: [] });
  });

  it("deletes an article and a review, and putting the article back restores it", async () => {
    const storage = await openIndexedDbStorage(new IDBFactory());
    const a = userArticle("Wire");
    await storage.write({ putArticles: [a], putReviews: [REJECTED] });
    await storage.write({ deleteArticles: [a.id], deleteReviews: [REJECTED.claimId] });
    expect(await storage.load()).toEqual(EMPTY);
    await storage.write({ putArticles: [a] });
    expect((await storage.load()).articles).toEqual([a]);
  });

  it("stores a source called __proto__ as a plain record", async () => {
    const storage = await openIndexedDbStorage(new IDBFactory());
    await storage.write({ putArticles: [userArticle("__proto__")] });
    const [back] = (await storage.load()).articles;
    expect(back?.outlet).toBe("__proto__");
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });

  it("leaves a damaged record in place and reads the others", async () => {
    const factory = new IDBFactory();
    const storage = await openIndexedDbStorage(factory);
    const good = userArticle("Wire");
    await storage.write({ putArticles: [good] });
    const db = await rawOpen(factory, DB_VERSION);
    await new Promise<void>((resolve) => {
      const tx = db.transaction(["articles", "places"], "readwrite");
      tx.objectStore("articles").put({ id: "mine-article-broken", outlet: 7 });
      tx.objectStore("places").put({ id: "local-x", name: "x", lat: 200, lon: 0, at: "2026-01-01" });
      tx.oncomplete = () => resolve();
    });
    db.close();
    const read = await (await openIndexedDbStorage(factory)).load();
    expect(read.articles).toEqual([good]);
    expect(read.places).toEqual([]);
    expect(read.unreadable).toHaveLength(2);
  });

  it("writes all of a change or none of it: a failed write leaves what was stored unchanged", async () => {
    const storage = await openIndexedDbStorage(new IDBFactory());
    const a = userArticle("Wire");
    await storage.write({ putArticles: [a] });
    // A value IndexedDB cannot clone fails the write; the review in the same change must not land.
    const unclonable = { ...userArticle("Other"), extraction: { ...a.extraction, framing: { ...a.extraction.framing, f: () => 1 } } };
    await expect(storage.write({ putArticles: [userArticle("Third"), unclonable as never], putReviews: [REJECTED] })).rejects.toThrow(/could not write/);
    expect(await storage.load()).toEqual({ ...EMPTY, articles: [a] });
  });

  it("migrates a version-1 database: its articles stay, the review and place stores are added", async () => {
    const factory = new IDBFactory();
    const a = userArticle("Wire");
    const v1 = await rawOpen(factory, 1, (db, tx, old) => upgrade(db, tx, old, 1));
    await new Promise<void>((resolve) => {
      const tx = v1.transaction("articles", "readwrite");
      tx.objectStore("articles").put(a);
      tx.oncomplete = () => resolve();
    });
    expect([...v1.objectStoreNames]).toEqual(["articles"]);
    v1.close();
    const storage = await openIndexedDbStorage(factory);
    expect(await storage.load()).toEqual({ ...EMPTY, articles: [a] });
    await storage.write({ putReviews: [REJECTED] });
    expect((await storage.load()).reviews).toEqual([REJECTED]);
  });

  it("runs the upgrade steps from the stored version to the current one, in order", async () => {
    const factory = new IDBFactory();
    const ran: number[] = [];
    const steps = [0, 1, 2].map((n) => () => void ran.push(n));
    (await rawOpen(factory, 2, (d, tx, old) => upgrade(d, tx, old, 2, steps))).close();
    expect(ran).toEqual([0, 1]);
    (await rawOpen(factory, 3, (d, tx, old) => upgrade(d, tx, old, 3, steps))).close();
    expect(ran).toEqual([0, 1, 2]);
    expect(DB_VERSION).toBe(UPGRADES.length);
  });

  it("refuses to open a database written by a newer app, with a message", async () => {
    const factory = new IDBFactory();
    (await rawOpen(factory, DB_VERSION + 1)).close();
    await expect(openIndexedDbStorage(factory)).rejects.toThrow(/could not be opened/);
  });

  it("names a full quota in the analyst's words", () => {
    expect(writeProblem(new DOMException("x", "QuotaExceededError"))).toBe("the browser's storage for this site is full");
  });
});
