import { normalize } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import type { ActorId, ClaimAction } from "../types.ts";
import { isHolder } from "./actor-lexicon.ts";
import type { TriggerWord } from "./claim-lexicon.ts";
import { stemReadings } from "./clitic-stems.ts";
import type { Doc } from "./document.ts";

/** A side named in the text, on token indices; `oblique` when it is governed ("مع الوفاق", "لقوات حفتر"). */
export interface ActorSite {
  readonly first: number;
  readonly next: number;
  readonly actor: ActorId;
  readonly oblique: boolean;
  /** The genitive of a transitive verbal noun ("بعد طرد الجماعات"): acted on, never a doer. */
  readonly acted?: true;
}

export interface PlaceAt {
  readonly first: number;
  readonly next: number;
  readonly placeId: string;
}

/** One trigger in its sentence and clause, with what the claim readers need around it. */
export interface ClaimSite {
  readonly doc: Doc;
  readonly actors: readonly ActorSite[];
  readonly places: readonly PlaceAt[];
  /** Token ranges: the sentence, the one before it, the clause. */
  readonly from: number;
  readonly to: number;
  readonly prevFrom: number;
  readonly clauseStart: number;
  readonly clauseEnd: number;
  /** Where the trigger's own words end: the next trigger in the clause, or the clause end. */
  readonly windowEnd: number;
  readonly at: number;
  readonly word: TriggerWord;
  /** The trigger's stem after clitics ("انسحاب" in "بالانسحاب"). */
  readonly stem: string;
  readonly action: ClaimAction;
  /** The article's Tripoli mention, which "العاصمة" refers to; undefined when it names none. */
  readonly capital?: PlaceAt;
  /** The country's capital (Tripoli in a Libya article) from the gazetteer, for "العاصمة" in an article that never names it. */
  readonly capitalId?: string;
  /** Every place of the article and how often each is named: "المدينة" with no antecedent near is the article's city. */
  readonly allPlaces?: readonly PlaceAt[];
  readonly mentions?: ReadonlyMap<string, number>;
}

export const wordSet = (ws: readonly string[]): ReadonlySet<string> => new Set(ws.map(normalize));

export function stemsOf(tok: Token | undefined): readonly string[] {
  return tok === undefined ? [] : stemReadings(tok.text).map((r) => r.stem);
}

/** Whether the token, whole or without its proclitics, is one of `words` (no allocation: this runs per token). */
export function isIn(tok: Token | undefined, words: ReadonlySet<string>): boolean {
  if (tok === undefined) return false;
  for (const r of stemReadings(tok.text)) if (words.has(r.stem)) return true;
  return false;
}

/** Relative pronouns: "سرت التي انسحبت منها", "الجماعات التي كانت تسيطر عليها". */
export const RELATIVES = wordSet(["التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي"]);

export function eligible(a: ActorSite, holderOnly: boolean): boolean {
  return !holderOnly || isHolder(a.actor);
}

/**
 * "بتطويقها" (encircling it) or "طردها قوات حفتر" (its expelling Haftar's forces)? The
 * pronoun on a transitive verbal noun is its object unless an object follows: a side, a
 * place or a definite noun.
 */
export function pronounIsObject(site: ClaimSite): boolean {
  // Entering takes its place as an object too ("دخولها": entering it; "دخوله المدينة": his entering the city).
  if (!site.word.pronoun || (site.word.genitive !== "object" && site.action !== "entered")) return false;
  const at = site.at;
  const next = site.doc.tokens[at + 1];
  if (next === undefined || at + 1 >= site.clauseEnd) return true;
  // "دخولها مدينة ترهونة": a place after a head noun is the object too (annexation makes it definite).
  if (site.actors.some((a) => a.first === at + 1) || site.places.some((p) => p.first === at + 1 || p.first === at + 2)) return false;
  return !next.text.startsWith("ال");
}
