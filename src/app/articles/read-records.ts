import { isPlaceKind } from "../../core/gazetteer/validate.ts";
import type { ClaimOut, PlaceRef } from "../../core/output/extraction-document.ts";
import type { ActorId, ClaimAction, DatePrecision } from "../../core/types.ts";
import { STRINGS } from "../i18n.ts";
import { isCalendarDate } from "./article-form.ts";
import { LOCAL_PLACE_PREFIX, type LocalPlace, localPlaceId } from "./local-place.ts";
import type { ClaimReview, ReviewDecision } from "./review.ts";

/**
 * Readers for the analyst's reviews and local places as they come back from storage or a project
 * file: every field checked, nothing taken on trust, a short reason when refused.
 */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ACTORS = new Set(Object.keys(STRINGS.en.actors));
const ACTIONS = new Set(Object.keys(STRINGS.en.actions));
const PRECISIONS = new Set<DatePrecision>(["day", "approximate", "month", "year"]);
const MAX_NAME = 200;
const MODALITIES = new Set(["asserted", "intent", "negated", "conditional"]);
const MEANS = new Set(["air", "drone", "artillery", "naval", "unspecified"]);
const STATUSES = new Set(["claimed", "corroborated"]);

/**
 * Words the app looks up in its tables (actor, action, modality…) must be words of those tables:
 * a value such as "constructor" would otherwise find Object's own members and print nonsense.
 */
export function claimVocabularyProblem(c: ClaimOut): string | null {
  if (!ACTORS.has(c.actor)) return "an unknown actor";
  if (!ACTIONS.has(c.action)) return "an unknown action";
  if (!MODALITIES.has(c.modality)) return "an unknown modality";
  if (c.means !== null && c.means !== undefined && !MEANS.has(c.means)) return "an unknown means";
  if (!STATUSES.has(c.status)) return "an unknown status";
  if (!PRECISIONS.has(c.time.precision)) return "an unknown date precision";
  if (c.attribution.speaker !== "outlet" && c.attribution.speaker !== "other" && !ACTORS.has(c.attribution.speaker)) return "an unknown speaker";
  if (c.places.some((p) => readPlaceRef(p) === null)) return "a place that is not valid";
  return null;
}

export function readClaimReview(value: unknown): Read<ClaimReview> {
  if (!isRecord(value)) return refuse("a review is not an object");
  const { claimId, decision, at } = value;
  if (typeof claimId !== "string" || !/^c[0-9a-z-]{1,40}$/.test(claimId)) return refuse("a review names no valid claim");
  if (typeof at !== "string" || Number.isNaN(Date.parse(at))) return refuse(`the review of ${claimId} has no valid time`);
  const read = readDecision(decision);
  if (read === null) return refuse(`the review of ${claimId} has no valid decision`);
  return { ok: true, value: { claimId, decision: read, at } };
}

function readDecision(d: unknown): ReviewDecision | null {
  if (!isRecord(d)) return null;
  if (d.kind === "accepted" || d.kind === "rejected") return { kind: d.kind };
  if (d.kind !== "corrected") return null;
  if (typeof d.actor !== "string" || !ACTORS.has(d.actor) || typeof d.action !== "string" || !ACTIONS.has(d.action)) return null;
  const place = readPlaceRef(d.place);
  const time = d.time;
  if (place === null || !isRecord(time) || typeof time.iso !== "string" || !isCalendarDate(time.iso) || !PRECISIONS.has(time.precision as DatePrecision)) return null;
  return { kind: "corrected", actor: d.actor as ActorId, action: d.action as ClaimAction, place, time: { iso: time.iso, precision: time.precision as DatePrecision } };
}

export function readPlaceRef(p: unknown): PlaceRef | null {
  if (!isRecord(p)) return null;
  const { id, ar, en, kind, lat, lon } = p;
  if (typeof id !== "string" || id.length === 0 || id.length > 80) return null;
  if (typeof ar !== "string" || typeof en !== "string" || !isPlaceKind(kind) || ar.length > MAX_NAME || en.length > MAX_NAME) return null;
  if (!isCoordinate(lat, 90) || !isCoordinate(lon, 180)) return null;
  return { id, ar, en, kind, lat, lon };
}

export function readLocalPlace(value: unknown): Read<LocalPlace> {
  if (!isRecord(value)) return refuse("a local place is not an object");
  const { id, name, lat, lon, at } = value;
  if (typeof name !== "string" || name.trim() === "" || name.length > MAX_NAME) return refuse("a local place has no valid name");
  if (typeof id !== "string" || !id.startsWith(LOCAL_PLACE_PREFIX) || id !== localPlaceId(name)) return refuse(`the local place "${name.slice(0, 40)}" has an id that does not match its name`);
  if (!isCoordinate(lat, 90) || !isCoordinate(lon, 180)) return refuse(`the local place "${name.slice(0, 40)}" has coordinates out of range`);
  if (typeof at !== "string" || Number.isNaN(Date.parse(at))) return refuse(`the local place "${name.slice(0, 40)}" has no valid time`);
  return { ok: true, value: { id, name, lat, lon, at } };
}

function isCoordinate(x: unknown, limit: number): x is number {
  return typeof x === "number" && Number.isFinite(x) && Math.abs(x) <= limit;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse<T>(problem: string): Read<T> {
  return { ok: false, problem };
}
