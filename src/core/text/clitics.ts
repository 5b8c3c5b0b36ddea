/**
 * Proclitics on Arabic words: the conjunctions و and ف, the prepositions ب ل ك, and the
 * article ال, alone or combined ("وبال"، "فلل"، "وال"). ل + ال is spelt "لل" (the alef
 * drops), so "للجيش" is ل + "الجيش".
 *
 * Every reading is returned, shortest stem last, because a name may itself start with a
 * letter that looks like a clitic ("بنغازي", "وادي", "فزان"): the caller tries the whole
 * token first and the stripped stems after it.
 */

export interface CliticReading {
  /** The clitic letters removed, in normalised form ("", "و", "وب", "ال", ...). */
  readonly prefix: string;
  /** What remains; when the article is kept it is part of the stem ("الجيش"). */
  readonly stem: string;
}

const CONJUNCTIONS = ["و", "ف"] as const;
const PREPOSITIONS = ["ب", "ل", "ك"] as const;
/** A stem shorter than this is more likely a word fragment than a name. */
const MIN_STEM = 2;

/** Letters a reading other than the whole token must start with: a clitic or the article's alef. */
const FIRST_LETTERS: ReadonlySet<number> = new Set(["و", "ف", "ب", "ل", "ك", "ا"].map((c) => c.charCodeAt(0)));

export function cliticReadings(token: string): CliticReading[] {
  const readings: CliticReading[] = [{ prefix: "", stem: token }];
  // Most words start with none of them: skip the search and its allocations.
  if (!FIRST_LETTERS.has(token.charCodeAt(0))) return readings;
  const seen = new Set<string>([token]);
  const add = (prefix: string, stem: string): void => {
    if (stem.length < MIN_STEM || seen.has(stem)) return;
    seen.add(stem);
    readings.push({ prefix, stem });
  };
  const conj = CONJUNCTIONS.find((c) => token.startsWith(c)) ?? "";
  const afterConj = [""].concat(conj ? [conj] : []);
  for (const c of afterConj) {
    const rest = token.slice(c.length);
    add(c, rest);
    if (rest.startsWith("لل")) {
      // ل + ال with the alef dropped.
      add(`${c}ل`, `ال${rest.slice(2)}`);
      add(`${c}لل`, rest.slice(2));
    }
    for (const p of PREPOSITIONS) {
      if (!rest.startsWith(p)) continue;
      const afterPrep = rest.slice(1);
      add(c + p, afterPrep);
      if (afterPrep.startsWith("ال")) add(`${c + p}ال`, afterPrep.slice(2));
    }
    if (rest.startsWith("ال")) add(`${c}ال`, rest.slice(2));
  }
  return readings;
}

/** The form of a token with every proclitic except the article stripped ("وبالجفرة" → "الجفرة"). */
export function withoutParticles(token: string): string[] {
  return cliticReadings(token).map((r) => r.stem);
}
