import type { Compass8 } from "../types.ts";

/**
 * Compass directions as relations between places: "شرق"، "شرقي"، "شرقا"، "جنوب غربي"،
 * "إلى الغرب مباشرة من". Returns where the reference place should start (after "من").
 * Whether a phrase relates two places ("X شرق Y") or names a part ("في شرق Y") is the
 * caller's to judge from the words around it.
 */

type Axis = "N" | "S" | "E" | "W";

/** Normalised stems of the four cardinal words and their adjective and adverb forms. */
const CARDINAL: ReadonlyMap<string, Axis> = new Map(
  (
    [
      ["شرق", "E"], ["شرقي", "E"], ["شرقا", "E"], ["غرب", "W"], ["غربي", "W"], ["غربا", "W"],
      ["شمال", "N"], ["شمالي", "N"], ["شمالا", "N"], ["جنوب", "S"], ["جنوبي", "S"], ["جنوبا", "S"],
    ] as const
  ).flatMap(([w, a]) => [
    [w, a],
    [`ال${w}`, a],
  ]),
);

const COMBINED: Readonly<Record<string, Compass8>> = { NE: "NE", NW: "NW", SE: "SE", SW: "SW" };

export interface DirectionPhrase {
  readonly compass: Compass8;
  /** Index of the first word after the phrase (and after "من" / "مباشرة" if present). */
  readonly end: number;
  /** Index of the first word of the phrase ("إلى" included). */
  readonly start: number;
  /** Spelt out with "من" ("إلى الغرب من", "شمال من"): a relation, never "the west part of". */
  readonly explicit: boolean;
  /** The adverb ("شرقا"): a heading ("تقدمت شرقا") unless a place stands before it. */
  readonly adverb: boolean;
  /** "شرقيها": the reference is the pronoun's antecedent, and no place follows. */
  readonly pronoun: boolean;
}

export function directionAt(words: readonly string[], i: number): DirectionPhrase | null {
  let k = i;
  const viaIla = words[k] === "الي";
  if (viaIla) k++;
  const bareFirst = CARDINAL.get(words[k] ?? "");
  const suffixedFirst = viaIla || bareFirst !== undefined ? undefined : withPronoun(words[k] ?? "");
  const first = bareFirst ?? suffixedFirst;
  if (first === undefined) return null;
  if (suffixedFirst !== undefined) return { compass: first, end: k + 1, start: i, explicit: false, adverb: false, pronoun: true };
  // "إلى الشرق من" takes the article; a bare "الشرق" is a noun ("قوات الشرق", "الشرق الليبي").
  if (viaIla !== (words[k] as string).startsWith("ال")) return null;
  k++;
  let compass: Compass8 = first;
  const horizontal = first === "N" || first === "S";
  const second = horizontal ? CARDINAL.get(words[k] ?? "") : undefined;
  if (second === "E" || second === "W") {
    compass = COMBINED[first + second] as Compass8;
    k++;
  } else if (horizontal && !viaIla) {
    // "جنوب غربيها": the pronoun rides on the second word.
    const suffixed = withPronoun(words[k] ?? "");
    if (suffixed === "E" || suffixed === "W") {
      return { compass: COMBINED[first + suffixed] as Compass8, end: k + 1, start: i, explicit: false, adverb: false, pronoun: true };
    }
  }
  if (words[k] === "مباشره" || words[k] === "تماما" || words[k] === "تحديدا") k++;
  // "والسدرة إلى الغرب منها": spelt out, with a pronoun for the reference.
  if (viaIla && (words[k] === "منها" || words[k] === "منه")) {
    return { compass, end: k + 1, start: i, explicit: true, adverb: false, pronoun: true };
  }
  const explicit = words[k] === "من";
  if (explicit) k++;
  else if (viaIla) return null; // "إلى الشرق" alone is a heading, not a relation
  return { compass, end: k, start: i, explicit, adverb: (words[i] as string).endsWith("ا"), pronoun: false };
}

/**
 * "شرقها", "غربيها", "جنوبه": a direction word with an attached pronoun standing for a place
 * named before. "ها" (a town, a city: feminine) on either form; the masculine "ه" only on the
 * bare noun, because "شرقيه" is also the adjective "شرقية" once ة is folded to ه, and never
 * on "غرب", because "غربه" is also "غربة" (exile).
 */
function withPronoun(word: string): Axis | undefined {
  if (word.length < 5 || word.startsWith("ال")) return undefined;
  if (word.endsWith("ها")) return CARDINAL.get(word.slice(0, -2));
  if (word.endsWith("ه") && !word.endsWith("يه") && word !== "غربه") return CARDINAL.get(word.slice(0, -1));
  return undefined;
}

/** Definite direction adjectives and nouns: "الضواحي الجنوبية لطرابلس", "الجنوب الشرقي لليبيا". */
const ADJECTIVE: ReadonlyMap<string, Axis> = new Map([
  ["الشرقيه", "E"], ["الشرقي", "E"], ["الغربيه", "W"], ["الغربي", "W"],
  ["الشماليه", "N"], ["الشمالي", "N"], ["الجنوبيه", "S"], ["الجنوبي", "S"],
]);
const NOUN: ReadonlyMap<string, Axis> = new Map([["الشرق", "E"], ["الغرب", "W"], ["الشمال", "N"], ["الجنوب", "S"]]);

export interface PartPhrase {
  readonly compass: Compass8;
  /** The first word of the phrase: the described noun before an adjective, or the direction noun. */
  readonly start: number;
  /** The word after the phrase: where "ل" + the reference must stand. */
  readonly end: number;
}

/**
 * The part of a place named by a direction in a genitive with "ل": "الأطراف الغربية
 * لمدينة X", "الضواحي الجنوبية لطرابلس", "الجنوب الشرقي لليبيا" ("شمال غربي" as adjectives:
 * "الجنوبية الغربية"). The caller checks that a place with "ل" follows.
 */
export function partAt(words: readonly string[], i: number): PartPhrase | null {
  const w = words[i] ?? "";
  const noun = NOUN.get(w);
  const adjective = noun === undefined ? ADJECTIVE.get(w) : undefined;
  const first = noun ?? adjective;
  if (first === undefined) return null;
  // An adjective describes the definite noun before it ("الضواحي الجنوبية").
  if (adjective !== undefined && !(words[i - 1] ?? "").startsWith("ال")) return null;
  let k = i + 1;
  let compass: Compass8 = first;
  const second = ADJECTIVE.get(words[k] ?? "");
  if ((first === "N" || first === "S") && (second === "E" || second === "W")) {
    compass = COMBINED[first + second] as Compass8;
    k++;
  }
  // "الجنوب الشرقي لليبيا" / "الجنوب الشرقي من ليبيا": the reference follows "ل", or "من"
  // after a compound (a bare "قوات الغرب من طرابلس" is "from", not "of").
  if (words[k] === "من" && k === i + 2) k++;
  else if (!(words[k] ?? "").startsWith("ل")) return null;
  return { compass, start: adjective !== undefined ? i - 1 : i, end: k };
}
