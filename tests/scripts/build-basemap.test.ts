import { readFileSync, statSync } from "node:fs";
import type { Position } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import {
  BASEMAP_OUT,
  type Box,
  buildBasemap,
  clipLines,
  clipPolygon,
  CONTEXT_BOX,
  labelPoint,
  pointInPolygon,
  DETAIL_BOX,
  readSources,
  ringStrips,
  serializeBasemap,
  simplifyLine,
} from "../../scripts/build-basemap.ts";
import { type Basemap, parseBasemap } from "../../src/map/basemap-data.ts";
import { LIBYA_BOUNDS } from "../../src/map/libya-bounds.ts";

/** The committed file must stay small enough to load instantly on a slow link. */
const SIZE_BUDGET_BYTES = 400 * 1024;

const UNIT: Box = { west: 0, south: 0, east: 1, north: 1 };

function signedArea(ring: Position[]): number {
  let area = 0;
  for (let i = 1; i < ring.length; i++) area += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return area / 2;
}

function polygonsOf(feature: Basemap["features"][number]): Position[][][] {
  const g = feature.geometry;
  return g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
}

describe("the committed base map (public/geo/basemap.json)", () => {
  let text: string;
  let basemap: Basemap;
  beforeAll(() => {
    text = readFileSync(BASEMAP_OUT, "utf8");
    basemap = parseBasemap(JSON.parse(text));
  });

  it("is a FeatureCollection whose bbox is the context box, with the detail box inside it", () => {
    expect(basemap.type).toBe("FeatureCollection");
    expect(basemap.bbox).toEqual([CONTEXT_BOX.west, CONTEXT_BOX.south, CONTEXT_BOX.east, CONTEXT_BOX.north]);
    expect(basemap.detailBox).toEqual([DETAIL_BOX.west, DETAIL_BOX.south, DETAIL_BOX.east, DETAIL_BOX.north]);
  });

  it("stays under its size budget", () => {
    expect(statSync(BASEMAP_OUT).size).toBeLessThan(SIZE_BUDGET_BYTES);
  });

  it("contains exactly one Libya, flagged, and Libya's neighbours unflagged", () => {
    const countries = basemap.features.flatMap((f) => (f.properties.kind === "country" ? [f.properties] : []));
    expect(countries.filter((c) => c.isLibya).map((c) => c.iso)).toEqual(["LBY"]);
    const isos = countries.map((c) => c.iso);
    for (const neighbour of ["TUN", "DZA", "NER", "TCD", "SDN", "EGY", "MLT", "ITA", "GRC"]) expect(isos).toContain(neighbour);
    expect(new Set(isos).size).toBe(isos.length);
  });

  it("places every country name inside that country", () => {
    const labelled = basemap.features.flatMap((f) => (f.properties.kind === "country" && f.properties.labelAt !== null ? [f] : []));
    expect(labelled.length).toBeGreaterThanOrEqual(6);
    for (const country of labelled) {
      const at = (country.properties as { labelAt: [number, number] }).labelAt;
      expect(polygonsOf(country).some((polygon) => pointInPolygon(at, polygon))).toBe(true);
    }
  });

  it("has one coastline and one border feature, each with lines of two or more positions", () => {
    for (const kind of ["coastline", "border"] as const) {
      const features = basemap.features.filter((f) => f.properties.kind === kind);
      expect(features).toHaveLength(1);
      const geometry = features[0]!.geometry;
      expect(geometry.type).toBe("MultiLineString");
      if (geometry.type !== "MultiLineString") continue;
      expect(geometry.coordinates.length).toBeGreaterThan(0);
      for (const line of geometry.coordinates) expect(line.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("draws named countries only inside the detail box and context land only outside it", () => {
    const [west, south, east, north] = basemap.detailBox;
    const strictlyInside = ([x, y]: Position) => x! > west && x! < east && y! > south && y! < north;
    const onOrInside = ([x, y]: Position) => x! >= west && x! <= east && y! >= south && y! <= north;
    const countries = basemap.features.filter((f) => f.properties.kind === "country");
    const context = basemap.features.filter((f) => f.properties.kind === "context-land");
    expect(context).toHaveLength(1);
    expect(countries.flatMap((f) => polygonsOf(f).flat(2)).filter((p) => !onOrInside(p))).toEqual([]);
    const contextPositions = context.flatMap((f) => polygonsOf(f).flat(2));
    expect(contextPositions.length).toBeGreaterThan(100);
    expect(contextPositions.filter(strictlyInside)).toEqual([]);
  });

  it("has every position inside the bbox, rounded to at most 4 decimals", () => {
    const positions = basemap.features.flatMap((f) =>
      f.geometry.type === "MultiLineString" ? f.geometry.coordinates.flat() : polygonsOf(f).flat(2),
    );
    expect(positions.length).toBeGreaterThan(1000);
    const [west, south, east, north] = basemap.bbox;
    const offending = positions.filter(
      ([x, y]) =>
        x === undefined || y === undefined || x < west || x > east || y < south || y > north || Math.round(x * 1e4) / 1e4 !== x || Math.round(y * 1e4) / 1e4 !== y,
    );
    expect(offending).toEqual([]);
  });

  it("has closed polygon rings of four or more positions, wound the RFC 7946 way", () => {
    for (const feature of basemap.features) {
      for (const polygon of polygonsOf(feature)) {
        polygon.forEach((ring, index) => {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
          // exterior counter-clockwise, holes clockwise
          expect(signedArea(ring) > 0).toBe(index === 0);
        });
      }
    }
  });

  it("draws Libya just inside the bounds the map fits to, so the whole country is shown", () => {
    const libya = basemap.features.find((f) => f.properties.kind === "country" && f.properties.isLibya)!;
    const positions = polygonsOf(libya).flat(2);
    const xs = positions.map((p) => p[0]!);
    const ys = positions.map((p) => p[1]!);
    const extent = { south: Math.min(...ys), west: Math.min(...xs), north: Math.max(...ys), east: Math.max(...xs) };
    expect(extent.south).toBeGreaterThanOrEqual(LIBYA_BOUNDS.south);
    expect(extent.west).toBeGreaterThanOrEqual(LIBYA_BOUNDS.west);
    expect(extent.north).toBeLessThanOrEqual(LIBYA_BOUNDS.north);
    expect(extent.east).toBeLessThanOrEqual(LIBYA_BOUNDS.east);
    // and not far inside: the fitted view should not waste space around the country
    expect(LIBYA_BOUNDS.east - LIBYA_BOUNDS.west - (extent.east - extent.west)).toBeLessThan(0.2);
    expect(LIBYA_BOUNDS.north - LIBYA_BOUNDS.south - (extent.north - extent.south)).toBeLessThan(0.2);
  });

  it("is exactly what the builder makes from world-atlas today (rebuild with npm run build:data)", () => {
    expect(serializeBasemap(buildBasemap(readSources()))).toBe(text);
  });
});

describe("clipPolygon", () => {
  it("cuts a square that straddles the box's east edge at that edge", () => {
    const square = [[[0.5, 0.25], [1.5, 0.25], [1.5, 0.75], [0.5, 0.75], [0.5, 0.25]]];
    const clipped = clipPolygon(square, UNIT)!;
    const xs = clipped[0]!.map((p) => p[0]);
    expect(Math.max(...(xs as number[]))).toBe(1);
    expect(Math.abs(signedArea(clipped[0]!))).toBeCloseTo(0.25, 10);
  });

  it("drops a polygon that lies wholly outside the box", () => {
    expect(clipPolygon([[[2, 2], [3, 2], [3, 3], [2, 2]]], UNIT)).toBeNull();
  });

  it("rewinds a clockwise exterior ring to counter-clockwise and keeps it closed", () => {
    const clockwise = [[[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]]];
    const [ring] = clipPolygon(clockwise, UNIT)!;
    expect(signedArea(ring!)).toBeGreaterThan(0);
    expect(ring![0]).toEqual(ring![ring!.length - 1]);
  });
});

describe("labelPoint", () => {
  it("moves a U-shaped country's name off its empty middle and onto land", () => {
    // A "U" 4° wide and 4° tall whose arms are 1° thick: its centroid falls in the gap.
    const u = [[[0, 0], [4, 0], [4, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]]];
    const at = labelPoint([u])!;
    expect(pointInPolygon(at, u)).toBe(true);
  });

  it("does not name a piece too small to carry a name", () => {
    expect(labelPoint([[[[0, 0], [0.5, 0], [0.5, 0.5], [0, 0.5], [0, 0]]]])).toBeNull();
  });
});

describe("ringStrips", () => {
  it("tiles the ring between two boxes with four boxes that neither overlap nor leave gaps", () => {
    const outer: Box = { west: -2, south: -1, east: 4, north: 3 };
    const strips = ringStrips(outer, UNIT);
    const area = (b: Box) => (b.east - b.west) * (b.north - b.south);
    expect(strips.reduce((sum, b) => sum + area(b), 0)).toBe(area(outer) - area(UNIT));
    for (const [i, a] of strips.entries()) {
      for (const b of strips.slice(i + 1)) {
        const overlap = Math.max(0, Math.min(a.east, b.east) - Math.max(a.west, b.west)) * Math.max(0, Math.min(a.north, b.north) - Math.max(a.south, b.south));
        expect(overlap).toBe(0);
      }
    }
  });
});

describe("clipLines", () => {
  it("splits a line that leaves and re-enters the box into two pieces ending on the edge", () => {
    const line = [[0.5, 0.5], [1.5, 0.5], [1.5, 0.6], [0.5, 0.6]];
    expect(clipLines([line], UNIT)).toEqual([
      [[0.5, 0.5], [1, 0.5]],
      [[1, 0.6], [0.5, 0.6]],
    ]);
  });
});

describe("simplifyLine", () => {
  it("keeps both ends and drops points closer to the chord than the tolerance", () => {
    expect(simplifyLine([[0, 0], [1, 0.0001], [2, 0], [3, 1]], 0.001)).toEqual([[0, 0], [2, 0], [3, 1]]);
  });
});
