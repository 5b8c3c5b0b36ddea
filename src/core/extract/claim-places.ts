import type { Token } from "../text/tokenize.ts";
import type { ClaimAction } from "../types.ts";
import { type ClaimSite, isIn, type PlaceAt, pronounIsObject, RELATIVES, stemsOf, wordSet } from "./claim-sentence.ts";

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
const WHERE = wordSet(["حيث"]);
const PEOPLE = wordSet(["سكان", "أهالي", "أهل", "أبناء", "مواطني", "مواطنين", "نازحي", "عائلات", "قبائل"]);
const APPOSITION_STEMS = wordSet(["معقل", "معاقل", "مقر"]);

/** "معقل", "معاقله", "مقرا": a noun that states a place's status (its holder's stronghold or seat). */
export function isStatusNoun(stem: string): boolean {
  for (const base of APPOSITION_STEMS) if (stem.startsWith(base) && stem.length <= base.length + 3) return true;
  return false;
}

export type Governor = "from" | "toward" | "outside" | "locator" | "other";

/** The word governing a place, looking back over generic heads ("من مدينة"). */
export function governor(site: ClaimSite, p: PlaceAt): Governor {
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
  // A place joined to the one before by "و" shares its preposition ("باتجاه مدينتي الزنتان والرجبان").
  const gov: Governor[] = [];
  inWindow.forEach((p, i) => {
    const prev = inWindow[i - 1];
    gov.push(prev !== undefined && gov[i - 1] !== undefined && joinedTo(site, prev, p) ? (gov[i - 1] as Governor) : governor(site, p));
  });
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

/** Whether `p` follows `prev` as the next item of a list ("سرت والجفرة", "سرت، الجفرة"). */
function joinedTo(site: ClaimSite, prev: PlaceAt, p: PlaceAt): boolean {
  const { tokens } = site.doc;
  for (let i = prev.next; i < p.first; i++) {
    const tok = tokens[i] as Token;
    if (tok.text !== "و" && !isIn(tok, HEADS)) return false;
  }
  const gap = site.doc.norm.text.slice((tokens[prev.next - 1] as Token).end, (tokens[p.first] as Token).start);
  return !/[.;:]/.test(gap) && (/[و,]/.test(gap) || (tokens[p.first] as Token).text.startsWith("و"));
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

const INCLUDING = wordSet(["بما", "ومنها", "منها", "خاصة", "وخاصة", "لاسيما", "سيما", "بينها"]);

/**
 * "انسحابها من آخر مواقعها في ضواحي طرابلس، بما فيها مطار طرابلس ومنطقة قصر بن غشير":
 * places a list names as included share the claim (with their own coordinated places).
 */
function withIncluded(site: ClaimSite, chosen: PlaceAt[], inWindow: readonly PlaceAt[]): PlaceAt[] {
  const last = chosen[chosen.length - 1] as PlaceAt;
  const { tokens } = site.doc;
  for (let i = last.next; i < Math.min(site.windowEnd, last.next + 3); i++) {
    if (!isIn(tokens[i], INCLUDING)) continue;
    const first = inWindow.find((p) => p.first > i && p.first <= i + 4);
    if (first === undefined) return chosen;
    return [...chosen, ...withCoordinated(site, first, inWindow)];
  }
  return chosen;
}

/** "العاصمة": the article's Tripoli mention, else (the article never names it) the capital the caller knows, at the word itself. */
function capitalAt(site: ClaimSite, at: number): PlaceAt | undefined {
  if (site.capital !== undefined) return site.capital;
  return site.capitalId === undefined ? undefined : { first: at, next: at + 1, placeId: site.capitalId };
}

/** "لاقتحامهما", "منهما": a dual pronoun points at a pair joined by و ("مستشفى ابن سينا والحي رقم 3"). */
function dualOf(site: ClaimSite, anaphor: Token, ref: PlaceAt): PlaceAt[] {
  if (!anaphor.text.endsWith("هما")) return [ref];
  const k = site.places.indexOf(ref);
  const prev = site.places[k - 1];
  const next = site.places[k + 1];
  if (prev !== undefined && joinedTo(site, prev, ref)) return [prev, ref];
  if (next !== undefined && next.next <= site.at && joinedTo(site, ref, next)) return [ref, next];
  return [ref];
}

/** The place named most often before `at` (the latest mention of it); none when no place is named twice. */
function articleCity(site: ClaimSite, at: number): PlaceAt | undefined {
  const { allPlaces, mentions } = site;
  if (allPlaces === undefined || mentions === undefined) return undefined;
  let best: PlaceAt | undefined;
  for (const p of allPlaces) {
    if (p.next > at) break;
    const n = mentions.get(p.placeId) ?? 0;
    if (n >= 2 && (best === undefined || n >= (mentions.get(best.placeId) ?? 0))) best = p;
  }
  return best;
}

/**
 * What an anaphor points back to: after a relative pronoun, the place it qualifies ("سرت
 * التي طردت منها"); for "المدينة", the last place introduced as a city; otherwise the first
 * place of the sentence (its topic), else of the sentence before.
 */
function referent(site: ClaimSite, anaphor: Token, anaphorAt: number): PlaceAt | undefined {
  const { places, from, at } = site;
  // "جنوب غرب طرابلس" only locates another place: no pronoun points back to it (a noun of
  // kind may: "المحيطة بمدينة سرت ... من المدينة").
  const kind = isIn(anaphor, KIND_ANAPHORS);
  const before = places.filter((p) => p.first >= from && p.next <= at && (kind || governor(site, p) !== "locator"));
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
  // "درنة المدينة الوحيدة": a noun of kind right after a name is in apposition to it.
  const named = places.find((p) => p.next === anaphorAt || (p.next === anaphorAt - 1 && site.doc.tokens[p.next]?.text === "هي"));
  if (kind && named !== undefined) return named;
  // `places` reaches a few sentences up; a pronoun looks one sentence back, a noun of kind
  // two, or (to find its head noun, below) all of them.
  const twoBack = places.filter((p) => p.next <= site.prevFrom).slice(-3);
  const previous = lastSentence.length > 0 || !kind ? lastSentence : twoBack;
  // "المدينة", "المنطقة", "القاعدة": the last place introduced with that head noun.
  const heads = headsFor(anaphor);
  if (heads !== undefined) {
    // The head may be part of the name itself ("قاعدة الوطية الجوية").
    const introduced = (p: PlaceAt): boolean => isIn(site.doc.tokens[p.first], heads) || isIn(site.doc.tokens[p.first - 1], heads) || isIn(site.doc.tokens[p.first - 2], heads);
    // Most town names are cities, so "المدينة" is the last town named; "القاعدة" is only a
    // place introduced as a base, however far up (within the reach of `places`).
    const earlier = isIn(anaphor, CITY_ANAPHORS) ? previous : places.filter((p) => p.next <= from);
    const introducedBefore = before.filter(introduced).pop() ?? earlier.filter(introduced).pop();
    if (introducedBefore !== undefined) return introducedBefore;
    // "نفى سيطرة قوات الوفاق على المدينة": with no city introduced just before, the city the article is about.
    if (isIn(anaphor, CITY_ANAPHORS)) {
      const focus = articleCity(site, anaphorAt);
      if (focus !== undefined) return focus;
    }
  }
  // A pronoun points at the nearest place in its own clause, else the sentence's first.
  const inClause = before.filter((p) => p.first >= site.clauseStart).pop();
  return inClause ?? before[0] ?? previous[0];
}

/** Actions whose place may be named before the trigger in the sentence ("تقهقر الميليشيات في طرابلس مع تقدم الجيش"). */
const PLACE_BEFORE_OK: ReadonlySet<string> = new Set(["withdrew", "advancing", "struck", "controls", "contested"]);
/** …and may be named anywhere before it in the sentence ("وسط تقهقر الميليشيات"). */
const SENTENCE_BEFORE_OK: ReadonlySet<string> = new Set(["withdrew", "advancing"]);
const AFTER = wordSet(["بعد", "عقب", "إثر", "وسط"]);
/** "سيطرت على سرت في هجوم خاطف": a trigger word of manner belongs to the action before it. */
const MANNER = wordSet(["في", "خلال", "عبر"]);

/** The places a claim is about, main one first; empty when none can be found. */
export function placesOfClaim(site: ClaimSite): PlaceAt[] {
  const { places, at, windowEnd, doc } = site;
  if (isStatusNoun(site.stem)) {
    // "والتي تمثل آخر معاقل حفتر", "جنوب شرق طرابلس" between: the locating place is not the one described.
    // "البيضاء، حيث مقر الحكومة": "حيث" (where) points at the place right before it.
    const where = isIn(doc.tokens[at - 1], WHERE) || isIn(doc.tokens[at - 2], WHERE);
    const head = places.filter((p) => p.first >= site.from && p.next <= at && (where || governor(site, p) !== "locator")).pop();
    if (head !== undefined) return [head];
  }
  // "حررت ثمانية من سكان الكفرة": a town named for its people is not the place acted on.
  const inWindow = places.filter((p) => p.first > at && p.first < windowEnd && !isIn(doc.tokens[p.first - 1], PEOPLE));
  const chosen = byDirection(site, site.action, inWindow);
  // "سيقتحمها", and "بتطويقها" when no doer follows: the pronoun is the object, a place.
  const objectPronoun = site.word.objectPronoun === true || pronounIsObject(site);
  let anaphorAt = objectPronoun ? at : -1;
  for (let i = at + 1; i < Math.min(windowEnd, at + 1 + ANAPHOR_REACH) && anaphorAt < 0; i++) {
    if (isAnaphor(doc.tokens[i] as Token) || ((site.capital !== undefined || site.capitalId !== undefined) && isIn(doc.tokens[i], CAPITAL))) anaphorAt = i;
  }
  const anaphor = doc.tokens[anaphorAt];
  const main = chosen[0];
  if (main !== undefined && (anaphor === undefined || main.first < anaphorAt)) return withIncluded(site, withCoordinated(site, main, inWindow), inWindow);
  if (anaphor !== undefined) {
    const ref = isIn(anaphor, CAPITAL) && anaphorAt !== at ? capitalAt(site, anaphorAt) : referent(site, anaphor, anaphorAt);
    if (ref !== undefined) return dualOf(site, anaphor, ref);
  }
  if (main !== undefined) return withCoordinated(site, main, inWindow);
  // Nothing after the trigger: a pronoun just before it in the clause ("من المدينة بمساعدة
  // ضربات جوية"), or, for actions told of a place already named, the place itself ("دخلت
  // سرت وواصلت تقدمها شرقا", "تقهقر الميليشيات في طرابلس مع تقدم الجيش").
  if (isIn(doc.tokens[at - 1], MANNER)) return [];
  for (let i = at - 1; i >= site.clauseStart; i--) {
    const p = places.find((x) => x.next === i + 1);
    if (p !== undefined) {
      // "سيطرت على ترهونة ودحرت فلول الجيش": a rout drives its object out of the place just named.
      const routed = site.word.expels === true && site.action === "repelled";
      if ((PLACE_BEFORE_OK.has(site.action) || routed) && governor(site, p) !== "locator") return [p];
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
