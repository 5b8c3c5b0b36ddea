import { describe, expect, it } from "vitest";
import { indexDocument } from "../../src/app/app-data.ts";
import { MAX_LINK_ZOOM, permalinkContext } from "../../src/app/url-context.ts";
import { decodePermalink, encodePermalink } from "../../src/core/permalink.ts";
import { fixtureArticle, fixtureClaim, fixtureDocument, MISRATA, SIRTE } from "./fixture-document.ts";

const data = indexDocument(
  fixtureDocument([
    fixtureArticle("a1", "aljazeera", [fixtureClaim("c-aj-1", "LNA", "captured", SIRTE, "2020-01-06")], "2020-01-07"),
    fixtureArticle("a2", "alarabiya", [fixtureClaim("c-ar-1", "GNA", "captured", MISRATA, "2020-06-06")], "2020-06-06"),
  ]),
);
const limits = { defaultView: { zoom: 5.75, lat: 27.1, lon: 17.2 }, minZoom: 4.75, maxZoom: Number.POSITIVE_INFINITY };

describe("the permalink context built from the data and the map", () => {
  it("knows the data's sources, places, claims and date span", () => {
    const ctx = permalinkContext(data, limits);
    expect(ctx.sourceIds).toEqual(["aljazeera", "alarabiya"]);
    expect(ctx.hasPlace(SIRTE.id)).toBe(true);
    expect(ctx.hasPlace("osm-n1")).toBe(false);
    expect(ctx.hasClaim("c-ar-1")).toBe(true);
    expect(ctx.hasClaim("c-nope")).toBe(false);
    expect([ctx.minDate, ctx.maxDate]).toEqual(["2020-01-06", "2020-06-06"]);
  });

  it("does not take an inherited property name for a known id", () => {
    const ctx = permalinkContext(data, limits);
    for (const id of ["__proto__", "constructor", "toString"]) {
      expect(ctx.hasPlace(id)).toBe(false);
      expect(ctx.hasClaim(id)).toBe(false);
    }
  });

  it("also accepts a place only the gazetteer knows, once it is loaded", () => {
    const gazetteer = new Set<string>();
    const ctx = permalinkContext(data, limits, (id) => gazetteer.has(id));
    expect(ctx.hasPlace("osm-n42")).toBe(false);
    gazetteer.add("osm-n42");
    expect(ctx.hasPlace("osm-n42")).toBe(true);
  });

  it("widens fractional zoom limits to whole zooms and caps an unlimited map", () => {
    const ctx = permalinkContext(data, limits);
    expect([ctx.minZoom, ctx.maxZoom]).toEqual([4, MAX_LINK_ZOOM]);
    expect(permalinkContext(data, { ...limits, maxZoom: 12.5 }).maxZoom).toBe(12);
    expect(permalinkContext(data, { ...limits, minZoom: Number.NaN }).minZoom).toBe(0);
  });

  it("lets a link made one zoom further out on a wider screen open without a complaint", () => {
    const ctx = permalinkContext(data, limits);
    expect(decodePermalink("#map=4/27.1/17.2", ctx).ignored).toEqual([]);
    expect(decodePermalink("#map=19/27.1/17.2", ctx).ignored).toEqual(["the map position was out of range and was clamped"]);
  });

  it("round-trips a view of this data through a link", () => {
    const ctx = permalinkContext(data, limits);
    const state = {
      view: { zoom: 8, lat: 31.2, lon: 16.59 },
      sources: ["alarabiya"],
      date: "2020-03-01",
      selection: { kind: "claim", id: "c-aj-1" },
      panel: "reader",
      language: "ar",
      base: "osm",
    } as const;
    expect(decodePermalink(encodePermalink(state, ctx), ctx)).toEqual({ state, ignored: [] });
  });
});
