import { describe, expect, it } from "vitest";
import { indexDocument } from "../../src/app/app-data.ts";
import { combinedDocument } from "../../src/app/articles/combined-document.ts";
import { readUserArticle } from "../../src/app/articles/read-user-article.ts";
import { createAppStore } from "../../src/state/store.ts";
import { userArticle } from "./articles-fixture.ts";
import { fixtureArticle, fixtureClaim, fixtureDocument, SIRTE } from "./fixture-document.ts";

const seeds = fixtureDocument([fixtureArticle("a1", "aljazeera", [fixtureClaim("s1", "LNA", "controls", SIRTE, "2020-06-06")])]);

describe("the seeds plus the analyst's articles", () => {
  it("returns the seeds unchanged when the analyst has added nothing", () => {
    expect(combinedDocument(seeds, [])).toBe(seeds);
  });

  it("adds each outlet once, as a source named as the analyst wrote it, after the seeds", () => {
    const doc = combinedDocument(seeds, [userArticle("Wire", { date: "2020-06-05" }), userArticle("Wire", { date: "2020-06-06" }), userArticle("Other")]);
    expect(doc.sources.map((s) => s.name.en)).toEqual(["ALJAZEERA", "Wire", "Other"]);
    expect(doc.articles).toHaveLength(4);
  });

  it("finds a disagreement between an analyst's article and a seed about the same town", () => {
    const doc = combinedDocument(seeds, [userArticle("Wire")]);
    const data = indexDocument(doc);
    const sirte = doc.disagreements.find((d) => d.placeId === SIRTE.id);
    const sides = sirte?.sides.map((side) => [...side.sourceIds].sort()) ?? [];
    expect(sides).toEqual(expect.arrayContaining([["aljazeera"], [doc.sources[1]?.id]]));
    expect(data.claims.filter((c) => c.sourceId.startsWith("mine-"))).toHaveLength(1);
  });

  it("keeps two articles of one outlet with the same sentence as distinct claims", () => {
    const a = userArticle("Wire", { date: "2020-06-05" });
    const b = userArticle("Wire", { date: "2020-06-06" });
    expect(a.extraction.claims[0]?.id).not.toBe(b.extraction.claims[0]?.id);
    const data = indexDocument(combinedDocument(seeds, [a, b]));
    expect(data.claimById.size).toBe(3);
  });

  it("indexes sources named __proto__ and constructor like any other", () => {
    const data = indexDocument(combinedDocument(seeds, [userArticle("__proto__"), userArticle("constructor")]));
    expect(data.sources.map((s) => s.name.en)).toEqual(["ALJAZEERA", "__proto__", "constructor"]);
    expect(data.sourceName(data.sourceIds[1] as string, "ar")).toBe("__proto__");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("shows new sources and keeps hidden ones hidden when the list of sources changes", () => {
    const view = { zoom: 6, lat: 27, lon: 17 };
    const store = createAppStore({ view, sources: ["a", "b"], date: "2020-01-01", selection: null, panel: null, language: "en", base: "offline" }, ["a", "b"]);
    store.getState().toggleSource("b");
    store.getState().replaceSourceIds(["a", "b", "mine-1"]);
    expect(store.getState().sources).toEqual(["a", "mine-1"]);
    store.getState().toggleSource("mine-1");
    store.getState().toggleSource("mine-1");
    expect(store.getState().sources).toEqual(["a", "mine-1"]);
    store.getState().replaceSourceIds(["a", "b"]);
    expect(store.getState().sources).toEqual(["a"]);
  });
});

describe("reading a stored or imported analyst article", () => {
  it("reads back what the app stored", () => {
    const a = userArticle("Wire");
    const read = readUserArticle(JSON.parse(JSON.stringify(a)));
    expect(read).toEqual({ ok: true, article: a });
  });

  it("refuses a record whose source id was edited away from its outlet", () => {
    const a = { ...userArticle("Wire"), outlet: "Someone else" };
    expect(readUserArticle(a)).toEqual({ ok: false, problem: expect.stringMatching(/source id that does not match/) });
  });

  it("refuses a javascript: link, a missing text and a claim whose evidence does not match the text", () => {
    const a = userArticle("Wire");
    expect(readUserArticle({ ...a, url: "javascript:alert(1)" }).ok).toBe(false);
    expect(readUserArticle({ ...a, extraction: { ...a.extraction, text: undefined } }).ok).toBe(false);
    const claim = a.extraction.claims[0];
    const moved = { ...a, extraction: { ...a.extraction, claims: [{ ...claim, evidence: { start: 3, end: 10, text: "غير ذلك" } }] } };
    expect(readUserArticle(moved)).toEqual({ ok: false, problem: expect.stringMatching(/evidence offsets/) });
  });

  it("refuses a claim whose actor, action, modality or place kind is not one of the app's words", () => {
    const a = userArticle("Wire");
    const claim = a.extraction.claims[0]!;
    const withClaim = (c: object) => ({ ...a, extraction: { ...a.extraction, claims: [{ ...claim, ...c }] } });
    expect(readUserArticle(withClaim({ actor: "constructor" }))).toEqual({ ok: false, problem: expect.stringMatching(/unknown actor/) });
    expect(readUserArticle(withClaim({ action: "toString" }))).toEqual({ ok: false, problem: expect.stringMatching(/unknown action/) });
    expect(readUserArticle(withClaim({ modality: "__proto__" }))).toEqual({ ok: false, problem: expect.stringMatching(/unknown modality/) });
    expect(readUserArticle(withClaim({ places: [{ ...claim.places[0], kind: "valueOf" }] }))).toEqual({ ok: false, problem: expect.stringMatching(/place that is not valid/) });
  });

  it("refuses values that are not records at all", () => {
    for (const v of [null, 3, "x", [], { id: "__proto__" }]) expect(readUserArticle(v).ok).toBe(false);
  });
});
