import { describe, expect, it } from "vitest";
import { cliticReadings, withoutParticles } from "../../../src/core/text/clitics.ts";

describe("cliticReadings", () => {
  it("keeps the whole token as the first reading", () => {
    expect(cliticReadings("بنغازي")[0]).toEqual({ prefix: "", stem: "بنغازي" });
  });

  it("strips conjunctions, prepositions and the article in combination", () => {
    expect(withoutParticles("وبالجفره")).toEqual(expect.arrayContaining(["بالجفره", "الجفره", "جفره"]));
    expect(withoutParticles("وسرت")).toContain("سرت");
    expect(withoutParticles("فالوشكه")).toContain("الوشكه");
    expect(withoutParticles("كالعاده")).toContain("العاده");
  });

  it("restores the article dropped after lam ('لل' = ل + ال)", () => {
    expect(withoutParticles("للجيش")).toContain("الجيش");
    expect(withoutParticles("وللقوات")).toContain("القوات");
  });

  it("offers a name that begins with a clitic-like letter intact", () => {
    const stems = withoutParticles("وبنغازي");
    expect(stems).toContain("بنغازي");
    expect(stems.indexOf("بنغازي")).toBeLessThan(stems.indexOf("نغازي"));
  });

  it("never strips a token down to a single letter", () => {
    expect(withoutParticles("وب")).toEqual(["وب"]);
  });
});
