import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { angleBetween, COMPASS_CENTRE, toCompass8 } from "../../../src/core/verify/compass.ts";

describe("toCompass8", () => {
  it("puts each bearing in the 45° sector around its centre", () => {
    expect(toCompass8(0)).toBe("N");
    expect(toCompass8(22.4)).toBe("N");
    expect(toCompass8(22.6)).toBe("NE");
    expect(toCompass8(119.4)).toBe("SE");
    expect(toCompass8(171)).toBe("S");
    expect(toCompass8(296.9)).toBe("NW");
    expect(toCompass8(337.6)).toBe("N");
  });
  it("accepts bearings outside [0, 360) as Turf returns them", () => {
    expect(toCompass8(-90)).toBe("W");
    expect(toCompass8(-179)).toBe("S");
    expect(toCompass8(450)).toBe("E");
  });
});

describe("angleBetween", () => {
  it("takes the short way round the circle", () => {
    expect(angleBetween(350, 10)).toBe(20);
    expect(angleBetween(10, 350)).toBe(20);
    expect(angleBetween(90, 270)).toBe(180);
    expect(angleBetween(-90, 270)).toBe(0);
  });
});

describe("compass properties", () => {
  it("never puts a bearing more than 22.5° from its sector's centre", () => {
    fc.assert(
      fc.property(fc.double({ min: -720, max: 720, noNaN: true }), (b) => angleBetween(COMPASS_CENTRE[toCompass8(b)], b) <= 22.5 + 1e-9),
    );
  });
  it("measures angles symmetrically within [0, 180]", () => {
    fc.assert(
      fc.property(fc.double({ min: -720, max: 720, noNaN: true }), fc.double({ min: -720, max: 720, noNaN: true }), (a, b) => {
        const d = angleBetween(a, b);
        return d >= 0 && d <= 180 && Math.abs(d - angleBetween(b, a)) < 1e-9;
      }),
    );
  });
});
