/**
 * Words that announce a place name: "مدينة سرت", "قاعدة الجفرة", "جنوب هون", "في البيضاء".
 *
 * Three strengths, because an ordinary word that is also a name ("الخمس" the five, "البيضاء"
 * white) needs more than a preposition to be read as a place:
 * - a noun cue names the kind of place and is in construct with the name (idafa): strong, and
 *   it tells the resolver which sense fits ("قاعدة" → air base);
 * - a direction or vicinity word ("شرق", "ضواحي", "قرب") is spatial, so what follows is a place;
 * - a preposition ("في", "من", "إلى", "نحو", "على") only makes a place likely: the name must
 *   also end its phrase (see `place-context.ts`).
 */
import type { PlaceKind } from "../gazetteer/types.ts";
import { normalize } from "../text/normalize.ts";
import { wordSet } from "./place-word-set.ts";

export interface NounCue {
  /** The cue word, normalised, without clitics ("مدينه"). */
  readonly word: string;
  /** Kinds of place the cue names; the resolver prefers senses of these kinds. */
  readonly kinds: readonly PlaceKind[];
  /** Names a populated place or a country ("مدينة", "بلدة", "دولة"): the only cues that can make an outlet's name a place. */
  readonly settlement: boolean;
  /** Plural cue ("مناطق", "مدن"): a generic idafa ("مناطق النفوذ") unless a list follows. */
  readonly plural: boolean;
  /** The cue may introduce a name the gazetteer lacks ("منطقة X" → unresolved mention). */
  readonly introducesNames: boolean;
  /**
   * The cue names a feature of its own, not just the kind of the named place: "محور أبوقرين" is
   * the Abu Qurain front, so the cue belongs in the mention's span; "مدينة سرت" is just Sirte.
   */
  readonly featureHead: boolean;
}

type CueRow = readonly [words: string, kinds: readonly PlaceKind[], flags: string];

const SETTLED: readonly PlaceKind[] = ["city", "town", "region", "oasis"];
const AREA: readonly PlaceKind[] = [
  "region",
  "district",
  "town",
  "village",
  "hamlet",
  "wadi",
  "oasis",
  "axis",
  "reserve",
  "mountain",
  "oil-field",
  "road",
  "gate",
];

// Flags: s = settlement, p = plural, n = introduces names the gazetteer may lack, f = feature head.
const NOUN_CUE_ROWS: readonly CueRow[] = [
  ["مدينة مدينتي", SETTLED, "sn"],
  ["مدن", SETTLED, "sp"],
  ["بلدة بلدتي", ["town", "village", "oasis"], "sn"],
  ["بلدات", ["town", "village", "oasis"], "sp"],
  ["قرية قريتي", ["village", "hamlet"], "sn"],
  ["قرى", ["village", "hamlet"], "sp"],
  ["بلدية شعبية", ["city", "town", "region", "district"], "sn"],
  ["بلديات", ["city", "town", "region", "district"], "sp"],
  ["العاصمة عاصمة", ["city", "foreign-place"], "s"],
  ["دولة", ["country", "foreign-place"], "s"],
  ["دول", ["country", "foreign-place"], "sp"],
  ["منطقة منطقتي", AREA, "n"],
  ["مناطق", AREA, "pn"],
  ["حي", ["district"], "nf"],
  ["أحياء", ["district"], "p"],
  ["ضاحية", ["district", "town"], "n"],
  ["محور", ["axis", "road", "district", "town", "village"], "nf"],
  ["محاور", ["axis", "road", "district", "town", "village"], "p"],
  ["قاعدة", ["airbase", "military-base"], "f"],
  ["قاعدتي", ["airbase", "military-base"], ""],
  ["معسكر", ["military-base"], "f"],
  ["مطار", ["airport", "airbase"], "f"],
  ["مطاري", ["airport", "airbase"], ""],
  ["مطارات", ["airport", "airbase"], "p"],
  ["ميناء مرفأ مرسى", ["port", "oil-terminal"], "f"],
  ["ميناءي مينائي", ["port", "oil-terminal"], ""],
  ["موانئ", ["port", "oil-terminal"], "p"],
  ["حقل", ["oil-field"], "nf"],
  ["حقول", ["oil-field"], "p"],
  ["مصفاة", ["facility", "oil-terminal"], "f"],
  ["وادي", ["wadi"], "nf"],
  ["جبل", ["mountain", "region"], ""],
  ["واحة", ["oasis", "town"], "n"],
  ["بوابة", ["gate"], "nf"],
  ["محمية", ["reserve"], ""],
  ["طريق", ["road"], "f"],
  ["إقليم", ["region"], ""],
  ["محافظة مديرية", ["region", "district", "foreign-place"], "sn"],
  ["محافظات مديريات", ["region", "district", "foreign-place"], "sp"],
  ["ولاية", ["foreign-place", "region"], "s"],
];

function buildNounCues(): ReadonlyMap<string, NounCue> {
  const cues = new Map<string, NounCue>();
  for (const [words, kinds, flags] of NOUN_CUE_ROWS) {
    for (const raw of words.split(" ")) {
      const word = normalize(raw);
      cues.set(word, {
        word,
        kinds,
        settlement: flags.includes("s"),
        plural: flags.includes("p"),
        introducesNames: flags.includes("n"),
        featureHead: flags.includes("f"),
      });
    }
  }
  return cues;
}

export const NOUN_CUES: ReadonlyMap<string, NounCue> = buildNounCues();

/** Compass and vicinity words: what follows them is a place ("شرق مصراتة", "ضواحي سرت"). */
export const DIRECTION_CUES: ReadonlySet<string> = wordSet(`
  شرق غرب شمال جنوب شرقي غربي شمالي جنوبي
  قرب بالقرب مقربة محيط ضواحي أطراف مشارف تخوم
`);

/**
 * Prepositions, quantifiers and loose spatial words that often, but not always, take a place
 * ("في الخمس سنوات" is "in the five years", "وسط تراجع" is "amid a retreat"). "ب" and "ل"
 * attached to the name itself count too.
 */
export const PREPOSITION_CUES: ReadonlySet<string> = wordSet(`
  في من إلى الى نحو باتجاه اتجاه تجاه صوب حتى عن على بين عبر
  وسط داخل خارج حدود أبواب أسوار
  كامل كافة عموم أنحاء أرجاء مختلف
`);

/** Clitic prepositions that, attached to a name, act as a weak place cue ("بالجفرة", "لسرت"). */
export const CLITIC_PREPOSITIONS: ReadonlySet<string> = new Set(["ب", "ل"]);

/**
 * Words before a name that make it the name of a street or square, not of the place: "شارع
 * طرابلس" is a street in Misrata, "شارع السدرة" one in Tripoli.
 */
export const STREET_CUES: ReadonlySet<string> = wordSet(`شارع ميدان ساحة جادة زنقة`);

/** Words before a name that make it an outlet's, not a place's ("قناة الحدث", "وكالة سبوتنيك"). */
export const MEDIA_CUES: ReadonlySet<string> = wordSet(`
  قناة قناتي صحيفة صحيفتي جريدة وكالة مراسل مراسلة مراسلو شبكة إذاعة تلفزيون منصة
`);

/**
 * Proclitics a cue word may carry: a conjunction, a preposition, or both ("وبمنطقة"), never
 * the article (a cue in construct has none).
 */
const CUE_PROCLITICS: ReadonlySet<string> = new Set(["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"]);
const MAX_CUE_PROCLITICS = 2;

/** CUE_PROCLITICS by their letters' codes: every token is scanned, and slicing each costs. */
const CUE_PROCLITIC_BY_CODES: ReadonlyMap<number, string> = new Map(
  [...CUE_PROCLITICS].filter((p) => p !== "").map((p) => [procliticCodes(p, p.length), p]),
);

function procliticCodes(token: string, k: number): number {
  return k === 1 ? token.charCodeAt(0) : token.charCodeAt(0) * 0x10000 + token.charCodeAt(1);
}

/** The first `k` letters of `token` when they are cue proclitics ("" for none), else undefined. */
function cueProcliticOf(token: string, k: number): string | undefined {
  return k === 0 ? "" : CUE_PROCLITIC_BY_CODES.get(procliticCodes(token, k));
}

/**
 * The first non-undefined answer of `find` over the readings of `token` without its
 * proclitics, whole token first. Cheaper than `cliticReadings` (no arrays), for scanning
 * every token for cue words.
 */
export function findWithoutProclitics<T>(token: string, find: (stem: string, prefix: string) => T | undefined): T | undefined {
  for (let k = 0; k <= MAX_CUE_PROCLITICS && token.length - k >= 2; k++) {
    const prefix = cueProcliticOf(token, k);
    if (prefix === undefined) break;
    const found = find(k === 0 ? token : token.slice(k), prefix);
    if (found !== undefined) return found;
  }
  return undefined;
}
