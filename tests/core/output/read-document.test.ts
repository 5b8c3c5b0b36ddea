import { describe, expect, it } from "vitest";
import { coreClaimOf, readExtractionDocument } from "../../../src/core/output/read-document.ts";
import { fixtureArticle, fixtureClaim, fixtureDocument, SIRTE } from "../../app/fixture-document.ts";

const good = () => fixtureDocument([fixtureArticle("a1", "jaz", [fixtureClaim("c1", "GNA", "captured", SIRTE, "2020-06-06")])]);

describe("reading the app's extraction document", () => {
  it("accepts the engine's document as it is", () => {
    const read = readExtractionDocument(JSON.parse(JSON.stringify(good())));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.document.articles[0]?.claims.map((c) => c.id)).toEqual(["c1"]);
      expect(read.dropped).toEqual([]);
    }
  });

  it("refuses with a sentence, not an exception, what is not a document of this version", () => {
    for (const bad of [null, [], "x", { ...good(), format: "geojson" }, { ...good(), version: 2 }, { ...good(), articles: "none" }]) {
      const read = readExtractionDocument(bad);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problem).toMatch(/data file/);
    }
  });

  it("refuses an article whose source is not listed", () => {
    const doc = good();
    const read = readExtractionDocument({ ...doc, sources: [] });
    expect(read).toEqual({ ok: false, problem: "article a1 names a source that is not listed" });
  });

  it("drops, and names, a claim whose evidence offsets do not cover its text", () => {
    const doc = good();
    const bad = { ...fixtureClaim("c2", "LNA", "withdrew", SIRTE, "2020-06-06"), evidence: { start: 3, end: 40, text: "قالت" } };
    const read = readExtractionDocument({ ...doc, articles: [{ ...doc.articles[0], claims: [...doc.articles[0]!.claims, bad] }] });
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.document.articles[0]?.claims.map((c) => c.id)).toEqual(["c1"]);
      expect(read.dropped).toEqual(["claim c2 in a1: evidence offsets do not match the article text"]);
    }
  });

  it("drops a claim with no place to put it", () => {
    const doc = good();
    const bad = { ...fixtureClaim("c3", "LNA", "withdrew", SIRTE, "2020-06-06"), places: [] };
    const read = readExtractionDocument({ ...doc, articles: [{ ...doc.articles[0], claims: [bad] }] });
    expect(read.ok && read.document.articles[0]?.claims.length).toBe(0);
  });

  it("turns a published claim back into the core's claim, with its article and source", () => {
    const out = { ...fixtureClaim("c1", "TUR", "struck", SIRTE, "2020-06-05", { precision: "approximate" }), means: "drone" as const };
    const claim = coreClaimOf(out, { id: "a1", sourceId: "jaz" });
    expect(claim).toMatchObject({ id: "c1", articleId: "a1", sourceId: "jaz", actor: "TUR", means: "drone", placeIds: ["p-sirte"], time: { iso: "2020-06-05", precision: "approximate" } });
    expect("evidence" in claim.attribution).toBe(false);
    expect("means" in coreClaimOf(fixtureClaim("c2", "GNA", "entered", SIRTE, "2020-06-06"), { id: "a1", sourceId: "jaz" })).toBe(false);
  });
});
