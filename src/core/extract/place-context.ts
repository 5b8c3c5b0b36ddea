/**
 * What the words around a gazetteer match say about it: a cue before it ("مدينة", "شرق",
 * "في"), an outlet or a person it belongs to, whether it ends its phrase, and whether it
 * reads as an adjective ("وكالة الأنباء السعودية").
 */
import type { Token } from "../text/tokenize.ts";
import type { Doc } from "./document.ts";
import {
  CLITIC_PREPOSITIONS,
  DIRECTION_CUES,
  findWithoutProclitics,
  MEDIA_CUES,
  NOUN_CUES,
  type NounCue,
  PREPOSITION_CUES,
  STREET_CUES,
} from "./place-cues.ts";
import { introducesPerson } from "./place-person-context.ts";
import { wordSet } from "./place-word-set.ts";
import { onlySpaceBetween, type ToponymMatch } from "./toponym-match.ts";

export type PlaceContext =
  | { readonly kind: "noun"; readonly cue: NounCue }
  | { readonly kind: "direction"; readonly cue: string }
  | { readonly kind: "preposition"; readonly cue: string }
  /** "قناة الحدث": the name is an outlet's. */
  | { readonly kind: "media"; readonly cue: string }
  /** "فايز السراج": the name is a person's. */
  | { readonly kind: "person"; readonly cue: string }
  /** "شارع السدرة": the name is a street's. */
  | { readonly kind: "street"; readonly cue: string }
  | { readonly kind: "none" };

const NONE: PlaceContext = { kind: "none" };

/**
 * Words that may follow a place name that ends its phrase: prepositions, relatives,
 * demonstratives, conjunctions, time words and the particles that open a predicate ("مدن
 * مصراتة وزليتن والخمس قد استقبلت"). A counted noun ("الخمس سنوات") or an adjective ("الراية
 * البيضاء الكبيرة") is not among them.
 */
const PHRASE_ENDERS = wordSet(`
  في من إلى الى على عن نحو باتجاه حتى مع بين عبر قرب عند لدى منذ خلال بعد قبل أمام خلف وراء
  قد لقد لم لن سوف
  التي الذي الذين اللتين اللذين حيث حين عندما بينما فيما كما ثم أو أم إذ لكن إلا أيضا
  هذه هذا تلك ذلك هناك هنا
  أمس اليوم غدا صباح مساء فجر ليلة ليل يوم ظهر عصر مطلع أواخر أوائل منتصف
  شرق غرب شمال جنوب وسط شرقي غربي شمالي جنوبي
`);

/** A function word or a time or compass word: it starts or continues a phrase, never names a place. */
export function isPhraseWord(word: string): boolean {
  return PHRASE_ENDERS.has(word);
}

/**
 * The token before `first` when it is in the same sentence and only spaces (or a hashtag or
 * quote mark) separate them, so that it can govern the name.
 */
function governingToken(doc: Doc, first: number, sentenceStart: number): Token | undefined {
  if (first <= sentenceStart) return undefined;
  const prev = doc.tokens[first - 1];
  const cur = doc.tokens[first];
  if (prev === undefined || cur === undefined) return undefined;
  const text = doc.norm.text;
  for (let k = prev.end; k < cur.start; k++) {
    const c = text[k];
    if (c !== " " && c !== "#" && c !== '"' && c !== "'") return undefined;
  }
  return prev;
}

/**
 * The context a preceding token gives. Readings that strip an article are skipped: a cue in
 * construct has none ("المدينة البيضاء" is an adjective, "مدينة البيضاء" a place).
 */
function contextOfWord(token: string): PlaceContext {
  return (
    findWithoutProclitics<PlaceContext>(token, (stem, prefix) => {
      const noun = NOUN_CUES.get(stem);
      if (noun !== undefined) return { kind: "noun", cue: noun };
      if (DIRECTION_CUES.has(stem)) return { kind: "direction", cue: stem };
      if (MEDIA_CUES.has(stem)) return { kind: "media", cue: stem };
      if (STREET_CUES.has(stem)) return { kind: "street", cue: stem };
      if (PREPOSITION_CUES.has(stem)) return { kind: "preposition", cue: stem };
      if ((prefix === "" || prefix === "و") && introducesPerson(stem)) return { kind: "person", cue: stem };
      return undefined;
    }) ?? NONE
  );
}

/** The context of a name spanning tokens [first..] whose first token carries `prefix`. */
export function placeContextOf(doc: Doc, first: number, prefix: string, sentenceStart: number): PlaceContext {
  // A preposition on the name itself ("بالجفرة", "لسرت") governs it.
  const clitics = prefix.endsWith("ال") ? prefix.slice(0, -2) : prefix.endsWith("لل") ? prefix.slice(0, -1) : prefix;
  const preposition = clitics.startsWith("و") || clitics.startsWith("ف") ? clitics.slice(1) : clitics;
  if (preposition !== "" && CLITIC_PREPOSITIONS.has(preposition)) return { kind: "preposition", cue: preposition };
  // After a conjunction the previous word is the previous list item, not a governor.
  if (clitics !== "") return NONE;
  const prev = governingToken(doc, first, sentenceStart);
  return prev === undefined ? NONE : contextOfWord(prev.text);
}

/**
 * True when the name ending at token `last` ends its phrase: the sentence ends, punctuation
 * follows, or the next word starts a new phrase. Used where a preposition alone is too weak
 * ("في البيضاء،" is a place; "في الخمس سنوات" is not).
 */
export function endsPhrase(doc: Doc, last: number, sentenceEnd: number): boolean {
  const cur = doc.tokens[last];
  const next = doc.tokens[last + 1];
  if (cur === undefined || next === undefined || last + 1 >= sentenceEnd) return true;
  if (!onlySpaceBetween(doc.norm.text, cur.end, next.start)) return true;
  const word = next.text;
  if (PHRASE_ENDERS.has(word)) return true;
  // A conjunction or preposition clitic starts the next phrase ("ومصراتة", "لتأمين").
  const c = word[0];
  return word.length > 3 && (c === "و" || c === "ف" || c === "ب" || c === "ل");
}

/**
 * True when a one-word name shaped like a nisba adjective ("السعودية") follows a definite noun
 * it can qualify: "وكالة الأنباء السعودية" is the Saudi agency, not Saudi Arabia. The caller
 * drops only country senses on this ground: a town's nisba-shaped name ("الزاوية") is no
 * adjective in use, and "دخلت القوات الزاوية" has the town as object.
 */
export function readsAsAdjective(doc: Doc, m: ToponymMatch, sentenceStart: number): boolean {
  const { key, first, last, prefix } = m;
  if (first !== last || prefix !== "" || !key.startsWith("ال") || key.length < 5) return false;
  if (!key.endsWith("يه") && !key.endsWith("ي")) return false;
  const prev = governingToken(doc, first, sentenceStart);
  return prev !== undefined && prev.text.startsWith("ال") && prev.text.length > 3;
}
