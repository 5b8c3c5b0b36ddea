import { describe, expect, it } from "vitest";
import { CHIP_RING_RADIUS_PX, chipOffsets } from "../../src/app/chip-layout.ts";

describe("markers of several sources on one place", () => {
  it("puts a lone source's marker on the place", () => {
    expect(chipOffsets(1)).toEqual([[0, 0]]);
  });

  it("spreads several around the place so none hides another", () => {
    const offsets = chipOffsets(4);
    expect(offsets).toHaveLength(4);
    expect(new Set(offsets.map((o) => o.join())).size).toBe(4);
    for (const [x, y] of offsets) expect(Math.round(Math.hypot(x, y))).toBe(CHIP_RING_RADIUS_PX);
    expect(offsets[0]).toEqual([0, -CHIP_RING_RADIUS_PX]); // the first source on top
  });
});
