import { describe, expect, it } from "vitest";
import { addDays, daysBetween, isValidDate, weekday } from "../../../src/core/extract/iso-day.ts";

describe("iso-day arithmetic", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2020-01-01", -1)).toBe("2019-12-31");
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2019-02-28", 1)).toBe("2019-03-01");
    expect(daysBetween("2019-12-26", "2020-01-07")).toBe(12);
  });
  it("knows the week day of a date (6 June 2020 was a Saturday)", () => {
    expect(weekday("2020-06-06")).toBe(6);
    expect(weekday("2019-12-26")).toBe(4);
    expect(weekday("1969-12-31")).toBe(3);
  });
  it("rejects days that do not exist", () => {
    expect(isValidDate(2020, 2, 29)).toBe(true);
    expect(isValidDate(2019, 2, 29)).toBe(false);
    expect(isValidDate(2020, 4, 31)).toBe(false);
    expect(isValidDate(2020, 13, 1)).toBe(false);
  });
});
