import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localGazetteerEntry, localPlaceId, localPlaceOf } from "../../src/app/articles/local-place.ts";
import { readClaimReview, readLocalPlace } from "../../src/app/articles/read-records.ts";
import { applyReviews, type ClaimReview } from "../../src/app/articles/review.ts";
import { articlesNaming, unresolvedNames } from "../../src/app/articles/unresolved-names.ts";
import { extractArticle } from "../../src/core/extract/article.ts";
import { createGazetteerIndex, loadGazetteer } from "../../src/core/gazetteer/index.ts";
import { toExtractionDocument } from "../../src/core/output/extraction-document.ts";
import type { ArticleInput } from "../../src/core/types.ts";
import { fixtureArticle, fixtureClaim, fixtureDocument, MISRATA, SIRTE } from "./fixture-document.ts";

const ROOT = join(import.meta.dirname, "../..");
const BASE = loadGazetteer(JSON.parse(readFileSync(join(ROOT, "public/geo/gazetteer.json"), "utf8")));
const AT = "2026-01-01T00:00:00.000Z";

/** Written for this test: a wadi no gazetteer knows, entered by the GNA. */
const ARTICLE: ArticleInput = {
  id: "t1",
  sourceId: "test",
  published: { iso: "2019-06-28", precision: "day" },
  text: "أعلنت قوات حكومة الوفاق أنها سيطرت على منطقة القطعة السابعة جنوب غريان، بعد انسحاب قوات حفتر منها. وقالت إن قواتها دخلت منطقة وادي الزقزوق صباح اليوم.",
};

function read(entries: typeof BASE.entries) {
  const gaz = createGazetteerIndex({ ...BASE, entries });
  const extraction = extractArticle(ARTICLE, gaz);
  return toExtractionDocument({ articles: [extraction], claims: extraction.claims, disagreements: [], leans: new Map() }, gaz, {
    sources: [{ id: "test", ar: "test", en: "test", url: null, leanSetByHand: false }],
    published: new Map([["t1", ARTICLE.published]]),
  }).articles[0]!;
}

describe("places the analyst puts on the map", () => {
  it("lists the names the gazetteer did not know, once each", () => {
    expect(unresolvedNames(read(BASE.entries)).map((u) => u.name)).toContain("وادي الزقزوق");
  });

  it("makes a placed name a gazetteer entry the engine then resolves, with the claim it carries", () => {
    const before = read(BASE.entries);
    expect(before.claims.some((c) => c.places.some((p) => p.ar === "وادي الزقزوق"))).toBe(false);
    const place = localPlaceOf("وادي الزقزوق", 32.05, 13.02, AT);
    const after = read([...BASE.entries, localGazetteerEntry(place)]);
    expect(unresolvedNames(after).map((u) => u.name)).not.toContain("وادي الزقزوق");
    const claim = after.claims.find((c) => c.places[0]?.id === place.id);
    expect(claim).toMatchObject({ actor: "GNA", places: [{ lat: 32.05, lon: 13.02 }] });
    expect(articlesNaming([before], [place]).map((a) => a.id)).toEqual(["t1"]);
    expect(articlesNaming([after], [place])).toEqual([]);
  });

  it("keeps one local place per name, and wraps a longitude panned past 180°", () => {
    expect(localPlaceId(" وادي الزقزوق ")).toBe(localPlaceId("وادي الزقزوق"));
    expect(localPlaceOf("x", 30, 373.5, AT).lon).toBeCloseTo(13.5);
  });

  it("reads back a stored local place and refuses one out of range or renamed", () => {
    const place = localPlaceOf("وادي الزقزوق", 32.05, 13.02, AT);
    expect(readLocalPlace(JSON.parse(JSON.stringify(place)))).toEqual({ ok: true, value: place });
    expect(readLocalPlace({ ...place, lat: 91 }).ok).toBe(false);
    expect(readLocalPlace({ ...place, name: "غيره" }).ok).toBe(false);
  });
});

describe("claim reviews", () => {
  const claims = [fixtureClaim("c1", "GNA", "captured", SIRTE, "2020-06-06"), fixtureClaim("c2", "LNA", "controls", SIRTE, "2020-06-06")];
  const doc = fixtureDocument([fixtureArticle("a1", "s1", claims)]);
  const review = (claimId: string, decision: ClaimReview["decision"]): [string, ClaimReview] => [claimId, { claimId, decision, at: AT }];

  it("takes a rejected claim off the document the map shows, and keeps an accepted one as it is", () => {
    const shown = applyReviews(doc, new Map([review("c1", { kind: "rejected" }), review("c2", { kind: "accepted" })]));
    expect(shown.articles[0]?.claims).toEqual([claims[1]]);
    expect(doc.articles[0]?.claims).toHaveLength(2);
  });

  it("shows a corrected claim with the analyst's actor, action, place and date", () => {
    const shown = applyReviews(doc, new Map([review("c1", { kind: "corrected", actor: "LNA", action: "withdrew", place: MISRATA, time: { iso: "2020-06-01", precision: "day" } })]));
    expect(shown.articles[0]?.claims[0]).toMatchObject({ id: "c1", actor: "LNA", action: "withdrew", places: [MISRATA], time: { iso: "2020-06-01" } });
  });

  it("leaves the document untouched when nothing is reviewed", () => {
    expect(applyReviews(doc, new Map())).toBe(doc);
  });

  it("reads back stored reviews and refuses unknown actors, actions, places out of range and odd claim ids", () => {
    const corrected = { claimId: "c1", at: AT, decision: { kind: "corrected", actor: "LNA", action: "withdrew", place: MISRATA, time: { iso: "2020-06-01", precision: "day" } } };
    expect(readClaimReview(corrected).ok).toBe(true);
    expect(readClaimReview({ ...corrected, decision: { ...corrected.decision, actor: "__proto__" } }).ok).toBe(false);
    expect(readClaimReview({ ...corrected, decision: { ...corrected.decision, action: "constructor" } }).ok).toBe(false);
    expect(readClaimReview({ ...corrected, decision: { ...corrected.decision, place: { ...MISRATA, lat: 300 } } }).ok).toBe(false);
    expect(readClaimReview({ ...corrected, claimId: "<img src=x>" }).ok).toBe(false);
    expect(readClaimReview({ claimId: "c1", at: AT, decision: { kind: "maybe" } }).ok).toBe(false);
  });
});
