import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type { GazetteerEntry } from "../gazetteer/types.ts";
import type { Compass8, Measurement, MeasurementKind, PlaceMention } from "../types.ts";
import { type PlaceRef, verifyStatement } from "../verify/measurement-verdict.ts";
import { directionAt, partAt } from "./directions.ts";
import { type Doc, evidenceOf } from "./document.ts";
import { measurementId } from "./measurement-id.ts";
import { DEMANDS, EDGE_CUES, FORCES, inLexicon, PRONOUN_PREPOSITIONS, REFERENCE_CUES, RETREAT } from "./measurement-lexicon.ts";
import { placesByToken } from "./measurement-places.ts";
import {
  antecedent,
  CAPITAL,
  consume,
  COUNTRY,
  countryAfter,
  homeCapital,
  homeCountry,
  insideBefore,
  isCountryRef,
  localEnd,
  localStart,
  placeAfter,
  quantityAt,
  round,
  type Scan,
  subjectBefore,
  wordAt,
} from "./measurement-scan.ts";

/**
 * Stated geography between places, each checked against the gazetteer's coordinates:
 * - distance-direction: "X، الواقعة على بعد 450 كلم شرق Y" / "X، 30 كلم إلى الغرب من Y" /
 *                       "X جنوب غربي Y بنحو 30 كلم" / "وZ إلى الغرب منها بنحو 30 كلم"
 * - distance:           "X التي تبعد 95 كلم عن Y", "تبعد X عن Y نحو 95 كلم", "X التي تبعد عنها 170 كلم"
 * - direction:          "X جنوب مدينة Y", "X إلى الغرب مباشرة من Y", "A وB وC شرق Y" (one each),
 *                       "القاطع الأول شرقيها", "الضواحي الجنوبية لY", "X شمال غربي البلاد"
 * - pushback/pullback:  "أجبرتهم على التراجع نحو كيلومترين عن محيط X" (pushed back), "التراجع 60
 *                       كيلومترا عن حدود X" or a demanded withdrawal (pull back): a ring around X.
 * How subjects and references are found (anaphors, pronouns, verb-first locatives, the
 * country and its capital) is `measurement-scan.ts`. A place of the country said to lie in a
 * part of it ("أوباري في جنوب غرب ليبيا", "بني وليد شمال غربي البلاد") is measured against
 * the country, and is unverifiable (a country has no useful point); "شرق البلاد" with no
 * place before it, and a region the subject lies in ("سبها جنوب فزان"), are not measurements.
 * Without a subject place ("القوات المتمركزة شرق مدينة مصراتة", "5 ضربات جنوب سرت") the
 * statement still places something relative to the reference: it is kept, with a null
 * subject and an unverifiable verdict, except where it reads as part of the reference ("في
 * جنوب طرابلس") or as a heading ("تقدمت شرقا من مصراتة").
 */
export function findMeasurements(doc: Doc, places: readonly PlaceMention[], gaz: GazetteerIndex): Measurement[] {
  const index = placesByToken(doc, places);
  const country = homeCountry(gaz);
  const capital = homeCapital(gaz, country);
  const landmarks = new Set<number>();
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
    const scan: Scan = { doc, gaz, places, index, words, from, between, consumed: new Set(), country, capital, landmarks };
    for (let j = 0; j < words.length; j++) {
      if (!scan.consumed.has(j)) distanceAt(scan, j, emit);
    }
    for (let j = 0; j < words.length; j++) {
      if (!scan.consumed.has(j)) directionOnlyAt(scan, j, emit);
    }
    for (let j = 0; j < words.length; j++) {
      if (!scan.consumed.has(j)) partOfPlaceAt(scan, j, emit);
    }
  }
  return out;
}

/**
 * A retreat word within `window` words before local index k, and whether it was demanded.
 * A place in between ends the search: in "انسحبت من الوشكة التي تبعد 30 كلم عن سرت" the
 * distance belongs to al-Washka, not to the withdrawal.
 */
function retreatBefore(scan: Scan, k: number, window = 5): { at: number; demanded: boolean; forced: boolean } | null {
  for (let i = k - 1; i >= 0 && i >= k - window && !scan.index.covers(scan.from + i); i--) {
    if (!inLexicon(RETREAT, scan.words[i] as string)) continue;
    let demanded = false;
    let forced = false;
    for (let d = i - 1; d >= 0 && d >= i - 4; d--) {
      const w = scan.words[d] as string;
      if (inLexicon(DEMANDS, w)) demanded = true;
      if (inLexicon(FORCES, w)) forced = true;
    }
    return { at: i, demanded, forced };
  }
  return null;
}

/** A demanded withdrawal, or one measured from a place's edge, pulls back; a forced one is pushed back. */
const retreatKind = (retreat: { demanded: boolean; forced: boolean }, edge: boolean): MeasurementKind =>
  retreat.demanded || (edge && !retreat.forced) ? "pullback" : "pushback";

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
    const span = { start: subject?.start ?? localStart(scan, q.start), end: ref.end };
    emit(build(scan, "distance-direction", subject?.place, ref.place, { ...stated, statedDirection: dir.compass }, span));
    return;
  }
  const prep = scan.words[q.end];
  if (prep === "عن" || prep === "من") {
    // "… 60 كيلومترا عن حدود طرابلس" / "X التي تبعد 95 كلم عن مدينة سرت"
    const ref = placeAfter(scan, q.end + 1);
    if (!ref) return;
    const end = ref.end;
    const retreat = retreatBefore(scan, q.start);
    if (retreat) {
      const kind = retreatKind(retreat, ref.edge);
      emit(build(scan, kind, undefined, ref.place, stated, { start: localStart(scan, retreat.at), end }));
      return;
    }
    const subject = subjectBefore(scan, q.start);
    emit(build(scan, "distance", subject?.place, ref.place, stated, { start: subject?.start ?? localStart(scan, q.start), end }));
    return;
  }
  if (PRONOUN_PREPOSITIONS.has(scan.words[j - 1] ?? "")) {
    // "إلى الجنوب منها بنحو 80 كلم" is a direction with its distance after: read there.
    const spelt = [3, 4].some((back) => directionAt(scan.words, j - back)?.end === j);
    if (!spelt) pronounDistance(scan, j - 1, q.end, stated, emit);
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
  // "إلى الجنوب الشرقي من طرابلس على بعد 180 كلم": the direction pass reads both.
  if ([2, 3, 4].some((back) => directionAt(scan.words, p - back)?.end === p + 1)) return;
  const end = localEnd(scan, q.end);
  const retreat = retreatBefore(scan, p);
  if (retreat) {
    const kind = retreatKind(retreat, edge);
    emit(build(scan, kind, undefined, refBefore, stated, { start: localStart(scan, retreat.at), end }));
    return;
  }
  const subject = subjectBefore(scan, p);
  if (subject !== undefined) emit(build(scan, "distance", subject.place, refBefore, stated, { start: subject.start, end }));
}

/**
 * "طبرق، التي تبعد عنها نحو 170 كلم": the pronoun after "عن" stands for a place named before
 * the subject (a place is not distant from itself). `at` is the pronoun's word.
 */
function pronounDistance(scan: Scan, at: number, endExclusive: number, stated: Stated, emit: Emit): void {
  const subject = subjectBefore(scan, at);
  if (subject === undefined) return;
  const ref = antecedent(scan, Math.min(scan.index.firstToken(subject.place), scan.from + at));
  if (ref === undefined || ref === subject.place) return;
  emit(build(scan, "distance", subject.place, ref, stated, { start: subject.start, end: localEnd(scan, endExclusive) }));
}

function directionOnlyAt(scan: Scan, j: number, emit: Emit): void {
  if (scan.index.covers(scan.from + j)) return; // "جنوب السودان" is a name, not a relation
  const dir = directionAt(scan.words, j);
  if (!dir) return;
  if (dir.pronoun) {
    pronounDirection(scan, j, dir.end, dir.compass, emit);
    return;
  }
  const ref = placeAfter(scan, dir.end) ?? countryAfter(scan, dir.end);
  if (!ref) return;
  consume(scan, dir.start, dir.end);
  const inside = insideBefore(scan, j);
  // "تقع الهضبة في جنوب طرابلس": a part of the town. A part of the country is where in it a
  // place lies, said with "في" or without ("أوباري في جنوب غرب ليبيا" = "أوباري جنوب غرب ليبيا").
  const ofCountry = isCountryRef(scan, ref.place);
  if (inside < j && !ofCountry) return;
  const first = subjectBefore(scan, inside);
  if (first === undefined) {
    if (dir.adverb || inside < j || isPartOf(scan, undefined, ref.place, dir.explicit)) return;
    const span = { start: localStart(scan, j), end: ref.end };
    emit(build(scan, "direction", undefined, ref.place, { statedDirection: dir.compass }, span));
    return;
  }
  // "X جنوب غربي Y بنحو 30 كلم": the distance may follow the reference.
  const q = ref.place >= 0 ? quantityAt(scan, wordAt(scan, ref.end)) : null;
  if (q) consume(scan, q.start, q.end);
  const stated: Stated = q
    ? { statedKm: round(q.km), statedValue: q.value, statedUnit: q.unit, statedDirection: dir.compass }
    : { statedDirection: dir.compass };
  const kind: MeasurementKind = q ? "distance-direction" : "direction";
  const end = q ? localEnd(scan, q.end) : ref.end;
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
    if (subject.place === ref.place || isPartOf(scan, subject.place, ref.place, dir.explicit)) continue;
    emit(build(scan, kind, subject.place, ref.place, stated, { start: subject.start, end }));
  }
}

/**
 * "القاطع الأول شرقيها", "العزيزية شمالها": the reference is the place the pronoun stands
 * for, the last one named before (never the subject itself).
 */
function pronounDirection(scan: Scan, j: number, end: number, compass: Compass8, emit: Emit): void {
  if (scan.words[j - 1] === "في") return; // "في شرقها": a part of it
  consume(scan, j, end);
  const subject = subjectBefore(scan, j);
  const ref = antecedent(scan, subject === undefined ? scan.from + j : Math.min(scan.index.firstToken(subject.place), scan.from + j));
  if (ref === undefined || ref === subject?.place) return;
  // "إلى الغرب منها بنحو 30 كلم": the distance may follow the relation.
  const q = quantityAt(scan, end);
  if (q) consume(scan, q.start, q.end);
  const span = { start: subject?.start ?? localStart(scan, j), end: localEnd(scan, q ? q.end : end) };
  const stated: Stated = q
    ? { statedKm: round(q.km), statedValue: q.value, statedUnit: q.unit, statedDirection: compass }
    : { statedDirection: compass };
  emit(build(scan, q ? "distance-direction" : "direction", subject?.place, ref, stated, span));
}

/**
 * "الضواحي الجنوبية لطرابلس", "الأطراف الغربية لمدينة سبها": a part of a place named by a
 * direction adjective; it places what stands there (no place subject) relative to the place.
 * Of the whole country ("الجنوب الشرقي لليبيا") it says something only of a place named before.
 */
function partOfPlaceAt(scan: Scan, j: number, emit: Emit): void {
  const part = partAt(scan.words, j);
  if (!part || scan.index.covers(scan.from + j)) return;
  const w = scan.words[part.end] as string;
  let ref = scan.index.startingAt(scan.from + part.end);
  if (ref === undefined && (REFERENCE_CUES.has(w) || REFERENCE_CUES.has(w.slice(1)))) ref = scan.index.startingAt(scan.from + part.end + 1);
  if (ref === undefined) return;
  consume(scan, part.start, part.end);
  const isCountry = isCountryRef(scan, ref);
  const subject = subjectBefore(scan, isCountry ? insideBefore(scan, part.start) : part.start);
  if (isCountry && subject === undefined) return;
  const span = { start: subject?.start ?? localStart(scan, part.start), end: scan.index.normEnd(ref) };
  emit(build(scan, "direction", subject?.place, ref, { statedDirection: part.compass }, span));
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
  // "مدن شرق البلاد": with no place before it, "the country's east" is a part of it.
  if (reference === COUNTRY) return subject === undefined;
  if (reference === CAPITAL) return false;
  const r = scan.places[reference] as PlaceMention;
  if (r.status !== "resolved") return false;
  const entry = scan.gaz.get(r.placeId);
  if (!entry) return false;
  // "بني وليد شمال غربي ليبيا", "تسيطر على معظم شرق ليبيا": where in the country, stated
  // against the country (the measurement is unverifiable: a country has no useful point).
  if (entry.kind === "country") return false;
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
  if (subject !== undefined && reference >= 0) scan.landmarks.add(reference);
  const country = reference === COUNTRY ? scan.country : reference === CAPITAL ? scan.capital : undefined;
  const refMention = country ? undefined : (scan.places[reference] as PlaceMention);
  const subMention = subject === undefined ? undefined : (scan.places[subject] as PlaceMention);
  const evidence = evidenceOf(scan.doc, span.start, span.end);
  const verdict = verifyStatement({
    kind,
    subject: subMention ? refOf(scan, subMention) : null,
    reference: refMention ? refOf(scan, refMention) : country ? entryRef(country) : null,
    ...stated,
  });
  return {
    id: measurementId(kind, evidence),
    kind,
    subjectPlaceId: subMention?.status === "resolved" ? subMention.placeId : null,
    referencePlaceId: refMention?.status === "resolved" ? refMention.placeId : (country?.id ?? null),
    ...stated,
    evidence,
    verdict,
  };
}

function refOf(scan: Scan, m: PlaceMention): PlaceRef {
  if (m.status === "unresolved") return { unresolved: m.name };
  const e = scan.gaz.get(m.placeId);
  return e ? entryRef(e) : { unresolved: m.evidence.text };
}

const entryRef = (e: GazetteerEntry): PlaceRef => ({ id: e.id, lat: e.lat, lon: e.lon, uncertaintyM: e.uncertaintyM });
