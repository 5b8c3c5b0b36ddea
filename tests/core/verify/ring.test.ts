import { distance } from "@turf/distance";
import { describe, expect, it } from "vitest";
import { ringPolygon } from "../../../src/core/verify/ring.ts";

describe("ringPolygon", () => {
  const sirte = { lat: 31.206, lon: 16.5836 };
  it("is a closed GeoJSON polygon with lon/lat positions", () => {
    const ring = ringPolygon(sirte, 30);
    expect(ring.type).toBe("Feature");
    expect(ring.geometry.type).toBe("Polygon");
    const coords = ring.geometry.coordinates[0] ?? [];
    expect(coords.length).toBe(65);
    expect(coords[0]).toEqual(coords[coords.length - 1]);
    const [lon, lat] = coords[0] as number[];
    expect(lon).toBeGreaterThan(16);
    expect(lat).toBeGreaterThan(30);
  });
  it("puts every vertex at the radius from the centre", () => {
    for (const p of ringPolygon(sirte, 60, 16).geometry.coordinates[0] ?? []) {
      expect(distance([sirte.lon, sirte.lat], p, { units: "kilometers" })).toBeCloseTo(60, 0);
    }
  });
});
