import { dayNumber } from "./extract/iso-day.ts";
import { CONTROL_EFFECT, SIDE_OF } from "./sides.ts";
import type { Claim, ClaimAction, HolderId } from "./types.ts";

/**
 * Disagreements: control claims about one place that cannot all be true within a few days.
 *
 * Only asserted control claims take part: captured / entered / controls by A ("A holds X
 * after t") and withdrew by A ("A does not hold X after t"). Backers count for the side they
 * back. Strikes, advances, sieges, intent, negated and conditional claims say nothing about
 * who holds the place and never conflict; month- or year-precise claims are too vague to.
 *
 * Two claims conflict when they come from different sources, or from one source quoting
 * different speakers, their times are at most `windowDays` apart (plus a 3-day slack for an
 * approximate date), and:
 * - rival-holders: they name different holders (the LNA took Sirte on d; the GNA entered it on
 *   d+2). Not a conflict: "B controls X" strictly before "A captured X" (the place changed
 *   hands as the capture says).
 * - holds-vs-withdrew: one says A holds X, the other that A withdrew from X, and it is not the
 *   ordinary sequence "A took/held X, then strictly later A withdrew".
 * Never a conflict: two sources agreeing; "A took X" with "B withdrew from X"; two withdrawals;
 * claims farther apart than the window (towns do change hands over weeks).
 *
 * Default window: 3 days. Outlets report a capture within a day or two of it, and front lines
 * in this war rarely moved back and forth within three days, so two incompatible reports that
 * close are about the same moment and one of them is wrong; wider windows start pairing real
 * successive events (a town lost and retaken a week later).
 *
 * Conflicting pairs on a place are joined into one disagreement (connected claims), with a
 * side per position ("LNA holds", "GNA withdrew"…).
 */
export const DEFAULT_WINDOW_DAYS = 3;
const APPROXIMATE_SLACK_DAYS = 3;

export type DisagreementKind = "rival-holders" | "holds-vs-withdrew";

/** What one side of a disagreement says about the place. */
export interface Position {
  readonly holder: HolderId;
  readonly stance: "holds" | "withdrew";
}

export interface DisagreementSide {
  readonly position: Position;
  readonly claims: readonly Claim[];
  /** The sources reporting this side, sorted, each once. */
  readonly sourceIds: readonly string[];
}

export interface Disagreement {
  /** Stable: derived from the place and the claims involved. */
  readonly id: string;
  readonly placeId: string;
  readonly kind: DisagreementKind;
  /** First and last claim dates involved (ISO, inclusive). */
  readonly window: { readonly from: string; readonly to: string };
  readonly sides: readonly [DisagreementSide, DisagreementSide, ...DisagreementSide[]];
}

interface Stated {
  readonly claim: Claim;
  readonly position: Position;
  /** Capture or entry: a change of hands, not a state. */
  readonly transition: boolean;
}

function statedOf(c: Claim): Stated | null {
  if (c.modality !== "asserted") return null;
  if (c.time.precision === "month" || c.time.precision === "year") return null;
  const effect = CONTROL_EFFECT[c.action];
  const holder = SIDE_OF[c.actor];
  if (effect === null || holder === null) return null;
  return {
    claim: c,
    position: { holder, stance: effect === "gains" ? "holds" : "withdrew" },
    transition: c.action === "captured" || c.action === "entered",
  };
}

export function findDisagreements(claims: readonly Claim[], opts: { windowDays?: number } = {}): Disagreement[] {
  const windowDays = opts.windowDays ?? DEFAULT_WINDOW_DAYS;
  const byPlace = new Map<string, Stated[]>();
  for (const c of claims) {
    const s = statedOf(c);
    if (!s) continue;
    for (const p of new Set(c.placeIds)) {
      const list = byPlace.get(p);
      if (list) list.push(s);
      else byPlace.set(p, [s]);
    }
  }
  const out: Disagreement[] = [];
  for (const [placeId, stated] of byPlace) {
    stated.sort((a, b) => (a.claim.time.iso < b.claim.time.iso ? -1 : a.claim.time.iso > b.claim.time.iso ? 1 : 0));
    for (const cluster of conflictClusters(stated, windowDays)) {
      out.push(disagreement(placeId, cluster.kinds.has("rival-holders") ? "rival-holders" : "holds-vs-withdrew", cluster.members));
    }
  }
  return out.sort((a, b) => (a.window.from < b.window.from ? -1 : a.window.from > b.window.from ? 1 : a.placeId < b.placeId ? -1 : 1));
}

/**
 * Claims on one place that say the same thing in the same voice on the same day: whether one
 * conflicts with another claim depends only on these, so conflicts are found between groups,
 * not between every two claims (a long article can make thousands of claims about one town).
 */
interface Group {
  readonly stated: Stated;
  readonly day: number;
  /** Positions of the members in the date-sorted list, ascending. */
  readonly positions: number[];
  /** The last position among the groups this one conflicts with (-1: none). */
  lastRival: number;
}

interface Cluster {
  readonly kinds: Set<DisagreementKind>;
  readonly members: Stated[];
  /** The first position with a conflict to a later claim: orders clusters as pairs would. */
  firstConflict: number;
}

/** Connected conflicting claims, in the order of each cluster's first conflict. */
function conflictClusters(stated: readonly Stated[], windowDays: number): Cluster[] {
  const groups: Group[] = [];
  const groupAt = new Int32Array(stated.length);
  const byKey = new Map<string, number>();
  stated.forEach((s, at) => {
    const c = s.claim;
    const key = `${c.time.iso}|${slack(c)}|${c.sourceId}|${c.attribution.speaker}|${s.position.holder}|${s.position.stance}|${s.transition}`;
    let g = byKey.get(key);
    if (g === undefined) {
      g = groups.length;
      byKey.set(key, g);
      groups.push({ stated: s, day: dayNumber(c.time.iso), positions: [], lastRival: -1 });
    }
    (groups[g] as Group).positions.push(at);
    groupAt[at] = g;
  });
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const edges: [number, number, DisagreementKind][] = [];
  // Groups are in date order (first seen in the sorted list), so a later group is never earlier.
  for (let i = 0; i < groups.length; i++) {
    const a = groups[i] as Group;
    for (let j = i + 1; j < groups.length; j++) {
      const b = groups[j] as Group;
      const gap = b.day - a.day;
      if (gap > windowDays + 2 * APPROXIMATE_SLACK_DAYS) break; // sorted: nothing later fits
      if (gap > windowDays + slack(a.stated.claim) + slack(b.stated.claim)) continue;
      // Same day: `conflict` is symmetric, so the order within the day does not matter.
      const kind = conflict(a.stated, b.stated, gap);
      if (!kind) continue;
      edges.push([i, j, kind]);
      a.lastRival = Math.max(a.lastRival, b.positions[b.positions.length - 1] as number);
      b.lastRival = Math.max(b.lastRival, a.positions[a.positions.length - 1] as number);
    }
  }
  for (const [i, j] of edges) parent[find(i)] = find(j);
  const clusters = new Map<number, Cluster>();
  for (const [i, , kind] of edges) {
    const root = find(i);
    let cluster = clusters.get(root);
    if (!cluster) clusters.set(root, (cluster = { kinds: new Set(), members: [], firstConflict: Number.POSITIVE_INFINITY }));
    cluster.kinds.add(kind);
  }
  groups.forEach((g, i) => {
    const first = g.positions[0] as number;
    const cluster = clusters.get(find(i));
    if (cluster && first < g.lastRival) cluster.firstConflict = Math.min(cluster.firstConflict, first);
  });
  stated.forEach((s, at) => clusters.get(find(groupAt[at] as number))?.members.push(s));
  return [...clusters.values()].sort((x, y) => x.firstConflict - y.firstConflict);
}

const slack = (c: Claim): number => (c.time.precision === "approximate" ? APPROXIMATE_SLACK_DAYS : 0);

/** `a` is not later than `b`; `gap` is the days from a to b. */
function conflict(a: Stated, b: Stated, gap: number): DisagreementKind | null {
  const sameVoice = a.claim.sourceId === b.claim.sourceId && a.claim.attribution.speaker === b.claim.attribution.speaker;
  if (sameVoice) return null;
  const pa = a.position;
  const pb = b.position;
  if (pa.stance === "holds" && pb.stance === "holds") {
    if (pa.holder === pb.holder) return null;
    const changedHands = !a.transition && b.transition && gap > 0;
    return changedHands ? null : "rival-holders";
  }
  if (pa.holder !== pb.holder || pa.stance === pb.stance) return null;
  // Same holder, one holds and one withdrew: fine only as "held, then strictly later left".
  const heldThenLeft = pa.stance === "holds" && pb.stance === "withdrew" && gap > 0;
  return heldThenLeft ? null : "holds-vs-withdrew";
}

function disagreement(placeId: string, kind: DisagreementKind, members: readonly Stated[]): Disagreement {
  const groups = new Map<string, { position: Position; claims: Claim[] }>();
  for (const m of members) {
    const key = `${m.position.holder}:${m.position.stance}`;
    const g = groups.get(key) ?? { position: m.position, claims: [] };
    g.claims.push(m.claim);
    groups.set(key, g);
  }
  const sides = [...groups.values()]
    .map((g) => ({ position: g.position, claims: g.claims, sourceIds: [...new Set(g.claims.map((c) => c.sourceId))].sort() }))
    .sort((x, y) => sideOrder(x.position) - sideOrder(y.position));
  const times = members.map((m) => m.claim.time.iso).sort();
  const ids = members.map((m) => m.claim.id).sort();
  return {
    id: `d-${hash(`${placeId}|${ids.join(",")}`)}`,
    placeId,
    kind,
    window: { from: times[0] as string, to: times[times.length - 1] as string },
    // Every conflict joins two different positions, so a cluster has at least two sides.
    sides: sides as unknown as Disagreement["sides"],
  };
}

const HOLDER_ORDER: Readonly<Record<HolderId, number>> = { GNA: 0, LNA: 1, ISIS: 2 };
const sideOrder = (p: Position): number => HOLDER_ORDER[p.holder] * 2 + (p.stance === "holds" ? 0 : 1);

/** FNV-1a, 32-bit, base 36. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const CONTROL_ACTIONS: ReadonlySet<ClaimAction> = new Set(["captured", "controls", "entered", "withdrew"]);

/** The claim a source's layer shows for one place at a moment of the timeline. */
export interface LatestClaim {
  readonly sourceId: string;
  readonly placeId: string;
  readonly claim: Claim;
}

/**
 * The map's timeline: per (source, place), the latest asserted control claim (captured,
 * controls, entered, withdrew) dated on or before `isoDate`. Ties on the date go to the claim
 * given later. One pass, no sort; results in order of first appearance.
 */
export function latestClaimsAsOf(claims: readonly Claim[], isoDate: string): LatestClaim[] {
  const latest = new Map<string, LatestClaim>();
  for (const c of claims) {
    if (c.modality !== "asserted" || !CONTROL_ACTIONS.has(c.action) || c.time.iso > isoDate) continue;
    for (const placeId of new Set(c.placeIds)) {
      const key = `${c.sourceId}\u0000${placeId}`;
      const prev = latest.get(key);
      if (!prev || prev.claim.time.iso <= c.time.iso) latest.set(key, { sourceId: c.sourceId, placeId, claim: c });
    }
  }
  return [...latest.values()];
}
