import { CONTROL_EFFECT, SIDE_OF } from "../core/sides.ts";
import type { Claim, HolderId } from "../core/types.ts";

/**
 * What one source says about who holds one place on its latest day: the marker's fill. A source
 * may say several things on one day ("the GNA withdrew; the LNA took the city"): gains name the
 * holder, a withdrawal alone says only who left. Backers count for the side they back.
 */
export type Holder = HolderId | "unknown";

export type SourceReading =
  /** One or more holders named (two when the source itself reports both sides gaining). */
  | { readonly kind: "holds"; readonly holders: readonly [Holder, ...Holder[]] }
  /** Only withdrawals: the source says who left, not who holds. */
  | { readonly kind: "left"; readonly leavers: readonly [Holder, ...Holder[]] };

const ORDER: Readonly<Record<Holder, number>> = { GNA: 0, LNA: 1, ISIS: 2, unknown: 3 };

export function readingOf(claims: readonly Claim[]): SourceReading | null {
  const holders = new Set<Holder>();
  const leavers = new Set<Holder>();
  for (const c of claims) {
    const effect = CONTROL_EFFECT[c.action];
    const side: Holder = SIDE_OF[c.actor] ?? "unknown";
    if (effect === "gains") holders.add(side);
    else if (effect === "loses") leavers.add(side);
  }
  const sorted = (s: Set<Holder>) => [...s].sort((a, b) => ORDER[a] - ORDER[b]);
  const h = sorted(holders);
  if (h.length > 0) return { kind: "holds", holders: h as [Holder, ...Holder[]] };
  const l = sorted(leavers);
  if (l.length > 0) return { kind: "left", leavers: l as [Holder, ...Holder[]] };
  return null;
}
