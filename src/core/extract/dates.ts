import type { Token } from "../text/tokenize.ts";
import type { DateMention, DatePrecision, DateValue } from "../types.ts";
import { MATCHERS } from "./date-matchers.ts";
import { canStart, type Ctx, cliticLength, type Hit } from "./date-words.ts";
import { type Doc, evidenceOf, sentenceTokens } from "./document.ts";

/**
 * Dates in an article, resolved against its publication date.
 *
 * What a resolved value means:
 * - precision "day": that day. Week days ("السبت", "يوم الخميس", "فجر الخميس") are the most
 *   recent such day on or before publication (the same day counts: news says "السبت" of
 *   today); with "الماضي" strictly before, with "المقبل"/"القادم" strictly after.
 * - precision "approximate": within about a week of `iso`: "الأسبوع الماضي" (7 days before),
 *   "الليلة الماضية" (the day before: the night began then, though what happened in it may
 *   be after midnight), "ليلة الخميس" (the night may belong to Wednesday by the Arabic
 *   reckoning). Every date relative to the publication date becomes approximate when the
 *   publication date itself is not a day.
 * - precision "month" / "year": somewhere in that month or year; `iso` is the best single
 *   day: the first of the period, or the part a qualifier names ("أواخر 2016" → 2016-12-01,
 *   "منتصف مارس" → the 15th).
 * - "خلال الأربع والعشرين ساعة الماضية" / "الساعات الماضية": approximate, the publication day
 *   minus whole days of the stated hours (24 → the day before).
 * A year-less date takes the year that puts it on or before publication (within 12 months),
 * or after it with "المقبل". Dates run to the end of a sentence at most.
 */
export function findDates(doc: Doc, published: DateValue): DateMention[] {
  const mentions: DateMention[] = [];
  const relative: DatePrecision = published.precision === "day" ? "day" : "approximate";
  const lastYear: Ctx["lastYear"] = { value: undefined };
  for (let s = 0; s < doc.sentences.length; s++) {
    const toks = sentenceTokens(doc, s);
    const words = toks.map((t) => t.text);
    const ctx: Ctx = { text: doc.norm.text, toks, words, published, relative, lastYear };
    for (let i = 0; i < toks.length; ) {
      if (!canStart(words[i] as string)) {
        i++;
        continue;
      }
      const hit = matchAt(ctx, i);
      if (!hit) {
        i++;
        continue;
      }
      const first = toks[hit.start] as Token;
      const last = toks[hit.end - 1] as Token;
      const start = first.start + cliticLength(first.text);
      mentions.push({ evidence: evidenceOf(doc, start, last.end), value: hit.value });
      lastYear.value = Number(hit.value.iso.slice(0, 4));
      i = hit.end;
    }
  }
  return mentions;
}

/** The first matcher that reads a date from word i: the most specific come first. */
function matchAt(ctx: Ctx, i: number): Hit | null {
  for (const m of MATCHERS) {
    const hit = m(ctx, i);
    if (hit) return hit;
  }
  return null;
}
