/**
 * Which sense a name means when the gazetteer has several ("الوشكة" the coastal town or the
 * wadi near Sokna; "طرابلس" in Libya or in Lebanon; "الجفرة" the district or its air base).
 *
 * Each sense s of a mention gets
 *
 *   score(s) = 1.0 · importance(s)   the gazetteer's prior (a capital 1, a hamlet ~0.05)
 *            + 0.6 · kindFit(s)      +1 when the cue before the name names s's kind ("قاعدة" → air
 *                                    base), −1 when it names another kind, 0 without a cue
 *            + 1.0 · nearness(s)     1 / (1 + d / 100 km), d = the mean distance from s to the
 *                                    article's anchors, each weighted 1 / (1 + sentences between it
 *                                    and the mention); 0 for every sense when there is no anchor
 *            + 1.5 · countryFit(s)   1 / (1 + sentences between) for the nearest mention of s's
 *                                    country ("لبنان") or of its nisba ("الجيش اللبناني"), else 0
 *            + 1.0 · discourse(s)    the mean, over the article's mentions of the same name, of
 *                                    their evidence for s (all the terms above but importance):
 *                                    one sense per discourse, as a soft pull
 *
 * A name qualified by its country right after it ("طرابلس اللبنانية", "طرابلس شمال لبنان")
 * means a sense in that country whatever the scores: the writer has disambiguated it.
 *
 * Nearness is on the prior's 0..1 scale, so two candidates 40 km and 280 km from the article's
 * other places differ by ~0.45, more than the prior between a village and a wadi; a country
 * named in the same sentence (1.5) outweighs the prior of a capital. The weights were set by
 * these orders of magnitude, not fitted to articles.
 *
 * Anchors are the places the article names without ambiguity (countries and areas wider than
 * MAX_ANCHOR_EXTENT_KM are not: their point says little); anchors farther than ANCHOR_REACH_KM
 * from every candidate cannot tell the candidates apart and are left out. Resolution runs twice:
 * senses chosen by a clear margin in the first pass become anchors for the second, and the
 * first pass's evidence gives the discourse term.
 */
import type { GazetteerEntry, PlaceKind } from "../gazetteer/types.ts";
import type { PlaceCandidate } from "../types.ts";
import { extentKm, gapTo, km } from "./resolve-geometry.ts";
import { explain, label, round } from "./resolve-reason.ts";

/** The weights of the formula above. */
const WEIGHTS = { importance: 1, kind: 0.6, near: 1, country: 1.5, discourse: 1 } as const;
export type Weights = typeof WEIGHTS;
const W_IMPORTANCE = WEIGHTS.importance;
const W_KIND = WEIGHTS.kind;
const W_NEAR = WEIGHTS.near;
const W_COUNTRY = WEIGHTS.country;
const W_DISCOURSE = WEIGHTS.discourse;
/** Distance at which nearness falls to one half. */
const NEAR_HALF_KM = 100;
/** An anchor this far from every candidate sense does not discriminate between them. */
const ANCHOR_REACH_KM = 1000;
/** A first-pass winner whose lead is at least this becomes an anchor for the second pass. */
const CONFIDENT_MARGIN = 0.2;
/** Areas wider than this (bbox diagonal) are not anchors. */
const MAX_ANCHOR_EXTENT_KM = 400;

/** One place mention to resolve. */
export interface SenseQuery {
  /** The normalised name as matched: mentions with the same name share discourse evidence. */
  readonly name: string;
  /** The senses still possible after recognition (at least one). */
  readonly senses: readonly GazetteerEntry[];
  /** Sentence index of the mention. */
  readonly sentence: number;
  /** Kinds named by a noun cue before the name, and the cue word. */
  readonly cue?: { readonly word: string; readonly kinds: readonly PlaceKind[] };
  /** ISO country the name is qualified with right after it ("طرابلس اللبنانية" → "LB"). */
  readonly qualifiedCountry?: string;
}

/** A country named by a nisba word ("اللبناني") in a sentence: country context without a place. */
export interface CountryHint {
  readonly country: string;
  readonly sentence: number;
}

export interface SenseChoice {
  readonly placeId: string;
  /** Every sense with its score, best first. */
  readonly alternatives: readonly PlaceCandidate[];
  readonly reason: string;
}

/** A place named without ambiguity, once per place, with every sentence that names it. */
export interface Anchor {
  readonly entry: GazetteerEntry;
  readonly sentences: number[];
}

/** What the article offers for resolving its ambiguous names. */
interface ArticleContext {
  readonly anchors: readonly Anchor[];
  /** Sentences (ascending) that name each country, by ISO code. */
  readonly countries: ReadonlyMap<string, readonly number[]>;
  /** Mean first-pass evidence per name and sense id. */
  readonly discourse: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per set of senses: the anchors that tell them apart and each sense's distance to each. */
  readonly geometry: Map<string, SenseGeometry>;
}

interface SenseGeometry {
  readonly useful: readonly Anchor[];
  /** `km[i][j]`: distance from sense i to useful anchor j. */
  readonly km: readonly Float64Array[];
}

export interface Scored {
  readonly entry: GazetteerEntry;
  readonly score: number;
  readonly kindFit: number;
  readonly near: number;
  readonly meanKm: number | undefined;
  readonly countryFit: number;
  readonly discourse: number;
}

/**
 * A country as a whole: its point is no anchor, but its mention is country context. Foreign
 * countries are "foreign-place" entries with a bbox (foreign cities have none).
 */
export function isCountry(e: GazetteerEntry): boolean {
  return e.kind === "country" || (e.kind === "foreign-place" && e.bbox !== undefined);
}

function canAnchor(e: GazetteerEntry): boolean {
  return !isCountry(e) && extentKm(e) <= MAX_ANCHOR_EXTENT_KM;
}

/** A foreign place's kind for cue fit: a city without an extent, a country with one. */
function kindForFit(e: GazetteerEntry): PlaceKind {
  if (e.kind !== "foreign-place") return e.kind;
  return e.bbox === undefined ? "city" : "country";
}

/** +1 when the cue names the sense's kind, −1 when it names another kind, 0 without a cue. */
function kindFitOf(q: SenseQuery, e: GazetteerEntry): number {
  if (q.cue === undefined) return 0;
  return q.cue.kinds.includes(e.kind) || q.cue.kinds.includes(kindForFit(e)) ? 1 : -1;
}

/**
 * The anchors that can tell the senses of `q` apart (not one of them, and near at least one),
 * with the distances, computed once per set of senses: a name repeated through an article
 * costs its trigonometry once.
 */
function geometryOf(q: SenseQuery, ctx: ArticleContext): SenseGeometry {
  const key = q.senses.map((s) => s.id).join("|");
  const cached = ctx.geometry.get(key);
  if (cached !== undefined) return cached;
  const useful: Anchor[] = [];
  const columns: number[][] = [];
  for (const a of ctx.anchors) {
    if (q.senses.some((s) => s.id === a.entry.id)) continue;
    const d = q.senses.map((s) => km(s, a.entry));
    if (d.every((x) => x > ANCHOR_REACH_KM)) continue;
    useful.push(a);
    columns.push(d);
  }
  const geometry = {
    useful,
    km: q.senses.map((_, i) => Float64Array.from(columns, (d) => d[i] as number)),
  };
  ctx.geometry.set(key, geometry);
  return geometry;
}

function countryFitOf(q: SenseQuery, e: GazetteerEntry, countries: ReadonlyMap<string, readonly number[]>): number {
  const sentences = countries.get(e.country);
  return sentences === undefined ? 0 : 1 / (1 + gapTo(sentences, q.sentence));
}

function scoreSenses(q: SenseQuery, geometry: SenseGeometry, ctx: ArticleContext): Scored[] {
  const pull = ctx.discourse.get(q.name);
  const { useful } = geometry;
  const weights = useful.map((a) => 1 / (1 + gapTo(a.sentences, q.sentence)));
  const weightSum = weights.reduce((x, y) => x + y, 0);
  return q.senses.map((entry, i) => {
    const kindFit = kindFitOf(q, entry);
    let meanKm: number | undefined;
    let near = 0;
    if (useful.length > 0) {
      const dist = geometry.km[i] as Float64Array;
      let sum = 0;
      for (let j = 0; j < useful.length; j++) sum += (weights[j] as number) * (dist[j] as number);
      meanKm = sum / weightSum;
      near = 1 / (1 + meanKm / NEAR_HALF_KM);
    }
    const countryFit = countryFitOf(q, entry, ctx.countries);
    const discourse = pull?.get(entry.id) ?? 0;
    const score =
      W_IMPORTANCE * entry.importance +
      W_KIND * kindFit +
      W_NEAR * near +
      W_COUNTRY * countryFit +
      W_DISCOURSE * discourse;
    return { entry, score, kindFit, near, meanKm, countryFit, discourse };
  });
}

/** A sense's score without its prior: what the article itself says for it. */
function evidenceOf(s: Scored): number {
  return s.score - W_IMPORTANCE * s.entry.importance - W_DISCOURSE * s.discourse;
}

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || b.entry.importance - a.entry.importance || (a.entry.id < b.entry.id ? -1 : 1);
}

interface Resolution {
  readonly scored: readonly Scored[];
  readonly margin: number;
  readonly winner: Scored;
  /** The best other sense, if any. */
  readonly runnerUp: Scored | undefined;
  readonly qualified: boolean;
  readonly useful: readonly Anchor[];
}

function rank(q: SenseQuery, ctx: ArticleContext): Resolution {
  // One sense needs no geometry: score it alone, cheaply.
  const geometry = q.senses.length === 1 ? NO_GEOMETRY : geometryOf(q, ctx);
  const scored = scoreSenses(q, geometry, ctx).sort(byScore);
  const qualified =
    q.qualifiedCountry === undefined ? undefined : scored.find((s) => s.entry.country === q.qualifiedCountry);
  const winner = qualified ?? (scored[0] as Scored);
  const runnerUp = scored.find((s) => s !== winner);
  const margin = runnerUp === undefined || qualified !== undefined ? Number.POSITIVE_INFINITY : winner.score - runnerUp.score;
  return { scored, margin, winner, runnerUp, qualified: qualified !== undefined, useful: geometry.useful };
}

/** The published choice: only for the final pass, as rounding and reasons cost more than scoring. */
function choiceOf(q: SenseQuery, r: Resolution): SenseChoice {
  const alternatives = r.scored.map((s) => ({ placeId: s.entry.id, score: round(s.score, 3) }));
  const win = r.winner;
  const run = r.runnerUp;
  if (run === undefined) {
    const cue = q.cue === undefined ? "" : ` after "${q.cue.word}"`;
    return { placeId: win.entry.id, alternatives, reason: `only sense of "${q.name}"${cue}` };
  }
  const reason = r.qualified
    ? `${label(win.entry)} over ${label(run.entry)}: named with its country (${win.entry.country}) right after it`
    : explain(q, win, run, r.useful, WEIGHTS);
  return { placeId: win.entry.id, alternatives, reason };
}

const NO_GEOMETRY: SenseGeometry = { useful: [], km: [] };

function emptyContext(): ArticleContext {
  return { anchors: [], countries: new Map(), discourse: new Map(), geometry: new Map() };
}

/** Add `entry`, named in `sentence`, to the anchors keyed by id. */
function addAnchor(anchors: Map<string, Anchor>, entry: GazetteerEntry, sentence: number): void {
  const a = anchors.get(entry.id);
  if (a === undefined) anchors.set(entry.id, { entry, sentences: [sentence] });
  else a.sentences.push(sentence);
}

/** Mean evidence per sense over the first-pass resolutions of each name. */
function discourseOf(
  queries: readonly SenseQuery[],
  firstPass: readonly (Resolution | undefined)[],
): Map<string, Map<string, number>> {
  const sums = new Map<string, { n: number; bySense: Map<string, number> }>();
  firstPass.forEach((r, i) => {
    if (r === undefined) return;
    const name = (queries[i] as SenseQuery).name;
    const acc = sums.get(name) ?? { n: 0, bySense: new Map<string, number>() };
    acc.n++;
    for (const s of r.scored) acc.bySense.set(s.entry.id, (acc.bySense.get(s.entry.id) ?? 0) + evidenceOf(s));
    sums.set(name, acc);
  });
  const means = new Map<string, Map<string, number>>();
  for (const [name, { n, bySense }] of sums) {
    means.set(name, new Map([...bySense].map(([id, sum]) => [id, sum / n])));
  }
  return means;
}

/**
 * Resolve every mention of an article together, in the order given. `hints` are the country
 * nisba words of the article ("اللبناني" in sentence 3).
 */
export function resolveSenses(queries: readonly SenseQuery[], hints: readonly CountryHint[] = []): SenseChoice[] {
  const anchors = new Map<string, Anchor>();
  const countryMentions: CountryHint[] = [...hints];
  for (const q of queries) {
    const only = q.senses.length === 1 ? q.senses[0] : undefined;
    if (only === undefined) continue;
    if (isCountry(only)) countryMentions.push({ country: only.country, sentence: q.sentence });
    else if (canAnchor(only)) addAnchor(anchors, only, q.sentence);
  }
  const countries = new Map<string, number[]>();
  for (const c of countryMentions) {
    const list = countries.get(c.country);
    if (list === undefined) countries.set(c.country, [c.sentence]);
    else list.push(c.sentence);
  }
  for (const list of countries.values()) list.sort((a, b) => a - b);
  const first: ArticleContext = {
    anchors: [...anchors.values()],
    countries,
    discourse: new Map(),
    geometry: new Map(),
  };
  const firstPass = queries.map((q) => (q.senses.length > 1 ? rank(q, first) : undefined));
  // Copy the anchors (their sentence lists grow) before adding confident first-pass winners.
  const extended = new Map([...anchors].map(([id, a]) => [id, { entry: a.entry, sentences: [...a.sentences] }]));
  firstPass.forEach((r, i) => {
    if (r !== undefined && r.margin >= CONFIDENT_MARGIN && canAnchor(r.winner.entry)) {
      addAnchor(extended, r.winner.entry, (queries[i] as SenseQuery).sentence);
    }
  });
  for (const a of extended.values()) a.sentences.sort((x, y) => x - y);
  const second: ArticleContext = {
    anchors: [...extended.values()],
    countries,
    discourse: discourseOf(queries, firstPass),
    geometry: new Map(),
  };
  const alone = emptyContext();
  return queries.map((q, i) => choiceOf(q, rank(q, firstPass[i] === undefined ? alone : second)));
}
