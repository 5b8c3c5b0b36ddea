import { normalize } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import type { Modality } from "../types.ts";
import type { TriggerWord } from "./claim-lexicon.ts";
import { stemReadings } from "./clitic-stems.ts";

const set = (ws: readonly string[]): ReadonlySet<string> => new Set(ws.map(normalize));

/** Conditions: "إذا لم تنسحب", "لو", "شريطة". ("إن لم", "في حال" are checked as pairs: "حال وصولها" is "upon".) */
const CONDITION = set(["إذا", "اذا", "لو", "شريطة", "بشرط"]);
const IN_CASE = set(["حال", "حالة"]);
/** Negators that stand right before a verb or a verbal noun. */
const NEGATOR_NEAR = set(["لم", "لن", "ليس", "ليست", "لا", "ما", "عدم", "دون", "بدون"]);
const RELATIVE = set(["التي", "الذي", "الذين"]);
const WOULD = set(["شأن", "شأنه", "شأنها"]);
const FROM = set(["من"]);
const THAT = set(["أن", "ان"]);
const NEAR_ONLY = set(["ما", "لا", "دون", "بدون", "عدم"]);
/** "لا زال"/"ما زالت": "still", an affirmation. */
const STILL = set(["زال", "زالت", "يزال", "تزال", "زالوا", "يزالون"]);
/** Verbs of ability and success a negator reaches through ("لم تتمكن من", "فشلت في" is below). */
const MODALS = set(["يتمكن", "تتمكن", "يستطع", "تستطع", "يستطيع", "تستطيع", "ينجح", "تنجح", "يفلح", "تفلح", "تقدر", "يقدر"]);
const MODAL_REACH = 7;
/** Denials scope over the whole report that follows ("نفت قوات الوفاق انسحابها"). */
const DENIAL = set(["نفى", "نفت", "ينفي", "تنفي", "نفوا", "نفي", "تنفى", "فشل", "فشلت", "فشلوا", "تفشل", "يفشل"]);
/** A nominal sentence negated after its subject: "انسحابنا من سرت ليس النهاية". */
const NEGATOR_AFTER = set(["ليس", "ليست", "ليسوا"]);
/**
 * Words of aim, preparation, demand, threat and attempt: what follows is not (yet) done.
 * Future auxiliaries ("ستواصل قصف") belong here: a future prefix on the trigger itself is
 * read from the lexicon.
 */
const INTENT = set([
  "سوف",
  "يستعد", "تستعد", "استعد", "استعدت", "يستعدون", "استعداد", "استعدادات", "استعداده", "استعدادها",
  "تسعى", "يسعى", "سعي", "مساعي", "تعتزم", "يعتزم", "اعتزام", "تنوي", "ينوي", "نية", "نيته", "نيتها",
  "خطة", "خطط", "تخطط", "يخطط", "مهلة", "المهلة", "مهلته", "محاولة", "محاولات", "يحاول", "تحاول", "حاول", "حاولت", "حاولوا",
  "بهدف", "تهدف", "يهدف", "هدفها", "هدفه", "سعيا",
  "ستواصل", "سيواصل", "سنواصل", "ستقوم", "سيقوم", "سيتم", "ستتم", "ستكون", "سيكون", "ستعمل", "سيعمل", "ستتمكن", "سيتمكن",
  "يريد", "تريد", "رغبة", "رغبتها", "رغبته", "العزم", "عزم", "عزمها", "عزمه",
  "دعا", "دعت", "تدعو", "يدعو", "دعوة", "دعوات", "طالب", "طالبت", "يطالب", "تطالب", "مطالبة", "مطالبات",
  "أمرت", "أوامر", "الأوامر", "التعليمات", "تعليمات", "يهدد", "تهدد", "هدد", "هددت", "تهديد", "تمهد", "يمهد", "تمهيد",
  "تقضي", "يقضي", "قضت", "مبادرة",
  "توعد", "توعدت", "يتوعد", "تتوعد", "تعهد", "تعهدت", "يتعهد", "تتعهد", "وعد", "وعدت", "مستعد", "مستعدة", "مستعدون", "جاهزة", "جاهزون", "طلب", "طلبت", "يطلب", "تطلب", "طالبا", "مطالبا",
]);
/** Purpose nouns a "ل" ties to the trigger: "لإعادة السيطرة". */
const PURPOSE_HEADS = set(["إعادة", "أجل", "بسط", "فرض", "توسعة", "توسيع", "استكمال"]);

/** How many tokens before the trigger a negator, condition or aim may stand. */
const NEG_WINDOW = 3;
const CUE_WINDOW = 15;
/** "تستهدف إعادة السيطرة": a verb of aiming right before the trigger (it is no strike then). */
const AIMING = set(["تستهدف", "يستهدف", "تهدف", "يهدف"]);

/** The preposition ل among the proclitics ("ل", "ول", "لل"), not the ل of the article in "بال". */
function isPurpose(prefix: string): boolean {
  return /ل$/.test(prefix.replace(/ال$/, ""));
}

/** Readings with at most a conjunction: a negator never carries a preposition ("كما" is not "ما"). */
function bareStems(tok: Token | undefined): readonly string[] {
  return tok === undefined ? [] : stemReadings(tok.text).filter((r) => r.prefix === "" || r.prefix === "و" || r.prefix === "ف").map((r) => r.stem);
}

function anyIn(tok: Token | undefined, words: ReadonlySet<string>): boolean {
  if (tok === undefined) return false;
  for (const r of stemReadings(tok.text)) if (words.has(r.stem)) return true;
  return false;
}

const ORDERED = set(["أمر"]);
/**
 * "أمر" (ordered) and "آمر" (commander: "آمر غرفة العمليات") fold to one spelling; the verb
 * takes its order with ب ("أمر قواته بالتقدم", "أمر بسحب"), the title a plain genitive.
 */
function isOrder(tokens: readonly Token[], i: number, at: number): boolean {
  if (!bareStems(tokens[i]).some((x) => ORDERED.has(x))) return false;
  for (let j = i + 1; j <= Math.min(at, i + 3); j++) if ((tokens[j] as Token).text.startsWith("ب")) return true;
  return false;
}

export interface TriggerSite {
  readonly tokens: readonly Token[];
  /** Token index range of the clause, and of the sentence, holding the trigger. */
  readonly clauseStart: number;
  readonly clauseEnd: number;
  readonly sentenceStart: number;
  readonly at: number;
  readonly word: TriggerWord;
  /** The proclitics on the trigger token ("ل" in "للانسحاب"). */
  readonly prefix: string;
}

/**
 * "وانسحابنا من سرت ليس النهاية": a verbal noun as the topic of a negated nominal sentence.
 * What is negated is the comment ("not the end"), and the action is only presupposed: no claim.
 */
export function isPresupposedTopic(site: TriggerSite): boolean {
  if (site.word.pos !== "masdar") return false;
  for (let i = site.at + 1; i < site.clauseEnd; i++) if (NEGATOR_AFTER.has((site.tokens[i] as Token).text)) return true;
  return false;
}

/**
 * Whether a claim is asserted, negated, intended or conditional. A condition outranks a
 * negation ("إذا لم تنسحب" is a condition), which outranks an aim ("لن نستهدف" is negated).
 */
export function modalityOf(site: TriggerSite): Modality {
  const { tokens, at } = site;
  // A condition after its answer ("ستقصف المدينة إذا لم تنسحب"): the answer is conditional too.
  for (let i = at + 1; i < site.clauseEnd; i++) if (anyIn(tokens[i], CONDITION)) return "conditional";
  // A condition governs the whole sentence after it, its answer included ("إذا ... فإن الجيش سيقتحمها").
  for (let i = site.sentenceStart; i < at; i++) {
    const tok = tokens[i] as Token;
    if (anyIn(tok, CONDITION)) return "conditional";
    if (anyIn(tok, IN_CASE) && bareStems(tokens[i - 1]).includes("في")) return "conditional";
    if (tok.text === "ان" && tokens[i + 1]?.text === "لم" && i + 1 < at) return "conditional";
  }
  const negFrom = Math.max(site.clauseStart, at - NEG_WINDOW);
  for (let i = negFrom; i < at; i++) {
    const neg = bareStems(tokens[i]).find((x) => NEGATOR_NEAR.has(x));
    if (neg === undefined) continue;
    if (anyIn(tokens[i + 1], STILL)) continue;
    // "ما" and "لا" negate only the verb right after them ("ما دخلت", "لا تسيطر"); so do
    // "دون"/"عدم" for a verbal noun.
    if (NEAR_ONLY.has(neg) && i !== at - 1) continue;
    return "negated";
  }
  for (let i = site.clauseStart; i < at; i++) if (anyIn(tokens[i], DENIAL)) return "negated";
  // "لم يتمكن الجيش من دخول": a negated "could" scopes over the action it governs.
  for (let i = Math.max(site.clauseStart, at - MODAL_REACH); i < at - 1; i++) {
    if (!bareStems(tokens[i]).some((x) => NEGATOR_NEAR.has(x))) continue;
    // "من دون أن تتمكن من دخولها": "أن" may stand between.
    const next = anyIn(tokens[i + 1], THAT) ? tokens[i + 2] : tokens[i + 1];
    if (anyIn(next, MODALS)) return "negated";
  }
  if (site.word.future) return "intent";
  // "للانسحاب", "لتحرير": a verbal noun of purpose.
  if (site.word.pos === "masdar" && isPurpose(site.prefix)) return "intent";
  const prev = tokens[at - 1];
  if (prev !== undefined && at - 1 >= site.clauseStart && stemReadings(prev.text).some((r) => isPurpose(r.prefix) && PURPOSE_HEADS.has(r.stem))) return "intent";
  for (let i = Math.max(site.clauseStart, at - 2); i < at; i++) if (anyIn(tokens[i], AIMING)) return "intent";
  // "من شأن السيطرة على سرت أن تمنح": what would follow from it, not what happened.
  for (let i = Math.max(site.sentenceStart, at - 3); i < at; i++) if (anyIn(tokens[i], WOULD) && anyIn(tokens[i - 1], FROM)) return "intent";
  for (let i = Math.max(site.clauseStart, at - CUE_WINDOW); i < at; i++) {
    if (anyIn(tokens[i], INTENT)) return "intent";
    if (isOrder(tokens, i, at)) return "intent";
  }
  // "المهلة التي حددها الجيش للانسحاب": a relative clause on an aim noun states the aim.
  if (anyIn(tokens[site.clauseStart], RELATIVE) && site.clauseStart > site.sentenceStart) {
    for (let i = Math.max(site.sentenceStart, site.clauseStart - 2); i < site.clauseStart; i++) if (anyIn(tokens[i], INTENT)) return "intent";
  }
  return "asserted";
}
