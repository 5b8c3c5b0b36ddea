import { describe, expect, it } from "vitest";
import { assessClaims } from "../../src/core/assess.ts";
import type { Claim, Lean } from "../../src/core/types.ts";
import { claim } from "./claim-builder.ts";

const leans = new Map<string, Lean>([
  ["lna-tv", "pro-LNA"],
  ["gna-tv", "pro-GNA"],
  ["wire", "neutral"],
  ["blog", "unknown"],
]);

const status = (claims: Claim[]): Record<string, string> =>
  Object.fromEntries(assessClaims(claims, leans).map((c) => [c.id, c.status]));

describe("assessClaims", () => {
  it("keeps a claim 'claimed' while only outlets of the claimant's side report it", () => {
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "lna-tv", "LNA", "controls", "sirte", "2020-01-07"),
    ])).toEqual({ a: "claimed", b: "claimed" });
  });
  it("corroborates a capture when the other side's outlet reports its own withdrawal", () => {
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "gna-tv", "GNA", "withdrew", "sirte", "2020-01-07"),
    ])).toEqual({ a: "corroborated", b: "corroborated" });
  });
  it("corroborates a withdrawal voiced by the side that withdrew, whatever the outlet", () => {
    const c = claim("a", "lna-tv", "GNA", "withdrew", "sirte", "2020-01-06", { speaker: "GNA" });
    expect(status([c])).toEqual({ a: "corroborated" });
  });
  it("corroborates a capture with the loser's quoted admission, even in the winner's outlet", () => {
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-07", { speaker: "LNA" }),
      claim("b", "lna-tv", "GNA", "withdrew", "sirte", "2020-01-07", { speaker: "GNA" }),
    ])).toEqual({ a: "corroborated", b: "corroborated" });
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-07", { speaker: "LNA" }),
      claim("b", "lna-tv", "GNA", "withdrew", "sirte", "2020-01-07", { speaker: "LNA" }),
    ])).toEqual({ a: "claimed", b: "claimed" });
  });
  it("corroborates a report in a neutral outlet's own voice, but not one relaying the claimant", () => {
    expect(status([claim("a", "wire", "GNA", "entered", "tarhuna", "2020-06-05")])).toEqual({ a: "corroborated" });
    expect(status([
      claim("a", "gna-tv", "GNA", "entered", "tarhuna", "2020-06-05"),
      claim("b", "wire", "GNA", "entered", "tarhuna", "2020-06-05", { speaker: "GNA" }),
    ])).toEqual({ a: "claimed", b: "claimed" });
  });
  it("lets a backer's action count for the side it backs", () => {
    expect(status([
      claim("a", "gna-tv", "GNA", "struck", "sirte", "2020-06-06"),
      claim("b", "lna-tv", "TUR", "struck", "sirte", "2020-06-06"),
    ])).toEqual({ a: "corroborated", b: "corroborated" });
  });
  it("does not corroborate across places, outcomes, distant dates or unknown outlets", () => {
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "wire", "LNA", "captured", "misrata", "2020-01-06", { speaker: "other" }),
      claim("c", "gna-tv", "LNA", "withdrew", "sirte", "2020-01-06", { speaker: "LNA" }),
      claim("d", "gna-tv", "GNA", "withdrew", "sirte", "2020-02-20"),
      claim("e", "blog", "GNA", "withdrew", "sirte", "2020-01-06", { speaker: "other" }),
    ])).toMatchObject({ a: "claimed" });
  });
  it("widens the window by an approximate date's slack", () => {
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "gna-tv", "GNA", "withdrew", "sirte", "2020-01-14", { precision: "approximate" }),
    ])).toMatchObject({ a: "corroborated" });
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "gna-tv", "GNA", "withdrew", "sirte", "2020-01-14"),
    ])).toMatchObject({ a: "claimed" });
  });
  it("leaves intent and negated claims 'claimed' and never lets them corroborate", () => {
    expect(status([
      claim("a", "lna-tv", "LNA", "captured", "misrata", "2020-01-10"),
      claim("b", "gna-tv", "GNA", "withdrew", "misrata", "2020-01-10", { modality: "negated" }),
      claim("c", "wire", "LNA", "entered", "misrata", "2020-01-10", { modality: "intent" }),
    ])).toEqual({ a: "claimed", b: "claimed", c: "claimed" });
  });
  it("returns the input's claims in order, untouched when the status does not change", () => {
    const input = [claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06")];
    const out = assessClaims(input, leans);
    expect(out[0]).toBe(input[0]);
  });
});
