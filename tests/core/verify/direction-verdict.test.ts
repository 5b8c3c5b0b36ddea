import { describe, expect, it } from "vitest";
import { classifyDirection } from "../../../src/core/verify/direction-verdict.ts";

describe("classifyDirection", () => {
  it("accepts a bearing in the stated sector or up to half of the neighbouring ones", () => {
    expect(classifyDirection("E", 119.4)).toBe("consistent"); // Sirte from Tripoli
    expect(classifyDirection("S", 171.4)).toBe("consistent"); // Abu Qurain from Misrata
    expect(classifyDirection("E", 157.5)).toBe("consistent");
    expect(classifyDirection("E", 157.7)).toBe("inconsistent"); // al-Washka from Misrata
    expect(classifyDirection("E", 22.6)).toBe("consistent");
    expect(classifyDirection("E", 22.4)).toBe("inconsistent");
  });
  it("wraps around north", () => {
    expect(classifyDirection("N", 300)).toBe("consistent");
    expect(classifyDirection("NW", 10)).toBe("consistent");
  });
  it("rejects a place lying the other way (Tarhuna 'south' of Sirte lies WNW)", () => {
    expect(classifyDirection("S", 296.9)).toBe("inconsistent");
  });
});
