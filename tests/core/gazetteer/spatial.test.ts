import fc from "fast-check";
import { describe, expect, it } from "vitest";
import distance from "@turf/distance";
import { createPointGrid, haversineKm } from "../../../src/core/gazetteer/spatial.ts";

const point = fc.record({ lat: fc.double({ min: 19, max: 42, noNaN: true }), lon: fc.double({ min: 5, max: 40, noNaN: true }) });
/** Dense like Libya's coast: many points per grid cell, so cell boundaries matter. */
const densePoint = fc.record({ lat: fc.double({ min: 31.5, max: 33, noNaN: true }), lon: fc.double({ min: 12, max: 14, noNaN: true }) });

describe("haversineKm", () => {
  it("agrees with Turf's distance", () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(haversineKm(a.lat, a.lon, b.lat, b.lon)).toBeCloseTo(distance([a.lon, a.lat], [b.lon, b.lat], { units: "kilometers" }), 6);
      }),
    );
  });
});

describe("createPointGrid", () => {
  it("finds the same k nearest points as a brute-force scan", () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 300 }), point, fc.integer({ min: 1, max: 20 }), (pts, q, k) => {
        const grid = createPointGrid(Float64Array.from(pts, (p) => p.lat), Float64Array.from(pts, (p) => p.lon));
        const expected = pts.map((p) => haversineKm(q.lat, q.lon, p.lat, p.lon)).sort((a, b) => a - b).slice(0, k);
        const got = grid.nearest(q.lat, q.lon, k);
        expect(got.map((g) => g.km)).toEqual(expected);
        for (let i = 1; i < got.length; i++) expect((got[i] as { km: number }).km).toBeGreaterThanOrEqual((got[i - 1] as { km: number }).km);
      }),
      { numRuns: 200 },
    );
  });

  it("finds the same k nearest points as a brute-force scan where points are dense", () => {
    fc.assert(
      fc.property(fc.array(densePoint, { minLength: 50, maxLength: 400 }), densePoint, fc.integer({ min: 1, max: 8 }), (pts, q, k) => {
        const grid = createPointGrid(Float64Array.from(pts, (p) => p.lat), Float64Array.from(pts, (p) => p.lon));
        const expected = pts.map((p) => haversineKm(q.lat, q.lon, p.lat, p.lon)).sort((a, b) => a - b).slice(0, k);
        expect(grid.nearest(q.lat, q.lon, k).map((g) => g.km)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("returns exactly the points inside a box", () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 300 }), point, point, (pts, a, b) => {
        const box = [Math.min(a.lon, b.lon), Math.min(a.lat, b.lat), Math.max(a.lon, b.lon), Math.max(a.lat, b.lat)] as const;
        const grid = createPointGrid(Float64Array.from(pts, (p) => p.lat), Float64Array.from(pts, (p) => p.lon));
        const expected = pts.flatMap((p, i) => (p.lon >= box[0] && p.lat >= box[1] && p.lon <= box[2] && p.lat <= box[3] ? [i] : []));
        expect(grid.within(box)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("answers nothing on an empty grid", () => {
    const grid = createPointGrid(new Float64Array(0), new Float64Array(0));
    expect(grid.nearest(30, 15, 3)).toEqual([]);
    expect(grid.within([0, 0, 50, 50])).toEqual([]);
  });
});
