import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  type PermalinkContext,
  type PermalinkState,
  decodePermalink,
  defaultState,
  encodePermalink,
  isValidState,
  roundView,
} from "../../src/core/permalink.ts";

const places = new Set(["osm-n299616414", "ly-cf-hisha-misrata", "af-hllm"]);
const claims = new Set(["c1a2b3", "zz99"]);
const ctx: PermalinkContext = {
  sourceIds: ["doualia", "aljazeera", "alarabiya", "unnamed-tripoli-003"],
  hasPlace: (id) => places.has(id),
  hasClaim: (id) => claims.has(id),
  minDate: "2019-12-20",
  maxDate: "2020-06-06",
  defaultView: { zoom: 6, lat: 27, lon: 17 },
  minZoom: 3,
  maxZoom: 18,
};

const dayArb = fc
  .integer({ min: Date.UTC(2019, 11, 20), max: Date.UTC(2020, 5, 6) })
  .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));

const stateArb: fc.Arbitrary<PermalinkState> = fc.record({
  view: fc
    .record({
      zoom: fc.integer({ min: ctx.minZoom, max: ctx.maxZoom }),
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
    })
    .map(roundView),
  sources: fc.subarray([...ctx.sourceIds]),
  date: dayArb,
  selection: fc.option(
    fc.oneof(
      fc.constantFrom(...places).map((id) => ({ kind: "place" as const, id })),
      fc.constantFrom(...claims).map((id) => ({ kind: "claim" as const, id })),
    ),
    { nil: null },
  ),
  panel: fc.option(fc.constantFrom("sources", "claims", "reader", "disagreements", "list" as const), { nil: null }),
  language: fc.constantFrom("en", "ar" as const),
  base: fc.constantFrom("offline", "osm" as const),
});

describe("permalink codec", () => {
  it("decodes what it encodes, for any valid state", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const { state: back, ignored } = decodePermalink(encodePermalink(state, ctx), ctx);
        expect(ignored).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws and always yields a valid state, whatever the string", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.webUrl().map((u) => u.split("#")[1] ?? u)), (s) => {
        const { state } = decodePermalink(s, ctx);
        expect(isValidState(state, ctx)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on strings made of the link's own alphabet", () => {
    const piece = fc.constantFrom("v=", "map=", "src=", "date=", "sel=", "p:", "c:", "&", "/", ",", "%", "%E0%A4", "=", "-", "1", "9", ".", "e", "NaN", "Infinity", "__proto__");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        expect(isValidState(decodePermalink(parts.join(""), ctx).state, ctx)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("writes the OpenStreetMap map=zoom/lat/lon form with precision that follows the zoom", () => {
    const s = { ...defaultState(ctx), view: { zoom: 7, lat: 31.20596, lon: 16.58362 } };
    expect(encodePermalink(s, ctx)).toMatch(/^#v=1&map=7\/31\.206\/16\.584&/);
    const close = { ...s, view: { zoom: 15, lat: 31.20596, lon: 16.58362 } };
    expect(encodePermalink(close, ctx)).toContain("map=15/31.20596/16.58362");
  });

  it("leaves out what equals the default, so plain links stay short", () => {
    expect(encodePermalink(defaultState(ctx), ctx)).toBe("#v=1&map=6/27.00/17.00&date=2020-06-06");
  });

  it("drops an unknown source id from a permalink and says so", () => {
    const d = decodePermalink("#v=1&src=aljazeera,bbc", ctx);
    expect(d.state.sources).toEqual(["aljazeera"]);
    expect(d.ignored.join(" ")).toMatch(/unknown source dropped: bbc/);
  });

  it("keeps an explicit empty source list apart from 'all sources'", () => {
    expect(decodePermalink("#src=-", ctx).state.sources).toEqual([]);
    expect(decodePermalink("#", ctx).state.sources).toEqual(ctx.sourceIds);
  });

  it("clamps out-of-range positions and dates, and defaults non-numbers", () => {
    const d = decodePermalink("#map=40/123/-999&date=2031-01-01", ctx);
    expect(d.state.view).toEqual({ zoom: 18, lat: 85, lon: -180 });
    expect(d.state.date).toBe("2020-06-06");
    expect(decodePermalink("#map=abc/1/2", ctx).state.view).toEqual(ctx.defaultView);
    expect(decodePermalink("#date=2019-01-01", ctx).state.date).toBe("2019-12-20");
  });

  it("survives malformed percent-encoding, repeated keys and script-like values", () => {
    const d = decodePermalink("#sel=p:%E0%A4%A&date=2020-01-07&date=2020-02-02&panel=<script>alert(1)</script>&lang=javascript:alert(1)", ctx);
    expect(d.state.date).toBe("2020-01-07");
    expect(d.state.panel).toBeNull();
    expect(d.state.language).toBe("en");
    expect(d.ignored.join(" ")).not.toMatch(/[<>]/);
  });

  it("reads only the start of a 50 KB link and bounds its list of notes", () => {
    const junk = "#".concat("x=1&".repeat(12_500));
    const d = decodePermalink(junk, ctx);
    expect(isValidState(d.state, ctx)).toBe(true);
    expect(d.ignored.length).toBeLessThanOrEqual(7);
    expect(d.ignored[0]).toMatch(/too long/);
  });

  it("ignores prototype-polluting keys", () => {
    const d = decodePermalink("#__proto__=x&constructor=y&src=__proto__", ctx);
    expect(d.state.sources).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("drops a selection that is not in the data", () => {
    expect(decodePermalink("#sel=p:osm-n1", ctx).state.selection).toBeNull();
    expect(decodePermalink("#sel=c:zz99", ctx).state.selection).toEqual({ kind: "claim", id: "zz99" });
  });
});

describe("fractional zoom in a permalink", () => {
  it("keeps the quarter and half zooms the map snaps to, so the shared view reopens at its scale", () => {
    const s = { ...defaultState(ctx), view: roundView({ zoom: 5.75, lat: 27.1234, lon: 17.5678 }) };
    const link = encodePermalink(s, ctx);
    expect(link).toContain("map=5.75/27.12/17.57");
    expect(decodePermalink(link, ctx)).toEqual({ state: s, ignored: [] });
    expect(decodePermalink("#map=6.5/27/17", ctx).state.view.zoom).toBe(6.5);
  });

  it("rounds a zoom to two decimals and still reads whole-number zooms as OpenStreetMap writes them", () => {
    expect(roundView({ zoom: 6.123456, lat: 0, lon: 0 }).zoom).toBe(6.12);
    expect(decodePermalink("#map=7/31.206/16.584", ctx).state.view).toEqual({ zoom: 7, lat: 31.206, lon: 16.584 });
    expect(isValidState({ ...defaultState(ctx), view: { zoom: 6.125, lat: 0, lon: 0 } }, ctx)).toBe(false);
  });
});
