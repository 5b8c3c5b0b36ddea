import { normalize } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import { stemReadings } from "./clitic-stems.ts";
import type { Doc } from "./document.ts";

/** Words that open a new clause: "بعد سيطرة ...", "فيما انسحبت ...", "بينما بدأت ...", relatives. */
const OPENERS: ReadonlySet<string> = new Set(
  // A relative clause is a proposition of its own: "تسعى إلى العودة إلى سبها التي طردت منها"
  // aims at the return, not at the expulsion.
  ["بعد", "فيما", "بينما", "حيث", "ثم", "لكن", "لكنه", "لكنها", "عقب", "إثر", "حين", "كما", "التي", "الذي", "الذين", "اللتين", "اللذين"].map(normalize),
);
const INCLUDING: ReadonlySet<string> = new Set(["بما", "ومنها", "خاصة", "لاسيما", "سيما", "وخاصة"].map(normalize));
/** "على بعد 450 كلم", "من بعد": بعد as distance or adverb, not a clause. */
const NOT_BEFORE_BAD = new Set(["على", "من", "في"].map(normalize));

/**
 * Start token of each clause of a sentence [from, to): a clause ends at a comma, semicolon or
 * colon and before a subordinating or contrasting word. Returns starts in order, `from` first.
 */
export function clauseStarts(doc: Doc, from: number, to: number): number[] {
  const starts = [from];
  const text = doc.norm.text;
  for (let i = from + 1; i < to; i++) {
    const tok = doc.tokens[i] as Token;
    const prev = doc.tokens[i - 1] as Token;
    if (/[,;:]/.test(text.slice(prev.end, tok.start))) {
      // "..., بما في ذلك بنغازي وطبرق": a list that goes on after the comma is the same clause.
      if (!INCLUDING.has(tok.text)) starts.push(i);
      continue;
    }
    const opener = stemReadings(tok.text).some((r) => (r.prefix === "" || r.prefix === "و" || r.prefix === "ف") && OPENERS.has(r.stem));
    if (!opener) continue;
    if (tok.text === "بعد" && NOT_BEFORE_BAD.has(prev.text)) continue;
    if (tok.text === "حين" && prev.text !== "في") continue;
    starts.push(i);
  }
  return starts;
}
