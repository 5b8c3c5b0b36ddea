/**
 * The human-readable reason a sense won: the score components that favoured it over the
 * runner-up, largest contribution first ("nearest to Sirte, Misrata (mean 42 km vs 281 km
 * for Wadi al-Washka)").
 */
import type { GazetteerEntry } from "../gazetteer/types.ts";
import { km } from "./resolve-geometry.ts";
import type { Anchor, Scored, SenseQuery, Weights } from "./resolve-senses.ts";

export const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function label(e: GazetteerEntry): string {
  return e.en !== "" ? e.en : e.ar;
}

/** Per list of anchors (one per set of senses and pass), the names nearest each winner. */
const nearestMemo = new WeakMap<readonly Anchor[], Map<string, string>>();

function nearestAnchorNames(e: GazetteerEntry, anchors: readonly Anchor[]): string {
  let memo = nearestMemo.get(anchors);
  if (memo === undefined) nearestMemo.set(anchors, (memo = new Map()));
  let names = memo.get(e.id);
  if (names === undefined) memo.set(e.id, (names = nearestAnchorNamesOf(e, anchors)));
  return names;
}

function nearestAnchorNamesOf(e: GazetteerEntry, anchors: readonly Anchor[]): string {
  return anchors
    .map((a) => ({ a, d: km(e, a.entry) }))
    .sort((x, y) => x.d - y.d)
    .slice(0, 3)
    .map(({ a }) => label(a.entry))
    .join(", ");
}

/** Why `win` beat `run`: the components that favoured it, largest contribution first. */
export function explain(q: SenseQuery, win: Scored, run: Scored, anchors: readonly Anchor[], w: Weights): string {
  const parts: { weight: number; text: string }[] = [];
  const dNear = w.near * (win.near - run.near);
  if (dNear > 0 && win.meanKm !== undefined && run.meanKm !== undefined) {
    parts.push({
      weight: dNear,
      text:
        `nearest to ${nearestAnchorNames(win.entry, anchors)} (mean ${Math.round(win.meanKm)} km` +
        ` vs ${Math.round(run.meanKm)} km for ${label(run.entry)})`,
    });
  }
  const dKind = w.kind * (win.kindFit - run.kindFit);
  if (dKind > 0 && q.cue !== undefined) {
    parts.push({ weight: dKind, text: `cue "${q.cue.word}" names a ${win.entry.kind}, not a ${run.entry.kind}` });
  }
  const dCountry = w.country * (win.countryFit - run.countryFit);
  if (dCountry > 0) {
    parts.push({ weight: dCountry, text: `country mentioned: ${win.entry.country} (not ${run.entry.country})` });
  }
  const dDiscourse = w.discourse * (win.discourse - run.discourse);
  if (dDiscourse > 0) {
    parts.push({ weight: dDiscourse, text: `the article's other mentions of "${q.name}" point to it` });
  }
  const dImportance = w.importance * (win.entry.importance - run.entry.importance);
  if (dImportance > 0) {
    parts.push({
      weight: dImportance,
      text: `more prominent (importance ${round(win.entry.importance, 2)} vs ${round(run.entry.importance, 2)})`,
    });
  }
  parts.sort((a, b) => b.weight - a.weight);
  const why = parts.length > 0 ? parts.map((p) => p.text).join("; ") : "tie, first by id";
  return `${label(win.entry)} over ${label(run.entry)}: ${why}`;
}
