/**
 * Place names that are also verbs: "سرت أنباء" is "news spread", not Sirte. The verb reading
 * is told by syntax: the word opens a clause and its typical complement follows.
 */
import { normalize } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import type { Doc } from "./document.ts";
import { wordSet } from "./place-word-set.ts";
import { onlySpaceBetween, type ToponymMatch } from "./toponym-match.ts";

/**
 * Place names that are also verbs, with what follows the verb reading. "سرت" is also
 * "spread" with a plural or news-like subject ("سرت أنباء", "سرت شائعات"); "هون من" is
 * "played down"; "درج على" is "was used to".
 *
 * `onlyVerb`: the verb is the name's only ordinary reading, and that reading is caught here,
 * so the name needs no other context even where the gazetteer guards it. "هون" is also
 * colloquial "here" and "درج" a noun, which this test cannot see: they stay guarded.
 */
interface VerbReading {
  readonly next: ReadonlySet<string>;
  readonly pluralSubject: boolean;
  readonly onlyVerb: boolean;
}

const VERB_READINGS: ReadonlyMap<string, VerbReading> = new Map([
  [
    normalize("سرت"),
    {
      next: wordSet(
        "شائعات إشاعات أنباء أخبار تكهنات مخاوف حالة أجواء موجة روح قشعريرة رعشة همسات أقاويل معلومات شكوك",
      ),
      pluralSubject: true,
      onlyVerb: true,
    },
  ],
  [normalize("هون"), { next: wordSet("من"), pluralSubject: false, onlyVerb: false }],
  [normalize("درج"), { next: wordSet("على"), pluralSubject: false, onlyVerb: false }],
]);

/** True when the name's only ordinary reading is a verb that `readsAsVerb` detects ("سرت"). */
export function isVerbOnlyHomograph(key: string): boolean {
  return VERB_READINGS.get(key)?.onlyVerb === true;
}

/** Words after which a clause starts, so a verb may follow ("وقد سرت أنباء"). */
const CLAUSE_OPENERS = wordSet("قد لقد وقد فقد كما ثم و ف بينما حيث إذ عندما فيما كذلك وكذلك");

/**
 * True when a name that is also a verb reads as the verb here: it opens a clause and is
 * followed by the verb's typical complement ("سرت أنباء عن", "وقد سرت شائعات").
 */
export function readsAsVerb(
  doc: Doc,
  m: ToponymMatch,
  sentence: { readonly startToken: number; readonly endToken: number },
): boolean {
  const { key, first, last, prefix } = m;
  const verb = VERB_READINGS.get(key);
  if (verb === undefined || first !== last) return false;
  if (prefix !== "" && prefix !== "و" && prefix !== "ف") return false;
  const tokens = doc.tokens;
  const cur = tokens[first];
  const next = tokens[last + 1];
  if (cur === undefined || next === undefined || last + 1 >= sentence.endToken) return false;
  if (!onlySpaceBetween(doc.norm.text, cur.end, next.start)) return false;
  const opensClause =
    prefix !== "" ||
    first === sentence.startToken ||
    !onlySpaceBetween(doc.norm.text, (tokens[first - 1] as Token).end, cur.start) ||
    CLAUSE_OPENERS.has((tokens[first - 1] as Token).text);
  if (!opensClause) return false;
  if (verb.next.has(next.text)) return true;
  // An indefinite feminine plural subject: "سرت تكهنات", "سرت مخاوف".
  return verb.pluralSubject && !next.text.startsWith("ال") && next.text.endsWith("ات") && next.text.length > 4;
}
