import { describe, expect, it } from "vitest";
import { readingOf } from "../../src/app/source-reading.ts";
import { claim } from "../core/claim-builder.ts";

describe("what one source says holds a place", () => {
  it("names a backer's side as the holder", () => {
    expect(readingOf([claim("c", "s", "TUR", "entered", "p", "2020-06-06")])).toEqual({ kind: "holds", holders: ["GNA"] });
  });

  it("shows both sides when the source itself says both gained, in a fixed order", () => {
    expect(readingOf([claim("a", "s", "LNA", "controls", "p", "2020-06-06"), claim("b", "s", "GNA", "captured", "p", "2020-06-06")])).toEqual({ kind: "holds", holders: ["GNA", "LNA"] });
  });

  it("says only who left when the source names no holder", () => {
    expect(readingOf([claim("a", "s", "LNA", "withdrew", "p", "2020-06-06")])).toEqual({ kind: "left", leavers: ["LNA"] });
  });

  it("calls an unnamed force's capture unknown, and reads nothing from strikes", () => {
    expect(readingOf([claim("a", "s", "UNKNOWN", "captured", "p", "2020-06-06")])).toEqual({ kind: "holds", holders: ["unknown"] });
    expect(readingOf([claim("a", "s", "LNA", "struck", "p", "2020-06-06")])).toBeNull();
  });
});
