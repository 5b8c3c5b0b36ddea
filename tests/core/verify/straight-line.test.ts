import { describe, expect, it } from "vitest";
import { straightLine } from "../../../src/core/verify/straight-line.ts";

const TRIPOLI = { lat: 32.8872, lon: 13.1913 };
const SIRTE = { lat: 31.206, lon: 16.5836 };

describe("straightLine", () => {
  it("measures Tripoli to Sirte as about 370 km east-south-east", () => {
    const line = straightLine(TRIPOLI, SIRTE);
    expect(line.km).toBeGreaterThan(365);
    expect(line.km).toBeLessThan(375);
    expect(line.bearingDeg).toBeCloseTo(119.4, 0);
  });
  it("returns bearings in [0, 360) even when heading west", () => {
    const line = straightLine(SIRTE, TRIPOLI);
    expect(line.bearingDeg).toBeGreaterThan(270);
    expect(line.bearingDeg).toBeLessThan(360);
  });
});
