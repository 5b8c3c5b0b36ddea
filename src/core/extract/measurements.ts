import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type { PlaceKind } from "../gazetteer/types.ts";
import type { Compass8, Measurement, MeasurementKind, PlaceMention } from "../types.ts";
import { type PlaceRef, verifyStatement } from "../verify/measurement-verdict.ts";
import { directionAt } from "./directions.ts";
import { type Doc, evidenceOf } from "./document.ts";
import { measurementId } from "./measurement-id.ts";
import {
  ANAPHORS,
  DEMANDS,
  EDGE_CUES,
  FILLERS,
  inLexicon,
  QUALIFIERS,
  REFERENCE_CUES,
  RETREAT,
  stripConj,
  TWO_WORD_QUALIFIER_STARTS,
  TWO_WORD_QUALIFIERS,
} from "./measurement-lexicon.ts";
import { parseNumber } from "./numbers.ts";
import { type PlacesByToken, placesByToken } from "./measurement-places.ts";
import { KM_PER_UNIT, unitAt } from "./units.ts";

/**
 * Stated geography between places, each checked against the gazetteer's coordinates:
 * - distance-direction: "X، الواقعة على بعد 450 كلم شرق Y" / "X، 30 كلم إلى الغرب من Y"
 * - distance:           "X التي تبعد 95 كلم عن Y", "تبعد X عن Y نحو 95 كلم"
 * - direction:          "X جنوب مدينة Y", "X إلى الغرب مباشرة من Y", "A وB وC شرق Y" (one each)
 * - pushback/pullback:  "التراجع عن X بنحو 30 كيلومترا" (pushed back), "التراجع 60 كيلومترا عن
 *                       حدود X" or a demanded withdrawal (pull back): a ring around X.
 * The subject is the place just before the relation in the same sentence, or the antecedent of
 * an anaphoric noun ("المدينة الواقعة على بعد …" → the last city named before). The reference is
 * the place after the direction word, "من" or "عن". A relation whose reference is not a place
 * ("شرق البلاد") or is the country or region the subject lies in ("جنوب ليبيا") is not a
 * measurement. Without a subject place ("القوات المتمركزة شرق مدينة مصراتة", "5 ضربات جنوب
 * سرت") the statement still places something relative to the reference: it is kept, with a
 * null subject and an unverifiable verdict, except where it reads as part of the reference
 * ("في جنوب طرابلس") or as a heading ("تقدمت شرقا من مصراتة").
 */
export function findMeasurements(doc: Doc, places: readonly PlaceMention[], gaz: GazetteerIndex): Measurement[] {
  const index = placesByToken(doc, places);
  const out: Measurement[] = [];
  const seen = new Set<string>();
  const emit = (m: Measurement): void => {
    if (!seen.has(m.id)) {
      seen.add(m.id);
      out.push(m);
    }
  };
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = doc.sentenceTokenStart[s] ?? 0;
    const to = doc.sentenceTokenStart[s + 1] ?? from;
    const words = doc.tokens.slice(from, to).map((t) => t.text);
    const between = (i: number): string => {
      const a = doc.tokens[from + i - 1];
      const b = doc.tokens[from + i];
      return a && b ? doc.norm.text.slice(a.end, b.start) : "";
    };
    const scan: Scan = { doc, gaz, places, index, words, from, between, consumed: new Set() };
    for (let j = 0; j < words.length; j++) {
      if (!scan.consumed.has(j)) distanceAt(scan, j, emit);
    }
    for (let j = 0; j < words.length; j++) {
      if (!scan.consumed.has(j)) directionOnlyAt(scan, j, emit);
    }
  }
  return out;
}

interface Scan {
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
}

/** A quantity at local index j: its first word, the value in km and the index after the unit. */
function quantityAt(scan: Scan, j: number): { start: number; km: number; value: number; unit: "km" | "mile" | "m"; end: number } | null {
  const { words } = scan;
  let k = j;
  const w = words[j] ?? "";
  if (QUALIFIERS.has(w) || QUALIFIERS.has(w.startsWith("ب") ? w.slice(1) : w)) k = j + 1;
  else if (TWO_WORD_QUALIFIER_STARTS.has(w) && TWO_WORD_QUALIFIERS.has(`${w} ${words[j + 1] ?? ""}`)) {
    k = words[j + 2] === "عن" || words[j + 2] === "علي" ? j + 3 : j + 2;
  }
  const n = parseNumber(words, k, scan.between);
  if (!n || n.value <= 0) return null;
  const u = unitAt(words, n.end);
  if (!u) return null;
  return { start: j, km: n.value * KM_PER_UNIT[u.unit], value: n.value, unit: u.unit, end: u.end };
}

/** The place starting at local index k, skipping up to two cue nouns; notes an edge cue. */
function placeAfter(scan: Scan, k: number): { place: number; edge: boolean } | null {
  let edge = false;
  for (let i = k; i < k + 3 && i < scan.words.length; i++) {
    const p = scan.index.startingAt(scan.from + i);
    if (p !== undefined) return { place: p, edge };
    const w = scan.words[i] as string;
    if (EDGE_CUES.has(w)) edge = true;
    else if (!REFERENCE_CUES.has(w)) return null;
  }
  return null;
}

interface Subject {
  readonly place: number;
  /** Where the statement starts: the subject's name, or the anaphor standing for it. */
  readonly start: number;
}

/** The subject before local index k: a place ending there, or an anaphor's antecedent. */
function subjectBefore(scan: Scan, k: number): Subject | undefined {
  let i = k - 1;
  for (let skipped = 0; i >= 0 && skipped < 4 && FILLERS.has(stripConj(scan.words[i] as string)); skipped++) i--;
  if (i < 0) return undefined;
  const direct = scan.index.endingAt(scan.from + i);
  if (direct !== undefined) return { place: direct, start: scan.index.normStart(direct) };
  const anaphor = ANAPHORS.get(scan.words[i] as string);
  if (anaphor !== undefined) {
    const place = antecedent(scan, scan.from + i, anaphor);
    return place === undefined ? undefined : { place, start: localStart(scan, i) };
  }
  return appositiveHead(scan, i);
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

/** The last resolved place before global token g whose kind fits. */
function antecedent(scan: Scan, g: number, kinds: readonly PlaceKind[]): number | undefined {
  for (let p = scan.index.lastBefore(g); p >= 0; p--) {
    const m = scan.places[p] as PlaceMention;
    if (m.status !== "resolved") continue;
    const kind = scan.gaz.get(m.placeId)?.kind;
    if (kind && kinds.includes(kind)) return p;
  }
  return undefined;
}

/**
 * A retreat word within `window` words before local index k, and whether it was demanded.
 * A place in between ends the search: in "انسحبت من الوشكة التي تبعد 30 كلم عن سرت" the
 * distance belongs to al-Washka, not to the withdrawal.
 */
function retreatBefore(scan: Scan, k: number, window = 5): { at: number; demanded: boolean } | null {
  for (let i = k - 1; i >= 0 && i >= k - window && !scan.index.covers(scan.from + i); i--) {
    if (!inLexicon(RETREAT, scan.words[i] as string)) continue;
    let demanded = false;
    for (let d = i - 1; d >= 0 && d >= i - 4; d--) if (inLexicon(DEMANDS, scan.words[d] as string)) demanded = true;
    return { at: i, demanded };
  }
  return null;
}

/** What a statement found is handed to. */
type Emit = (m: Measurement) => void;

function distanceAt(scan: Scan, j: number, emit: Emit): void {
  const q = quantityAt(scan, j);
  if (!q) return;
  const stated = { statedKm: round(q.km), statedValue: q.value, statedUnit: q.unit };
  consume(scan, q.start, q.end);
  const dir = scan.index.covers(scan.from + q.end) ? null : directionAt(scan.words, q.end);
  if (dir) {
    const ref = placeAfter(scan, dir.end);
    if (!ref) return;
    const subject = subjectBefore(scan, q.start);
    consume(scan, dir.start, dir.end);
    const span = { start: subject?.start ?? localStart(scan, q.start), end: scan.index.normEnd(ref.place) };
    emit(build(scan, "distance-direction", subject?.place, ref.place, { ...stated, statedDirection: dir.compass }, span));
    return;
  }
  const prep = scan.words[q.end];
  if (prep === "عن" || prep === "من") {
    // "… 60 كيلومترا عن حدود طرابلس" / "X التي تبعد 95 كلم عن مدينة سرت"
    const ref = placeAfter(scan, q.end + 1);
    if (!ref) return;
    const end = scan.index.normEnd(ref.place);
    const retreat = retreatBefore(scan, q.start);
    if (retreat) {
      const kind: MeasurementKind = ref.edge || retreat.demanded ? "pullback" : "pushback";
      emit(build(scan, kind, undefined, ref.place, stated, { start: localStart(scan, retreat.at), end }));
      return;
    }
    const subject = subjectBefore(scan, q.start);
    emit(build(scan, "distance", subject?.place, ref.place, stated, { start: subject?.start ?? localStart(scan, q.start), end }));
    return;
  }
  // The reference before the quantity: "التراجع عن سرت بنحو 30 كيلومترا", "تبعد X عن Y 95 كلم".
  const refBefore = scan.index.endingAt(scan.from + j - 1);
  if (refBefore === undefined) return;
  let p = scan.index.firstToken(refBefore) - scan.from - 1;
  let edge = false;
  while (p >= 0 && (REFERENCE_CUES.has(scan.words[p] as string) || EDGE_CUES.has(scan.words[p] as string))) {
    if (EDGE_CUES.has(scan.words[p] as string)) edge = true;
    p--;
  }
  if (scan.words[p] !== "عن" && scan.words[p] !== "من") return;
  const end = localEnd(scan, q.end);
  const retreat = retreatBefore(scan, p);
  if (retreat) {
    const kind: MeasurementKind = edge || retreat.demanded ? "pullback" : "pushback";
    emit(build(scan, kind, undefined, refBefore, stated, { start: localStart(scan, retreat.at), end }));
    return;
  }
  const subject = subjectBefore(scan, p);
  if (subject !== undefined) emit(build(scan, "distance", subject.place, refBefore, stated, { start: subject.start, end }));
}

/** Marks local words [from, to) as read, so a later start inside them is not a new statement. */
function consume(scan: Scan, from: number, to: number): void {
  for (let i = from; i < to; i++) scan.consumed.add(i);
}

/** Normalised start of local word i, after any conjunction ("والتراجع" → "التراجع"). */
function localStart(scan: Scan, i: number): number {
  const t = scan.doc.tokens[scan.from + i];
  if (!t) return 0;
  const bare = stripConj(t.text);
  const noPrep = bare.length > 3 && (bare[0] === "ب" || bare[0] === "ل") && RETREAT.has(bare.slice(1)) ? bare.slice(1) : bare;
  return t.start + (t.text.length - noPrep.length);
}

function localEnd(scan: Scan, iExclusive: number): number {
  return scan.doc.tokens[scan.from + iExclusive - 1]?.end ?? 0;
}

function directionOnlyAt(scan: Scan, j: number, emit: Emit): void {
  if (scan.index.covers(scan.from + j)) return; // "جنوب السودان" is a name, not a relation
  const dir = directionAt(scan.words, j);
  if (!dir) return;
  const ref = placeAfter(scan, dir.end);
  if (!ref) return;
  consume(scan, dir.start, dir.end);
  const first = subjectBefore(scan, j);
  if (first === undefined) {
    const before = scan.words[j - 1];
    if (dir.adverb || before === "في" || isPartOf(scan, undefined, ref.place, dir.explicit)) return;
    const span = { start: localStart(scan, j), end: scan.index.normEnd(ref.place) };
    emit(build(scan, "direction", undefined, ref.place, { statedDirection: dir.compass }, span));
    return;
  }
  // "مناطق القداحية والهيشة والوشكة وأبوقرين شرق مدينة مصراتة": every listed place.
  const subjects = [first];
  for (let p = first.place; ; ) {
    const firstToken = scan.index.firstToken(p);
    const prev = firstToken - 1 < scan.from ? undefined : scan.index.endingAt(firstToken - 1);
    if (prev === undefined || !listed(scan, prev, p)) break;
    subjects.push({ place: prev, start: scan.index.normStart(prev) });
    p = prev;
  }
  for (const subject of subjects) {
    if (isPartOf(scan, subject.place, ref.place, dir.explicit)) continue;
    const span = { start: subject.start, end: scan.index.normEnd(ref.place) };
    emit(build(scan, "direction", subject.place, ref.place, { statedDirection: dir.compass }, span));
  }
}

/** Mention `b` follows `a` in a list: "أ وب" (the و kept out of b's span) or "أ، ب". */
function listed(scan: Scan, a: number, b: number): boolean {
  const text = scan.doc.norm.text;
  const gap = text.slice(scan.index.normEnd(a), scan.index.normStart(b));
  return /^\s*,\s*$/.test(gap) || /^\s+و$/.test(gap);
}

/**
 * "جنوب ليبيا" said of a Libyan town is where in the country it lies, not a direction from it;
 * so is "شرق الهلال النفطي" of a town inside that region. Spelt out ("إلى الغرب من الهلال
 * النفطي") it is a relation even when the region's box, drawn loosely, holds the subject.
 */
function isPartOf(scan: Scan, subject: number | undefined, reference: number, explicit: boolean): boolean {
  const r = scan.places[reference] as PlaceMention;
  if (r.status !== "resolved") return false;
  const entry = scan.gaz.get(r.placeId);
  if (!entry) return false;
  if (entry.kind === "country") return true;
  if (explicit) return false;
  const s = subject === undefined ? undefined : (scan.places[subject] as PlaceMention);
  const sub = s?.status === "resolved" ? scan.gaz.get(s.placeId) : undefined;
  if (entry.kind === "region" && entry.bbox && sub) {
    const [w, so, e, n] = entry.bbox;
    return sub.lon >= w && sub.lon <= e && sub.lat >= so && sub.lat <= n;
  }
  return false;
}

interface Stated {
  readonly statedKm?: number;
  readonly statedValue?: number;
  readonly statedUnit?: "km" | "mile" | "m";
  readonly statedDirection?: Compass8;
}

/** One measurement over a NORMALISED span, checked against the gazetteer. */
function build(
  scan: Scan,
  kind: MeasurementKind,
  subject: number | undefined,
  reference: number,
  stated: Stated,
  span: { readonly start: number; readonly end: number },
): Measurement {
  const refMention = scan.places[reference] as PlaceMention;
  const subMention = subject === undefined ? undefined : (scan.places[subject] as PlaceMention);
  const evidence = evidenceOf(scan.doc, span.start, span.end);
  const verdict = verifyStatement({
    kind,
    subject: subMention ? refOf(scan, subMention) : null,
    reference: refOf(scan, refMention),
    ...stated,
  });
  return {
    id: measurementId(kind, evidence),
    kind,
    subjectPlaceId: subMention?.status === "resolved" ? subMention.placeId : null,
    referencePlaceId: refMention.status === "resolved" ? refMention.placeId : null,
    ...stated,
    evidence,
    verdict,
  };
}

function refOf(scan: Scan, m: PlaceMention): PlaceRef {
  if (m.status === "unresolved") return { unresolved: m.name };
  const e = scan.gaz.get(m.placeId);
  return e ? { id: e.id, lat: e.lat, lon: e.lon, uncertaintyM: e.uncertaintyM } : { unresolved: m.evidence.text };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
