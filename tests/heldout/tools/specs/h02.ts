/** h02: al-Watiya air base falls to the GNA, Monday 18 May 2020; neutral wire wording (AFP/Reuters). */
import { GoldBuilder } from "../annotate.ts";

const W = "Al-Watiya Air Base";

export function goldH02(): GoldBuilder {
  const b = new GoldBuilder("h02_watiya_2020", { iso: "2020-05-18", precision: "day" });

  b.names("طرابلس", "Tripoli")
    .toponym("⟦قاعدة الوطية الجوية⟧", W)
    .toponym("على ⟦قاعدة الوطية⟧ تمت", W)
    .toponym("متمركزة ب⟦الوطية⟧", W)
    .toponym("الانسحاب من ⟦الوطية⟧", W)
    .toponym("خسارة ⟦الوطية⟧", W)
    .names("الزنتان", "Zintan")
    .names("الرجبان", "Rujban")
    .names("ترهونة", "Tarhuna")
    .names("الغرب الليبي", "Western Libya")
    .names("ليبيا", "Libya")
    .names("أنقرة", "Ankara")
    .names("الإمارات", "United Arab Emirates")
    .names("مصر", "Egypt");

  b.actor("⟦قوات حكومة الوفاق الوطني الليبية المعترف بها دوليا⟧", "GNA")
    .actor("ل⟦قوات خليفة حفتر⟧", "LNA")
    .actor("المشتركة في ⟦قوات الوفاق⟧", "GNA")
    .actor("⟦أسامة الجويلي⟧", "GNA")
    .actor("صفوف ⟦قواتنا⟧", "GNA")
    .actor("وكانت ⟦قوات حفتر⟧ تستخدمها", "LNA")
    .actor("عسكري في ⟦قوات الوفاق⟧", "GNA")
    .actor("⟦القوات الحكومية⟧", "GNA")
    .actor("⟦طائرات مسيرة تركية⟧", "TUR")
    .actor("بأن ⟦قوات حفتر⟧ التي", "LNA")
    .actor("يصدر عن ⟦قوات حفتر⟧", "LNA")
    .actor("وكانت ⟦قوات الوفاق⟧ قد حاولت", "GNA")
    .actor("وتسعى ⟦قوات الوفاق⟧", "GNA")
    .actor("آخر معاقل ⟦حفتر⟧", "LNA")
    .actor("المتحدث باسم ⟦قوات الوفاق⟧", "GNA")
    .actor("⟦محمد قنونو⟧", "GNA")
    .actor("⟦سلاح الجو التابع للحكومة⟧", "GNA")
    .actor("تمركزات ⟦قوات حفتر⟧", "LNA")
    .actor("معسكران: ⟦حكومة الوفاق⟧", "GNA")
    .actor("يدعمها ⟦حفتر⟧", "LNA")
    .actor("⟦الرئيس التركي رجب طيب أردوغان⟧", "TUR")
    .actor("تتهم ⟦أنقرة⟧", "TUR")
    .actor("⟦الإمارات⟧", "UAE")
    .actor("⟦مصر⟧", "EGY")
    .actor("بدعم ⟦حفتر⟧", "LNA")
    .actor("وتتهم ⟦حكومة الوفاق⟧", "GNA")
    .actor("⟦مرتزقة فاغنر الروس⟧", "WAGNER")
    .actor("صفوف ⟦قواته⟧", "LNA")
    .actor("تحرم ⟦قوات حفتر⟧", "LNA");

  const s1 =
    "أعلنت قوات حكومة الوفاق الوطني الليبية المعترف بها دوليا، اليوم الاثنين، سيطرتها الكاملة على قاعدة الوطية الجوية الاستراتيجية، التي تعد آخر معقل رئيسي لقوات خليفة حفتر في غرب البلاد.";
  b.claim({ actor: "GNA", action: "captured", places: [W], speaker: "GNA", trigger: "سيطرتها الكاملة على", evidence: s1 })
    .claim({ actor: "LNA", action: "controls", places: [W], speaker: "outlet", trigger: "آخر معقل", evidence: s1, date: { iso: "2020-05-18", precision: "approximate" }, note: "the LNA's last stronghold in the west, up to its fall" });

  b.claim({
    actor: "GNA",
    action: "captured",
    places: [W],
    speaker: "GNA",
    trigger: "السيطرة على",
    evidence: "وقال آمر غرفة العمليات المشتركة في قوات الوفاق اللواء أسامة الجويلي لوكالة فرانس برس إن \"عملية السيطرة على قاعدة الوطية تمت بشكل سريع ومدروس ومن دون خسائر في صفوف قواتنا\".",
  });

  b.claim({
    actor: "LNA",
    action: "controls",
    places: [W],
    speaker: "outlet",
    trigger: "تستخدمها",
    evidence: "وتقع القاعدة على بعد نحو 140 كيلومترا جنوب غرب طرابلس، وعلى مسافة 27 كلم تقريبا من الحدود التونسية، وكانت قوات حفتر تستخدمها منذ أبريل/نيسان 2019 منطلقا لطائراتها في هجومها على العاصمة.",
    date: { iso: "2019-04-01", precision: "month" },
    note: "past control: used the base since April 2019",
  });

  const s4 = "ونقلت وكالة رويترز عن مصدر عسكري في قوات الوفاق أن القوات الحكومية تقدمت نحو القاعدة من خمسة محاور فجر اليوم، بعد أن استهدفت طائرات مسيرة تركية دفاعاتها منذ مطلع الشهر الجاري.";
  b.claim({ actor: "GNA", action: "advancing", places: [W], speaker: "GNA", trigger: "تقدمت نحو", evidence: s4, note: "القاعدة = al-Watiya" })
    .claim({ actor: "TUR", action: "struck", means: "drone", places: [W], speaker: "GNA", trigger: "استهدفت", evidence: s4, date: { iso: "2020-05-01", precision: "approximate" }, note: "Turkish drones, since the start of the month" });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: [W],
    speaker: "GNA",
    trigger: "انسحبت",
    evidence: "وأفاد المصدر بأن قوات حفتر التي كانت متمركزة بالوطية انسحبت باتجاه مدينتي الزنتان والرجبان الجبليتين جنوبي القاعدة، تاركة وراءها منظومة دفاع جوي روسية الصنع من طراز \"بانتسير\".",
    note: "withdrew toward Zintan and Rujban; they are the destination, not the place left",
  });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: [W],
    speaker: "other",
    trigger: "الانسحاب من",
    evidence: "ولم يصدر عن قوات حفتر تعليق فوري، لكن مصدرا مقربا منها قال لفرانس برس إن \"الانسحاب من الوطية كان إعادة تموضع تكتيكية\"، نافيا أن تكون القاعدة قد سقطت بالقوة.",
    note: "a source close to (not of) Haftar's forces calls it a tactical repositioning: speaker other",
  });

  const s7 = "وكانت قوات الوفاق قد حاولت اقتحام القاعدة مرتين منذ إطلاقها عملية \"عاصفة السلام\" في 25 مارس/آذار الماضي، من دون أن تتمكن من دخولها، واكتفت بتطويقها وقصفها جوا.";
  const SINCE_MARCH = { iso: "2020-03-25", precision: "approximate" } as const;
  b.claim({ actor: "GNA", action: "entered", places: [W], modality: "negated", speaker: "outlet", trigger: "من دون أن تتمكن من دخولها", evidence: s7, date: SINCE_MARCH, note: "two failed assaults since 25 March" })
    .claim({ actor: "GNA", action: "besieging", places: [W], speaker: "outlet", trigger: "بتطويقها", evidence: s7, date: SINCE_MARCH })
    .claim({ actor: "GNA", action: "struck", means: "air", places: [W], speaker: "outlet", trigger: "وقصفها جوا", evidence: s7, date: SINCE_MARCH });

  const s8 = "وتسعى قوات الوفاق الآن للسيطرة على مدينة ترهونة، على بعد 90 كلم جنوب شرق طرابلس، والتي تمثل آخر معاقل حفتر في الغرب الليبي.";
  b.claim({ actor: "GNA", action: "captured", places: ["Tarhuna"], modality: "intent", speaker: "outlet", trigger: "تسعى", evidence: s8 })
    .claim({ actor: "LNA", action: "controls", places: ["Tarhuna"], speaker: "outlet", trigger: "آخر معاقل", evidence: s8 });

  b.claim({
    actor: "GNA",
    action: "struck",
    means: "air",
    places: ["Tarhuna"],
    speaker: "GNA",
    trigger: "غارات",
    evidence: "وأكد المتحدث باسم قوات الوفاق محمد قنونو أن سلاح الجو التابع للحكومة شن الأحد أكثر من عشر غارات على تمركزات قوات حفتر في محيط ترهونة.",
    date: { iso: "2020-05-17", precision: "day" },
    note: "around Tarhuna",
  });

  b.claim({
    actor: "GNA",
    action: "controls",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "حكومة الوفاق في طرابلس",
    evidence: "وتشهد ليبيا نزاعا مسلحا منذ سقوط نظام معمر القذافي عام 2011، ويتنازع على السلطة فيها معسكران: حكومة الوفاق في طرابلس، وسلطة موازية في الشرق يدعمها حفتر.",
    note: "seat of government",
  });

  const s12 = "ويقول محللون إن خسارة الوطية تحرم قوات حفتر من القاعدة الجوية الوحيدة التي كانت تسيطر عليها في الغرب، وتجعل ترهونة معزولة إلى حد كبير.";
  b.claim({ actor: "LNA", action: "withdrew", places: [W], speaker: "other", trigger: "خسارة", evidence: s12 })
    .claim({ actor: "LNA", action: "controls", places: [W], speaker: "other", trigger: "كانت تسيطر عليها", evidence: s12, date: { iso: "2020-05-18", precision: "approximate" }, note: "past control up to the loss" });

  b.measurement({ kind: "distance-direction", subject: W, reference: "Tripoli", value: 140, unit: "km", direction: "SW", evidence: "وتقع القاعدة على بعد نحو 140 كيلومترا جنوب غرب طرابلس" })
    .measurement({ kind: "direction", subject: "Zintan", reference: W, direction: "S", evidence: "مدينتي الزنتان والرجبان الجبليتين جنوبي القاعدة", note: "القاعدة = al-Watiya; Zintan is nearer SSE" })
    .measurement({ kind: "direction", subject: "Rujban", reference: W, direction: "S", evidence: "مدينتي الزنتان والرجبان الجبليتين جنوبي القاعدة", note: "القاعدة = al-Watiya" })
    .measurement({ kind: "distance-direction", subject: "Tarhuna", reference: "Tripoli", value: 90, unit: "km", direction: "SE", evidence: "على بعد 90 كلم جنوب شرق طرابلس" })
    .measurement({ kind: "direction", subject: null, reference: "Tripoli", direction: "S", evidence: "في صفوف قواته جنوب طرابلس", note: "Wagner fighting south of Tripoli" });

  b.date("⟦اليوم الاثنين⟧", "2020-05-18", "day")
    .date("⟦أبريل/نيسان 2019⟧", "2019-04-01", "month")
    .date("⟦فجر اليوم⟧", "2020-05-18", "day")
    .date("⟦مطلع الشهر الجاري⟧", "2020-05-01", "approximate")
    .date("⟦25 مارس/آذار الماضي⟧", "2020-03-25", "day")
    .date("شن ⟦الأحد⟧", "2020-05-17", "day")
    .date("⟦عام 2011⟧", "2011-01-01", "year")
    .date("⟦الأسبوع الماضي⟧", "2020-05-11", "approximate", "a week before the publication date");

  b.negative("نافيا أن تكون القاعدة قد سقطت بالقوة", "a denial that the base fell by force")
    .negative("من دون أن تتمكن من دخولها", "negated entry: the earlier assaults failed")
    .negative("وتسعى قوات الوفاق الآن للسيطرة على مدينة ترهونة", "intent: seeking to take Tarhuna");
  return b;
}
