/**
 * Validates the held-out evaluation set: articles about battles the seeds do not cover, with
 * hand-written gold in the seed gold's schema. Every span must be the article's own text at its
 * offsets and every value one the engine knows, or the generality score would be measured
 * against a typo.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PlaceKind } from "../../src/core/gazetteer/types.ts";
import { parseManifest } from "../../src/core/manifest.ts";
import type { ActorId, ClaimAction, Compass8, DatePrecision, MeasurementKind, Modality, StrikeMeans } from "../../src/core/types.ts";
import type { GoldFile, Scope } from "./tools/schema.ts";

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

const here = fileURLToPath(new URL(".", import.meta.url));
const articlesDir = `${here}articles/`;
const goldDir = `${here}gold/`;
const seedGoldDir = fileURLToPath(new URL("../gold/", import.meta.url));

const rawManifest = JSON.parse(readFileSync(`${here}manifest.json`, "utf8")) as unknown;
const manifest = parseManifest(rawManifest, (f) => existsSync(`${articlesDir}${f}`));
const articleIds = readdirSync(articlesDir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
const goldIds = readdirSync(goldDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();

/** Every surface each place is given anywhere in the set, to catch a clitic left on one of them. */
const surfacesByPlace = new Map<string, Set<string>>();
for (const id of goldIds) {
  const gold = JSON.parse(readFileSync(`${goldDir}${id}.json`, "utf8")) as GoldFile;
  for (const t of gold.toponyms) surfacesByPlace.set(t.place, (surfacesByPlace.get(t.place) ?? new Set()).add(t.surface));
}

function load(id: string): { gold: GoldFile; text: string } {
  return {
    gold: JSON.parse(readFileSync(`${goldDir}${id}.json`, "utf8")) as GoldFile,
    text: readFileSync(`${articlesDir}${id}.txt`, "utf8"),
  };
}

function isIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function spanProblems(text: string, s: { start: number; end: number }, shown: string, label: string): string[] {
  const out: string[] = [];
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) {
    out.push(`${label}: bad span [${s.start}, ${s.end})`);
  } else if (text.slice(s.start, s.end) !== shown) {
    out.push(`${label}: «${shown}» is not the text at [${s.start}, ${s.end}) («${text.slice(s.start, s.end)}»)`);
  }
  if (shown !== shown.trim()) out.push(`${label}: «${shown}» has surrounding whitespace`);
  return out;
}

/** Each place's facts as the seed gold gives them, so both yardsticks place a town at the same point. */
function seedPlaceFacts(): Map<string, string> {
  const facts = new Map<string, string>();
  if (!existsSync(seedGoldDir)) return facts;
  for (const f of readdirSync(seedGoldDir).filter((n) => n.endsWith(".json"))) {
    const gold = JSON.parse(readFileSync(`${seedGoldDir}${f}`, "utf8")) as GoldFile;
    for (const t of gold.toponyms) facts.set(t.place, JSON.stringify([t.kind, t.scope, t.lat, t.lon]));
  }
  return facts;
}

describe("held-out set", () => {
  it("has one gold file and one manifest entry per article, with matching ids and file names", () => {
    expect(goldIds).toEqual(articleIds);
    expect(manifest.articles.map((a) => a.id).sort()).toEqual(articleIds);
    for (const a of manifest.articles) expect(a.file).toBe(`${a.id}.txt`);
  });

  it("holds between 10 and 14 articles", () => {
    expect(articleIds.length).toBeGreaterThanOrEqual(10);
    expect(articleIds.length).toBeLessThanOrEqual(14);
  });

  it("names in each manifest entry outlet evidence that occurs in the article", () => {
    const missing = manifest.articles.filter((a) => !readFileSync(`${articlesDir}${a.file}`, "utf8").includes(a.outletEvidence)).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it("agrees on each place's kind, scope and point across its files and with the seed gold", () => {
    const seen = seedPlaceFacts();
    const clashes: string[] = [];
    for (const id of goldIds) {
      for (const t of load(id).gold.toponyms) {
        const facts = JSON.stringify([t.kind, t.scope, t.lat, t.lon]);
        const before = seen.get(t.place);
        if (before !== undefined && before !== facts) clashes.push(`${id}: ${t.place} ${facts} vs ${before}`);
        seen.set(t.place, facts);
      }
    }
    expect(clashes).toEqual([]);
  });

  describe.each(goldIds)("%s", (id) => {
    const { gold, text } = load(id);
    const places = new Set(gold.toponyms.map((t) => t.place));
    const entry = manifest.articles.find((a) => a.id === id);

    it("names its article and the manifest's publication date", () => {
      expect(gold.seed).toBe(id);
      expect(gold.published).toEqual({ iso: entry?.published, precision: entry?.datePrecision });
    });

    it("has toponyms whose surface is the text at their offsets, with known kinds and plausible points", () => {
      const problems: string[] = [];
      for (const t of gold.toponyms) {
        problems.push(...spanProblems(text, t, t.surface, `toponym ${t.place}`));
        if (!(t.kind in KINDS)) problems.push(`toponym ${t.place}: unknown kind ${t.kind}`);
        if (!(t.scope in SCOPES)) problems.push(`toponym ${t.place}: unknown scope ${t.scope}`);
        if (t.scope === "libya") {
          const inside = t.lat !== null && t.lon !== null && t.lat >= LIBYA_BBOX.south && t.lat <= LIBYA_BBOX.north && t.lon >= LIBYA_BBOX.west && t.lon <= LIBYA_BBOX.east;
          if (!inside) problems.push(`toponym ${t.place}: Libyan place with point ${t.lat},${t.lon} outside Libya`);
        }
        const stripped = t.surface.replace(/^[وفبلك]{1,2}/u, "");
        if (stripped !== t.surface && surfacesByPlace.get(t.place)?.has(stripped)) {
          problems.push(`toponym ${t.place}: «${t.surface}» keeps a clitic in front of «${stripped}»`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("never annotates the same toponym span twice", () => {
      const keys = gold.toponyms.map((t) => `${t.start}:${t.end}`);
      expect(keys.length).toBe(new Set(keys).size);
    });

    it("has actor mentions that match the text, use known actor ids and do not overlap", () => {
      const problems: string[] = [];
      const sorted = [...gold.actors].sort((a, b) => a.start - b.start);
      sorted.forEach((a, i) => {
        problems.push(...spanProblems(text, a, a.surface, `actor ${a.actor}`));
        if (!(a.actor in ACTORS)) problems.push(`actor: unknown id ${a.actor}`);
        const next = sorted[i + 1];
        if (next && next.start < a.end) problems.push(`actors overlap: «${a.surface}» and «${next.surface}»`);
      });
      expect(problems).toEqual([]);
    });

    it("has claims with valid vocabulary, a trigger inside the evidence, and places the file names", () => {
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
      expect(problems).toEqual([]);
    });

    it("has measurements whose kind fits their value, unit and direction", () => {
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
      expect(problems).toEqual([]);
    });

    it("has date mentions that match the text and resolve to real dates no later than publication", () => {
      const problems: string[] = [];
      for (const d of gold.dates) {
        problems.push(...spanProblems(text, d, d.surface, `date ${d.iso}`));
        if (!isIsoDate(d.iso)) problems.push(`date «${d.surface}»: ${d.iso} is not a calendar date`);
        if (!(d.precision in PRECISIONS)) problems.push(`date «${d.surface}»: unknown precision ${d.precision}`);
        if (d.iso > gold.published.iso) problems.push(`date «${d.surface}»: after publication`);
      }
      expect(problems).toEqual([]);
    });

    it("has negatives that match the text and say why", () => {
      const problems: string[] = [];
      for (const n of gold.negatives) {
        problems.push(...spanProblems(text, n, n.text, "negative"));
        if (n.why.trim().length === 0) problems.push(`negative «${n.text}»: no reason`);
      }
      expect(problems).toEqual([]);
    });
  });
});
