import { describe, expect, it } from "vitest";
import { placeLabels } from "../../src/app/label-placement.ts";

const at = (x: number) => ({ x, y: 0, width: 40, height: 12 });
const label = (id: string, priority: number, ...xs: number[]) => ({ id, priority, positions: xs.map(at) });

describe("placing place labels so that none overlap", () => {
  it("keeps the more important of two labels that can only overlap", () => {
    expect([...placeLabels([label("village", 1, 0), label("city", 9, 20)]).keys()]).toEqual(["city"]);
  });

  it("keeps labels that are apart, each in its first position", () => {
    expect(placeLabels([label("a", 1, 0), label("b", 1, 100)])).toEqual(new Map([["a", 0], ["b", 0]]));
  });

  it("moves a label to its other side rather than hide it", () => {
    expect(placeLabels([label("city", 9, 0), label("town", 1, 20, -60)]).get("town")).toBe(1);
  });

  it("keeps a small gap between neighbours so they do not read as one name", () => {
    expect(placeLabels([label("a", 2, 0), label("b", 1, 41)]).size).toBe(1);
  });

  it("never covers a place's markers", () => {
    expect([...placeLabels([label("a", 9, 0), label("b", 1, 100)], [{ x: 30, y: -5, width: 20, height: 20 }]).keys()]).toEqual(["b"]);
  });
});
