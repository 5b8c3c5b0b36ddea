import { dayNumber } from "./extract/iso-day.ts";
import { CONTROL_EFFECT, LEAN_SIDE, OPPONENT, PRECISION_SLACK_DAYS, SIDE_OF } from "./sides.ts";
import type { Claim, ClaimAction, HolderId, Lean } from "./types.ts";

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
  const corroborated = new Uint8Array(claims.length);
  claims.forEach((c, i) => {
    if (c.modality === "asserted" && (againstInterest(c, leans) || independent(c, claimant(c), leans))) corroborated[i] = 1;
  });
  for (const reports of reportsByPlace(claims, leans).values()) {
    for (const i of reports.claimIndices) {
      if (corroborated[i]) continue;
      const c = claims[i] as Claim;
      const side = claimant(c);
      const day = dayNumber(c.time.iso);
      const slack = PRECISION_SLACK_DAYS[c.time.precision];
      for (const r of reports.kinds.values()) {
        if (!r.independentOf.has(side) || !compatibleActions(c.action, SIDE_OF[c.actor], r.action, r.actorSide)) continue;
        if (anyWithin(r.days, day, CORROBORATION_WINDOW_DAYS + slack + r.slack)) {
          corroborated[i] = 1;
          break;
        }
      }
    }
  }
  return claims.map((c, i) => {
    const status = corroborated[i] ? "corroborated" : "claimed";
    return status === c.status ? c : { ...c, status };
  });
}

/**
 * Reports of one kind on one place: whether a report corroborates a claim depends only on its
 * action, its actor's side, its date's slack and which claimants it is independent of, so
 * reports alike share one sorted list of days and a claim asks each kind one range question
 * instead of meeting every other report (a long article makes thousands on one town).
 */
interface ReportKind {
  readonly action: ClaimAction;
  readonly actorSide: HolderId | null;
  readonly slack: number;
  readonly independentOf: ReadonlySet<HolderId | null>;
  readonly days: number[];
}

interface PlaceReports {
  /** The asserted claims naming the place, in input order. */
  readonly claimIndices: number[];
  readonly kinds: Map<string, ReportKind>;
}

const CLAIMANTS: readonly (HolderId | null)[] = ["GNA", "LNA", "ISIS", null];

function reportsByPlace(claims: readonly Claim[], leans: ReadonlyMap<string, Lean>): Map<string, PlaceReports> {
  const byPlace = new Map<string, PlaceReports>();
  claims.forEach((c, i) => {
    if (c.modality !== "asserted") return;
    const independentOf = new Set(CLAIMANTS.filter((side) => independent(c, side, leans)));
    const mask = CLAIMANTS.map((side) => (independentOf.has(side) ? 1 : 0)).join("");
    const actorSide = SIDE_OF[c.actor];
    const slack = PRECISION_SLACK_DAYS[c.time.precision];
    const key = `${c.action}|${actorSide}|${slack}|${mask}`;
    for (const p of new Set(c.placeIds)) {
      let place = byPlace.get(p);
      if (!place) byPlace.set(p, (place = { claimIndices: [], kinds: new Map() }));
      place.claimIndices.push(i);
      let kind = place.kinds.get(key);
      if (!kind) place.kinds.set(key, (kind = { action: c.action, actorSide, slack, independentOf, days: [] }));
      kind.days.push(dayNumber(c.time.iso));
    }
  });
  for (const place of byPlace.values()) for (const kind of place.kinds.values()) kind.days.sort((a, b) => a - b);
  return byPlace;
}

/** Whether the sorted `days` hold one within `reach` of `day`. */
function anyWithin(days: readonly number[], day: number, reach: number): boolean {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < day - reach) lo = mid + 1;
    else hi = mid;
  }
  return lo < days.length && (days[lo] as number) <= day + reach;
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

/** Whether reports of these two kinds on a shared place tell of one outcome (see the table above). */
function compatibleActions(aAction: ClaimAction, sa: HolderId | null, bAction: ClaimAction, sb: HolderId | null): boolean {
  const ea = CONTROL_EFFECT[aAction];
  const eb = CONTROL_EFFECT[bAction];
  if (ea !== null && eb !== null) {
    if (sa === null || sb === null) return false;
    return ea === eb ? sa === sb : sa !== sb;
  }
  if (ea !== null || eb !== null) return false;
  if (aAction === "contested" || bAction === "contested") return aAction === bAction;
  return aAction === bAction && sa !== null && sa === sb;
}
