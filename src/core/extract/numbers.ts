import { normalize } from "../text/normalize.ts";

/**
 * Cardinal numbers as news copy writes distances: digits ("450", "2.5") or words, with the
 * compound forms Arabic builds with "و" ("خمسة وعشرين", "مائة وخمسين") and a unit before a
 * hundred or thousand ("ثلاث مائة"). Only what distances need: up to the low thousands.
 */

/** Number words, normalised, to values; feminine and case forms all listed. */
const WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      ["واحد", 1], ["واحدة", 1], ["اثنين", 2], ["اثنان", 2], ["اثنتين", 2], ["ثلاث", 3], ["ثلاثة", 3],
      ["أربع", 4], ["أربعة", 4], ["خمس", 5], ["خمسة", 5], ["ست", 6], ["ستة", 6], ["سبع", 7], ["سبعة", 7],
      ["ثماني", 8], ["ثمانية", 8], ["ثمان", 8], ["تسع", 9], ["تسعة", 9], ["عشر", 10], ["عشرة", 10],
      ["عشرين", 20], ["عشرون", 20], ["ثلاثين", 30], ["ثلاثون", 30], ["أربعين", 40], ["أربعون", 40],
      ["خمسين", 50], ["خمسون", 50], ["ستين", 60], ["ستون", 60], ["سبعين", 70], ["سبعون", 70],
      ["ثمانين", 80], ["ثمانون", 80], ["تسعين", 90], ["تسعون", 90],
      ["مائة", 100], ["مئة", 100], ["مائتي", 200], ["مئتي", 200], ["مائتين", 200], ["مئتين", 200],
      ["مائتان", 200], ["مئتان", 200], ["ثلاثمائة", 300], ["ثلاثمئة", 300], ["أربعمائة", 400],
      ["أربعمئة", 400], ["خمسمائة", 500], ["خمسمئة", 500], ["ستمائة", 600], ["ستمئة", 600],
      ["سبعمائة", 700], ["سبعمئة", 700], ["ثمانمائة", 800], ["ثمانمئة", 800], ["ثمانيمائة", 800],
      ["تسعمائة", 900], ["تسعمئة", 900], ["ألف", 1000], ["ألفي", 2000], ["ألفين", 2000], ["ألفا", 1000],
      ["أحد", 1], ["إحدى", 1], ["اثنا", 2], ["اثني", 2], ["اثنتا", 2], ["اثنتي", 2],
    ] as const
  ).map(([w, n]) => [normalize(w), n]),
);

/** Words that multiply what comes before them ("ثلاث مائة", "خمسة آلاف"). */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  [normalize("مائة"), 100],
  [normalize("مئة"), 100],
  [normalize("ألف"), 1000],
  [normalize("آلاف"), 1000],
]);

export interface ParsedNumber {
  readonly value: number;
  /** Index of the first word after the number. */
  readonly end: number;
}

/** `/^\d+$/` without a regex: asked of every word a distance could start at. */
function isDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The number whose first word is `words[i]`, or null. `between(k)` is the text before word k. */
export function parseNumber(words: readonly string[], i: number, between: (k: number) => string): ParsedNumber | null {
  const w = words[i];
  if (w === undefined) return null;
  if (isDigits(w)) {
    // "2.5" and "1,200" are split by the tokenizer: join them back.
    const next = words[i + 1];
    if (next !== undefined && isDigits(next)) {
      const sep = between(i + 1);
      if (sep === ".") return { value: Number(`${w}.${next}`), end: i + 2 };
      if (sep === "," && next.length === 3) return { value: Number(w + next), end: i + 2 };
    }
    return { value: Number(w), end: i + 1 };
  }
  let total = 0;
  let current = 0;
  let k = i;
  for (; k < words.length; k++) {
    const word = words[k] as string;
    const joined = k > i && word.startsWith("و");
    const afterAnd = joined ? word.slice(1) : word;
    // "الأربع والعشرين": a definite number repeats the article on each part.
    const bare = joined && afterAnd.startsWith("ال") && WORDS.has(afterAnd.slice(2)) ? afterAnd.slice(2) : afterAnd;
    const multiplier = MULTIPLIERS.get(bare);
    if (k > i && !joined && multiplier !== undefined && current > 0 && current < 10) {
      current *= multiplier; // "ثلاث مائة"
      continue;
    }
    // "عشر" after a unit without "و" is the teen ("خمسة عشر").
    if (k > i && !joined && (bare === "عشر" || bare === "عشره") && current > 0 && current < 10) {
      current += 10;
      continue;
    }
    if (k > i && !joined) break;
    const v = WORDS.get(bare);
    if (v === undefined) break;
    total += current;
    current = v;
  }
  if (k === i) return null;
  return { value: total + current, end: k };
}
