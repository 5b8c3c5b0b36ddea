/**
 * Arabic place names that are also ordinary words in news copy. OSM cannot say this, so the
 * build marks entries bearing one of these names `guarded`, and the engine then takes the name
 * only with place context ("مدينة الخمس", "في بلدة هون"). Chosen by what the word means, not by
 * what any article said: numbers, colours, common nouns and adjectives, verbs, given names.
 * Cities that are rarely ordinary words in a news sentence (الزاوية، المرج) are left out.
 */
import { nameKey } from "../../src/core/gazetteer/keys.ts";

const WORDS: readonly string[] = [
  // numbers
  "الخمس", "السبعة", "الاربعين", "النصف",
  // colours
  "البيضاء", "الحمراء", "الخضراء", "الابيض", "بياض",
  // common nouns: the very words "city", "village", "market", "castle"...
  "المدينة", "قرية", "القرية", "القلعة", "القبة", "الصخرة", "الرملة", "العيون", "الزيتون", "درج",
  "زهرة", "نسمة", "قطة", "بطة", "كمون", "الجوف", "البنية", "الرابطة", "القطع", "الطلاب",
  "التضامن", "السياحية", "المبني", "العدم", "حرقة", "صياد", "سلطان", "الكرومة", "الهيشة",
  // adjectives, greetings and verbs
  "الجميل", "القصير", "العامرة", "القابل", "مرحبا", "سرت", "هون", "شحات", "مسة",
  // given names that head many sentences
  "بدر", "جعفر", "عكرمة", "مرسي", "الزهراء",
];

/** Keys of the guarded names, in the form `nameKey` gives. */
export const GUARDED_NAME_KEYS: ReadonlySet<string> = new Set(WORDS.map(nameKey));
