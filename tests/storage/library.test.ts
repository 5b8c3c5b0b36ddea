import { describe, expect, it } from "vitest";
import { createLibrary } from "../../src/app/articles/library.ts";
import { localPlaceOf } from "../../src/app/articles/local-place.ts";
import { memoryStorage, type ProjectStorage } from "../../src/storage/project-storage.ts";
import { userArticle } from "../app/articles-fixture.ts";

/** Storage that keeps what it was given before `failing` was set, then refuses every write. */
function flakyStorage(): ProjectStorage & { failing: boolean; held: ProjectStorage } {
  const held = memoryStorage();
  const s = {
    kind: "indexeddb" as const,
    failing: false,
    held,
    load: () => held.load(),
    write: (c: Parameters<ProjectStorage["write"]>[0]) => (s.failing ? Promise.reject(new Error("the browser's storage for this site is full")) : held.write(c)),
  };
  return s;
}

const AT = "2026-01-01T00:00:00.000Z";

describe("the library of the analyst's work", () => {
  it("adds an article once: the same article again is reported as already there", async () => {
    const library = createLibrary(memoryStorage());
    const a = userArticle("Wire");
    expect(await library.add(a)).toBe("added");
    expect(await library.add(a)).toBe("exists");
    expect([...library.getState().articles.keys()]).toEqual([a.id]);
  });

  it("loads what storage holds", async () => {
    const storage = memoryStorage();
    const a = userArticle("Wire");
    const place = localPlaceOf("الرابطة", 32.6, 12.9, AT);
    await storage.write({ putArticles: [a], putPlaces: [place], putReviews: [{ claimId: "c1", decision: { kind: "accepted" }, at: AT }] });
    const library = createLibrary(storage);
    await library.load();
    expect(library.getState().articles.get(a.id)).toEqual(a);
    expect(library.getState().places.get(place.id)).toEqual(place);
    expect(library.getState().reviews.get("c1")?.decision).toEqual({ kind: "accepted" });
  });

  it("keeps an article in the page, says so, and leaves storage as it was when a write fails", async () => {
    const storage = flakyStorage();
    const library = createLibrary(storage);
    const first = userArticle("Wire");
    await library.add(first);
    storage.failing = true;
    const second = userArticle("Other");
    await library.add(second);
    await library.review("c1", { kind: "rejected" }, AT);
    expect([...library.getState().articles.keys()].sort()).toEqual([first.id, second.id].sort());
    expect(library.getState().reviews.has("c1")).toBe(true);
    expect(library.getState().notice).toEqual({ kind: "not-saved", message: expect.stringContaining("storage for this site is full") });
    expect(await storage.held.load()).toEqual({ articles: [first], reviews: [], places: [], unreadable: [] });
  });

  it("deletes with undo, in memory and in storage", async () => {
    const storage = memoryStorage();
    const library = createLibrary(storage);
    const a = userArticle("Wire");
    await library.add(a);
    await library.remove(a.id);
    expect(library.getState().articles.size).toBe(0);
    expect((await storage.load()).articles).toEqual([]);
    expect(library.getState().notice).toEqual({ kind: "deleted", article: a });
    await library.undoRemove();
    expect(library.getState().articles.get(a.id)).toEqual(a);
    expect((await storage.load()).articles).toEqual([a]);
    expect(library.getState().notice).toBeNull();
  });

  it("records a review, replaces it, and clears it back to the machine's reading", async () => {
    const storage = memoryStorage();
    const library = createLibrary(storage);
    await library.review("c1", { kind: "accepted" }, AT);
    await library.review("c1", { kind: "rejected" }, AT);
    expect((await storage.load()).reviews.map((r) => r.decision.kind)).toEqual(["rejected"]);
    await library.clearReview("c1");
    expect(library.getState().reviews.size).toBe(0);
    expect((await storage.load()).reviews).toEqual([]);
  });

  it("says why it works in memory only, and a storage that cannot be read leaves the page usable", async () => {
    const library = createLibrary(memoryStorage(), "no IndexedDB");
    expect(library.getState()).toMatchObject({ storage: "memory", notice: { kind: "memory-only", message: "no IndexedDB" } });
    const broken = createLibrary({ ...memoryStorage(), load: () => Promise.reject(new Error("closed")) });
    await broken.load();
    expect(broken.getState().notice).toEqual({ kind: "unreadable", message: expect.stringContaining("closed") });
    expect(await broken.add(userArticle("Wire"))).toBe("added");
  });
});
