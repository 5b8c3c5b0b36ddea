import type { PlaceMention } from "../types.ts";
import type { Doc } from "./document.ts";

/**
 * Place mentions located on the token stream, so relation patterns can ask "does a place
 * start/end at token i?" in O(1). Place evidence is in original offsets; it is mapped back to
 * normalised offsets once (the offset map is monotonic: binary search).
 */
export interface PlacesByToken {
  /** Index into `places` of the mention whose first token is global token g. */
  startingAt(g: number): number | undefined;
  /** Index into `places` of the mention whose last token is global token g. */
  endingAt(g: number): number | undefined;
  firstToken(p: number): number;
  /** The last mention starting before global token g, or -1. */
  lastBefore(g: number): number;
  /** Normalised span of mention p (clitic letters excluded, as the mention has it). */
  normStart(p: number): number;
  normEnd(p: number): number;
  /** True when global token g is part of some mention ("جنوب السودان", "طرابلس الغرب"). */
  covers(g: number): boolean;
}

export function placesByToken(doc: Doc, places: readonly PlaceMention[]): PlacesByToken {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  const first: number[] = [];
  const nStart: number[] = [];
  const nEnd: number[] = [];
  const covered = new Uint8Array(doc.tokens.length);
  // Built on first use: only an anaphor ("المدينة الواقعة …") asks.
  let lastBefore: ((g: number) => number) | undefined;
  places.forEach((m, p) => {
    const s = normalisedOffset(doc, m.evidence.start);
    const e = Math.max(s + 1, normalisedOffset(doc, m.evidence.end));
    const a = tokenContaining(doc, s);
    const b = tokenContaining(doc, e - 1);
    nStart.push(s);
    nEnd.push(e);
    first.push(a);
    if (a >= 0 && !starts.has(a)) starts.set(a, p);
    if (b >= 0) ends.set(b, p);
    if (a >= 0 && b >= a) covered.fill(1, a, b + 1);
  });
  return {
    startingAt: (g) => starts.get(g),
    endingAt: (g) => ends.get(g),
    firstToken: (p) => first[p] ?? -1,
    lastBefore: (g) => (lastBefore ??= lastBeforeOf(first))(g),
    normStart: (p) => nStart[p] ?? 0,
    normEnd: (p) => nEnd[p] ?? 0,
    covers: (g) => covered[g] === 1,
  };
}

/**
 * `lastBefore` by binary search: mentions sorted by first token, with the running maximum of
 * their indices, so an anaphor late in a long article does not walk every mention before it.
 */
function lastBeforeOf(first: readonly number[]): (g: number) => number {
  const order = first.flatMap((t, p) => (t >= 0 ? [p] : [])).sort((a, b) => (first[a] as number) - (first[b] as number) || a - b);
  const tokens = order.map((p) => first[p] as number);
  const bestUpTo: number[] = [];
  order.forEach((p, k) => bestUpTo.push(Math.max(p, k > 0 ? (bestUpTo[k - 1] as number) : -1)));
  return (g) => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as number) < g) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? -1 : (bestUpTo[lo - 1] as number);
  };
}

/** The first normalised index whose original index is at or after `orig`. */
function normalisedOffset(doc: Doc, orig: number): number {
  const idx = doc.norm.originalIndex;
  let lo = 0;
  let hi = idx.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((idx[mid] as number) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The token whose span contains normalised offset `pos`, or -1. */
function tokenContaining(doc: Doc, pos: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const tok = t[mid];
    if (!tok) return -1;
    if (pos < tok.start) hi = mid - 1;
    else if (pos >= tok.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
