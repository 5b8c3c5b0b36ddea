import { describe, expect, it } from "vitest";
import { indexDocument } from "../../src/app/app-data.ts";
import { userSourceId } from "../../src/app/articles/article-ids.ts";
import { combinedDocument } from "../../src/app/articles/combined-document.ts";
import { claimsGeoJson } from "../../src/app/articles/exports.ts";
import { readClaimsGeoJson } from "../../src/app/articles/read-geojson.ts";
import type { ClaimReview } from "../../src/app/articles/review.ts";
import { fixtureArticle, fixtureClaim, fixtureDocument, MISRATA, SIRTE } from "./fixture-document.ts";

const AT = "2026-01-01T00:00:00.000Z";
const doc = fixtureDocument([fixtureArticle("a1", "wire", [fixtureClaim("c1", "GNA", "captured", SIRTE, "2020-06-06"), fixtureClaim("c2", "LNA", "controls", MISRATA, "2020-06-07")])]);
const reviews = new Map<string, ClaimReview>([["c1", { claimId: "c1", decision: { kind: "accepted" }, at: AT }]]);
const exported = () => JSON.parse(JSON.stringify(claimsGeoJson(doc, reviews)));

describe("importing claims from GeoJSON", () => {
  it("turns exported claims into an analyst article with the same facts, quotes and confirmed reviews", () => {
    const r = readClaimsGeoJson(exported(), new Set(), AT);
    if (!r.ok) throw new Error(r.problem);
    const [article] = r.project.articles;
    expect(article?.sourceId).toBe(userSourceId("WIRE"));
    const data = indexDocument(combinedDocument(fixtureDocument([]), r.project.articles));
    const claims = [...data.claimById.values()].map((x) => [x.claim.actor, x.claim.action, x.claim.placeIds[0], x.claim.time.iso]);
    expect(claims).toEqual([
      ["GNA", "captured", SIRTE.id, "2020-06-06"],
      ["LNA", "controls", MISRATA.id, "2020-06-07"],
    ]);
    // Each claim's evidence is its own words in the article's text.
    for (const c of article!.extraction.claims) expect(article!.extraction.text!.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(r.project.reviews.map((x) => x.claimId)).toEqual([article!.extraction.claims[0]!.id]);
  });

  it("leaves out claims already on the map, so importing twice adds nothing twice", () => {
    const r = readClaimsGeoJson(exported(), new Set(["c1", "c2"]), AT);
    expect(r.ok && r.project.articles.length).toBe(0);
    const once = readClaimsGeoJson(exported(), new Set(), AT);
    const twice = readClaimsGeoJson(exported(), new Set(), "2027-01-01T00:00:00.000Z");
    expect(once.ok && twice.ok && once.project.articles[0]!.id === twice.project.articles[0]!.id).toBe(true);
  });

  it("refuses swapped or out-of-range coordinates, unknown actors and features that are not claims", () => {
    const far = exported();
    far.features[0].geometry.coordinates = [16.59, 131.2];
    expect(readClaimsGeoJson(far, new Set(), AT)).toEqual({ ok: false, problem: expect.stringMatching(/^Feature 1 has coordinates out of range/) });
    const actor = exported();
    actor.features[1].properties.actor = "constructor";
    expect(readClaimsGeoJson(actor, new Set(), AT)).toEqual({ ok: false, problem: "Feature 2 has an unknown actor." });
    const polygon = exported();
    polygon.features[0].geometry = { type: "Polygon", coordinates: [] };
    expect(readClaimsGeoJson(polygon, new Set(), AT).ok).toBe(false);
    expect(readClaimsGeoJson({ type: "Feature" }, new Set(), AT).ok).toBe(false);
  });

  it("refuses script in a property and a __proto__ property", () => {
    const script = exported();
    script.features[0].properties.sourceName = "<script>alert(1)</script>";
    expect(readClaimsGeoJson(script, new Set(), AT)).toEqual({ ok: false, problem: expect.stringMatching(/HTML or script/) });
    const proto = JSON.parse(JSON.stringify(exported()).replace('"kind":"claim"', '"__proto__":{"x":1},"kind":"claim"'));
    expect(readClaimsGeoJson(proto, new Set(), AT)).toEqual({ ok: false, problem: expect.stringMatching(/"__proto__"/) });
  });
});
