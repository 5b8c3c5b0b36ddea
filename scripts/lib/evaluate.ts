/**
 * Scores the engine against hand-written gold (tests/gold/*.json). Matching is one-to-one
 * and greedy in document order; spans match when they overlap, places when the engine's
 * point lies within `placeToleranceKm` of the gold point.
 */
import type { ArticleOut, PlaceRef } from "../../src/core/output/extraction-document.ts";

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly text?: string;
  readonly surface?: string;
}

export interface GoldFile {
  readonly seed: string;
  readonly published: { iso: string; precision: string };
  readonly toponyms: readonly (GoldSpan & { place: string; kind?: string; lat?: number; lon?: number; scope?: string })[];
  readonly actors: readonly (GoldSpan & { actor: string })[];
  readonly claims: readonly {
    actor: string;
    action: string;
    places: readonly string[];
    means?: string | null;
    modality: string;
    speaker?: string;
    evidence: GoldSpan;
    trigger?: GoldSpan;
    date?: { iso: string; precision: string };
  }[];
  readonly measurements: readonly {
    kind: string;
    /** null when the relation's subject is not a place ("5 ضربات جنوب سرت"). */
    subject: string | null;
    reference: string;
    value?: number | null;
    unit?: string | null;
    direction?: string | null;
    evidence: GoldSpan;
  }[];
  readonly dates: readonly (GoldSpan & { iso: string; precision: string })[];
}

export interface Score {
  tp: number;
  predicted: number;
  gold: number;
}

export type Category = "toponyms" | "resolution" | "actors" | "claims" | "measurements" | "directions" | "dates";
export const CATEGORIES: readonly Category[] = ["toponyms", "resolution", "actors", "claims", "measurements", "directions", "dates"];

export const precision = (s: Score): number => (s.predicted === 0 ? (s.gold === 0 ? 1 : 0) : s.tp / s.predicted);
export const recall = (s: Score): number => (s.gold === 0 ? 1 : s.tp / s.gold);
export const f1 = (s: Score): number => {
  const p = precision(s);
  const r = recall(s);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
};

/** The engine resolves towns to a point; the gold gives the place's own point. */
const placeToleranceKm = 10;
/** Regions, wadis and fronts are large: their representative points may differ more. */
const areaToleranceKm = 60;
/** A country's "point" is any representative point inside it: they differ by hundreds of km. */
const countryToleranceKm = 500;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Greedy one-to-one matching. */
function matchCount<G, P>(gold: readonly G[], pred: readonly P[], same: (g: G, p: P) => boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, j) => !used.has(j) && same(g, p));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return tp;
}

type GoldPlaces = Map<string, { lat: number; lon: number; kind?: string }>;

function samePlace(goldName: string, ref: PlaceRef | null, places: GoldPlaces): boolean {
  const g = places.get(goldName);
  if (!g || !ref) return false;
  if (g.kind === "country") return km(g, ref) <= countryToleranceKm;
  const area = ["region", "wadi", "axis", "road", "mountain"].includes(g.kind ?? "") || ref.kind === "region";
  return km(g, ref) <= (area ? areaToleranceKm : placeToleranceKm);
}

export function scoreArticle(gold: GoldFile, out: ArticleOut): Record<Category, Score> {
  const places: GoldPlaces = new Map();
  for (const t of gold.toponyms) {
    if (t.lat !== undefined && t.lon !== undefined && !places.has(t.place)) {
      places.set(t.place, { lat: t.lat, lon: t.lon, ...(t.kind ? { kind: t.kind } : {}) });
    }
  }
  const toponyms: Score = {
    gold: gold.toponyms.length,
    predicted: out.places.length,
    tp: matchCount(gold.toponyms, out.places, (g, p) => overlaps(g, p)),
  };
  const resolvable = gold.toponyms.filter((t) => t.lat !== undefined);
  const resolved = out.places.filter((p) => p.status === "resolved");
  const resolution: Score = {
    gold: resolvable.length,
    predicted: resolved.length,
    tp: matchCount(resolvable, resolved, (g, p) => p.status === "resolved" && overlaps(g, p) && samePlace(g.place, p.place, places)),
  };
  const actors: Score = {
    gold: gold.actors.length,
    predicted: out.actors.length,
    tp: matchCount(gold.actors, out.actors, (g, p) => overlaps(g, p) && g.actor === p.actor),
  };
  const claims: Score = {
    gold: gold.claims.length,
    predicted: out.claims.length,
    tp: matchCount(
      gold.claims,
      out.claims,
      (g, p) =>
        g.actor === p.actor &&
        g.action === p.action &&
        (g.modality === "asserted") === (p.modality === "asserted") &&
        overlaps(g.evidence, p.evidence) &&
        g.places.some((name) => p.places.some((ref) => samePlace(name, ref, places))),
    ),
  };
  const measurements: Score = {
    gold: gold.measurements.length,
    predicted: out.measurements.length,
    tp: matchCount(
      gold.measurements,
      out.measurements,
      (g, p) =>
        overlaps(g.evidence, p.evidence) &&
        (g.value ?? null) === (p.stated.value ?? null) &&
        (g.subject === null || samePlace(g.subject, p.subject, places)) &&
        samePlace(g.reference, p.reference, places),
    ),
  };
  const goldDirections = gold.measurements.filter((m) => m.direction);
  const predDirections = out.measurements.filter((m) => m.stated.direction);
  const directions: Score = {
    gold: goldDirections.length,
    predicted: predDirections.length,
    tp: matchCount(goldDirections, predDirections, (g, p) => overlaps(g.evidence, p.evidence) && g.direction === p.stated.direction),
  };
  const dates: Score = {
    gold: gold.dates.length,
    predicted: out.dates.length,
    tp: matchCount(gold.dates, out.dates, (g, p) => overlaps(g, p) && g.iso === p.iso),
  };
  return { toponyms, resolution, actors, claims, measurements, directions, dates };
}

export function addScores(a: Record<Category, Score>, b: Record<Category, Score>): Record<Category, Score> {
  const sum = {} as Record<Category, Score>;
  for (const c of CATEGORIES) sum[c] = { tp: a[c].tp + b[c].tp, predicted: a[c].predicted + b[c].predicted, gold: a[c].gold + b[c].gold };
  return sum;
}

export const emptyScores = (): Record<Category, Score> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, predicted: 0, gold: 0 }])) as Record<Category, Score>;
