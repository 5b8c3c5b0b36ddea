import { normalize } from "../text/normalize.ts";

/**
 * The words dates are written with in Arabic news copy, in normalised form. Month names come
 * in three traditions that outlets mix, often as a pair ("نوفمبر/تشرين الثاني", "أبريل نيسان"):
 * the Egyptian/Gulf loan names, the Levantine (Syriac) names and the Maghrebi (French) names.
 */

function table<V>(rows: readonly (readonly [string, V])[]): ReadonlyMap<string, V> {
  return new Map(rows.map(([k, v]) => [normalize(k), v]));
}

/** Month names, one or two tokens, to month numbers 1..12. */
export const MONTHS: ReadonlyMap<string, number> = table([
  ["يناير", 1], ["فبراير", 2], ["مارس", 3], ["أبريل", 4], ["ابريل", 4], ["إبريل", 4], ["مايو", 5],
  ["يونيو", 6], ["يونيه", 6], ["يوليو", 7], ["يوليه", 7], ["أغسطس", 8], ["اغسطس", 8], ["سبتمبر", 9],
  ["أكتوبر", 10], ["اكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
  ["كانون الثاني", 1], ["كانون ثاني", 1], ["كانون ثان", 1], ["شباط", 2], ["آذار", 3], ["نيسان", 4],
  ["أيار", 5], ["حزيران", 6], ["تموز", 7], ["آب", 8], ["أيلول", 9], ["تشرين الأول", 10],
  ["تشرين أول", 10], ["تشرين الثاني", 11], ["تشرين ثاني", 11], ["تشرين ثان", 11],
  ["كانون الأول", 12], ["كانون أول", 12],
  ["جانفي", 1], ["فيفري", 2], ["أفريل", 4], ["ماي", 5], ["جوان", 6], ["جويلية", 7], ["جويليه", 7],
  ["أوت", 8],
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7],
  ["august", 8], ["september", 9], ["october", 10], ["november", 11], ["december", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9],
  ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);

/**
 * Month names that are also ordinary words ("مارس" he practised, "آب" → "اب" father, "ماي",
 * "may", "mar"): taken only next to a day number, a year or another month name.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(
  ["مارس", "آب", "ماي", "may", "mar", "march", "jan", "apr", "aug", "sep", "oct", "nov", "dec", "jun", "jul", "feb", "sept"].map(normalize),
);

/** Week days to `Date.getUTCDay` numbers (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = table([
  ["الأحد", 0], ["الاثنين", 1], ["الإثنين", 1], ["الثلاثاء", 2], ["الأربعاء", 3], ["الخميس", 4],
  ["الجمعة", 5], ["السبت", 6],
]);

/**
 * "الاثنين" is also "the two" and "الأحد" "the one": preceded by these words they are numbers
 * ("بين الاثنين", "كلا الاثنين", "الواحد الأحد"), and "عبد الأحد" is a name. Not "من": "اعتبارا من الاثنين" is a date.
 */
export const WEEKDAY_BLOCKERS: ReadonlySet<string> = new Set(["بين", "كلا", "هذين", "هذان", "الواحد", "عبد"].map(normalize));

/** Words before a day name that name a part of that day ("فجر الخميس", "يوم السبت"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(
  ["يوم", "صباح", "مساء", "فجر", "ظهر", "عصر", "ليل", "ضحى", "نهار", "ظهيرة", "منتصف", "أمسية", "ليلة"].map(normalize),
);

/** Ordinal day numbers written as words, as dates use them ("الثامن من يناير"). */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = (() => {
  const units: readonly (readonly [string, number])[] = [
    ["الأول", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الخامس", 5], ["السادس", 6],
    ["السابع", 7], ["الثامن", 8], ["التاسع", 9],
  ];
  const rows: (readonly [string, number])[] = [...units, ["العاشر", 10], ["الحادي عشر", 11], ["العشرين", 20], ["الثلاثين", 30]];
  for (const [w, n] of units.slice(1)) rows.push([`${w} عشر`, 10 + n]);
  for (const [w, n] of units) {
    const first = n === 1 ? "الحادي" : w;
    rows.push([`${first} والعشرين`, 20 + n]);
    if (n === 1) rows.push([`${first} والثلاثين`, 31]);
  }
  return table(rows);
})();

/** Nouns an ordinal can qualify instead of a day: "الأسبوع الثاني من يناير". */
export const ORDINAL_BLOCKERS: ReadonlySet<string> = new Set(
  ["الأسبوع", "الشهر", "النصف", "الربع", "الثلث", "العشر", "العقد", "الفصل", "الجزء", "الأسابيع"].map(normalize),
);

/** Relative days, offset from the publication date. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = table([
  ["أمس", -1], ["البارحة", -1], ["اليوم", 0], ["أول أمس", -2], ["أمس الأول", -2],
]);

/** After a day or month name: which way to look from the publication date. */
export type Direction = "past" | "future" | "current";
export const DIRECTION_WORDS: ReadonlyMap<string, Direction> = table([
  ["الماضي", "past"], ["الماضية", "past"], ["الماضيين", "past"], ["المنصرم", "past"], ["الفائت", "past"], ["المقبل", "future"],
  ["المقبلة", "future"], ["القادم", "future"], ["القادمة", "future"], ["الجاري", "current"],
  ["الحالي", "current"], ["الحالية", "current"],
]);

/** Which part of a month or year a qualifier points at ("مطلع", "منتصف", "أواخر"). */
export type PeriodPart = "early" | "mid" | "late";
export const PERIOD_PARTS: ReadonlyMap<string, PeriodPart> = table([
  ["مطلع", "early"], ["بداية", "early"], ["أوائل", "early"], ["منتصف", "mid"], ["أواسط", "mid"],
  ["أواخر", "late"], ["نهاية", "late"], ["آخر", "late"], ["أخر", "late"],
]);

/** The day of a month that stands for a part of it: its first day, the 15th, the last decade. */
export const MONTH_PART_DAY: Readonly<Record<PeriodPart, number>> = { early: 1, mid: 15, late: 21 };
/** The month of a year that stands for a part of it: January, July, December. */
export const YEAR_PART_MONTH: Readonly<Record<PeriodPart, number>> = { early: 1, mid: 7, late: 12 };

/** Words that make a bare number or month a date ("عام 2016", "في مارس", "منذ أبريل"). */
export const DATE_CUES: ReadonlySet<string> = new Set(
  ["عام", "العام", "سنة", "السنة", "منذ", "في", "خلال", "حتى", "شهر", "شهري", "قبل", "بعد", "مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية"].map(normalize),
);
