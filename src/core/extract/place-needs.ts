/**
 * How much context a gazetteer sense needs before a name is taken as that place.
 *
 * A name needs place context when it is also an ordinary word: the gazetteer marks such
 * entries `guarded`; any sense of low importance whose name is an ordinary word of the
 * register (`place-common-words.ts`), and any name matched only by adding or dropping the
 * article, is treated the same way. Outlet names ("الجزيرة") are places only after a
 * settlement noun ("مدينة"); generic nouns ("المدينة") never are.
 */
import type { GazetteerEntry } from "../gazetteer/types.ts";
import type { WordClass } from "./place-common-words.ts";
import type { PlaceContext } from "./place-context.ts";
import { isVerbOnlyHomograph } from "./place-verb-readings.ts";
import type { ToponymMatch } from "./toponym-match.ts";

/**
 * A sense at least this important (a city, in the gazetteer's 0..1 prior) is taken without
 * context even when its name is an ordinary word, unless the gazetteer marks it `guarded`.
 */
export const IMPORTANT = 0.5;
/** One- and two-letter names ("بي") are word fragments more often than places. */
const SHORT_NAME = 2;

/**
 * How much context a sense needs before it is taken as a place:
 * - "free": none (an unambiguous name: "مصراتة");
 * - "weak": a cue, a preposition or a list (gazetteer-guarded names);
 * - "numeral": as "weak", but after a preposition or in a list the name must end its phrase
 *   ("في الخمس،" yes, "في الخمس سنوات" no);
 * - "strong": a noun or compass cue, or a list under a noun cue ("مناطق X وY"): ordinary
 *   words and fragments of low importance ("السلام", "نسمة", "بي"), which follow
 *   prepositions as ordinary words all the time ("إلى السلام"), and names matched only by
 *   adding or dropping the article;
 * - "outlet": a settlement noun only ("مدينة العربية").
 */
export type Need = "free" | "weak" | "numeral" | "strong" | "outlet";

export function needOf(e: GazetteerEntry, cls: WordClass | undefined, m: ToponymMatch): Need {
  if (cls === "outlet") return "outlet";
  const bare = m.key.startsWith("ال") ? m.key.slice(2) : m.key;
  if (bare.length <= SHORT_NAME) return "strong";
  if (cls === "numeral") return "numeral";
  if (cls === "common" && e.importance < IMPORTANT) return "strong";
  // Text and name disagree on the article: "عقيلة" is a politician, "للغات" is ل + "اللغات".
  if (m.articleMismatch) return "strong";
  // A city guarded only for a verb reading ("سرت أنباء") is taken bare; `readsAsVerb` vets it.
  if (e.guarded === true && e.importance >= IMPORTANT && isVerbOnlyHomograph(m.key)) return "free";
  if (e.guarded === true) return "weak";
  return "free";
}

/** True when `context` gives a sense with this need enough to be taken; `phraseEnds` is asked lazily. */
export function satisfied(need: Need, context: PlaceContext, phraseEnds: () => boolean): boolean {
  switch (need) {
    case "free":
      return true;
    case "weak":
      return context.kind === "noun" || context.kind === "direction" || context.kind === "preposition";
    case "numeral":
      return context.kind === "noun" || context.kind === "direction" || (context.kind === "preposition" && phraseEnds());
    case "strong":
      return context.kind === "noun" || context.kind === "direction";
    case "outlet":
      return context.kind === "noun" && context.cue.settlement;
  }
}
