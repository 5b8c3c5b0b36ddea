import type { PlaceKind } from "../gazetteer/types.ts";
import { normalize } from "../text/normalize.ts";

/** The words around a stated distance or direction, normalised once at load. */

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalize));

/** Hedges before a number: "نحو 30", "بحوالي 30", "أكثر من 30", "مسافة 30". */
export const QUALIFIERS = set(["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "مسافة", "قرابه", "بعد"]);
export const TWO_WORD_QUALIFIERS = set(["على بعد", "على مسافة", "أكثر من", "اقل من", "أقل من", "ما يقارب", "ما يزيد", "يزيد عن", "لا يقل"]);
/** The first words of TWO_WORD_QUALIFIERS: most words are none, and need no pair built. */
export const TWO_WORD_QUALIFIER_STARTS: ReadonlySet<string> = new Set([...TWO_WORD_QUALIFIERS].map((q) => q.slice(0, q.indexOf(" "))));

/** Hedges after the unit: "10 كلم فقط عن سرت", "30 كلم تقريبا". */
export const UNIT_HEDGES = set(["فقط", "تقريبا", "تقريبًا"]);

/** Words between a subject and its relation: "X التي تبعد", "X، الواقعة على بعد", "وتقع X". */
export const FILLERS = set([
  "على", "بعد", "مسافة", "تبعد", "يبعد", "تبعدان", "تقع", "يقع", "الواقعة", "الواقع", "الواقعتين",
  "التي", "الذي", "اللتين", "وهي", "وهو", "فقط",
]);

/**
 * Nouns that point back to the last place of a fitting kind ("المدينة" → the last city).
 * Not "المنطقة": news uses it for "the region" at large far more than for a named area.
 */
export const ANAPHORS: ReadonlyMap<string, readonly PlaceKind[]> = new Map([
  [normalize("المدينة"), ["city", "town"]],
  [normalize("البلدة"), ["town", "village", "city"]],
  [normalize("القرية"), ["village", "hamlet", "town"]],
  // A base, a port or an airport named once is "القاعدة" / "الميناء" / "المطار" after.
  [normalize("القاعدة"), ["airbase", "military-base"]],
  [normalize("الميناء"), ["port", "oil-terminal"]],
  [normalize("المطار"), ["airport", "airbase"]],
]);

/**
 * Verbs of lying or being distant that open a clause ("وتقع درنة على الساحل على بعد …",
 * "وتبعد سبها نحو …"): their subject follows them.
 */
export const LOCATIVE_VERBS = set(["تقع", "يقع", "تبعد", "يبعد", "تقعان", "يقعان", "تبعدان"]);

/** "عنها"/"منه": a preposition carrying a pronoun that stands for a place named before. */
export const PRONOUN_PREPOSITIONS = set(["عنها", "عنه", "منها", "منه"]);

/**
 * A definite nisba adjective agreeing with the place before it ("غريان الاستراتيجية",
 * "الزنتان الجبلية", "سرت الساحلية"), in the dual after "مدينتي" ("الجبليتين"): "ال…ي",
 * "ال…ية" (ة folded to ه), "ال…يتين".
 */
export const NISBA_ADJECTIVE = (w: string): boolean =>
  w.length > 5 && w.startsWith("ال") && (w.endsWith("يه") || w.endsWith("ي") || w.endsWith("يتين"));

/** Nouns between a relation and its reference: "شرق مدينة مصراتة", "عن حدود طرابلس". */
export const REFERENCE_CUES = set(["مدينة", "مدينتي", "بلدة", "منطقة", "قرية", "العاصمة", "قاعدة", "مطار", "ميناء", "وسط", "مركز"]);
/** Cues that measure from a place's edge: a withdrawal "from Tripoli's borders" is a pull-back. */
export const EDGE_CUES = set(["حدود", "محيط", "أطراف", "تخوم", "ضواحي", "مشارف"]);

/** Retreat words, bare or with a conjunction/article (checked on the word minus "و"/"ف"). */
export const RETREAT = set([
  "تراجع", "التراجع", "يتراجع", "تتراجع", "تراجعت", "تراجعوا", "انسحب", "انسحبت", "انسحاب", "الانسحاب",
  "ينسحب", "تنسحب", "انسحبوا", "تقهقر", "التقهقر", "تقهقرت", "ابتعاد", "الابتعاد", "يبتعد", "تبتعد",
  "إبعاد", "دحر", "دحرت", "دحرها", "دحرهم", "إرجاع", "ارتداد",
]);
/** Words that make a withdrawal demanded or agreed rather than forced: a pull-back. */
/** Words that make a withdrawal forced by the enemy: a push-back, even "from the port's edge". */
export const FORCES = set(["أجبر", "أجبرت", "أجبروا", "يجبر", "تجبر", "إجبار", "أرغم", "أرغمت", "إرغام", "اضطر", "اضطرت", "اضطروا"]);
export const DEMANDS = set(["طلب", "طلبت", "طالب", "طالبت", "يطالب", "مطالبة", "دعا", "دعت", "اشترط", "يشترط", "شرط", "مهلة", "مطلوب"]);

export const stripConj = (w: string): string => (w.length > 3 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w);

/** The word without a conjunction and then a preposition: "وبالانسحاب" → "الانسحاب". */
export function inLexicon(lexicon: ReadonlySet<string>, word: string): boolean {
  const bare = stripConj(word);
  if (lexicon.has(bare)) return true;
  return bare.length > 3 && (bare[0] === "ب" || bare[0] === "ل") && lexicon.has(bare.slice(1));
}
