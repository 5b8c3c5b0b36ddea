import { type CliticReading, cliticReadings } from "../text/clitics.ts";

const BARE: Map<string, readonly CliticReading[]> = new Map();
/** Letters a proclitic can start with: other tokens are read as they stand. */
const CLITIC_START = new Set(["و", "ف", "ب", "ل", "ك"]);

/**
 * The readings of a token for lexicon look-up, whole token first. Most tokens cannot carry a
 * proclitic, so they skip `cliticReadings` and its allocations; readings are cached because
 * news copy repeats a small vocabulary.
 */
export function stemReadings(token: string): readonly CliticReading[] {
  const cached = BARE.get(token);
  if (cached !== undefined) return cached;
  const readings = CLITIC_START.has(token[0] ?? "") ? cliticReadings(token) : [{ prefix: "", stem: token }];
  // Bounded: a pathological input must not grow the cache without limit.
  if (BARE.size > 50_000) BARE.clear();
  BARE.set(token, readings);
  return readings;
}
