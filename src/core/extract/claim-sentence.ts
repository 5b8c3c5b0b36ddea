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
