import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { claimsCsv, claimsGeoJson, REVIEW_COLUMN } from "../../src/app/articles/exports.ts";
import { localPlaceOf } from "../../src/app/articles/local-place.ts";
import { toProjectFile } from "../../src/app/articles/project-file.ts";
import { mergeProject, readProjectFile, readProjectJson } from "../../src/app/articles/read-project.ts";
import type { ClaimReview } from "../../src/app/articles/review.ts";
import { hostileContent, MAX_IMPORT_BYTES, parseUntrustedJson } from "../../src/app/articles/untrusted-json.ts";
import { CSV_COLUMNS } from "../../src/core/output/csv.ts";
import type { ExtractionDocument } from "../../src/core/output/extraction-document.ts";
import { extractSeeds } from "../../scripts/lib/extract-seeds.ts";
import { userArticle } from "./articles-fixture.ts";
import { fixtureArticle, fixtureClaim, fixtureDocument, MISRATA, SIRTE } from "./fixture-document.ts";

const AT = "2026-01-01T00:00:00.000Z";
const LATER = "2026-02-01T00:00:00.000Z";
const GOLDEN = join(import.meta.dirname, "articles-golden");
/** Golden files are rewritten only on request: UPDATE_GOLDEN=1 npx vitest run --project unit tests/app/articles-io.test.ts */
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function golden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

function project(over: Record<string, unknown> = {}): string {
  const file = toProjectFile({ articles: [userArticle("Wire")], reviews: [{ claimId: "c1", decision: { kind: "rejected" }, at: AT }], places: [localPlaceOf("وادي الزقزوق", 32, 13, AT)] }, AT);
  return JSON.stringify({ ...file, ...over });
}

const read = (text: string) => readProjectFile(text, Buffer.byteLength(text));

/** The RFC 7946 rules a consumer relies on, checked on every feature. */
function expectRfc7946(fc: { type: string; features: { type: string; id?: unknown; geometry: { type: string; coordinates: unknown }; properties: unknown }[] }): void {
  expect(fc.type).toBe("FeatureCollection");
  expect(fc).not.toHaveProperty("crs");
  const position = (p: unknown) => {
    expect(Array.isArray(p) && p.length === 2).toBe(true);
    const [lon, lat] = p as [number, number];
    expect(Number.isFinite(lon) && Math.abs(lon) <= 180).toBe(true);
    expect(Number.isFinite(lat) && Math.abs(lat) <= 90).toBe(true);
    // Six decimals at most (§11.2).
    expect(Math.round(lon * 1e6) / 1e6).toBe(lon);
  };
  for (const f of fc.features) {
    expect(f.type).toBe("Feature");
    expect(["string", "number"]).toContain(typeof f.id);
    expect(typeof f.properties === "object").toBe(true);
    if (f.geometry.type === "Point") position(f.geometry.coordinates);
    else if (f.geometry.type === "LineString") {
      expect((f.geometry.coordinates as unknown[]).length).toBeGreaterThanOrEqual(2);
      (f.geometry.coordinates as unknown[]).forEach(position);
    } else throw new Error(`unexpected geometry ${f.geometry.type}`);
  }
}

describe("exports", () => {
  const doc = fixtureDocument([fixtureArticle("a1", "s1", [fixtureClaim("c1", "GNA", "captured", SIRTE, "2020-06-06"), fixtureClaim("c2", "=cmd" as never, "controls" as never, MISRATA, "2020-06-07")])]);
  const reviews = new Map<string, ClaimReview>([["c1", { claimId: "c1", decision: { kind: "accepted" }, at: AT }]]);

  it("writes GeoJSON with [longitude, latitude], the review state and the claim's facts, as in the golden file", () => {
    const fc = claimsGeoJson(doc, reviews);
    expectRfc7946(fc);
    const c1 = fc.features.find((f) => f.id === "c1")!;
    expect(c1.geometry.coordinates).toEqual([SIRTE.lon, SIRTE.lat]);
    expect(c1.properties).toMatchObject({ reviewState: "accepted", actor: "GNA", action: "captured", date: "2020-06-06", precision: "day", source: "s1" });
    expect(fc.features.find((f) => f.id === "c2")?.properties.reviewState).toBe("machine");
    golden("fixture.geojson", `${JSON.stringify(fc, null, 1)}\n`);
  });

  it("writes ACLED-style CSV with a review column, formula cells guarded, as in the golden file", () => {
    const csv = claimsCsv(doc, reviews);
    const [header, first, second] = csv.split("\r\n");
    expect(header).toBe(`${CSV_COLUMNS.join(",")},${REVIEW_COLUMN}`);
    expect(first?.endsWith(",accepted")).toBe(true);
    expect(second).toContain(",'=cmd,");
    expect(second?.endsWith(",machine")).toBe(true);
    golden("fixture.csv", csv);
  });

  it("puts the verdicts of the article's stated geography about a claim's place on the claim", () => {
    const article = fixtureArticle("a1", "s1", [fixtureClaim("c1", "GNA", "captured", SIRTE, "2020-06-06")]);
    const measured = {
      ...article,
      measurements: [
        {
          id: "m1",
          kind: "distance-direction" as const,
          subject: SIRTE,
          reference: MISRATA,
          stated: { value: 450, unit: "km", km: 450, direction: "E" },
          verdict: { kind: "checked" as const, measuredKm: 372, bearingDeg: 90, distance: "consistent-road" as const, direction: "consistent" as const, measuredDirection: "E" as const },
          evidence: { start: 0, end: 3, text: "قال" },
        },
      ],
    };
    const fc = claimsGeoJson(fixtureDocument([measured]), new Map());
    expect(fc.features.find((f) => f.id === "c1")?.properties.verdicts).toBe("distance-direction: consistent-road, direction consistent");
  });

  it("exports the seeds as RFC 7946 GeoJSON, each claim at its own place's longitude and latitude", () => {
    // As the build step makes public/data/seeds.json (which is not in the repository).
    const seeds: ExtractionDocument = extractSeeds({ withText: true });
    const fc = claimsGeoJson(seeds, new Map());
    expectRfc7946(fc);
    const claims = new Map(seeds.articles.flatMap((a) => a.claims.map((c) => [c.id, c])));
    for (const f of fc.features.filter((x) => x.properties.kind === "claim")) {
      const place = claims.get(f.id)!.places[0]!;
      expect(f.geometry.coordinates).toEqual([Math.round(place.lon * 1e6) / 1e6, Math.round(place.lat * 1e6) / 1e6]);
    }
    expect(claimsCsv(seeds, new Map()).split("\r\n").length - 2).toBe(claims.size);
  });
});

describe("importing a project file", () => {
  it("reads back what was exported", () => {
    const r = read(project());
    expect(r.ok && r.project.articles.length === 1 && r.project.reviews.length === 1 && r.project.places.length === 1).toBe(true);
  });

  it("refuses broken JSON, another format, GeoJSON and another version, each with its own sentence", () => {
    expect(read("{ not json")).toEqual({ ok: false, problem: expect.stringMatching(/not valid JSON/) });
    expect(read("[1,2]")).toEqual({ ok: false, problem: expect.stringMatching(/not a JSON object/) });
    expect(read('{"type":"FeatureCollection","features":[]}')).toEqual({ ok: false, problem: expect.stringMatching(/GeoJSON, not a project file/) });
    expect(read(project({ format: "other" }))).toEqual({ ok: false, problem: "The file is not a project file of this app." });
    expect(read(project({ version: 99 }))).toEqual({ ok: false, problem: expect.stringMatching(/version 99/) });
  });

  it("refuses a file over the size limit before parsing it", () => {
    expect(parseUntrustedJson("{}", 50 * 1024 * 1024)).toEqual({ ok: false, problem: expect.stringMatching(/50\.0 MB/) });
    expect(parseUntrustedJson("{}", MAX_IMPORT_BYTES).ok).toBe(true);
  });

  it("refuses __proto__, constructor and prototype keys anywhere, and pollutes nothing", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const text = project().replace('"reviews":[', `"reviews":[{"${key}":{"polluted":true}},`);
      expect(read(text)).toEqual({ ok: false, problem: expect.stringContaining(`"${key}"`) });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses HTML or script in any string, however deep", () => {
    for (const bad of ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "x\" onload=\"y"]) {
      expect(hostileContent({ a: [{ b: bad }] })).not.toBeNull();
    }
    const withScript = JSON.parse(project());
    withScript.places[0].name = "<b>وادي</b>";
    expect(readProjectJson(withScript)).toEqual({ ok: false, problem: expect.stringMatching(/HTML or script/) });
    expect(hostileContent({ text: "سيطرت قوات الوفاق على غريان، 100 كم جنوب طرابلس." })).toBeNull();
  });

  it("refuses coordinates out of range and a record edited by hand, naming the record", () => {
    const json = JSON.parse(project());
    json.places[0].lat = 123;
    expect(readProjectJson(json)).toEqual({ ok: false, problem: expect.stringMatching(/^Place 1 .*out of range/) });
    const edited = JSON.parse(project());
    edited.articles[0].extraction.claims[0].places[0].lon = -500;
    expect(readProjectJson(edited)).toEqual({ ok: false, problem: expect.stringMatching(/^Article 1 /) });
  });

  it("merges without duplicates: articles already there are kept, older reviews and places do not win", () => {
    const a = userArticle("Wire");
    const mine = { claimId: "c1", decision: { kind: "accepted" }, at: LATER } as const;
    const current = { articles: new Map([[a.id, a]]), reviews: new Map([["c1", mine]]), places: new Map() };
    const incoming = {
      articles: [a, userArticle("Other")],
      reviews: [{ claimId: "c1", decision: { kind: "rejected" }, at: AT } as const, { claimId: "c2", decision: { kind: "rejected" }, at: AT } as const],
      places: [localPlaceOf("x", 30, 13, AT), localPlaceOf("x", 31, 13, AT)],
    };
    const { change, skipped } = mergeProject(current, incoming);
    expect(change.articles.map((x) => x.outlet)).toEqual(["Other"]);
    expect(change.reviews.map((r) => r.claimId)).toEqual(["c2"]);
    expect(change.places).toHaveLength(1);
    expect(skipped).toBe(3);
  });
});
