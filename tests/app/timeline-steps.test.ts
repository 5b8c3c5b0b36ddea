import { describe, expect, it } from "vitest";
import { dateAtIndex, dayIndex, stepDate } from "../../src/app/timeline-steps.ts";

const dates = ["2019-12-26", "2020-01-07", "2020-06-06"];

describe("timeline steps", () => {
  it("steps to the next and previous dates with claims, from any day", () => {
    expect(stepDate(dates, "2020-01-01", 1)).toBe("2020-01-07");
    expect(stepDate(dates, "2020-01-07", 1)).toBe("2020-06-06");
    expect(stepDate(dates, "2020-01-07", -1)).toBe("2019-12-26");
    expect(stepDate(dates, "2020-03-01", -1)).toBe("2020-01-07");
  });

  it("stops at the ends", () => {
    expect(stepDate(dates, "2020-06-06", 1)).toBeNull();
    expect(stepDate(dates, "2019-12-26", -1)).toBeNull();
  });

  it("maps slider positions to days across a month end and back", () => {
    expect(dayIndex("2019-12-26", "2020-01-07")).toBe(12);
    expect(dateAtIndex("2019-12-26", 12)).toBe("2020-01-07");
  });
});
