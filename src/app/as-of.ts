import { findDisagreements, latestClaimsAsOf, type Disagreement } from "../core/conflicts.ts";
import { daysBetween } from "../core/extract/iso-day.ts";
import { CONTROL_EFFECT } from "../core/sides.ts";
import type { Claim } from "../core/types.ts";
import type { AppData } from "./app-data.ts";
import { readingOf, type SourceReading } from "./source-reading.ts";

/**
 * How far back from the chosen date a claim still counts as part of a current dispute. The map
 * keeps showing each source's latest word however old it is (with its age); but two claims a
 * month or more before the date are history, not a disagreement about the present.
 */
export const CONTESTED_LOOKBACK_DAYS = 30;

/** One marker: what one source last said about one place, as of the chosen date. */
export interface SourceMarker {
  readonly sourceId: string;
  readonly placeId: string;
  /** The latest claim date on or before the chosen date. */
  readonly date: string;
  /** Days between that claim and the chosen date. */
  readonly ageDays: number;
  /** Every control claim of the source about the place on that date, in document order. */
  readonly claims: readonly Claim[];
  readonly reading: SourceReading;
}

export interface AsOfView {
  readonly date: string;
  readonly markers: readonly SourceMarker[];
  /** Places some visible claim (of any kind) on or before the date names, control or not. */
  readonly touchedPlaceIds: ReadonlySet<string>;
  /** Disagreements among the visible sources' claims in the lookback window ending at the date. */
  readonly disagreements: readonly Disagreement[];
  readonly contestedPlaceIds: ReadonlySet<string>;
}

export interface AsOfQuery {
  readonly sources: readonly string[];
  readonly date: string;
}

export function asOfView(data: AppData, query: AsOfQuery): AsOfView {
  const visible = new Set(query.sources);
  const claims = data.claims.filter((c) => visible.has(c.sourceId));
  const latest = latestClaimsAsOf(claims, query.date);
  const byKey = new Map<string, Claim[]>();
  for (const c of claims) {
    for (const placeId of new Set(c.placeIds)) {
      const key = `${c.sourceId}\u0000${placeId}`;
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
  }
  const markers: SourceMarker[] = [];
  for (const l of latest) {
    if (data.placeById.get(l.placeId)?.kind === "country") continue; // "Libya" is the whole map, not a place on it
    const date = l.claim.time.iso;
    // latestClaimsAsOf keeps one claim per day; the marker reads all the source said that day.
    const sameDay = (byKey.get(`${l.sourceId}\u0000${l.placeId}`) ?? []).filter(
      (c) => c.time.iso === date && c.modality === "asserted" && CONTROL_EFFECT[c.action] !== null,
    );
    const reading = readingOf(sameDay);
    if (reading === null) continue;
    markers.push({ sourceId: l.sourceId, placeId: l.placeId, date, ageDays: daysBetween(date, query.date), claims: sameDay, reading });
  }
  const touchedPlaceIds = new Set<string>();
  for (const c of claims) if (c.time.iso <= query.date) for (const p of c.placeIds) touchedPlaceIds.add(p);
  const recent = claims.filter((c) => c.time.iso <= query.date && daysBetween(c.time.iso, query.date) <= CONTESTED_LOOKBACK_DAYS);
  const disagreements = findDisagreements(recent);
  return {
    date: query.date,
    markers,
    touchedPlaceIds,
    disagreements,
    contestedPlaceIds: new Set(disagreements.map((d) => d.placeId)),
  };
}
