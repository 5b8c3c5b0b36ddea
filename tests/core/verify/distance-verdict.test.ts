import { describe, expect, it } from "vitest";
import { classifyDistance } from "../../../src/core/verify/distance-verdict.ts";

describe("classifyDistance", () => {
  it("calls a stated distance within 15% of the straight line straight", () => {
    expect(classifyDistance(95, 84.2).distance).toBe("consistent-straight");
    expect(classifyDistance(85, 100).distance).toBe("consistent-straight");
    expect(classifyDistance(115, 100).distance).toBe("consistent-straight");
  });
  it("reads 15–45% more than the straight line as a road distance", () => {
    expect(classifyDistance(450, 370.3).distance).toBe("consistent-road");
    expect(classifyDistance(145, 100).distance).toBe("consistent-road");
  });
  it("flags more than 45% over as overstated and under 85% as understated", () => {
    expect(classifyDistance(146, 100).distance).toBe("overstated");
    expect(classifyDistance(84, 100).distance).toBe("understated");
  });
  it("gives the ratio stated / measured", () => {
    expect(classifyDistance(450, 370.3).ratio).toBeCloseTo(1.215, 3);
  });
  it("does not fault a statement whose gap the places' uncertainty covers", () => {
    expect(classifyDistance(1, 3, 2.5).distance).toBe("consistent-straight");
    expect(classifyDistance(1, 4, 2.5).distance).toBe("understated");
  });
});
