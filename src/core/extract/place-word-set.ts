import { normalize } from "../text/normalize.ts";

/** The normalised words of a white-space separated list, for the place lexicons. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== "").map(normalize));
}
