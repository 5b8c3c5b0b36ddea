import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessClaims, claimant } from "../../src/core/assess.ts";
import { findDisagreements } from "../../src/core/conflicts.ts";
import { daysBetween } from "../../src/core/extract/iso-day.ts";
import { CONTROL_EFFECT, LEAN_SIDE, PRECISION_SLACK_DAYS, SIDE_OF } from "../../src/core/sides.ts";
import type { ActorId, Claim, ClaimAction, DatePrecision, HolderId, Lean, Modality } from "../../src/core/types.ts";
import { claim } from "./claim-builder.ts";

/*
 * The cross-source steps group alike reports instead of comparing every two claims (a long
 * article makes tens of thousands). These oracles are the definitions read pair by pair, as
 * the steps were first written: on random claims both must give exactly the same answer.
 */

const leans = new Map<string, Lean>([
  ["lna-tv", "pro-LNA"],
  ["gna-tv", "pro-GNA"],
  ["wire", "neutral"],
  ["blog", "unknown"],
]);

const ACTORS: ActorId[] = ["LNA", "GNA", "TUR", "WAGNER", "ISIS", "FRA", "UNKNOWN"];
const ACTIONS: ClaimAction[] = ["captured", "controls", "entered", "withdrew", "advancing", "struck", "contested", "besieging"];
const SPEAKERS: (ActorId | "outlet" | "other")[] = ["outlet", "outlet", "GNA", "LNA", "TUR", "other"];
const PRECISIONS: DatePrecision[] = ["day", "day", "day", "approximate", "month"];
const MODALITIES: Modality[] = ["asserted", "asserted", "asserted", "intent", "negated"];

const randomClaims = fc
  .array(
    fc.record({
      source: fc.constantFrom(...leans.keys()),
      actor: fc.constantFrom(...ACTORS),
      action: fc.constantFrom(...ACTIONS),
      place: fc.constantFrom("sirte", "tarhuna", "gharyan"),
      second: fc.constantFrom(null, "sirte", "jufra"),
      day: fc.integer({ min: 1, max: 28 }),
      precision: fc.constantFrom(...PRECISIONS),
      modality: fc.constantFrom(...MODALITIES),
      speaker: fc.constantFrom(...SPEAKERS),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      claim(`c${i}`, r.source, r.actor, r.action, r.place, `2020-02-${String(r.day).padStart(2, "0")}`, {
        speaker: r.speaker,
        modality: r.modality,
        precision: r.precision,
        places: r.second ? [r.second] : [],
      }),
    ),
  );

describe("cross-source steps at scale", () => {
  it("assesses every claim as meeting each other report pair by pair would", () => {
    fc.assert(
      fc.property(randomClaims, (claims) => {
        expect(assessClaims(claims, leans).map((c) => c.status)).toEqual(pairwiseStatuses(claims));
      }),
      { numRuns: 400 },
    );
  });

  it("finds the same disagreements, in the same order, as comparing every pair of claims", () => {
    fc.assert(
      fc.property(randomClaims, fc.constantFrom(1, 3, 10), (claims, windowDays) => {
        const found = findDisagreements(claims, { windowDays }).map((d) => ({
          placeId: d.placeId,
          kind: d.kind,
          ids: d.sides.flatMap((s) => s.claims.map((c) => c.id)).sort(),
        }));
        expect(found).toEqual(pairwiseDisagreements(claims, windowDays));
      }),
      { numRuns: 400 },
    );
  });

  it("joins thousands of same-day claims on one town into one disagreement", () => {
    const claims = Array.from({ length: 6000 }, (_, i) =>
      claim(`c${i}`, i % 2 ? "lna-tv" : "gna-tv", i % 2 ? "LNA" : "GNA", "controls", "sirte", "2020-02-10"),
    );
    const [only, ...rest] = findDisagreements(claims);
    expect(rest).toEqual([]);
    expect(only?.sides.map((s) => s.claims.length)).toEqual([3000, 3000]);
    expect(assessClaims(claims, leans).every((c) => c.status === "claimed")).toBe(true);
  });
});

// ---- the oracles: the pair-by-pair definitions -------------------------------------------

function voice(c: Claim): HolderId | null {
  const s = c.attribution.speaker;
  if (s === "outlet") return LEAN_SIDE[leans.get(c.sourceId) ?? "unknown"];
  return s === "other" ? null : SIDE_OF[s];
}

function againstInterest(c: Claim): boolean {
  const v = voice(c);
  if (v === null) return false;
  if (CONTROL_EFFECT[c.action] === "loses" && SIDE_OF[c.actor] === v) return true;
  const favoured = claimant(c);
  return favoured !== null && favoured !== v;
}

function independent(d: Claim, side: HolderId | null): boolean {
  if (d.modality !== "asserted") return false;
  const v = voice(d);
  if (v !== null && v !== side && d.attribution.speaker !== "outlet" && againstInterest(d)) return true;
  const lean = leans.get(d.sourceId) ?? "unknown";
  if (lean === "unknown") return false;
  if (side === null) return lean === "neutral";
  return LEAN_SIDE[lean] !== side && voice(d) !== side;
}

function compatible(a: Claim, b: Claim): boolean {
  if (!a.placeIds.some((p) => b.placeIds.includes(p))) return false;
  const [ea, eb, sa, sb] = [CONTROL_EFFECT[a.action], CONTROL_EFFECT[b.action], SIDE_OF[a.actor], SIDE_OF[b.actor]];
  if (ea !== null && eb !== null) return sa !== null && sb !== null && (ea === eb ? sa === sb : sa !== sb);
  if (ea !== null || eb !== null) return false;
  if (a.action === "contested" || b.action === "contested") return a.action === b.action;
  return a.action === b.action && sa !== null && sa === sb;
}

function pairwiseStatuses(claims: readonly Claim[]): string[] {
  return claims.map((c) => {
    if (c.modality !== "asserted") return "claimed";
    if (againstInterest(c) || independent(c, claimant(c))) return "corroborated";
    const meets = claims.some(
      (d, j) =>
        d !== c &&
        d.modality === "asserted" &&
        Math.abs(daysBetween(c.time.iso, d.time.iso)) <= 3 + PRECISION_SLACK_DAYS[c.time.precision] + PRECISION_SLACK_DAYS[d.time.precision] &&
        compatible(c, claims[j] as Claim) &&
        independent(d, claimant(c)),
    );
    return meets ? "corroborated" : "claimed";
  });
}

interface Stated {
  claim: Claim;
  holder: HolderId;
  stance: "holds" | "withdrew";
  transition: boolean;
}

function pairwiseDisagreements(claims: readonly Claim[], windowDays: number): { placeId: string; kind: string; ids: string[] }[] {
  const byPlace = new Map<string, Stated[]>();
  for (const c of claims) {
    const effect = CONTROL_EFFECT[c.action];
    const holder = SIDE_OF[c.actor];
    if (c.modality !== "asserted" || c.time.precision === "month" || c.time.precision === "year" || effect === null || holder === null) continue;
    const s: Stated = { claim: c, holder, stance: effect === "gains" ? "holds" : "withdrew", transition: c.action === "captured" || c.action === "entered" };
    for (const p of new Set(c.placeIds)) byPlace.set(p, [...(byPlace.get(p) ?? []), s]);
  }
  const slack = (c: Claim): number => (c.time.precision === "approximate" ? 3 : 0);
  const out: { placeId: string; kind: string; ids: string[]; from: string }[] = [];
  for (const [placeId, stated] of byPlace) {
    stated.sort((a, b) => (a.claim.time.iso < b.claim.time.iso ? -1 : a.claim.time.iso > b.claim.time.iso ? 1 : 0));
    const root = stated.map((_, i) => i);
    const find = (i: number): number => (root[i] === i ? i : find(root[i] as number));
    const edges: [number, string][] = [];
    stated.forEach((a, i) =>
      stated.forEach((b, j) => {
        if (j <= i) return;
        const gap = daysBetween(a.claim.time.iso, b.claim.time.iso);
        if (gap > windowDays + slack(a.claim) + slack(b.claim)) return;
        if (a.claim.sourceId === b.claim.sourceId && a.claim.attribution.speaker === b.claim.attribution.speaker) return;
        let kind: string | null = null;
        if (a.stance === "holds" && b.stance === "holds") kind = a.holder !== b.holder && !(!a.transition && b.transition && gap > 0) ? "rival-holders" : null;
        else if (a.holder === b.holder && a.stance !== b.stance) kind = a.stance === "holds" && gap > 0 ? null : "holds-vs-withdrew";
        if (!kind) return;
        root[find(i)] = find(j);
        edges.push([i, kind]);
      }),
    );
    const kinds = new Map<number, Set<string>>();
    for (const [i, kind] of edges) kinds.set(find(i), (kinds.get(find(i)) ?? new Set()).add(kind));
    for (const [r, set] of kinds) {
      const members = stated.filter((_, i) => find(i) === r).map((s) => s.claim);
      out.push({
        placeId,
        kind: set.has("rival-holders") ? "rival-holders" : "holds-vs-withdrew",
        ids: members.map((c) => c.id).sort(),
        from: members.map((c) => c.time.iso).sort()[0] as string,
      });
    }
  }
  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.placeId < b.placeId ? -1 : 1));
  return out.map(({ placeId, kind, ids }) => ({ placeId, kind, ids }));
}
