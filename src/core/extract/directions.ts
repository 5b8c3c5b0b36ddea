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
}

export function directionAt(words: readonly string[], i: number): DirectionPhrase | null {
  let k = i;
  const viaIla = words[k] === "الي";
  if (viaIla) k++;
  const first = CARDINAL.get(words[k] ?? "");
  if (first === undefined) return null;
  // "إلى الشرق من" takes the article; a bare "الشرق" is a noun ("قوات الشرق", "الشرق الليبي").
  if (viaIla !== (words[k] as string).startsWith("ال")) return null;
  k++;
  let compass: Compass8 = first;
  const second = CARDINAL.get(words[k] ?? "");
  if (second !== undefined && (first === "N" || first === "S") && (second === "E" || second === "W")) {
    compass = COMBINED[first + second] as Compass8;
    k++;
  }
  if (words[k] === "مباشره" || words[k] === "تماما" || words[k] === "تحديدا") k++;
  const explicit = words[k] === "من";
  if (explicit) k++;
  else if (viaIla) return null; // "إلى الشرق" alone is a heading, not a relation
  return { compass, end: k, start: i, explicit, adverb: (words[i] as string).endsWith("ا") };
}
