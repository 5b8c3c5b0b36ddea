import type { ActorId, Claim, ClaimAction, DatePrecision, Modality } from "../../src/core/types.ts";

/** A claim with only what cross-source steps read; the rest is filler that cannot matter. */
export function claim(
  id: string,
  sourceId: string,
  actor: ActorId,
  action: ClaimAction,
  place: string,
  iso: string,
  more: { speaker?: ActorId | "outlet" | "other"; modality?: Modality; precision?: DatePrecision; places?: string[] } = {},
): Claim {
  const ev = { start: 0, end: 1, text: "x" };
  return {
    id,
    articleId: `a-${sourceId}`,
    sourceId,
    actor,
    action,
    placeIds: [place, ...(more.places ?? [])],
    time: { iso, precision: more.precision ?? "day" },
    modality: more.modality ?? "asserted",
    attribution: { speaker: more.speaker ?? "outlet", distanced: false },
    evidence: ev,
    trigger: ev,
    status: "claimed",
  };
}
