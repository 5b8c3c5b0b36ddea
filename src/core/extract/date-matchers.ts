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
  const start = DAY_PARTS.has(ctx.words[i] ?? "") ? i + 1 : i;
  const day = dayNumberAt(ctx, start);
  if (!day) return null;
  // "الأسبوع الثاني من يناير" is a week, "النصف الأول من مارس" a half: not days.
  if (start === i && ORDINAL_BLOCKERS.has(ctx.words[i - 1] ?? "")) return null;
  const month = monthPairAt(ctx, day.end);
  if (!month) return null;
  let end = month.end;
  if (ctx.words[end] === "من" && yearAt(ctx, end + 1) !== null) end++; // "8 يناير من 2020"
  const year = yearAt(ctx, end);
  if (year !== null) {
    if (!isValidDate(year, month.month, day.day)) return null;
    return { start: i, end: end + 1, value: { iso: isoOf(year, month.month, day.day), precision: "day" } };
  }
  const dir = directionAt(ctx, end);
  const y = inferYear(ctx, month.month, day.day, dir);
  if (!isValidDate(y, month.month, day.day)) return null;
  const value: DateValue = { iso: isoOf(y, month.month, day.day), precision: borrowed(ctx, "day") };
  return { start: i, end: dir ? end + 1 : end, value };
};

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
  if (one === 0 && attached && NOT_TODAY.test(b) && lookup(WEEKDAYS, b) === undefined) return null;
  return relativeHit(ctx, i, at + 1, one);
};

function relativeHit(ctx: Ctx, start: number, end: number, offset: number): Hit {
  return { start, end, value: { iso: addDays(ctx.published.iso, offset), precision: ctx.relative } };
}

/** Day counts in "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوعين". */
const AGO_UNITS: ReadonlyMap<string, { days: number; count?: number }> = new Map([
  ["يوم", { days: 1 }],
  ["ايام", { days: 1 }],
  ["يومين", { days: 1, count: 2 }],
  ["اسبوع", { days: 7, count: 1 }],
  ["اسابيع", { days: 7 }],
  ["اسبوعين", { days: 7, count: 2 }],
]);

/** "قبل يومين", "منذ ثلاثة أيام", "قبل أسبوع": counted back from publication. */
const ago: Matcher = (ctx, i) => {
  if (!stems(ctx.words[i]).some((s) => s === "قبل" || s === "منذ")) return null;
  let k = i + 1;
  let count: number | undefined;
  const n = parseNumber(ctx.words, k, () => " ");
  if (n) {
    count = n.value;
    k = n.end;
  }
  const unit = AGO_UNITS.get(ctx.words[k] ?? "");
  if (!unit) return null;
  const total = (unit.count ?? count ?? 0) * unit.days;
  if (total <= 0 || total > 366 || (n && unit.count !== undefined)) return null;
  const precision: DatePrecision = unit.days === 7 ? "approximate" : ctx.relative;
  return { start: i, end: k + 1, value: { iso: addDays(ctx.published.iso, -total), precision } };
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
  pastHours,
  relativeDay,
  weekdayName,
];
