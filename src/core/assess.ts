import { dayNumber } from "./extract/iso-day.ts";
import { CONTROL_EFFECT, LEAN_SIDE, OPPONENT, PRECISION_SLACK_DAYS, SIDE_OF } from "./sides.ts";
import type { Claim, HolderId, Lean } from "./types.ts";

/**
 * Claim status across sources.
 *
 * A claim is "claimed" while only its claimant's side says it. It becomes "corroborated" when
 * - it goes against the interest of whoever voices it: a GNA speaker (or a pro-GNA outlet in
 *   its own voice) saying the GNA withdrew, or the enemy struck; or
 * - some report compatible with it (itself included) is independent of the claimant: its
 *   outlet is neutral or leans the other way, AND its voice (the quoted speaker, or the outlet
 *   when it speaks for itself) is not the claimant. A neutral outlet relaying "قالت قوات حفتر
 *   إنها سيطرت" is the claimant talking, not a corroboration; an outlet of unknown lean counts
 *   for nothing. A quoted admission by the other side ("قالت قوات الوفاق إنها انسحبت") is
 *   independent whatever the outlet that relays it.
 * The claimant is the side the claim favours: the actor's side for gains, advances, strikes,
 * sieges, repelled attacks and reinforcements; the opponent for a withdrawal; nobody for
 * "contested" (then any independent report corroborates).
 *
 * Compatible reports (same place, same outcome, times within the window):
 * | this claim             | is compatible with                                   |
 * | captured/controls/entered by A | captured/controls/entered by A; withdrew by B ≠ A |
 * | withdrew by B          | withdrew by B; captured/controls/entered by A ≠ B     |
 * | other actions by A     | the same action by A's side                          |
 * | contested              | contested                                            |
 * Window: CORROBORATION_WINDOW_DAYS plus each date's precision slack (a week for an
 * approximate date, half a month/year for month/year precision): reports of one event
 * written a few days apart still meet. Only asserted claims are assessed; intent, negated
 * and conditional claims stay "claimed".
 */
export const CORROBORATION_WINDOW_DAYS = 3;

export function assessClaims(claims: readonly Claim[], leans: ReadonlyMap<string, Lean>): Claim[] {
  const byPlace = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (c.modality !== "asserted") return;
    for (const p of new Set(c.placeIds)) {
      const list = byPlace.get(p);
      if (list) list.push(i);
      else byPlace.set(p, [i]);
    }
  });
  const corroborated = new Uint8Array(claims.length);
  claims.forEach((c, i) => {
    if (c.modality === "asserted" && (againstInterest(c, leans) || independent(c, claimant(c), leans))) corroborated[i] = 1;
  });
  const day = claims.map((c) => dayNumber(c.time.iso));
  const slack = claims.map((c) => PRECISION_SLACK_DAYS[c.time.precision]);
  for (const indices of byPlace.values()) {
    // Sorted by day, each claim only looks at the neighbours its window can reach.
    indices.sort((a, b) => (day[a] as number) - (day[b] as number));
    const maxSlack = indices.reduce((m, i) => Math.max(m, slack[i] as number), 0);
    indices.forEach((i, at) => {
      if (corroborated[i]) return;
      const c = claims[i] as Claim;
      const side = claimant(c);
      const reach = CORROBORATION_WINDOW_DAYS + (slack[i] as number) + maxSlack;
      const meets = (j: number): boolean => {
        const gap = Math.abs((day[j] as number) - (day[i] as number));
        if (gap > CORROBORATION_WINDOW_DAYS + (slack[i] as number) + (slack[j] as number)) return false;
        return compatible(c, claims[j] as Claim) && independent(claims[j] as Claim, side, leans);
      };
      const near = (k: number): boolean => Math.abs((day[indices[k] as number] as number) - (day[i] as number)) <= reach;
      let found = false;
      for (let k = at + 1; !found && k < indices.length && near(k); k++) found = meets(indices[k] as number);
      for (let k = at - 1; !found && k >= 0 && near(k); k--) found = meets(indices[k] as number);
      if (found) corroborated[i] = 1;
    });
  }
  return claims.map((c, i) => {
    const status = corroborated[i] ? "corroborated" : "claimed";
    return status === c.status ? c : { ...c, status };
  });
}

/** The side a claim favours, or null when it favours nobody in particular. */
export function claimant(c: Claim): HolderId | null {
  const side = SIDE_OF[c.actor];
  if (side === null || c.action === "contested") return null;
  return CONTROL_EFFECT[c.action] === "loses" ? OPPONENT[side] : side;
}

/** The side whose voice carries the claim: the quoted speaker, or the outlet's own lean. */
function voice(c: Claim, leans: ReadonlyMap<string, Lean>): HolderId | null {
  const s = c.attribution.speaker;
  if (s === "outlet") return LEAN_SIDE[leans.get(c.sourceId) ?? "unknown"];
  if (s === "other") return null;
  return SIDE_OF[s];
}

function againstInterest(c: Claim, leans: ReadonlyMap<string, Lean>): boolean {
  const v = voice(c, leans);
  if (v === null) return false;
  const side = SIDE_OF[c.actor];
  if (CONTROL_EFFECT[c.action] === "loses" && side === v) return true;
  const favoured = claimant(c);
  return favoured !== null && favoured !== v;
}

function independent(d: Claim, claimantSide: HolderId | null, leans: ReadonlyMap<string, Lean>): boolean {
  if (d.modality !== "asserted") return false;
  // The other side admitting it ("قالت قوات الوفاق إنها انسحبت"), in whatever outlet.
  const v = voice(d, leans);
  if (v !== null && v !== claimantSide && d.attribution.speaker !== "outlet" && againstInterest(d, leans)) return true;
  const lean = leans.get(d.sourceId) ?? "unknown";
  if (lean === "unknown") return false;
  if (claimantSide === null) return lean === "neutral";
  return LEAN_SIDE[lean] !== claimantSide && voice(d, leans) !== claimantSide;
}

function compatible(a: Claim, b: Claim): boolean {
  if (!a.placeIds.some((p) => b.placeIds.includes(p))) return false;
  const ea = CONTROL_EFFECT[a.action];
  const eb = CONTROL_EFFECT[b.action];
  const sa = SIDE_OF[a.actor];
  const sb = SIDE_OF[b.actor];
  if (ea !== null && eb !== null) {
    if (sa === null || sb === null) return false;
    return ea === eb ? sa === sb : sa !== sb;
  }
  if (ea !== null || eb !== null) return false;
  if (a.action === "contested" || b.action === "contested") return a.action === b.action;
  return a.action === b.action && sa !== null && sa === sb;
}
