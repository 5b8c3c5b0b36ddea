import { normalize } from "../text/normalize.ts";
import type { ActorId, BackerId, HolderId } from "../types.ts";

/**
 * The names the Arabic press gives the sides of the Libyan war, in normalised form.
 *
 * A form reads either as one actor whatever the outlet (`fixed`), or as a side that depends
 * on who writes (`army`: "الجيش الليبي" is the LNA in pro-LNA copy and, by mid-2020, the
 * GNA's forces in pro-GNA copy; `militias`: a bare "الميليشيات" is the other side in either
 * camp's copy). `null` forms block a shorter match ("الجيش السوري" is not a Libyan army).
 *
 * Typos: "حقتر" (ق for ف, neighbouring keys on the Arabic layout) is listed because it is
 * not an Arabic word, so it can only ever be a misspelt Haftar.
 */
export type FormReading =
  | { readonly kind: "fixed"; readonly actor: ActorId }
  | { readonly kind: "army" }
  | { readonly kind: "militias" }
  /** "المجموعات المسلحة", "الجماعات الإرهابية": the GNA's forces in pro-LNA copy, else unread. */
  | { readonly kind: "groups" }
  | { readonly kind: "unit" }
  /** "المركز الإعلامي للعملية": the side of the operation the article has named. */
  | { readonly kind: "operation" }
  /** "المقاتلين", "مسلحون": armed men of no side the text names. */
  | { readonly kind: "fighters" }
  /** "التنظيم": ISIS once the article has named it. */
  | { readonly kind: "organisation" }
  /** "المتمردين", "الانقلابيين": Haftar's side, but only pro-GNA copy calls it so. */
  | { readonly kind: "rebels" }
  /** "قواتنا", "قواته", "جنوده": forces owned by a pronoun; the owner is named before. */
  | { readonly kind: "possessed"; readonly person: "1" | "3" }
  | { readonly kind: "blocked" };

const GNA: readonly string[] = [
  "حكومة الوفاق",
  "حكومة الوفاق الوطني",
  "حكومة الوفاق الوطني الليبية",
  "قوات الوفاق",
  "قوات حكومة الوفاق",
  "قوات حكومة الوفاق الوطني",
  "الوفاق",
  "الوفاق الوطني",
  "ميليشيات الوفاق",
  "مليشيات الوفاق",
  "ميليشيا الوفاق",
  "مليشيا الوفاق",
  "ميليشيات حكومة الوفاق",
  "مليشيات حكومة الوفاق",
  "تشكيلات الوفاق",
  "عناصر الوفاق",
  "مرتزقة الوفاق",
  "عملية بركان الغضب",
  "بركان الغضب",
  "قوات بركان الغضب",
  "عملية دروب النصر",
  "عملية عاصفة السلام",
  "قوة حماية وتأمين سرت",
  "قوات حماية وتأمين سرت",
  "المجلس الرئاسي",
  "حكومة السراج",
  "قوات السراج",
  "ميليشيات السراج",
  "مليشيات السراج",
  "السراج",
  "فايز السراج",
  "ميليشيات مصراتة",
  "مليشيات مصراتة",
  "ميليشيا مصراتة",
  "مليشيا مصراتة",
  "قوات مصراتة",
  "كتائب مصراتة",
  "ميليشيات طرابلس",
  "مليشيات طرابلس",
  "البنيان المرصوص",
  "عملية البنيان المرصوص",
  "قوات البنيان المرصوص",
  "حكومة الوحدة الوطنية",
  "حكومة الدبيبة",
  "الحرس الرئاسي",
  "القوات الحكومية",
  "قوات الحكومة",
  "مقاتلو مصراتة",
  "مقاتلي مصراتة",
  "الحكومة المعترف بها دوليا",
  "الحكومة الليبية المعترف بها دوليا",
  "قنونو",
  "باشاغا",
  "ميليشيات قوات الوفاق",
  "مليشيات قوات الوفاق",
];

const LNA: readonly string[] = [
  "الجيش الوطني",
  "الجيش الوطني الليبي",
  "قوات الجيش الوطني",
  "قوات الجيش الوطني الليبي",
  "القوات المسلحة العربية الليبية",
  "القيادة العامة",
  "القيادة العامة للقوات المسلحة",
  "عملية الكرامة",
  "عمليات الكرامة",
  "غرفة عمليات الكرامة",
  "قوات الكرامة",
  "طوفان الكرامة",
  "حفتر",
  "خليفة حفتر",
  "صدام حفتر",
  "قوات حفتر",
  "جنود حفتر",
  "ميليشيات حفتر",
  "مليشيات حفتر",
  "ميليشيا حفتر",
  "مليشيا حفتر",
  "مرتزقة حفتر",
  "حقتر",
  "قوات حقتر",
  "الحكومة المؤقتة",
  "اللواء 106",
  "كتيبة طارق بن زياد",
  "اللواء طارق بن زياد",
  "طارق بن زياد",
  "المسماري",
  // Pro-GNA copy's names for Haftar: "the retired major general" ("مليشيات اللواء المتقاعد").
  "اللواء المتقاعد",
  "اللواء المتقاعد خليفة حفتر",
  "قوات اللواء المتقاعد",
  "ميليشيات اللواء المتقاعد",
  "مليشيات اللواء المتقاعد",
  "طيران اللواء المتقاعد",
  "شعبة الإعلام الحربي",
  "المركز الإعلامي لغرفة عمليات الكرامة",
];

const ISIS: readonly string[] = ["داعش", "تنظيم داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"];

/**
 * Armed groups that are neither side: they get a mention (UNKNOWN), so that their actions
 * are not given to a side named nearby.
 */
const OTHER_GROUPS: readonly string[] = [
  "مجلس شورى ثوار بنغازي",
  "مجلس شورى مجاهدي درنة",
  "قوة حماية درنة",
  "سرايا الدفاع عن بنغازي",
  "حرس المنشآت النفطية",
  "ميليشيات الجضران",
  "مليشيات الجضران",
  "الجضران",
  "إبراهيم الجضران",
  "أنصار الشريعة",
  "تنظيم القاعدة",
  "القاعدة في بلاد المغرب الإسلامي",
  "جبهة الوفاق من أجل التغيير في تشاد",
  "المعارضة التشادية",
  "المتمردين التشاديين",
];
/** "التنظيم", "عناصر التنظيم": the organisation the article has named, ISIS when it has. */
const THE_ORGANISATION: readonly string[] = ["التنظيم", "عناصر التنظيم", "مقاتلي التنظيم", "مسلحي التنظيم", "فلول التنظيم"];

const BACKERS: Readonly<Record<BackerId, readonly string[]>> = {
  TUR: ["تركيا", "تركي", "تركية", "التركي", "التركية", "الأتراك", "أنقرة", "أردوغان", "الجيش التركي", "القوات التركية"],
  UAE: ["الإمارات", "إماراتي", "إماراتية", "الإماراتي", "الإماراتية", "أبوظبي", "محمد بن زايد", "محمد بن زايد آل نهيان", "بن زايد"],
  RUS: ["روسيا", "روسي", "روسية", "الروسي", "الروسية", "موسكو", "الجيش الروسي", "بوتين", "فلاديمير بوتين", "الرئيس بوتين", "الكرملين"],
  WAGNER: ["فاغنر", "فاجنر", "فاغنر الروسية", "مرتزقة فاغنر", "المرتزقة الروس", "مرتزقة روس"],
  EGY: ["مصر", "المصري", "المصرية", "الجيش المصري", "القاهرة"],
  USA: [
    "أمريكا", "أمريكي", "أمريكية", "الأمريكي", "الأمريكية", "أميركا", "أميركي", "أميركية", "الأميركي", "الأميركية",
    "الولايات المتحدة", "واشنطن", "أفريكوم", "الجيش الأمريكي", "الجيش الأميركي", "البنتاغون", "وزارة الدفاع الأمريكية", "وزارة الدفاع الأميركية",
  ],
  QAT: ["قطر", "القطري", "القطرية"],
  FRA: ["فرنسا", "الفرنسي", "الفرنسية", "باريس", "الجيش الفرنسي"],
};

/** Forms whose side depends on the outlet and the article's other wording. */
const ARMY: readonly string[] = [
  "الجيش الليبي",
  "قوات الجيش الليبي",
  "الجيش",
  "قوات الجيش",
  "القوات الليبية",
  "القوات المسلحة",
  "القوات المسلحة الليبية",
  "القوات الليبية المسلحة",
  "سلاح الجو الليبي",
  "سلاح الجو",
  "القوات الجوية",
  "القوات البحرية",
];

const MILITIAS: readonly string[] = ["الميليشيات", "المليشيات", "ميليشيات", "مليشيات", "الميليشيا", "المليشيا", "المرتزقة"];
const REBELS: readonly string[] = ["المتمردين", "المتمردون", "الانقلابيين", "قوات التمرد", "الانقلابي حفتر"];
/** Forces with a possessive pronoun: first person ("قواتنا") and third ("قواته", "جنودها"). */
const POSSESSED: Readonly<Record<"1" | "3", readonly string[]>> = {
  "1": ["قواتنا", "قوتنا", "جنودنا", "مقاتلينا", "وحداتنا"],
  "3": ["قواته", "قواتها", "قواتهم", "قوته", "قوتها", "جنوده", "جنودها", "مرتزقته", "مرتزقتها", "وحداته", "وحداتها", "عناصره", "عناصرها", "مقاتليه", "مقاتليها"],
};

/**
 * Fighters the text does not assign to a side ("مقاتلون محليون", "أجبرت المقاتلين على
 * التراجع"): a party all the same, read like the bare "الميليشيات" (a side's only when tied
 * to one: "المقاتلين الموالين لحكومة الوفاق" is grown by the allegiance rule).
 */
const FIGHTERS: readonly string[] = [
  "مقاتلون", "المقاتلون", "المقاتلين", "مقاتلين", "مسلحون", "المسلحون", "المسلحين", "مسلحين",
  "العصابات", "العصابات الإرهابية", "العصابات المسلحة", "عصابات", "عصابات إرهابية",
];

const GROUPS: readonly string[] = [
  "المجموعات المسلحة",
  "الجماعات المسلحة",
  "المجموعات الإرهابية",
  "الجماعات الإرهابية",
  "الجماعات المتطرفة",
  "المجموعات المتطرفة",
  "الجماعات الإسلامية المتطرفة",
  "الميليشيات المسلحة",
  "هذه المجموعات",
  "جماعة الإخوان",
  "جماعة الإخوان المسلمين",
  "الإخوان المسلمين",
  "تلك المجموعات",
  "تلك الجماعات",
  "تلك الميليشيات",
];

/** Numbered units ("الكتيبة 166"): the side comes from the sentence they are named in. */
export const UNIT_HEADS: ReadonlySet<string> = new Set(["الكتيبة", "اللواء", "السرية", "الفرقة", "كتيبة", "لواء", "سرية"].map(normalize));

/** Other armies and movements that would otherwise fall to the bare "الجيش". */
const BLOCKED: readonly string[] = ["الجيش السوري", "الجيش السوري الحر", "الجيش الحر", "الجيش الوطني السوري", "الجيش الجزائري", "الجيش التونسي", "الجيش السوداني", "الجيش الإسرائيلي"];

export interface LexiconForm {
  readonly tokens: readonly string[];
  readonly text: string;
  readonly reading: FormReading;
}

function add(into: Map<string, LexiconForm[]>, raw: string, reading: FormReading): void {
  const text = normalize(raw);
  const tokens = text.split(" ");
  const first = tokens[0] as string;
  index(into, first, { tokens, text, reading });
  // "للواء المتقاعد" is ل + "اللواء": before a word in ل the article's lam and the word's are
  // written once, so the clitic reader sees ل + "الواء".
  if (first.startsWith("الل")) index(into, `ال${first.slice(3)}`, { tokens, text, reading });
}

function index(into: Map<string, LexiconForm[]>, key: string, form: LexiconForm): void {
  const list = into.get(key) ?? [];
  list.push(form);
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  into.set(key, list);
}

function build(): Map<string, LexiconForm[]> {
  const byFirst = new Map<string, LexiconForm[]>();
  const fixed = (actor: ActorId, forms: readonly string[]): void => {
    for (const f of forms) add(byFirst, f, { kind: "fixed", actor });
  };
  fixed("GNA", GNA);
  fixed("LNA", LNA);
  fixed("ISIS", ISIS);
  fixed("UNKNOWN", OTHER_GROUPS);
  for (const f of THE_ORGANISATION) add(byFirst, f, { kind: "organisation" });
  // "روسية الصنع": made in Russia, not Russia acting.
  for (const adj of ["روسية", "روسي", "تركية", "تركي", "أمريكية", "أميركية", "إماراتية", "فرنسية", "مصرية"]) add(byFirst, `${adj} الصنع`, { kind: "blocked" });
  for (const [actor, forms] of Object.entries(BACKERS)) fixed(actor as BackerId, forms);
  for (const f of ARMY) add(byFirst, f, { kind: "army" });
  for (const f of MILITIAS) add(byFirst, f, { kind: "militias" });
  for (const f of GROUPS) add(byFirst, f, { kind: "groups" });
  for (const f of FIGHTERS) add(byFirst, f, { kind: "fighters" });
  for (const f of ["المركز الإعلامي للعملية", "المكتب الإعلامي للعملية", "غرفة عمليات العملية"]) add(byFirst, f, { kind: "operation" });
  for (const f of REBELS) add(byFirst, f, { kind: "rebels" });
  for (const person of ["1", "3"] as const) for (const f of POSSESSED[person]) add(byFirst, f, { kind: "possessed", person });
  for (const f of BLOCKED) add(byFirst, f, { kind: "blocked" });
  return byFirst;
}

/** Forms keyed by their first normalised token, longest first. */
export const FORMS_BY_FIRST_TOKEN: ReadonlyMap<string, readonly LexiconForm[]> = build();

/** The side a backer fights for in 2019–2020: used to read "مرتزقة" and attributions. */
export const BACKED_SIDE: Readonly<Record<BackerId, HolderId>> = {
  TUR: "GNA",
  QAT: "GNA",
  UAE: "LNA",
  RUS: "LNA",
  WAGNER: "LNA",
  EGY: "LNA",
  FRA: "LNA",
  USA: "GNA",
};

const HOLDERS: ReadonlySet<string> = new Set<HolderId>(["GNA", "LNA", "ISIS"]);

export function isHolder(actor: ActorId): actor is HolderId {
  return HOLDERS.has(actor);
}

/** Forms that only the pro-GNA camp uses for Haftar's side: they free "الجيش الليبي" for the GNA. */
export const HAFTAR_AS_FACTION: ReadonlySet<string> = new Set(
  ["قوات حفتر", "ميليشيات حفتر", "مليشيات حفتر", "ميليشيا حفتر", "مليشيا حفتر", "مرتزقة حفتر", "جنود حفتر", "قوات حقتر"].map(normalize),
);

/** Forms that name the LNA as an army: when present, the army forms are the LNA. */
export const LNA_AS_ARMY: ReadonlySet<string> = new Set(
  ["الجيش الوطني", "الجيش الوطني الليبي", "قوات الجيش الوطني", "قوات الجيش الوطني الليبي", "القوات المسلحة العربية الليبية", "القيادة العامة"].map(normalize),
);

/** Words after a form that tie it to a named side ("الجيش الليبي التابع لحكومة الوفاق"). */
export const TIES: ReadonlySet<string> = new Set(
  ["التابع", "التابعة", "الموالي", "الموالية", "الموالين", "التابعين", "بقيادة", "المتحالفة", "المتحالف", "المحسوبة", "المحسوب"].map(normalize),
);

/** Heads of "القوات المتحالفة مع حكومة الوفاق", "عناصر موالية للجيش": the whole phrase names the side. */
export const FORCE_HEADS: ReadonlySet<string> = new Set(
  ["القوات", "قوات", "القوة", "قوة", "الميليشيات", "المليشيات", "ميليشيات", "مليشيات", "المجموعات", "مجموعات", "الجماعات", "العناصر", "عناصر", "التشكيلات", "تشكيلات", "الوحدات", "وحدات", "الكتائب", "كتائب", "المسلحين", "مسلحين", "المقاتلين", "مقاتلين", "مرتزقة", "المرتزقة"].map(normalize),
);
export const ALLIED_TO: ReadonlySet<string> = new Set(
  ["المتحالفة", "المتحالف", "المتحالفين", "متحالفة", "الموالية", "الموالي", "الموالين", "موالية", "موالين", "التابعة", "التابع", "التابعين", "تابعة", "تابعين", "الداعمة", "المحسوبة", "المحسوبين"].map(normalize),
);
export const ARMED: ReadonlySet<string> = new Set(["المسلحة", "مسلحة"].map(normalize));

/** Pronoun forms ("قواتنا"): mentions, but no outlet's name for a side. */
export const PRONOUN_FORMS: ReadonlySet<string> = new Set([...POSSESSED["1"], ...POSSESSED["3"]].map(normalize));

/** People whose name beside an army form says which army it is ("المتحدث باسم الجيش الليبي أحمد المسماري"). */
export const SPOKESPEOPLE: ReadonlySet<string> = new Set(["حفتر", "خليفة حفتر", "المسماري", "قنونو", "السراج", "فايز السراج", "باشاغا", "صدام حفتر"].map(normalize));
