import type { DatePrecision, DateValue } from "../types.ts";
import {
  DAY_PARTS,
  DIRECTION_WORDS,
  MONTH_PART_DAY,
  ORDINAL_BLOCKERS,
  PERIOD_PARTS,
  RELATIVE_DAYS,
  WEEKDAY_BLOCKERS,
  WEEKDAYS,
  YEAR_PART_MONTH,
} from "./calendar-lexicon.ts";
import {
  borrowed,
  type Ctx,
  dayNumberAt,
  directionAt,
  type Hit,
  inferYear,
  isCue,
  joined,
  lookup,
  type Matcher,
  monthAt,
  monthPairAt,
  pubMonth,
  pubYear,
  stems,
  yearAt,
} from "./date-words.ts";
import { addDays, isoOf, isValidDate, weekday } from "./iso-day.ts";
import { parseNumber } from "./numbers.ts";

// One matcher per kind of date expression: each reads from word i and returns its span and value.

/** "27/11/2019", "27-11-2019": day first, as Arabic copy writes it. */
const numeric: Matcher = (ctx, i) => {
  const d = ctx.words[i];
  const m = ctx.words[i + 1];
  const y = yearAt(ctx, i + 2);
  if (!d || !m || y === null || !/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m)) return null;
  if (!joined(ctx, i + 1, /^[/.-]$/) || !joined(ctx, i + 2, /^[/.-]$/)) return null;
  if (!isValidDate(y, Number(m), Number(d))) return null;
  return { start: i, end: i + 3, value: { iso: isoOf(y, Number(m), Number(d)), precision: "day" } };
};

/** "27 نوفمبر/تشرين الثاني الماضي", "الثامن من كانون ثان/يناير الجاري", "7 January 2020". */
const dayMonth: Matcher = (ctx, i) => {
  let start = DAY_PARTS.has(ctx.words[i] ?? "") ? i + 1 : i;
  // "الأربعاء 6 فيفري", "يوم الخميس 27 يونيو": the week day names the same date.
  if (lookup(WEEKDAYS, ctx.words[start]) !== undefined && /^\d{1,2}$/.test(ctx.words[start + 1] ?? "")) start++;
  const day = dayNumberAt(ctx, start);
  if (!day) return null;
  // "الأسبوع الثاني من يناير" is a week, "النصف الأول من مارس" a half: not days.
  if (start === i && ORDINAL_BLOCKERS.has(ctx.words[i - 1] ?? "")) return null;
  const month = monthPairAt(ctx, day.end);
  if (!month) {
    const relative = relativeMonthAt(ctx, day.end);
    if (!relative || !isValidDate(relative.year, relative.month, day.day)) return null;
    const iso = isoOf(relative.year, relative.month, day.day);
    return { start: i, end: relative.end, value: { iso, precision: borrowed(ctx, "day") } };
  }
  let end = month.end;
  if (ctx.words[end] === "من" && yearAt(ctx, end + 1) !== null) end++; // "8 يناير من 2020"
  const year = yearAt(ctx, end);
  if (year !== null) {
    if (!isValidDate(year, month.month, day.day)) return null;
    return { start: i, end: end + 1, value: { iso: isoOf(year, month.month, day.day), precision: "day" } };
  }
  const same = sameYearAt(ctx, end);
  if (same) {
    if (!isValidDate(same.year, month.month, day.day)) return null;
    return { start: i, end: same.end, value: { iso: isoOf(same.year, month.month, day.day), precision: "day" } };
  }
  const dir = directionAt(ctx, end);
  const y = inferYear(ctx, month.month, day.day, dir);
  if (!isValidDate(y, month.month, day.day)) return null;
  const value: DateValue = { iso: isoOf(y, month.month, day.day), precision: borrowed(ctx, "day") };
  return { start: i, end: dir ? end + 1 : end, value };
};

/** "الرابع من الشهر الجاري", "15 من الشهر الماضي": a day of the month named relative to publication. */
function relativeMonthAt(ctx: Ctx, i: number): { month: number; year: number; end: number } | null {
  const at = ctx.words[i] === "من" ? i + 1 : i;
  if (ctx.words[at] !== "الشهر") return null;
  const dir = directionAt(ctx, at + 1);
  if (dir === undefined || dir === "future") return null;
  const index = pubYear(ctx) * 12 + pubMonth(ctx) - 1 - (dir === "past" ? 1 : 0);
  return { month: (index % 12) + 1, year: Math.floor(index / 12), end: at + 2 };
}

/** "من ذلك العام", "من العام نفسه", "من نفس العام": the year named last before. */
const SAME_YEAR: readonly (readonly string[])[] = [
  ["من", "ذلك", "العام"],
  ["من", "تلك", "السنه"],
  ["من", "العام", "نفسه"],
  ["من", "العام", "ذاته"],
  ["من", "نفس", "العام"],
  ["من", "السنه", "نفسها"],
];

/** The year a "that year" phrase at word i points back to, and the word after the phrase. */
function sameYearAt(ctx: Ctx, i: number): { year: number; end: number } | null {
  if (ctx.lastYear.value === undefined || ctx.words[i] !== "من") return null;
  for (const phrase of SAME_YEAR) {
    if (phrase.every((w, k) => ctx.words[i + k] === w)) return { year: ctx.lastYear.value, end: i + phrase.length };
  }
  return null;
}

/** "January 7, 2020", "Jan 7 2020". */
const monthDayYear: Matcher = (ctx, i) => {
  const month = monthAt(ctx, i);
  if (!month || !/^[a-z]/.test(ctx.words[i] ?? "")) return null;
  const d = ctx.words[month.end];
  const year = yearAt(ctx, month.end + 1);
  if (!d || !/^\d{1,2}$/.test(d) || year === null || !isValidDate(year, month.month, Number(d))) return null;
  return { start: i, end: month.end + 2, value: { iso: isoOf(year, month.month, Number(d)), precision: "day" } };
};

/** "يناير 2020", "مطلع يناير 2020", "منذ أبريل نيسان", "في مارس الماضي", "أواخر الشهر الماضي". */
const month: Matcher = (ctx, i) => {
  const part = PERIOD_PARTS.get(stems(ctx.words[i]).find((s) => PERIOD_PARTS.has(s)) ?? "");
  const at = part === undefined ? i : i + 1;
  const m = monthPairAt(ctx, at);
  if (!m) return null;
  let end = m.end;
  const same = sameYearAt(ctx, end);
  if (same) return { start: i, end: same.end, value: { iso: isoOf(same.year, m.month, part === undefined ? 1 : MONTH_PART_DAY[part]), precision: "month" } };
  const year = yearAt(ctx, end);
  const dir = year === null ? directionAt(ctx, end) : undefined;
  // An ambiguous name ("مارس" he practised) needs more than "من" before it.
  const cued = part !== undefined || isCue(ctx.words[i - 1]) || (ctx.words[i - 1] === "من" && !m.ambiguous);
  const sure = year !== null || m.paired || dir !== undefined;
  if (!sure && !cued) return null;
  if (year !== null || dir !== undefined) end++;
  const y = year ?? inferYear(ctx, m.month, 1, dir);
  const day = part === undefined ? 1 : MONTH_PART_DAY[part];
  const value: DateValue = { iso: isoOf(y, m.month, day), precision: year === null ? borrowed(ctx, "month") : "month" };
  return { start: i, end, value };
};

/** "عام 2016", "أواخر 2016", "منذ 2011". */
const year: Matcher = (ctx, i) => {
  const part = PERIOD_PARTS.get(stems(ctx.words[i]).find((s) => PERIOD_PARTS.has(s)) ?? "");
  const cue = part !== undefined || isCue(ctx.words[i]);
  if (!cue) return null;
  const y = yearAt(ctx, i + 1);
  if (y === null) return null;
  const monthOfPart = part === undefined ? 1 : YEAR_PART_MONTH[part];
  return { start: i, end: i + 2, value: { iso: isoOf(y, monthOfPart, 1), precision: "year" } };
};

const PERIODS: ReadonlyMap<string, "week" | "month" | "year"> = new Map([
  ["الاسبوع", "week"],
  ["الشهر", "month"],
  ["العام", "year"],
  ["السنه", "year"],
]);

/** "الأسبوع الماضي", "الشهر الماضي", "مطلع العام الحالي", "العام المقبل". */
const period: Matcher = (ctx, i) => {
  const part = PERIOD_PARTS.get(stems(ctx.words[i]).find((s) => PERIOD_PARTS.has(s)) ?? "");
  const at = part === undefined ? i : i + 1;
  const unit = lookup(PERIODS, ctx.words[at]);
  const dir = directionAt(ctx, at + 1);
  if (!unit || !dir) return null;
  const step = dir === "past" ? -1 : dir === "future" ? 1 : 0;
  const pub = ctx.published.iso;
  const end = at + 2;
  if (unit === "week") {
    return { start: i, end, value: { iso: addDays(pub, 7 * step), precision: "approximate" } };
  }
  if (unit === "month") {
    const index = pubYear(ctx) * 12 + pubMonth(ctx) - 1 + step;
    const day = part === undefined ? 1 : MONTH_PART_DAY[part];
    const iso = isoOf(Math.floor(index / 12), (index % 12) + 1, day);
    return { start: i, end, value: { iso, precision: "month" } };
  }
  const monthOfPart = part === undefined ? 1 : YEAR_PART_MONTH[part];
  return { start: i, end, value: { iso: isoOf(pubYear(ctx) + step, monthOfPart, 1), precision: "year" } };
};

/** "السبت", "يوم الأحد", "فجر الخميس", "الاثنين الماضي", "ليلة الجمعة". */
const weekdayName: Matcher = (ctx, i) => {
  const partWord = stems(ctx.words[i]).find((s) => DAY_PARTS.has(s));
  const at = partWord === undefined ? i : i + 1;
  const wd = lookup(WEEKDAYS, ctx.words[at]);
  if (wd === undefined) return null;
  if (partWord === undefined && wd <= 1 && WEEKDAY_BLOCKERS.has(ctx.words[i - 1] ?? "")) return null;
  const dir = directionAt(ctx, at + 1);
  const pub = ctx.published.iso;
  const back = (weekday(pub) - wd + 7) % 7;
  let offset: number;
  if (dir === "future") offset = (wd - weekday(pub) + 7) % 7 || 7;
  else if (dir === "past") offset = -(back || 7);
  else offset = -back;
  const night = partWord === "ليله";
  const precision: DatePrecision = night ? "approximate" : ctx.relative;
  return { start: i, end: dir ? at + 2 : at + 1, value: { iso: addDays(pub, offset), precision } };
};

/** Words after "اليوم" that make it "the day" of something, not today ("اليوم الأول", "اليوم نفسه"). */
const NOT_TODAY = /^(ال|نفس|ذات)/;

/** "أمس", "البارحة", "اليوم", "أول أمس", "مساء أمس", "الليلة الماضية". */
const relativeDay: Matcher = (ctx, i) => {
  const partWord = stems(ctx.words[i]).find((s) => DAY_PARTS.has(s));
  const at = partWord === undefined ? i : i + 1;
  const a = ctx.words[at];
  const b = ctx.words[at + 1];
  if (a === undefined) return null;
  if (stems(a).includes("الليله") && b !== undefined && DIRECTION_WORDS.get(b) === "past") {
    return { start: i, end: at + 2, value: { iso: addDays(ctx.published.iso, -1), precision: "approximate" } };
  }
  if (b !== undefined) {
    const two = lookup(RELATIVE_DAYS, `${a} ${b}`);
    if (two !== undefined) return relativeHit(ctx, i, at + 2, two);
  }
  const one = lookup(RELATIVE_DAYS, a);
  if (one === undefined) return null;
  const attached = b !== undefined && joined(ctx, at + 1, /^ +$/);
  const namesDay = attached && lookup(WEEKDAYS, b) !== undefined;
  if (one === 0 && attached && NOT_TODAY.test(b) && !namesDay) return null;
  // "أمس الأربعاء", "اليوم الاثنين": the day name is in apposition, one date named twice.
  return relativeHit(ctx, i, namesDay ? at + 2 : at + 1, one);
};

function relativeHit(ctx: Ctx, start: number, end: number, offset: number): Hit {
  return { start, end, value: { iso: addDays(ctx.published.iso, offset), precision: ctx.relative } };
}

/**
 * Units counted back in "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوعين", "قبل ثلاثة أشهر": days
 * or months each, and the count the dual form carries itself.
 */
const AGO_UNITS: ReadonlyMap<string, { days?: number; months?: number; count?: number }> = new Map([
  ["يوم", { days: 1 }],
  ["ايام", { days: 1 }],
  ["يومين", { days: 1, count: 2 }],
  ["اسبوع", { days: 7, count: 1 }],
  ["اسابيع", { days: 7 }],
  ["اسبوعين", { days: 7, count: 2 }],
  ["شهر", { months: 1, count: 1 }],
  ["اشهر", { months: 1 }],
  ["شهور", { months: 1 }],
  ["شهرين", { months: 1, count: 2 }],
]);

/** Hedges between "قبل" and the count: "قبل نحو ثلاثة أشهر", "منذ حوالي أسبوعين". */
const AGO_HEDGES: ReadonlySet<string> = new Set(["نحو", "حوالي", "حوالى", "قرابه", "زهاء"]);

/**
 * "A few days" with no count: within about a week, so three days back, approximate. Only after
 * "قبل" (ago): "منذ أيام" may be a duration, and uncounted weeks or months say too little.
 */
const FEW_DAYS = 3;

/** "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع", "قبل نحو ثلاثة أشهر", "قبل أيام": counted back from publication. */
const ago: Matcher = (ctx, i) => {
  const stem = stems(ctx.words[i]).find((s) => s === "قبل" || s === "منذ");
  if (stem === undefined) return null;
  let k = i + 1;
  const hedged = AGO_HEDGES.has(ctx.words[k] ?? "");
  if (hedged) k++;
  let count: number | undefined;
  const n = parseNumber(ctx.words, k, () => " ");
  if (n) {
    count = n.value;
    k = n.end;
  }
  const unit = AGO_UNITS.get(ctx.words[k] ?? "");
  if (!unit || (n && unit.count !== undefined)) return null;
  // "قبل أيام من الانتخابات": counted back from another event, not from publication.
  if (ctx.words[k + 1] === "من") return null;
  const few = !n && unit.count === undefined && unit.days === 1 && stem === "قبل";
  const times = unit.count ?? count ?? (few ? FEW_DAYS : 0);
  if (times <= 0) return null;
  if (unit.months !== undefined) {
    if (times > 12) return null;
    return { start: i, end: k + 1, value: { iso: monthsBefore(ctx.published.iso, times), precision: "approximate" } };
  }
  const total = times * (unit.days ?? 1);
  if (total > 366) return null;
  const precision: DatePrecision = unit.days === 7 || hedged || few ? "approximate" : ctx.relative;
  return { start: i, end: k + 1, value: { iso: addDays(ctx.published.iso, -total), precision } };
};

/** The same day `months` months earlier, clamped to the end of a shorter month. */
function monthsBefore(iso: string, months: number): string {
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  let d = Number(iso.slice(8, 10));
  while (d > 28 && !isValidDate(y, m, d)) d--;
  return isoOf(y, m, d);
}

/** Day counts of "اليومين الماضيين", "الأيام الثلاثة الماضية"; bare "الأيام الماضية" is a few days. */
const PAST_DAY_UNITS: ReadonlyMap<string, number | undefined> = new Map([
  ["اليومين", 2],
  ["الايام", undefined],
  ["الاسبوعين", 14],
]);

/** "خلال اليومين الماضيين", "في الأيام الثلاثة الماضية", "الأيام الماضية": approximate, counted back. */
const pastDays: Matcher = (ctx, i) => {
  const lead = stems(ctx.words[i]).some((s) => s === "خلال");
  let k = lead ? i + 1 : i;
  if (!PAST_DAY_UNITS.has(ctx.words[k] ?? "")) return null;
  let days = PAST_DAY_UNITS.get(ctx.words[k] as string);
  k++;
  if (days === undefined) {
    // "الأيام الثلاثة الماضية": the count follows with the article.
    const w = ctx.words[k] ?? "";
    const n = w.startsWith("ال") ? parseNumber([w.slice(2)], 0, () => " ") : null;
    if (n) k++;
    days = n ? n.value : FEW_DAYS;
  }
  if (DIRECTION_WORDS.get(ctx.words[k] ?? "") !== "past" || days <= 0 || days > 31) return null;
  return { start: i, end: k + 1, value: { iso: addDays(ctx.published.iso, -days), precision: "approximate" } };
};

const HOURS: ReadonlySet<string> = new Set(["ساعه", "ساعات", "الساعات"]);

/** "خلال الأربع والعشرين ساعة الماضية", "في الساعات الـ48 الماضية", "الساعات الماضية". */
const pastHours: Matcher = (ctx, i) => {
  let k = stems(ctx.words[i]).includes("خلال") ? i + 1 : i;
  let hours = 0;
  // The article sticks to the first number word ("الأربع والعشرين"): parse without it.
  const first = ctx.words[k];
  const bare = first?.startsWith("ال") ? first.slice(2) : first;
  if (bare !== undefined) {
    const n = parseNumber([bare, ...ctx.words.slice(k + 1, k + 4)], 0, () => " ");
    if (n) {
      hours = n.value;
      k += n.end;
    }
  }
  if (!HOURS.has(stems(ctx.words[k]).find((s) => HOURS.has(s)) ?? "")) return null;
  k++;
  const after = /^(?:ال)?(\d+)$/.exec(ctx.words[k] ?? ""); // "الساعات الـ48 الماضية"
  if (hours === 0 && after) {
    hours = Number(after[1]);
    k++;
  }
  if (DIRECTION_WORDS.get(ctx.words[k] ?? "") !== "past") return null;
  const days = Math.floor(hours / 24);
  return { start: i, end: k + 1, value: { iso: addDays(ctx.published.iso, -days), precision: "approximate" } };
};

/** Longest and most specific first. */
export const MATCHERS: readonly Matcher[] = [
  numeric,
  dayMonth,
  monthDayYear,
  month,
  year,
  period,
  ago,
  pastDays,
  pastHours,
  relativeDay,
  weekdayName,
];
