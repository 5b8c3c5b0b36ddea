import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type { GazetteerEntry, PlaceKind } from "../gazetteer/types.ts";
import type { PlaceMention } from "../types.ts";
import type { Doc } from "./document.ts";
import {
  ANAPHORS,
  EDGE_CUES,
  FILLERS,
  LOCATIVE_VERBS,
  NISBA_ADJECTIVE,
  QUALIFIERS,
  REFERENCE_CUES,
  RETREAT,
  stripConj,
  TWO_WORD_QUALIFIER_STARTS,
  TWO_WORD_QUALIFIERS,
  UNIT_HEDGES,
} from "./measurement-lexicon.ts";
import type { PlacesByToken } from "./measurement-places.ts";
import { parseNumber } from "./numbers.ts";
import { dualUnitAt, KM_PER_UNIT, unitAt } from "./units.ts";

/**
 * One sentence as the measurement patterns read it, and how its words point at places: the
 * quantity at a word, the subject before a relation (a place, an anaphor, a verb-first
 * locative's subject, an appositive's head), the reference after it (a place, an anaphor, the
 * country or its capital), and the antecedent a pronoun or anaphoric noun stands for.
 */

export interface Scan {
  readonly doc: Doc;
  readonly gaz: GazetteerIndex;
  readonly places: readonly PlaceMention[];
  readonly index: PlacesByToken;
  /** The sentence's normalised words; `from` is the global index of the first. */
  readonly words: readonly string[];
  readonly from: number;
  /** The text between local word i - 1 and word i. */
  readonly between: (i: number) => string;
  /** Local indices of words already read as part of a quantity or a direction phrase. */
  readonly consumed: Set<number>;
  /** The country "البلاد" means in this register: Libya, when the gazetteer has it. */
  readonly country: GazetteerEntry | undefined;
  /** What a bare "العاصمة" is: Tripoli. */
  readonly capital: GazetteerEntry | undefined;
  /**
   * Places that served as the reference of a statement about another named place ("سرت …
   * على بعد 450 كلم شرق طرابلس"): landmarks, not what the text goes on about, so an anaphor
   * ("جنوب المدينة") later in the article passes over them to the subject.
   */
  readonly landmarks: Set<number>;
}

/** "شمال غربي البلاد": Libyan news calls Libya "the country". */
export function homeCountry(gaz: GazetteerIndex): GazetteerEntry | undefined {
  return gaz.byName("ليبيا").find((e) => e.kind === "country");
}

/** "جنوب العاصمة": unqualified, the capital of the country the news is about. */
export function homeCapital(gaz: GazetteerIndex, country: GazetteerEntry | undefined): GazetteerEntry | undefined {
  if (country === undefined) return undefined;
  return gaz.byName("طرابلس").find((e) => e.country === country.country && (e.kind === "city" || e.kind === "town"));
}

/** A quantity at local index j: its first word, the value in km and the index after the unit. */
export function quantityAt(scan: Scan, j: number): { start: number; km: number; value: number; unit: "km" | "mile" | "m"; end: number } | null {
  const { words } = scan;
  let k = j;
  const w = words[j] ?? "";
  if (QUALIFIERS.has(w) || QUALIFIERS.has(w.startsWith("ب") ? w.slice(1) : w)) k = j + 1;
  else if (TWO_WORD_QUALIFIER_STARTS.has(w) && TWO_WORD_QUALIFIERS.has(`${w} ${words[j + 1] ?? ""}`)) {
    k = words[j + 2] === "عن" || words[j + 2] === "علي" ? j + 3 : j + 2;
  }
  const n = parseNumber(words, k, scan.between);
  if (!n) {
    // "نحو كيلومترين": the dual unit is its own count.
    const dual = dualUnitAt(words, k);
    return dual ? { start: j, km: 2 * KM_PER_UNIT[dual.unit], value: 2, unit: dual.unit, end: afterHedge(words, dual.end) } : null;
  }
  if (n.value <= 0) return null;
  const u = unitAt(words, n.end);
  if (!u) return null;
  return { start: j, km: n.value * KM_PER_UNIT[u.unit], value: n.value, unit: u.unit, end: afterHedge(words, u.end) };
}

/** "10 كلم فقط عن", "30 كلم تقريبا من": a hedge after the unit belongs to the quantity. */
const afterHedge = (words: readonly string[], i: number): number => (UNIT_HEDGES.has(words[i] ?? "") ? i + 1 : i);

/** A reference: a place mention, and where its words end (an anaphor's, not the antecedent's). */
export interface Reference {
  readonly place: number;
  readonly edge: boolean;
  /** Normalised end of the reference's words. */
  readonly end: number;
}

/**
 * The place starting at local index k, skipping up to two cue nouns; notes an edge cue. An
 * anaphoric noun ("جنوب المدينة", "عن محيط الميناء") stands for the last place of its kind.
 */
export function placeAfter(scan: Scan, k: number): Reference | null {
  let edge = false;
  let cued = false;
  for (let i = k; i < k + 4 && i < scan.words.length; i++) {
    const p = scan.index.startingAt(scan.from + i);
    if (p !== undefined) return { place: p, edge, end: scan.index.normEnd(p) };
    const w = scan.words[i] as string;
    const anaphor = ANAPHORS.get(w);
    if (anaphor !== undefined) {
      const place = antecedent(scan, scan.from + i, anaphor, true);
      return place === undefined ? null : { place, edge, end: localEnd(scan, i + 1) };
    }
    if (w === "العاصمه" && scan.capital !== undefined && !NISBA_ADJECTIVE(scan.words[i + 1] ?? "") && scan.index.startingAt(scan.from + i + 1) === undefined) {
      return { place: CAPITAL, edge, end: localEnd(scan, i + 1) };
    }
    if (EDGE_CUES.has(w)) edge = true;
    // "شرقي العاصمة الليبية طرابلس": an adjective may qualify the cue noun.
    else if (!(REFERENCE_CUES.has(w) || (cued && NISBA_ADJECTIVE(w)))) return null;
    cued = true;
  }
  return null;
}

export interface Subject {
  readonly place: number;
  /** Where the statement starts: the subject's name, or the anaphor standing for it. */
  readonly start: number;
}

/** The subject before local index k: a place ending there, or an anaphor's antecedent. */
export function subjectBefore(scan: Scan, k: number): Subject | undefined {
  let i = k - 1;
  for (let skipped = 0; i >= 0 && skipped < 4 && FILLERS.has(stripConj(scan.words[i] as string)); skipped++) i--;
  if (i < 0) return locativeSubject(scan, k);
  // "غريان الاستراتيجية، الواقعة …": an adjective agreeing with the place stands after it.
  const adjectiveOf = NISBA_ADJECTIVE(scan.words[i] as string) ? scan.index.endingAt(scan.from + i - 1) : undefined;
  const direct = scan.index.endingAt(scan.from + i) ?? adjectiveOf;
  if (direct !== undefined) return { place: direct, start: scan.index.normStart(direct) };
  const named = anaphorAt(scan, i);
  if (named !== undefined) return named;
  return appositiveHead(scan, i) ?? locativeSubject(scan, k);
}

function anaphorAt(scan: Scan, i: number): Subject | undefined {
  const anaphor = ANAPHORS.get(stripConj(scan.words[i] as string));
  if (anaphor === undefined) return undefined;
  const place = antecedent(scan, scan.from + i, anaphor, true);
  return place === undefined ? undefined : { place, start: localStart(scan, i) };
}

/** Words a locative verb's subject may stand from the relation: "وتقع درنة على الساحل على بعد". */
const LOCATIVE_REACH = 6;

/**
 * "وتقع X …" / "وتبعد X …": a verb of lying or being distant comes first and its subject right
 * after it, with a phrase ("على الساحل") possibly between the subject and the distance.
 */
function locativeSubject(scan: Scan, k: number): Subject | undefined {
  for (let i = k - 1; i >= 0 && i >= k - LOCATIVE_REACH; i--) {
    if (commaAfter(scan, i)) return undefined;
    if (!LOCATIVE_VERBS.has(stripConj(scan.words[i] as string))) continue;
    const direct = scan.index.startingAt(scan.from + i + 1);
    if (direct !== undefined) return { place: direct, start: scan.index.normStart(direct) };
    return i + 1 < k ? anaphorAt(scan, i + 1) : undefined;
  }
  return undefined;
}

/** Words an appositive may run to: "سبها، كبرى مدن الجنوب الليبي، الواقعة على بعد …". */
const APPOSITIVE_MAX_WORDS = 8;

/**
 * When a comma-enclosed appositive separates the place from its relation, the place before
 * the opening comma. `i` is the last word of the appositive, followed by the closing comma.
 */
function appositiveHead(scan: Scan, i: number): Subject | undefined {
  if (!commaAfter(scan, i)) return undefined;
  for (let g = i - 1; g >= 0 && g >= i - APPOSITIVE_MAX_WORDS; g--) {
    if (!commaAfter(scan, g)) continue;
    const place = scan.index.endingAt(scan.from + g);
    return place === undefined ? undefined : { place, start: scan.index.normStart(place) };
  }
  return undefined;
}

/** True when a comma stands between local word i and the next. */
function commaAfter(scan: Scan, i: number): boolean {
  const a = scan.doc.tokens[scan.from + i];
  const b = scan.doc.tokens[scan.from + i + 1];
  return a !== undefined && b !== undefined && scan.doc.norm.text.slice(a.end, b.start).includes(",");
}

/** The last resolved place before global token g whose kind fits (any but a country when no kinds are given). */
export function antecedent(scan: Scan, g: number, kinds?: readonly PlaceKind[], pastLandmarks = false): number | undefined {
  for (let p = scan.index.lastBefore(g); p >= 0; p--) {
    const m = scan.places[p] as PlaceMention;
    if (m.status !== "resolved" || (pastLandmarks && scan.landmarks.has(p))) continue;
    const kind = scan.gaz.get(m.placeId)?.kind;
    if (kind && (kinds ? kinds.includes(kind) : kind !== "country")) return p;
  }
  return undefined;
}

/** Marks local words [from, to) as read, so a later start inside them is not a new statement. */
export function consume(scan: Scan, from: number, to: number): void {
  for (let i = from; i < to; i++) scan.consumed.add(i);
}

/** Normalised start of local word i, after any conjunction ("والتراجع" → "التراجع"). */
export function localStart(scan: Scan, i: number): number {
  const t = scan.doc.tokens[scan.from + i];
  if (!t) return 0;
  const bare = stripConj(t.text);
  const noPrep = bare.length > 3 && (bare[0] === "ب" || bare[0] === "ل") && RETREAT.has(bare.slice(1)) ? bare.slice(1) : bare;
  return t.start + (t.text.length - noPrep.length);
}

export function localEnd(scan: Scan, iExclusive: number): number {
  return scan.doc.tokens[scan.from + iExclusive - 1]?.end ?? 0;
}

/** The local index of the first word starting at or after normalised offset `pos`. */
export function wordAt(scan: Scan, pos: number): number {
  let k = 0;
  while (k < scan.words.length && (scan.doc.tokens[scan.from + k]?.start ?? 0) < pos) k++;
  return k;
}

/**
 * "البلاد" after a direction is the country the news is about. A reference with no place
 * mention behind it: `place` is -1, and `build` takes the country entry instead.
 */
export function countryAfter(scan: Scan, k: number): Reference | null {
  if (scan.country === undefined || scan.words[k] !== "البلاد") return null;
  return { place: COUNTRY, edge: false, end: localEnd(scan, k + 1) };
}

/** The place indices that stand for `scan.country` and `scan.capital`: no mention names them. */
export const COUNTRY = -1;
export const CAPITAL = -2;

/** Where "في" / "في أقصى" / "أقصى" before local word j starts ("في أقصى الجنوب"), else j. */
export function insideBefore(scan: Scan, j: number): number {
  let k = j;
  if (scan.words[k - 1] === "اقصي") k--;
  if (scan.words[k - 1] === "في") k--;
  return k;
}

export function isCountryRef(scan: Scan, place: number): boolean {
  if (place < 0) return place === COUNTRY;
  const m = scan.places[place] as PlaceMention;
  return m.status === "resolved" && scan.gaz.get(m.placeId)?.kind === "country";
}

export const round = (x: number): number => Math.round(x * 1000) / 1000;
