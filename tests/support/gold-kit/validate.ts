/**
 * The checks every gold file must pass, whichever set it belongs to: each returns the problems
 * it finds as sentences (empty when the file is sound), so a failing test says what is wrong
 * and where. The gold is the yardstick for the extractor, so a typo here would silently skew
 * every score.
 */
import type { PlaceKind } from "../../../src/core/gazetteer/types.ts";
import type { ActorId, ClaimAction, Compass8, DatePrecision, MeasurementKind, Modality, StrikeMeans } from "../../../src/core/types.ts";
import type { GoldFile, Scope } from "./schema.ts";

// Record tables rather than arrays so that a new union member breaks the type check here.
const ACTORS: Record<ActorId, true> = {
  GNA: true, LNA: true, ISIS: true, TUR: true, UAE: true, RUS: true, WAGNER: true, EGY: true, USA: true, QAT: true, FRA: true, UNKNOWN: true,
};
const ACTIONS: Record<ClaimAction, true> = {
  captured: true, controls: true, entered: true, withdrew: true, advancing: true, struck: true, repelled: true, besieging: true, contested: true, reinforcing: true,
};
const MEANS: Record<StrikeMeans, true> = { air: true, drone: true, artillery: true, naval: true, unspecified: true };
const MODALITIES: Record<Modality, true> = { asserted: true, intent: true, negated: true, conditional: true };
const PRECISIONS: Record<DatePrecision, true> = { day: true, approximate: true, month: true, year: true };
const COMPASS: Record<Compass8, true> = { N: true, NE: true, E: true, SE: true, S: true, SW: true, W: true, NW: true };
const MEASUREMENTS: Record<MeasurementKind, true> = { distance: true, "distance-direction": true, direction: true, pushback: true, pullback: true };
const SCOPES: Record<Scope, true> = { libya: true, foreign: true, country: true };
const KINDS: Record<PlaceKind, true> = {
  country: true, region: true, city: true, town: true, village: true, hamlet: true, district: true, axis: true, road: true, gate: true,
  airport: true, airbase: true, "military-base": true, port: true, "oil-terminal": true, "oil-field": true, facility: true, wadi: true,
  mountain: true, oasis: true, reserve: true, "foreign-place": true,
};
const SPEAKERS = new Set<string>([...Object.keys(ACTORS), "outlet", "other"]);
/** Libya's bounding box, a little padded: a Libyan place outside it has swapped or wrong coordinates. */
const LIBYA_BBOX = { south: 19.0, north: 33.5, west: 9.0, east: 25.5 };
/** Proclitics (و، ف، ب، ل، ك and pairs) that belong to the word before a name, not to the name. */
const LEADING_CLITIC = /^[وفبلك]{1,2}/u;

export function isIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** A span must be a non-empty slice of the text, equal to what the file shows, without edge whitespace. */
export function spanProblems(text: string, s: { readonly start: number; readonly end: number }, shown: string, label: string): string[] {
  const out: string[] = [];
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
    out.push(`${label}: bad span [${s.start}, ${s.end})`);
  } else if (text.slice(s.start, s.end) !== shown) {
    out.push(`${label}: «${shown}» is not the text at [${s.start}, ${s.end}) («${text.slice(s.start, s.end)}»)`);
  }
  if (shown !== shown.trim()) out.push(`${label}: «${shown}» has surrounding whitespace`);
  return out;
}

/** Every surface each place is given anywhere in a set, to catch a clitic left on one of them. */
export function surfacesByPlace(files: Iterable<GoldFile>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const gold of files) for (const t of gold.toponyms) out.set(t.place, (out.get(t.place) ?? new Set()).add(t.surface));
  return out;
}

/**
 * Places described two ways: each toponym's kind, scope and point against the first seen for
 * its place, starting from `known` (another set's facts, so two yardsticks agree too).
 */
export function placeFactClashes(files: ReadonlyMap<string, GoldFile>, known: ReadonlyMap<string, string> = new Map()): string[] {
  const seen = new Map(known);
  const clashes: string[] = [];
  for (const [id, gold] of files) {
    for (const t of gold.toponyms) {
      const facts = JSON.stringify([t.kind, t.scope, t.lat, t.lon]);
      const before = seen.get(t.place);
      if (before !== undefined && before !== facts) clashes.push(`${id}: ${t.place} ${facts} vs ${before}`);
      seen.set(t.place, facts);
    }
  }
  return clashes;
}

/** Each place's facts as `files` give them, for placeFactClashes' `known`. */
export function placeFacts(files: Iterable<GoldFile>): Map<string, string> {
  const facts = new Map<string, string>();
  for (const gold of files) for (const t of gold.toponyms) facts.set(t.place, JSON.stringify([t.kind, t.scope, t.lat, t.lon]));
  return facts;
}

export function toponymProblems(gold: GoldFile, text: string, surfaces: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const problems: string[] = [];
  for (const t of gold.toponyms) {
    problems.push(...spanProblems(text, t, t.surface, `toponym ${t.place}`));
    if (!(t.kind in KINDS)) problems.push(`toponym ${t.place}: unknown kind ${t.kind}`);
    if (!(t.scope in SCOPES)) problems.push(`toponym ${t.place}: unknown scope ${t.scope}`);
    if (t.scope === "libya") {
      const inside = t.lat !== null && t.lon !== null && t.lat >= LIBYA_BBOX.south && t.lat <= LIBYA_BBOX.north && t.lon >= LIBYA_BBOX.west && t.lon <= LIBYA_BBOX.east;
      if (!inside) problems.push(`toponym ${t.place}: Libyan place with point ${t.lat},${t.lon} outside Libya`);
    }
    const stripped = t.surface.replace(LEADING_CLITIC, "");
    if (stripped !== t.surface && surfaces.get(t.place)?.has(stripped)) {
      problems.push(`toponym ${t.place}: «${t.surface}» keeps a clitic in front of «${stripped}»`);
    }
  }
  return problems;
}

export function repeatedToponymSpans(gold: GoldFile): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const t of gold.toponyms) {
    const key = `${t.start}:${t.end}`;
    if (seen.has(key)) problems.push(`toponym «${t.surface}» at [${t.start}, ${t.end}) is annotated twice`);
    seen.add(key);
  }
  return problems;
}

export function actorProblems(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  const sorted = [...gold.actors].sort((a, b) => a.start - b.start);
  sorted.forEach((a, i) => {
    problems.push(...spanProblems(text, a, a.surface, `actor ${a.actor}`));
    if (!(a.actor in ACTORS)) problems.push(`actor: unknown id ${a.actor}`);
    const next = sorted[i + 1];
    if (next && next.start < a.end) problems.push(`actors overlap: «${a.surface}» and «${next.surface}»`);
  });
  return problems;
}

export function claimProblems(gold: GoldFile, text: string): string[] {
  const places = new Set(gold.toponyms.map((t) => t.place));
  const problems: string[] = [];
  for (const [i, c] of gold.claims.entries()) {
    const label = `claim #${i} ${c.actor} ${c.action} ${c.places.join("/")}`;
    if (!(c.actor in ACTORS)) problems.push(`${label}: unknown actor`);
    if (!(c.action in ACTIONS)) problems.push(`${label}: unknown action`);
    if (!(c.modality in MODALITIES)) problems.push(`${label}: unknown modality`);
    if (!SPEAKERS.has(c.speaker)) problems.push(`${label}: unknown speaker ${c.speaker}`);
    if (typeof c.distanced !== "boolean") problems.push(`${label}: distanced must be boolean`);
    if (c.action === "struck" ? c.means === null || !(c.means in MEANS) : c.means !== null) {
      problems.push(`${label}: strikes need a means and other actions none (got ${c.means})`);
    }
    if (c.places.length === 0) problems.push(`${label}: no place`);
    for (const p of c.places) if (!places.has(p)) problems.push(`${label}: place ${p} is not among the file's toponyms`);
    problems.push(...spanProblems(text, c.evidence, c.evidence.text, `${label} evidence`));
    problems.push(...spanProblems(text, c.trigger, c.trigger.text, `${label} trigger`));
    if (c.trigger.start < c.evidence.start || c.trigger.end > c.evidence.end) problems.push(`${label}: trigger outside evidence`);
    if (!isIsoDate(c.date.iso) || !(c.date.precision in PRECISIONS)) problems.push(`${label}: bad date ${JSON.stringify(c.date)}`);
    if (c.date.iso > gold.published.iso) problems.push(`${label}: dated after publication`);
  }
  return problems;
}

export function measurementProblems(gold: GoldFile, text: string): string[] {
  const places = new Set(gold.toponyms.map((t) => t.place));
  const problems: string[] = [];
  for (const [i, m] of gold.measurements.entries()) {
    const label = `measurement #${i} ${m.kind} ${m.subject}→${m.reference}`;
    if (!(m.kind in MEASUREMENTS)) problems.push(`${label}: unknown kind`);
    const needsValue = m.kind !== "direction";
    const needsDirection = m.kind === "direction" || m.kind === "distance-direction";
    if (needsValue !== (m.value !== null && m.unit !== null)) problems.push(`${label}: value/unit presence does not fit the kind`);
    if (needsDirection !== (m.direction !== null)) problems.push(`${label}: direction presence does not fit the kind`);
    if (m.direction !== null && !(m.direction in COMPASS)) problems.push(`${label}: unknown direction ${m.direction}`);
    if (m.unit !== null && !["km", "mile", "m"].includes(m.unit)) problems.push(`${label}: unknown unit ${m.unit}`);
    for (const p of [m.subject, m.reference]) if (p !== null && !places.has(p)) problems.push(`${label}: place ${p} is not among the file's toponyms`);
    if (m.reference === null) problems.push(`${label}: a measurement needs its reference place`);
    problems.push(...spanProblems(text, m.evidence, m.evidence.text, `${label} evidence`));
  }
  return problems;
}

export function dateProblems(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  for (const d of gold.dates) {
    problems.push(...spanProblems(text, d, d.surface, `date ${d.iso}`));
    if (!isIsoDate(d.iso)) problems.push(`date «${d.surface}»: ${d.iso} is not a calendar date`);
    if (!(d.precision in PRECISIONS)) problems.push(`date «${d.surface}»: unknown precision ${d.precision}`);
    if (d.iso > gold.published.iso) problems.push(`date «${d.surface}»: after publication`);
  }
  return problems;
}

export function negativeProblems(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  for (const n of gold.negatives) {
    problems.push(...spanProblems(text, n, n.text, "negative"));
    if (n.why.trim().length === 0) problems.push(`negative «${n.text}»: no reason`);
  }
  return problems;
}
