import type { Token } from "../text/tokenize.ts";
import type { ClaimAction } from "../types.ts";
import { type ClaimSite, isIn, type PlaceAt, RELATIVES, stemsOf, wordSet } from "./claim-sentence.ts";

/** Prepositions that point away from a place ("انسحب من"), to it ("تقدم نحو"), or out of it. */
const FROM = wordSet(["من", "عن"]);
const TOWARD = wordSet(["إلى", "الى", "نحو", "باتجاه", "اتجاه", "صوب", "تجاه", "حتى", "مشارف"]);
const OUTSIDE = wordSet(["خارج"]);
/** "جنوب أبوقرين", "قرب طرابلس": the place only locates another one. */
const LOCATORS = wordSet(["جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "قرب", "بالقرب", "المحيطة", "المحيط", "بعد", "تبعد"]);
/** Generic heads between a preposition and a name ("من مدينة سرت", "بمنطقة أبوقرين"). */
const HEADS = wordSet(["مدينة", "مدينتي", "مدن", "منطقة", "مناطق", "منطقتي", "بلدة", "بلدات", "محور", "محاور", "قاعدة", "مطار", "ميناء", "حي", "أحياء", "محيط", "ضواحي", "أطراف", "داخل", "وسط", "قرية", "معسكر", "بوابة", "محمية", "مشارف"]);
const CITY_HEADS = wordSet(["مدينة", "مدينتي", "بلدة", "بلدية", "مدن"]);
const AREA_HEADS = wordSet(["منطقة", "منطقتي", "مناطق", "حي"]);
const BASE_HEADS = wordSet(["قاعدة", "قاعدتي"]);
const AREA_ANAPHORS = wordSet(["المنطقة"]);
const BASE_ANAPHORS = wordSet(["القاعدة"]);

function headsFor(anaphor: Token): ReadonlySet<string> | undefined {
  if (isIn(anaphor, CITY_ANAPHORS)) return CITY_HEADS;
  if (isIn(anaphor, AREA_ANAPHORS)) return AREA_HEADS;
  if (isIn(anaphor, BASE_ANAPHORS)) return BASE_HEADS;
  return undefined;
}
/** How far after a trigger a pronoun may still point at its place ("سيطرة قوات الجيش ... عليها"). */
const ANAPHOR_REACH = 10;
/** Words that point back to a place named before: "عليها", "منها", "المدينة", "مطارها". */
const ANAPHORS = wordSet(["عليها", "منها", "فيها", "إليها", "اليها", "بها", "عليه", "منه", "فيه", "إليه", "به", "المدينة", "البلدة", "المنطقة", "القاعدة"]);
const CITY_ANAPHORS = wordSet(["المدينة", "البلدة"]);
/** Nouns that name a place by its kind ("القاعدة"): they may point two sentences back. */
const KIND_ANAPHORS = wordSet(["المدينة", "البلدة", "المنطقة", "القاعدة"]);
/** "العاصمة": Tripoli, when the article names it (see `ClaimSite.capital`). */
const CAPITAL = wordSet(["العاصمة"]);
const PRONOUN_HEADS = wordSet(["مطار", "محيط", "ضواحي", "داخل", "أطراف", "مشارف", "وسط", "قاعدت", "ميناء", "أحياء", "مدينت"]);
/** Nouns in apposition to the place before them: "ترهونة، آخر معقل للجيش", "طرابلس مقر حكومة الوفاق". */
const APPOSITION_STEMS = wordSet(["معقل", "مقر"]);

type Governor = "from" | "toward" | "outside" | "locator" | "other";

/** The word governing a place, looking back over generic heads ("من مدينة"). */
function governor(site: ClaimSite, p: PlaceAt): Governor {
  for (let i = p.first - 1; i >= Math.max(0, p.first - 3); i--) {
    const tok = site.doc.tokens[i];
    if (isIn(tok, OUTSIDE)) return "outside";
    if (isIn(tok, TOWARD)) return "toward";
    if (isIn(tok, LOCATORS)) return "locator";
    if (tok !== undefined && FROM.has(tok.text)) return "from";
    if (!isIn(tok, HEADS)) return "other";
  }
  return "other";
}

function isAnaphor(tok: Token): boolean {
  if (isIn(tok, ANAPHORS)) return true;
  return stemsOf(tok).some((s) => s.endsWith("ها") && PRONOUN_HEADS.has(s.slice(0, -2)));
}

/** The place a claim's direction points at: the origin of a withdrawal, the goal of an advance. */
function byDirection(site: ClaimSite, action: ClaimAction, inWindow: readonly PlaceAt[]): readonly PlaceAt[] {
  const gov = inWindow.map((p) => governor(site, p));
  const pick = (keep: (g: Governor) => boolean): PlaceAt[] => inWindow.filter((_, i) => keep(gov[i] as Governor));
  let chosen: PlaceAt[];
  if (action === "withdrew") {
    chosen = pick((g) => g === "from" || g === "outside");
    if (chosen.length === 0) chosen = pick((g) => g !== "toward");
  } else if (action === "advancing" || action === "reinforcing") {
    chosen = pick((g) => g === "toward");
    if (chosen.length === 0) chosen = pick((g) => g !== "from");
  } else chosen = [...inWindow];
  const located = chosen.filter((p) => governor(site, p) !== "locator");
  // "المتمركزة شرق مصراتة" holds ground east of Misrata, not Misrata.
  return located.length > 0 || action === "controls" ? located : chosen;
}

/** Places joined to the main one by "و" share its claim ("مدينتي سرت والجفرة"). */
function withCoordinated(site: ClaimSite, main: PlaceAt, inWindow: readonly PlaceAt[]): PlaceAt[] {
  const { tokens } = site.doc;
  const out = [main];
  let last = main;
  for (const p of inWindow) {
    if (p.first <= last.first) continue;
    let joined = true;
    for (let i = last.next; i < p.first; i++) {
      const tok = tokens[i] as Token;
      if (tok.text !== "و" && !isIn(tok, HEADS)) joined = false;
    }
    const gap = site.doc.norm.text.slice((tokens[last.next - 1] as Token).end, (tokens[p.first] as Token).start);
    const conj = /[و,]/.test(gap) || (tokens[p.first] as Token).text.startsWith("و");
    if (!joined || !conj || /[.;:]/.test(gap)) break;
    out.push(p);
    last = p;
  }
  return out;
}

/**
 * What an anaphor points back to: after a relative pronoun, the place it qualifies ("سرت
 * التي طردت منها"); for "المدينة", the last place introduced as a city; otherwise the first
 * place of the sentence (its topic), else of the sentence before.
 */
function referent(site: ClaimSite, anaphor: Token, anaphorAt: number): PlaceAt | undefined {
  const { places, from, at } = site;
  const before = places.filter((p) => p.first >= from && p.next <= at);
  for (let i = anaphorAt - 1; i >= site.clauseStart; i--) {
    if (!isIn(site.doc.tokens[i], RELATIVES)) continue;
    // "سرت التي طردت منها": the relative qualifies the place right before it. "الوقت الذي
    // تستعد فيه" qualifies no place: its pronoun is no place either.
    const head = places.filter((p) => p.next <= i && p.first >= from).pop();
    if (head !== undefined && i - head.next <= 2) return head;
    if (i > at && !isIn(anaphor, CITY_ANAPHORS)) return undefined;
    break;
  }
  // The sentence before, else (for "القاعدة"-like nouns that name the place's kind) the one before that.
  const lastSentence = places.filter((p) => p.first >= site.prevFrom && p.next <= from);
  const previous = lastSentence.length > 0 || !isIn(anaphor, KIND_ANAPHORS) ? lastSentence : places.filter((p) => p.next <= site.prevFrom);
  // "المدينة", "المنطقة", "القاعدة": the last place introduced with that head noun.
  const heads = headsFor(anaphor);
  if (heads !== undefined) {
    const introduced = (p: PlaceAt): boolean => isIn(site.doc.tokens[p.first - 1], heads) || isIn(site.doc.tokens[p.first - 2], heads);
    const named = before.filter(introduced).pop() ?? previous.filter(introduced).pop();
    if (named !== undefined) return named;
  }
  // A pronoun points at the nearest place in its own clause, else the sentence's first.
  const inClause = before.filter((p) => p.first >= site.clauseStart).pop();
  return inClause ?? before[0] ?? previous[0];
}

/** Actions whose place may be named before the trigger in the sentence ("تقهقر الميليشيات في طرابلس مع تقدم الجيش"). */
const PLACE_BEFORE_OK: ReadonlySet<string> = new Set(["withdrew", "advancing", "struck", "controls", "contested"]);
/** …and may be named anywhere before it in the sentence ("وسط تقهقر الميليشيات"). */
const SENTENCE_BEFORE_OK: ReadonlySet<string> = new Set(["withdrew", "advancing"]);
const AFTER = wordSet(["بعد", "عقب", "إثر"]);
/** "سيطرت على سرت في هجوم خاطف": a trigger word of manner belongs to the action before it. */
const MANNER = wordSet(["في", "خلال", "عبر"]);

/** The places a claim is about, main one first; empty when none can be found. */
export function placesOfClaim(site: ClaimSite): PlaceAt[] {
  const { places, at, windowEnd, doc } = site;
  if (APPOSITION_STEMS.has(site.stem)) {
    const head = places.filter((p) => p.first >= site.from && p.next <= at).pop();
    if (head !== undefined) return [head];
  }
  const inWindow = places.filter((p) => p.first > at && p.first < windowEnd);
  const chosen = byDirection(site, site.action, inWindow);
  let anaphorAt = site.word.objectPronoun === true ? at : -1;
  for (let i = at + 1; i < Math.min(windowEnd, at + 1 + ANAPHOR_REACH) && anaphorAt < 0; i++) {
    if (isAnaphor(doc.tokens[i] as Token) || (site.capital !== undefined && isIn(doc.tokens[i], CAPITAL))) anaphorAt = i;
  }
  const anaphor = doc.tokens[anaphorAt];
  const main = chosen[0];
  if (main !== undefined && (anaphor === undefined || main.first < anaphorAt)) return withCoordinated(site, main, inWindow);
  if (anaphor !== undefined) {
    const ref = isIn(anaphor, CAPITAL) && anaphorAt !== at ? site.capital : referent(site, anaphor, anaphorAt);
    if (ref !== undefined) return [ref];
  }
  if (main !== undefined) return withCoordinated(site, main, inWindow);
  // Nothing after the trigger: a pronoun just before it in the clause ("من المدينة بمساعدة
  // ضربات جوية"), or, for actions told of a place already named, the place itself ("دخلت
  // سرت وواصلت تقدمها شرقا", "تقهقر الميليشيات في طرابلس مع تقدم الجيش").
  if (isIn(doc.tokens[at - 1], MANNER)) return [];
  for (let i = at - 1; i >= site.clauseStart; i--) {
    const p = places.find((x) => x.next === i + 1);
    if (p !== undefined) {
      if (PLACE_BEFORE_OK.has(site.action) && governor(site, p) !== "locator") return [p];
      break;
    }
    const tok = doc.tokens[i] as Token;
    if (isAnaphor(tok)) {
      const ref = referent({ ...site, at: i }, tok, i);
      if (ref !== undefined) return [ref];
    }
  }
  // "سيطرت على المبنى بعد مواجهات قوية": the fighting that led to a capture was there.
  const afterClause = isIn(doc.tokens[site.clauseStart], AFTER) && (site.action === "contested" || site.action === "struck");
  if (SENTENCE_BEFORE_OK.has(site.action) || afterClause) {
    const near = places.filter((p) => p.next <= at && p.first >= site.from && governor(site, p) !== "locator").pop();
    if (near !== undefined) return [near];
  }
  return [];
}
