/**
 * Gazetteer names that are also ordinary words of the news register.
 *
 * OpenStreetMap names hundreds of Libyan villages and hamlets after ordinary words ("المدينة",
 * "نسمة", "الطلاب", "السراج", "بدر", "القطع"), and outlets carry names that are places
 * elsewhere ("الجزيرة", "العربية"). Taking every such word as a place would scatter false
 * places over every article, so a name is classed here by how it is used in news copy:
 *
 * - "never": generic or anaphoric nouns ("المدينة", "العاصمة", "البلاد"), weekdays and months,
 *   and a country's territory described ("الأراضي الليبية"); never a place, whatever precedes.
 * - "outlet": news outlets and agencies; a place only after a settlement noun ("مدينة العربية").
 * - "numeral": cardinal numbers ("الخمس", "السبعة"); a place only with place context, and a
 *   preposition is not enough when a counted noun follows ("في الخمس سنوات").
 * - "common": every other ordinary word (adjectives, colours, slogans, surnames of the day's
 *   politicians, common nouns); a place only with place context.
 *
 * The list is of the register, not of any article: it was written from the words that
 * recur in Arabic news about Libya and from the ordinary words among the gazetteer's names.
 * Keys are normalised; a name is looked up with and without its article.
 */
import { normalize } from "../text/normalize.ts";

export type WordClass = "never" | "outlet" | "numeral" | "common";

const NEVER = `
  المدينة المدن المدينتين العاصمة البلاد البلد الدولة الدول المنطقة المناطق البلدة البلدات
  القرية القرى قرية قريه الحي الأحياء الضاحية الريف الساحل الصحراء الجبل الوادي البحر الميناء
  المطار القاعدة المعسكر الطريق الحدود المركز الشرق الغرب الشمال الجنوب الوسط الداخل الخارج
  العالم الإقليم الولاية المحافظة الشعبية البلدية الأراضي المواقع الموقع المحور الجبهة الخط
  المكان الأرض الجزء الطرف الجانب الضفة الواحة المنفذ المعبر البوابة
  السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة
  يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
  كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
  اليوم أمس غدا الليلة الصباح المساء الفجر الظهر
`;

const OUTLETS = `
  الجزيرة العربية الحدث سبوتنيك الوطن الأناضول الأهرام النهار الحياة الشروق العرب الخليج البيان
  الدولية الوسط المرصد الحرة الميادين المنار رويترز فرانس الساعة الأحرار التناصح النبأ
`;

/**
 * Outlets named by a phrase that starts with a place ("ليبيا الأحرار", "روسيا اليوم"): the
 * whole phrase is skipped, so its place word is not read as a place.
 */
const OUTLET_PHRASES = `
  ليبيا_الأحرار ليبيا_الحدث ليبيا_بانوراما ليبيا_المستقبل ليبيا_24 عين_ليبيا روسيا_اليوم
  الشرق_الأوسط سكاي_نيوز بي_بي_سي اليوم_السابع الجزيرة_مباشر الجزيرة_نت العربية_نت فرانس_24
  بوابة_الوسط صوت_أمريكا دويتشه_فيله تركيا_اليوم مصر_اليوم
`;

const NUMERALS = `
  الواحد الاثنان الاثنين الثلاث الثلاثة الأربع الأربعة الخمس الخمسة الست الستة السبع السبعة
  الثمان الثماني الثمانية التسع التسعة العشر العشرة العشرين الثلاثين الأربعين الخمسين الستين
  السبعين الثمانين التسعين المئة المائة الألف الخمسة_وثلاثين
`;

const COMMON = `
  الوفاق الكرامة الوحدة السلام النصر الحرية الفجر الشرعية الثورة التحرير الاستقلال الشهداء
  الجهاد الأمل التضامن الرابطة الاتحاد النهضة العدالة الرحمة الصمود الفتح الإصلاح الأمان
  البركات البركة الخير المستقبل الإرادة العزة الوئام المصالحة الانتصار البنيان الغضب البركان
  الأمن الدفاع الداخلية الخارجية الجيش الشعب الحكومة البرلمان المجلس القيادة الرئاسة السيادة
  الحمراء الخضراء الزرقاء السوداء الصفراء البيضاء الأبيض الأحمر الأخضر الأسود الأصفر
  الجديدة الجديد القديمة القديم الكبرى الكبير الصغرى الصغير الشرقية الغربية الشمالية
  الجنوبية الوسطى الساحلية الساحلي الجميل السهلة العامرة المعمورة المنصورة السياحية البحرية
  الوطنية الليبية العليا السفلى الأولى الثانية الأخيرة الحرة الخاصة العامة الكاملة الدولي
  الصناعية السكنية التجارية العازلة الآمنة المحررة المحاصرة القابل الوردية
  الطلاب العدم الصخرة القلعة الزيتون القطع النصف البنية المبني الحمامة الطينة العيون الرملة
  الأكوام الجبار الشياب المغاربة العربان الدوارة الماية المية الملاحة
  السراج بدر زهرة صياد مرسي عكرمة سلطان جعفر نسمة مرحبا بطة قطة كمون حرقة معفن مسكة درج
  عمر_المختار صلاح صالح التميمي المختار الزهراء حفتر المسماري باشاغا الدبيبة المشري معيتيق
  الغويل بادي المنقوش الثني السويحلي النمروش جويلي الزنتاني
  الناصرية القادسية اليرموك الأندلس الصحابة الفاتح الشارع_الغربي شارع_عشرة
  الصلاحية الصلاحيات النفوذ السيطرة العمليات الاشتباكات الاشتباك المواجهات المعارك القتال
  التماس النزاع الصراع الحرب التوتر الخطر الفواتير الأفاضل المحروقة
  جابر_بن_حيان عقبة_بن_نافع عمرو_بن_العاص
  وسط_البلاد وسط_المدينة المطار_الدولي رئاسة_الأركان_العامة رئاسة_الأركان الحدائق حجارة سكرة بشر
`;

function classTable(): ReadonlyMap<string, WordClass> {
  const table = new Map<string, WordClass>();
  const add = (words: string, cls: WordClass): void => {
    for (const raw of words.split(/\s+/)) {
      if (raw === "") continue;
      const key = normalize(raw.replaceAll("_", " "));
      if (!table.has(key)) table.set(key, cls);
    }
  };
  // First class wins: a word listed twice keeps its stricter class.
  add(NEVER, "never");
  add(OUTLETS, "outlet");
  add(NUMERALS, "numeral");
  add(COMMON, "common");
  return table;
}

const CLASSES = classTable();
/** Nouns that, with a nisba after them, describe a country's ground rather than name a place. */
const TERRITORY_HEADS: ReadonlySet<string> = new Set(["الأراضي", "البلاد", "التراب", "الدولة"].map(normalize));


/**
 * How a normalised name (one or more tokens joined by one space) is used as an ordinary
 * word, or undefined for a plain name. A one-word name is also looked up with its article
 * added or removed ("نسمه" is "النسمه"'s word too).
 */
export function wordClassOf(key: string): WordClass | undefined {
  const direct = CLASSES.get(key);
  if (direct !== undefined) return direct;
  const space = key.indexOf(" ");
  if (space >= 0) {
    // "الأراضي الليبية", "التراب الليبي": a country's territory described, not named.
    return key.indexOf(" ", space + 1) < 0 && TERRITORY_HEADS.has(key.slice(0, space)) ? "never" : undefined;
  }
  return key.startsWith("ال") ? CLASSES.get(key.slice(2)) : CLASSES.get(`ال${key}`);
}


/** Conjunctions and prepositions an outlet phrase may carry on its first word ("وروسيا اليوم"). */
const PHRASE_PROCLITICS = ["", "و", "ب", "ل", "ف"] as const;

/**
 * Set phrases of the register whose second word is also a place name but which name no
 * place: "القوة القاهرة" (force majeure, in every oil-port story), "الراية البيضاء" (the white
 * flag). Skipped whole, like the outlet phrases.
 */
const SET_PHRASES = `
  القوة_القاهرة الراية_البيضاء الرايات_البيضاء الأعلام_البيضاء
`;

/** Outlet and set phrases by their first word, with and without a proclitic, so a lookup needs no slicing. */
function phraseTable(): ReadonlyMap<string, readonly (readonly string[])[]> {
  const table = new Map<string, string[][]>();
  for (const raw of `${OUTLET_PHRASES} ${SET_PHRASES}`.split(/\s+/)) {
    if (raw === "") continue;
    const words = normalize(raw).split("_");
    for (const clitic of PHRASE_PROCLITICS) {
      const first = `${clitic}${words[0] as string}`;
      const list = table.get(first) ?? [];
      list.push(words);
      table.set(first, list);
    }
  }
  return table;
}

const PHRASES = phraseTable();

/**
 * When the words `tokens[i..]` (normalised, before index `end`) spell an outlet phrase, the
 * index of its last word; otherwise -1.
 */
export function outletPhraseEnd(tokens: readonly { readonly text: string }[], i: number, end: number): number {
  const word = tokens[i]?.text ?? "";
  const candidates = PHRASES.get(word);
  if (candidates === undefined) return -1;
  for (const words of candidates) {
    const last = i + words.length - 1;
    if (last >= end) continue;
    let k = 1;
    while (k < words.length && tokens[i + k]?.text === words[k]) k++;
    if (k === words.length) return last;
  }
  return -1;
}

/** True for a word that reads as an ordinary word of the register in any class. */
export function isCommonWord(key: string): boolean {
  return wordClassOf(key) !== undefined;
}
