import { describe, expect, it } from "vitest";
import { findDisagreements, latestClaimsAsOf } from "../../src/core/conflicts.ts";
import { claim } from "./claim-builder.ts";

describe("findDisagreements", () => {
  it("finds rival holders of a place within three days, one side per position", () => {
    const d = findDisagreements([
      claim("a", "lna-tv", "LNA", "controls", "sirte", "2020-06-06"),
      claim("b", "gna-tv", "GNA", "entered", "sirte", "2020-06-05"),
      claim("c", "wire", "GNA", "captured", "sirte", "2020-06-06", { speaker: "GNA" }),
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ placeId: "sirte", kind: "rival-holders", window: { from: "2020-06-05", to: "2020-06-06" } });
    expect(d[0]?.sides.map((s) => [s.position.holder, s.position.stance, s.sourceIds])).toEqual([
      ["GNA", "holds", ["gna-tv", "wire"]],
      ["LNA", "holds", ["lna-tv"]],
    ]);
  });
  it("finds a side said to hold a place it is said to have left", () => {
    const d = findDisagreements([
      claim("a", "gna-tv", "GNA", "controls", "sirte", "2020-01-07"),
      claim("b", "lna-tv", "GNA", "withdrew", "sirte", "2020-01-06"),
    ]);
    expect(d.map((x) => x.kind)).toEqual(["holds-vs-withdrew"]);
  });
  it("counts two speakers quoted by one outlet as two voices", () => {
    const d = findDisagreements([
      claim("a", "wire", "GNA", "entered", "tarhuna", "2020-06-05", { speaker: "GNA" }),
      claim("b", "wire", "LNA", "controls", "tarhuna", "2020-06-05", { speaker: "LNA" }),
    ]);
    expect(d).toHaveLength(1);
  });
  it("does not flag agreement, captures with the loser's withdrawal, or two withdrawals", () => {
    expect(findDisagreements([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "wire", "LNA", "controls", "sirte", "2020-01-07"),
      claim("c", "gna-tv", "GNA", "withdrew", "sirte", "2020-01-06"),
      claim("d", "wire", "ISIS", "withdrew", "sirte", "2020-01-06"),
    ])).toEqual([]);
  });
  it("does not flag strikes, advances, intent or negated claims", () => {
    expect(findDisagreements([
      claim("a", "lna-tv", "LNA", "controls", "sirte", "2020-06-06"),
      claim("b", "gna-tv", "GNA", "struck", "sirte", "2020-06-06"),
      claim("c", "gna-tv", "GNA", "advancing", "sirte", "2020-06-06"),
      claim("d", "gna-tv", "GNA", "entered", "sirte", "2020-06-06", { modality: "intent" }),
      claim("e", "gna-tv", "GNA", "captured", "sirte", "2020-06-06", { modality: "negated" }),
    ])).toEqual([]);
  });
  it("does not flag claims weeks apart, or a place changing hands as a capture says", () => {
    expect(findDisagreements([
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "gna-tv", "GNA", "captured", "sirte", "2020-06-06"),
    ])).toEqual([]);
    expect(findDisagreements([
      claim("a", "gna-tv", "GNA", "controls", "sirte", "2020-01-04"),
      claim("b", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("c", "lna-tv", "GNA", "controls", "tarhuna", "2020-06-03"),
      claim("d", "gna-tv", "GNA", "withdrew", "tarhuna", "2020-06-05"),
    ])).toEqual([]);
  });
  it("ignores claims one source makes in one voice, and month-precise claims", () => {
    expect(findDisagreements([
      claim("a", "gna-tv", "GNA", "captured", "sirte", "2020-06-06"),
      claim("b", "gna-tv", "LNA", "controls", "sirte", "2020-06-06"),
      claim("c", "lna-tv", "LNA", "controls", "sirte", "2020-06-01", { precision: "month" }),
    ])).toEqual([]);
  });
  it("respects a narrower or wider window", () => {
    const claims = [
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "gna-tv", "GNA", "entered", "sirte", "2020-01-09"),
    ];
    expect(findDisagreements(claims)).toHaveLength(1);
    expect(findDisagreements(claims, { windowDays: 2 })).toHaveLength(0);
    expect(findDisagreements([claims[0]!, { ...claims[1]!, time: { iso: "2020-01-16", precision: "day" } }], { windowDays: 10 })).toHaveLength(1);
  });
  it("gives a disagreement the same id whatever the input order", () => {
    const claims = [
      claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06"),
      claim("b", "gna-tv", "GNA", "entered", "sirte", "2020-01-07"),
    ];
    expect(findDisagreements(claims)[0]?.id).toBe(findDisagreements([...claims].reverse())[0]?.id);
  });
});

describe("latestClaimsAsOf", () => {
  const claims = [
    claim("a", "lna-tv", "LNA", "captured", "sirte", "2020-01-06", { places: ["jufra"] }),
    claim("b", "gna-tv", "GNA", "withdrew", "sirte", "2020-01-06"),
    claim("c", "gna-tv", "GNA", "entered", "sirte", "2020-06-06"),
    claim("d", "gna-tv", "GNA", "struck", "sirte", "2020-06-07"),
    claim("e", "lna-tv", "LNA", "controls", "sirte", "2020-03-01", { modality: "intent" }),
  ];
  const asOf = (iso: string): string[] => latestClaimsAsOf(claims, iso).map((l) => `${l.sourceId}/${l.placeId}:${l.claim.id}`);
  it("gives each source's latest asserted control claim per place on or before the date", () => {
    expect(asOf("2020-01-05")).toEqual([]);
    expect(asOf("2020-01-06")).toEqual(["lna-tv/sirte:a", "lna-tv/jufra:a", "gna-tv/sirte:b"]);
    expect(asOf("2020-06-30")).toEqual(["lna-tv/sirte:a", "lna-tv/jufra:a", "gna-tv/sirte:c"]);
  });
  it("lets the later of two same-day claims win", () => {
    const same = [claim("x", "s", "LNA", "controls", "p", "2020-01-01"), claim("y", "s", "GNA", "captured", "p", "2020-01-01")];
    expect(latestClaimsAsOf(same, "2020-01-01").map((l) => l.claim.id)).toEqual(["y"]);
  });
});
