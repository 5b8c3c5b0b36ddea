import { describe, expect, it } from "vitest";
import { segmentText } from "../../src/app/text-segments.ts";

describe("cutting an article into highlighted runs", () => {
  it("covers the whole text once, in order", () => {
    const runs = segmentText(20, [{ id: "a", start: 5, end: 10 }]);
    expect(runs).toEqual([
      { start: 0, end: 5, ids: [] },
      { start: 5, end: 10, ids: ["a"] },
      { start: 10, end: 20, ids: [] },
    ]);
  });

  it("keeps both claims on the words two overlapping spans share", () => {
    const runs = segmentText(10, [
      { id: "a", start: 0, end: 6 },
      { id: "b", start: 4, end: 10 },
    ]);
    expect(runs.map((r) => [r.start, r.end, r.ids.join()])).toEqual([
      [0, 4, "a"],
      [4, 6, "a,b"],
      [6, 10, "b"],
    ]);
  });

  it("clips spans that run past the text and ignores empty ones", () => {
    expect(segmentText(4, [{ id: "a", start: 2, end: 99 }, { id: "e", start: 1, end: 1 }])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ["a"] },
    ]);
  });
});
