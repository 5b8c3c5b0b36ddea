import { normalize } from "../text/normalize.ts";
import type { ClaimAction, StrikeMeans } from "../types.ts";

/**
 * The words that carry a control claim, generated from Arabic morphology rather than listed
 * surface by surface: a verb gives its past (3ms/3fs/3mp/1p), present (ي/ت/ن, with -ون) and
 * future (س-) forms; a verbal noun (masdar) gives its definite form and its forms with a
 * possessive pronoun ("انسحابها", "سيطرته", "تقدمهم", "انسحابنا").
 *
 * `genitive` says what a noun directly after the word is: the doer for intransitive actions
 * ("انسحاب قوات حفتر"), the thing acted on for transitive ones ("طرد الميليشيات",
 * "قصف الميليشيات").
 */
export type Pos = "verb" | "masdar";
export type Person = "1" | "3";

export interface TriggerWord {
  readonly action: ClaimAction;
  readonly pos: Pos;
  readonly person: Person;
  readonly future: boolean;
  /** A possessive or subject pronoun is attached ("دخوله", "انسحابها"): the doer is a referent. */
  readonly pronoun: boolean;
  readonly genitive: "agent" | "object";
  readonly means?: StrikeMeans;
  /** An object pronoun on a verb ("سيقتحمها", "قصفها"): it points back to a place. */
  readonly objectPronoun?: true;
  /** "سقط"/"سقوط": the place fell to the side named after "في يد" (and only then is it a claim). */
  readonly fellTo?: true;
  /** "طرد": the doer captured the place, the expelled withdrew from it. */
  readonly expels?: true;
  /** "خسارة": the loser may follow the place lost, anywhere in the clause. */
  readonly loser?: true;
  /** The word only counts with one of these after it: next to a noun ("ضربة جوية"), within a few words of a verb ("ترسل تركيا مسلحين"). */
  readonly needsNext?: ReadonlySet<string>;
  /** How many words after a verb `needsNext` may be found (default 4): "تتخذ من غريان، منذ ...، قاعدة". */
  readonly needsReach?: number;
}

interface Spec {
  readonly action: ClaimAction;
  readonly genitive?: "agent" | "object";
  readonly means?: StrikeMeans;
  readonly expels?: true;
  readonly loser?: true;
  readonly fellTo?: true;
  readonly needsNext?: readonly string[];
  readonly needsReach?: number;
}

const words = new Map<string, TriggerWord>();
const deferred: [string, TriggerWord][] = [];
/** Verbal nouns spelt like a verb ("طرد", "قصف", "تقدم"): read as nouns after a preposition. */
const nounReadings = new Map<string, TriggerWord>();

function put(surface: string, w: TriggerWord): void {
  const key = normalize(surface);
  const had = words.get(key);
  // The first reading listed wins: verbs are added before look-alike nouns.
  if (had === undefined) words.set(key, w);
  else if (had.pos === "verb" && w.pos === "masdar" && !nounReadings.has(key)) nounReadings.set(key, w);
}

/** `past` 3ms stems (several for weak verbs: "استعاد" / "استعد"); `present` the stem after the prefix. */
function verb(spec: Spec, past: readonly string[], present: readonly string[], presentAction: ClaimAction = spec.action): void {
  const base = { genitive: spec.genitive ?? "agent", pos: "verb" as const, pronoun: false, ...pick(spec) };
  for (const p of past) {
    for (const suffix of ["", "ت", "وا", "تا"]) put(p + suffix, { ...base, action: spec.action, person: "3", future: false });
    put(`${p}نا`, { ...base, action: spec.action, person: "1", future: false });
    // Not "ه": "ضربه" is also the noun ضربة.
    // "دخلها", "دخلتها", "دخلوها": an object pronoun after the subject ending. Added last, and
    // only where no verbal noun has the same spelling ("استعادتها" is "its recovery").
    if (base.genitive === "object") {
      for (const subj of ["", "ت", "و"]) for (const obj of ["ها", "هم"]) deferred.push([p + subj + obj, { ...base, action: spec.action, person: "3", future: false, objectPronoun: true }]);
    }
  }
  for (const stem of present) {
    for (const [prefix, person] of [["ي", "3"], ["ت", "3"], ["ن", "1"]] as const) {
      for (const suffix of prefix === "ن" ? [""] : ["", "ون", "ان"]) {
        put(prefix + stem + suffix, { ...base, action: presentAction, person, future: false });
        put(`س${prefix}${stem}${suffix}`, { ...base, action: presentAction, person, future: true });
        if (suffix === "" && base.genitive === "object") {
          // "سيقتحمها", "يحاصرها": an object pronoun on the verb.
          for (const obj of ["ها", "هم"]) {
            put(prefix + stem + obj, { ...base, action: presentAction, person, future: false, objectPronoun: true });
            put(`س${prefix}${stem}${obj}`, { ...base, action: presentAction, person, future: true, objectPronoun: true });
          }
        }
      }
    }
  }
}

function pick(spec: Spec): Partial<TriggerWord> {
  const out: { means?: StrikeMeans; expels?: true; loser?: true; fellTo?: true; needsNext?: ReadonlySet<string>; needsReach?: number } = {};
  if (spec.needsReach !== undefined) out.needsReach = spec.needsReach;
  if (spec.means !== undefined) out.means = spec.means;
  if (spec.expels !== undefined) out.expels = spec.expels;
  if (spec.loser !== undefined) out.loser = spec.loser;
  if (spec.fellTo !== undefined) out.fellTo = spec.fellTo;
  if (spec.needsNext !== undefined) out.needsNext = new Set(spec.needsNext.map(normalize));
  return out;
}

function masdar(spec: Spec, nouns: readonly string[]): void {
  const base = { genitive: spec.genitive ?? "agent", pos: "masdar" as const, person: "3" as const, future: false, ...pick(spec) };
  for (const raw of nouns) {
    const n = normalize(raw);
    put(n, { ...base, action: spec.action, pronoun: false });
    put(`ال${n}`, { ...base, action: spec.action, pronoun: false });
    // The indefinite accusative ("فرضت حصارا", "شنت هجوما"): tanween fath is written ا,
    // except on ة and on a final hamza or alif.
    if (!/[هاي]$/.test(n)) put(`${n}ا`, { ...base, action: spec.action, pronoun: false });
    // ة becomes ت before a pronoun: سيطرة → سيطرتها.
    const bound = n.endsWith("ه") ? `${n.slice(0, -1)}ت` : n;
    for (const pron of ["ه", "ها", "هم", "هما"]) put(bound + pron, { ...base, action: spec.action, pronoun: true });
    put(`${bound}نا`, { ...base, action: spec.action, pronoun: true, person: "1" });
  }
}

// Present "تسيطر" is holding; past "سيطرت" is taking.
verb({ action: "captured" }, ["سيطر"], ["سيطر"], "controls");
verb({ action: "captured", genitive: "object" }, ["حرر"], ["حرر"]);
verb({ action: "captured", genitive: "object" }, ["استعاد", "استعد"], ["ستعيد"]);
verb({ action: "captured", genitive: "object" }, ["استولى", "استول"], ["ستولي", "ستول"]);
verb({ action: "captured", genitive: "object" }, ["انتزع", "استرجع"], ["نتزع", "سترجع"]);
verb({ action: "captured", genitive: "object", expels: true }, ["طرد"], ["طرد"]);
verb({ action: "captured", genitive: "object" }, ["اجتاح", "اجتاح"], ["جتاح"]);
// "سقطت غريان في يد قوات الوفاق": taken by the side after "يد" (see FELL_TO in claims).
verb({ action: "captured", genitive: "object", fellTo: true }, ["سقط"], ["سقط"]);
masdar({ action: "captured", genitive: "object", fellTo: true }, ["سقوط"]);
masdar({ action: "captured" }, ["سيطرة"]);
masdar({ action: "captured", genitive: "object" }, ["تحرير", "استعادة", "استيلاء", "انتزاع", "استرجاع"]);
masdar({ action: "captured", genitive: "object", expels: true }, ["طرد"]);

verb({ action: "controls" }, ["تمركز", "انتشر"], ["تمركز", "نتشر"]);
masdar({ action: "controls" }, ["انتشار"]);
// "أحكمت قبضتها على": tightened its grip on (only with the grip or control after it).
verb({ action: "captured", needsNext: ["قبضتها", "قبضته", "قبضتهم", "سيطرتها", "سيطرته", "سيطرتهم", "السيطرة", "القبضة"] }, ["أحكم"], ["حكم"], "controls");
masdar({ action: "controls" }, ["معقل", "معاقل", "مقر", "متمركزة", "متمركزين", "متمركز", "متحصنين", "المتحصنين"]);
// "تتخذ من غريان قاعدة", "اتخذها مقرا", "تستخدمها منطلقا": a place taken as a base is held.
const AS_BASE = ["قاعدة", "مقرا", "معقلا", "منطلقا", "مركزا", "قواعد", "معاقله", "معاقلها", "معاقلهم", "معقلا"];
verb({ action: "controls", genitive: "object", needsNext: AS_BASE, needsReach: 10 }, ["اتخذ", "استخدم"], ["تخذ", "ستخدم"]);
// "يتحصن في الصابري": entrenched in a place is holding it.
verb({ action: "controls" }, ["تحصن"], ["تحصن"]);

verb({ action: "entered", genitive: "object" }, ["دخل", "اقتحم"], ["دخل", "قتحم"]);
masdar({ action: "entered" }, ["دخول", "اقتحام"]);

verb({ action: "withdrew" }, ["انسحب", "تراجع", "تقهقر", "هرب"], ["نسحب", "تراجع", "تقهقر", "هرب"]);
verb({ action: "withdrew" }, ["فر", "فرر"], ["فر"]);
verb({ action: "withdrew", genitive: "object" }, ["اخلى", "اخل", "خسر"], ["خلي", "خسر"]);
masdar({ action: "withdrew" }, ["انسحاب", "انسحابات", "تراجع", "تقهقر", "فرار", "هروب", "اخلاء", "خروج"]);
// "خسارة غريان تمثل انتكاسة لحفتر": the loser may be named after the place lost.
masdar({ action: "withdrew", loser: true }, ["خسارة"]);
verb({ action: "withdrew" }, ["خرج"], ["خرج"]);
// Surrender gives the place up ("استسلم مقاتلو التنظيم في الحي").
verb({ action: "withdrew" }, ["استسلم"], ["ستسلم"]);
masdar({ action: "withdrew" }, ["استسلام"]);
verb({ action: "withdrew", genitive: "object" }, ["غادر"], ["غادر"]);
masdar({ action: "withdrew", genitive: "object" }, ["مغادرة"]);

verb({ action: "advancing" }, ["تقدم", "زحف", "توغل"], ["تقدم", "زحف", "توغل"]);
masdar({ action: "advancing" }, ["تقدم", "زحف", "توغل"]);
// Pursuit carries the pursuer toward where the pursued went ("لملاحقة الفارين حتى ترهونة").
verb({ action: "advancing", genitive: "object" }, ["لاحق"], ["لاحق"]);
masdar({ action: "advancing", genitive: "object" }, ["ملاحقة", "مطاردة"]);

verb({ action: "struck", genitive: "object" }, ["قصف", "استهدف", "ضرب"], ["قصف", "ستهدف", "ضرب"]);
masdar({ action: "struck", genitive: "object" }, ["قصف", "استهداف"]);
// "أغارت الطائرات على": to raid, from the air in this register (present "يغير" only with "على": it also means "to change").
verb({ action: "struck", means: "air", needsNext: ["على"] }, ["أغار"], ["غير"]);
masdar({ action: "struck", means: "air" }, ["غارة", "غارات"]);
masdar({ action: "struck" }, ["ضربات"]);
masdar({ action: "struck", needsNext: ["جوية", "جويه", "صاروخية", "مدفعية", "بطائرة", "بطائرات"] }, ["ضربة"]);
masdar({ action: "struck", means: "artillery" }, ["قذائف"]);

verb({ action: "repelled", genitive: "object" }, ["صد", "تصد"], ["صد", "تصدى"]);
masdar({ action: "repelled", genitive: "object" }, ["صد", "تصدي"]);
// "دحر" is to rout: the routed side is driven out of the place ("دحرت فلول الجيش").
verb({ action: "repelled", genitive: "object", expels: true }, ["دحر"], ["دحر"]);
masdar({ action: "repelled", genitive: "object", expels: true }, ["دحر"]);

verb({ action: "besieging", genitive: "object" }, ["حاصر", "طوق"], ["حاصر", "طوق"]);
masdar({ action: "besieging", genitive: "object" }, ["حصار", "محاصرة", "تطويق"]);

// "هاجمت قوات حفتر مدينة غريان": an attack on a place is a fight over it.
verb({ action: "contested", genitive: "object" }, ["هاجم"], ["هاجم"]);
masdar({ action: "contested" }, ["معارك", "معركة", "اشتباكات", "اشتباك", "مواجهات", "هجوم", "هجوما", "هجمات"]);

masdar({ action: "reinforcing" }, ["تعزيزات"]);
// Sending fighters: "ترسل مسلحين", "قامت بنقل مقاتلين", "لنشر قوات" (not "نشر صورا").
const SENT = ["قوات", "مسلحين", "مقاتلين", "مرتزقة", "المرتزقة", "تعزيزات", "عسكريين", "جنود", "جنودا", "وحدات", "عناصر"];
verb({ action: "reinforcing", needsNext: SENT }, ["أرسل", "نقل", "نشر"], ["رسل", "نقل", "نشر"]);
// "إرسال قوات": what is sent is the genitive, the sender is named elsewhere.
masdar({ action: "reinforcing", genitive: "object", needsNext: SENT }, ["إرسال", "نقل", "نشر"]);

for (const [surface, w] of deferred) if (!words.has(normalize(surface))) put(surface, w);

export const TRIGGERS: ReadonlyMap<string, TriggerWord> = words;
export const NOUN_READINGS: ReadonlyMap<string, TriggerWord> = nounReadings;

/** What a strike was made with, read from the words around it; the first listed means wins. */
export const MEANS_WORDS: readonly (readonly [StrikeMeans, ReadonlySet<string>])[] = (
  [
    ["drone", ["مسيرة", "مسيرات", "المسيرة", "المسيرات", "مسير", "المسير", "درون", "بيرقدار"]],
    ["naval", ["بوارج", "بارجة", "البوارج", "فرقاطة", "الفرقاطة", "زوارق"]],
    ["artillery", ["مدفعية", "المدفعية", "مدفعي", "مدفعيا", "قذائف", "هاون", "الهاون", "غراد", "صواريخ", "راجمات", "الراجمات", "المدافع"]],
    ["air", ["غارة", "غارات", "جوية", "جوي", "الجوية", "الجوي", "جويا", "طيران", "الطيران", "طائرات", "طائرة", "مقاتلات", "الحربية", "الجو", "طائراتها", "طائراته", "طيرانها", "طيرانه"]],
  ] as const
).map(([m, ws]) => [m, new Set(ws.flatMap((w) => [normalize(w), `ال${normalize(w)}`]))] as const);

/** A strike word used of words, not weapons ("قصف إعلامي"). */
export const FIGURATIVE_NEXT: ReadonlySet<string> = new Set(["إعلامي", "الإعلامي", "إعلاميا", "سياسي", "كلامي", "جبهات"].map(normalize));

/** "تقدم بشكوى": to submit, not to advance. */
export const SUBMITTED: ReadonlySet<string> = new Set(["شكوى", "طلب", "طلبا", "مقترح", "مقترحا", "اقتراح", "مبادرة", "عرض", "مشروع", "التماس", "الشكر", "التهنئة", "التعازي", "خطة"].map(normalize));

/** "تدخل" is also the noun "intervention" ("تدخل عسكري تركي"): not an entry when an adjective follows. */
export const INTERVENTION_NEXT: ReadonlySet<string> = new Set(["عسكري", "العسكري", "عسكريا", "تركي", "التركي", "أجنبي", "الأجنبي", "خارجي", "الخارجي", "دولي", "روسي", "إماراتي", "مصري", "في"].map(normalize));

/** Verbs of forcing: "أجبرت القوات على التراجع" is a repulse by the forcer. */
export const FORCING: ReadonlySet<string> = new Set(
  ["أجبر", "أجبرت", "أجبروا", "يجبر", "تجبر", "أرغم", "أرغمت", "أرغموا", "يرغم", "ترغم", "إجبار", "إرغام", "اضطر", "اضطرت"].map(normalize),
);
