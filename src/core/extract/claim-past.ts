import type { Token } from "../text/tokenize.ts";
import type { DateValue } from "../types.ts";
import { wordSet, isIn } from "./claim-sentence.ts";
import { addDays } from "./iso-day.ts";

/**
 * Past states and pluperfects: "كانت تسيطر عليها", "الذين كانوا يتحصنون", "وكانت قوات حفتر
 * تتخذ من غريان قاعدة", "وكان الجيش قد استعاد", "التي سيطرت عليها سابقا". The claim is true
 * of a time before the article, not of its day: dated at publication it would look current
 * and set the map against the day's real news (a town "held" by the side that just lost it).
 */
const WAS = wordSet(["كان", "كانت", "كانوا", "كانا", "كانتا", "يكن", "تكن"]);
const FORMERLY = wordSet(["سابقا", "سابق", "قبلا"]);
/** How far before the trigger "كان" may stand: "وكانت قوات حفتر تتخذ", "كانت قوات الوفاق قد حاولت". */
const WAS_REACH = 6;
const FORMERLY_REACH = 4;

export function isPastState(tokens: readonly Token[], clauseStart: number, clauseEnd: number, at: number): boolean {
  for (let i = Math.max(clauseStart, at - WAS_REACH); i < at; i++) {
    const tok = tokens[i] as Token;
    // "لم يكن"/"لم تكن" negate; the negation is read elsewhere, the time is still past.
    if (isIn(tok, WAS)) return true;
  }
  // "في السابق" / "سابقا" after the trigger's words.
  for (let i = at + 1; i < Math.min(clauseEnd, at + 1 + FORMERLY_REACH); i++) {
    const tok = tokens[i] as Token;
    if (isIn(tok, FORMERLY) || (tok.text === "السابق" && tokens[i - 1]?.text === "في")) return true;
  }
  return false;
}

/**
 * The time of a past state the text does not date: before the article, at an unknown day.
 * Year precision is honest about that, and it is what keeps the claim out of the day-level
 * comparisons (disagreements skip month- and year-precise claims; the timeline orders it
 * before the day's own news).
 */
export function undatedPast(published: DateValue): DateValue {
  return { iso: addDays(published.iso, -1), precision: "year" };
}
