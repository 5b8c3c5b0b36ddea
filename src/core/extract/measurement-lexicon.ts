import type { PlaceKind } from "../gazetteer/types.ts";
import { normalize } from "../text/normalize.ts";

/** The words around a stated distance or direction, normalised once at load. */

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(normalize));

/** Hedges before a number: "نحو 30", "بحوالي 30", "أكثر من 30", "مسافة 30". */
export const QUALIFIERS = set(["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "مسافة", "قرابه", "بعد"]);
export const TWO_WORD_QUALIFIERS = set(["على بعد", "على مسافة", "أكثر من", "اقل من", "أقل من", "ما يقارب", "ما يزيد", "يزيد عن", "لا يقل"]);
/** The first words of TWO_WORD_QUALIFIERS: most words are none, and need no pair built. */
export const TWO_WORD_QUALIFIER_STARTS: ReadonlySet<string> = new Set([...TWO_WORD_QUALIFIERS].map((q) => q.slice(0, q.indexOf(" "))));

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
]);

/** Nouns between a relation and its reference: "شرق مدينة مصراتة", "عن حدود طرابلس". */
export const REFERENCE_CUES = set(["مدينة", "مدينتي", "بلدة", "منطقة", "قرية", "العاصمة", "قاعدة", "مطار", "ميناء"]);
/** Cues that measure from a place's edge: a withdrawal "from Tripoli's borders" is a pull-back. */
export const EDGE_CUES = set(["حدود", "محيط", "أطراف", "تخوم", "ضواحي", "مشارف"]);

/** Retreat words, bare or with a conjunction/article (checked on the word minus "و"/"ف"). */
export const RETREAT = set([
  "تراجع", "التراجع", "يتراجع", "تتراجع", "تراجعت", "تراجعوا", "انسحب", "انسحبت", "انسحاب", "الانسحاب",
  "ينسحب", "تنسحب", "انسحبوا", "تقهقر", "التقهقر", "تقهقرت", "ابتعاد", "الابتعاد", "يبتعد", "تبتعد",
  "إبعاد", "دحر", "دحرت", "دحرها", "دحرهم", "إرجاع", "ارتداد",
]);
/** Words that make a withdrawal demanded or agreed rather than forced: a pull-back. */
export const DEMANDS = set(["طلب", "طلبت", "طالب", "طالبت", "يطالب", "مطالبة", "دعا", "دعت", "اشترط", "يشترط", "شرط", "مهلة", "مطلوب"]);

export const stripConj = (w: string): string => (w.length > 3 && (w[0] === "و" || w[0] === "ف") ? w.slice(1) : w);

/** The word without a conjunction and then a preposition: "وبالانسحاب" → "الانسحاب". */
export function inLexicon(lexicon: ReadonlySet<string>, word: string): boolean {
  const bare = stripConj(word);
  if (lexicon.has(bare)) return true;
  return bare.length > 3 && (bare[0] === "ب" || bare[0] === "ل") && lexicon.has(bare.slice(1));
}
