import { cliticReadings } from "../text/clitics.ts";
import type { Token } from "../text/tokenize.ts";
import type { DatePrecision, DateValue } from "../types.ts";
import {
  AMBIGUOUS_MONTHS,
  DATE_CUES,
  DAY_PARTS,
  DIRECTION_WORDS,
  type Direction,
  MONTHS,
  ORDINAL_DAYS,
  PERIOD_PARTS,
  RELATIVE_DAYS,
  WEEKDAYS,
} from "./calendar-lexicon.ts";
import { isoOf } from "./iso-day.ts";

/**
 * What the date matchers share: the sentence being read, and how to read its words
 * (clitic-tolerant lookups, month names in one or two words, years, day numbers).
 */

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
}

export type Matcher = (ctx: Ctx, i: number) => Hit | null;

export interface Ctx {
  readonly text: string;
  readonly toks: readonly Token[];
  readonly words: readonly string[];
  readonly published: DateValue;
  /** The precision of a date counted from the publication day. */
  readonly relative: DatePrecision;
  /** The year of the last date read in the article, for "من ذلك العام" (that year). */
  readonly lastYear: { value: number | undefined };
}

/** Conjunctions and prepositions that may stick to a date word ("والسبت", "بيناير", "وفي"). */
const DATE_PREFIXES = new Set(["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]);

/** Memo of `stems`: news vocabulary is small next to its token count. Cleared when large. */
const STEMS = new Map<string, readonly string[]>();
const STEMS_CAP = 50_000;

/** The token, and the token without a leading conjunction or preposition. */
export function stems(word: string | undefined): readonly string[] {
  if (word === undefined) return [];
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= STEMS_CAP) STEMS.clear();
    s = cliticReadings(word)
      .filter((r) => DATE_PREFIXES.has(r.prefix))
      .map((r) => r.stem);
    STEMS.set(word, s);
  }
  return s;
}

/** Whether a date can start at this word: the cheap gate before any matcher runs. */
export function canStart(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return true;
  let can = CAN_START.get(word);
  if (can === undefined) {
    if (CAN_START.size >= STEMS_CAP) CAN_START.clear();
    can = stems(word).some((s) => START_WORDS.has(s));
    CAN_START.set(word, can);
  }
  return can;
}

/** Memo of `canStart` for words: it is asked of every token. */
const CAN_START = new Map<string, boolean>();

/** Every word a date can start with, to keep a conjunction ("وفجر الخميس") out of the evidence. */
const START_WORDS: ReadonlySet<string> = new Set([
  ...DAY_PARTS,
  ...WEEKDAYS.keys(),
  ...PERIOD_PARTS.keys(),
  ...DATE_CUES,
  ...[...MONTHS.keys(), ...ORDINAL_DAYS.keys(), ...RELATIVE_DAYS.keys()].map((k) => k.split(" ")[0] as string),
  "الليله",
  "الاسبوع",
  "الشهر",
  "الساعات",
  // "اليومين الماضيين", "الأيام الماضية", "الأسبوعين الماضيين".
  "اليومين",
  "الايام",
  "الاسبوعين",
  // Numbers with the article, before "ساعة" ("الأربع والعشرين ساعة الماضية").
  ...["الاربع", "الاربعه", "الثماني", "الثمانيه", "الاثنتي", "الاثنتين", "الاثني", "الاثنين", "الست", "الخمس", "الثلاث"],
]);

/** How many clitic letters the first token of a date carries. */
export function cliticLength(word: string): number {
  if (START_WORDS.has(word) || /^\d/.test(word)) return 0;
  const r = cliticReadings(word).find((x) => DATE_PREFIXES.has(x.prefix) && START_WORDS.has(x.stem));
  return r ? word.length - r.stem.length : 0;
}

export function lookup<V>(table: ReadonlyMap<string, V>, word: string | undefined): V | undefined {
  for (const s of stems(word)) {
    const v = table.get(s);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function isCue(word: string | undefined): boolean {
  return stems(word).some((s) => DATE_CUES.has(s));
}

/** First words of two-word month names ("كانون الثاني"): a pair is built only after these. */
const TWO_WORD_MONTH_STARTS: ReadonlySet<string> = new Set(
  [...MONTHS.keys()].filter((k) => k.includes(" ")).map((k) => k.slice(0, k.indexOf(" "))),
);

/** A month name of one or two tokens at `i`: its number and the token after it. */
export function monthAt(ctx: Ctx, i: number): { month: number; end: number; ambiguous: boolean } | null {
  const a = ctx.words[i];
  const b = ctx.words[i + 1];
  if (a === undefined) return null;
  if (b !== undefined) {
    for (const s of stems(a)) {
      const two = TWO_WORD_MONTH_STARTS.has(s) ? MONTHS.get(`${s} ${b}`) : undefined;
      if (two !== undefined) return { month: two, end: i + 2, ambiguous: false };
    }
  }
  for (const s of stems(a)) {
    const one = MONTHS.get(s);
    if (one !== undefined) return { month: one, end: i + 1, ambiguous: AMBIGUOUS_MONTHS.has(s) };
  }
  return null;
}

/** A month name, then optionally the same month in another tradition ("نوفمبر/تشرين الثاني"). */
export function monthPairAt(ctx: Ctx, i: number): { month: number; end: number; paired: boolean; ambiguous: boolean } | null {
  const first = monthAt(ctx, i);
  if (!first) return null;
  const second = monthAt(ctx, first.end);
  if (second && second.month === first.month) return { month: first.month, end: second.end, paired: true, ambiguous: false };
  return { ...first, paired: false };
}

export function yearAt(ctx: Ctx, i: number): number | null {
  const w = ctx.words[i];
  if (w === undefined || !/^\d{4}$/.test(w)) return null;
  const y = Number(w);
  return y >= 1900 && y <= 2100 ? y : null;
}

export function dayNumberAt(ctx: Ctx, i: number): { day: number; end: number } | null {
  const w = ctx.words[i];
  if (w === undefined) return null;
  if (/^\d{1,2}$/.test(w)) {
    const d = Number(w);
    return d >= 1 && d <= 31 ? { day: d, end: i + 1 } : null;
  }
  // Ordinals: "الثامن من", "الحادي والعشرين من"; with or without "من".
  // Two words first ("الحادي والعشرين"); at the sentence's end the pair is the word alone.
  const next = ctx.words[i + 1];
  const pair = next === undefined ? w : ORDINAL_FIRST_WORDS.has(w) ? `${w} ${next}` : undefined;
  if (pair !== undefined && ORDINAL_DAYS.has(pair)) return ordinalDay(ctx, pair, i + 2);
  const stem = stems(w).find((s) => ORDINAL_DAYS.has(s));
  return stem === undefined ? null : ordinalDay(ctx, stem, i + 1);
}

/** First words of the ordinal day names: a pair is only built for these. */
const ORDINAL_FIRST_WORDS: ReadonlySet<string> = new Set([...ORDINAL_DAYS.keys()].map((k) => k.split(" ")[0] as string));

function ordinalDay(ctx: Ctx, stem: string, end: number): { day: number; end: number } {
  return { day: ORDINAL_DAYS.get(stem) as number, end: ctx.words[end] === "من" ? end + 1 : end };
}

export function directionAt(ctx: Ctx, i: number): Direction | undefined {
  const w = ctx.words[i];
  return w === undefined ? undefined : DIRECTION_WORDS.get(w);
}

/** True when only white space, commas or the given separators lie between tokens i-1 and i. */
export function joined(ctx: Ctx, i: number, separators: RegExp): boolean {
  const a = ctx.toks[i - 1];
  const b = ctx.toks[i];
  if (!a || !b) return false;
  return separators.test(ctx.text.slice(a.end, b.start));
}

export const pubYear = (ctx: Ctx): number => Number(ctx.published.iso.slice(0, 4));
export const pubMonth = (ctx: Ctx): number => Number(ctx.published.iso.slice(5, 7));

/** The year that puts month/day on or before publication (or after it, for "المقبل"). */
export function inferYear(ctx: Ctx, month: number, day: number, dir: Direction | undefined): number {
  const y = pubYear(ctx);
  const candidate = isoOf(y, month, day);
  if (dir === "current") return y;
  if (dir === "future") return candidate > ctx.published.iso ? y : y + 1;
  return candidate <= ctx.published.iso ? y : y - 1;
}

/** A year-less date is only as sure as the publication year it borrows. */
export function borrowed(ctx: Ctx, p: DatePrecision): DatePrecision {
  return ctx.published.precision === "year" && p === "day" ? "approximate" : p;
}
