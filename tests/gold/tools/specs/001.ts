/** 001: Al Jazeera, 2020-06-06, pro-GNA wording. The GNA's "Paths of Victory" push on Sirte. */
import { GoldBuilder } from "../annotate.ts";

const PUB = { iso: "2020-06-06", precision: "day" } as const;
const PAST_24H = { iso: "2020-06-05", precision: "approximate" } as const;
const WASHKA = "Al-Washka (coastal, between Abu Qurain and Buwairat al-Hasun)";

export function gold001(): GoldBuilder {
  const b = new GoldBuilder("001_f26e5b47cef9b3b6", PUB);

  // ------------------------------------------------------------ toponyms
  b.names("سرت", "Sirte")
    .toponym("من ⟦قاعدة الجفرة⟧ بوسط", "Al-Jufra Air Base")
    .toponym("من ⟦قاعدة الجفرة الجوية⟧ باتجاه", "Al-Jufra Air Base")
    .toponym("سرت ⟦والجفرة⟧".replace("⟦والجفرة⟧", "و⟦الجفرة⟧"), "Al-Jufra")
    .toponym("مدينتي ⟦الجفرة⟧", "Al-Jufra")
    .toponym("منطقة ⟦الجفرة⟧ وقاعدتها", "Al-Jufra")
    .names("الوشكة", WASHKA)
    .names("طرابلس", "Tripoli")
    .names("بويرات الحسوان", "Buwairat al-Hasun")
    .names("مصراتة", "Misrata")
    .names("ليبيا", "Libya")
    .names("الغرب الليبي", "Western Libya")
    .names("بني وليد", "Bani Walid")
    .names("ترهونة", "Tarhuna")
    .names("تركيا", "Turkey")
    .toponym("⟦محور أبوقرين⟧", "Abu Qurain");

  // ------------------------------------------------------------ actors
  b.actor("دخلت ⟦قوات الوفاق⟧", "GNA")
    .actor(["خليفة حفتر", 0], "LNA")
    .actor("الدفاع في ⟦حكومة الوفاق⟧", "GNA")
    .actor("إن ⟦قواتهم⟧ تدخل", "GNA")
    .actor("عسكري من ⟦قوات الوفاق⟧", "GNA")
    .actor("⟦قوات حقتر⟧", "LNA", "typo for قوات حفتر")
    .actor("وكانت ⟦قوات الوفاق⟧ قد", "GNA")
    .actor("على ⟦قوات اللواء المتقاعد خليفة حفتر⟧", "LNA")
    .actor("بدأ ⟦جنوده⟧", "LNA")
    .actor("إبراهيم أحمد بيت المال", "GNA", "GNA commander (Sirte-Jufra operations room)")
    .actor("إن ⟦قواتهم⟧ تمكنت", "GNA")
    .actor("عبد الهادي دراه", "GNA", "GNA spokesman")
    .actor("أن ⟦قوات الوفاق⟧ استهدفت", "GNA")
    .actor("غراد ل⟦قوات حفتر⟧", "LNA")
    .actor("تقدم ⟦قوات الوفاق⟧.", "GNA")
    .actor("وأعلنت ⟦قوات الوفاق⟧", "GNA")
    .actor("⟦جنود حفتر⟧", "LNA")
    .actor("⟦مرتزقته⟧", "LNA", "Haftar's mercenaries")
    .actor("والجفرة، من ⟦قوات حفتر⟧", "LNA")
    .actor("⟦قوات حكومة الوفاق⟧ في بيان", "GNA")
    .actor("⟦سلاح الجو⟧", "GNA")
    .actor("⟦مليشيات حفتر⟧ الإرهابية", "LNA")
    .actor("الإرهابية ⟦والمرتزقة⟧".replace("⟦والمرتزقة⟧", "و⟦المرتزقة⟧"), "LNA", "mercenaries fighting for Haftar")
    .actor("⟦محمد قنونو⟧", "GNA")
    .actor("ل⟦قواتنا⟧ ببدء", "GNA")
    .actor("بؤر ⟦المتمردين⟧", "LNA", "pro-GNA framing")
    .actor("قالت ⟦حكومة الوفاق⟧ إن", "GNA")
    .actor("تسليمها ل⟦لحكومة الشرعية⟧", "GNA", "pro-GNA framing; للحكومة: the clitic ل is dropped, the second ل is the article's")
    .actor("وتحقق ⟦قوات الوفاق⟧", "GNA")
    .actor("طردها ⟦قوات حفتر⟧", "LNA")
    .actor("⟦مرتزقة أفارقة⟧", "LNA", "mercenaries fleeing with Haftar's forces")
    .actor("⟦قوات تابعة لحفتر⟧", "LNA")
    .actor("الرئاسية ل⟦حكومة الوفاق⟧", "GNA")
    .actor("⟦فايز السراج⟧", "GNA")
    .actor("⟦أمر الله إيشلر⟧", "TUR", "Turkey's special envoy")
    .actor("⟦الحكومة الليبية المعترف بها دوليا⟧", "GNA")
    .actor("وذكر ⟦إيشلر⟧", "TUR")
    .actor("⟦مليشيا حفتر⟧", "LNA")
    .actor("اتبعتها ⟦تركيا⟧", "TUR")
    .actor("الانقلابي ⟦حفتر⟧", "LNA")
    .actor("قصفت ⟦قوات حفتر⟧", "LNA")
    .actor("موقعا ل⟦قوات الوفاق⟧", "GNA")
    .actor("⟦طائرات مسيرة إماراتية⟧", "UAE", "Emirati drones attached to Haftar's forces")
    .actor("تابعة ل⟦قوات حفتر⟧ قصفت", "LNA")
    .actor("قصفت ⟦قوات حكومة الوفاق⟧ في", "GNA")
    .actor("وبررت ⟦قوات حفتر⟧", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("المتحدث باسم ⟦قوات حفتر⟧ إن", "LNA")
    .actor("إن ⟦قواته⟧ رضخت", "LNA");

  // ------------------------------------------------------------ claims
  const p1 =
    "دخلت قوات الوفاق مدينة سرت وواصلت تقدمها شرقا، وأرغمت اللواء المتقاعد خليفة حفتر على الانسحاب من قاعدة الجفرة بوسط البلاد.";
  b.claim({ actor: "GNA", action: "entered", places: ["Sirte"], speaker: "outlet", trigger: "دخلت", evidence: p1 })
    .claim({ actor: "GNA", action: "advancing", places: ["Sirte"], speaker: "outlet", trigger: "واصلت تقدمها شرقا", evidence: p1, note: "advancing on eastward from Sirte" })
    .claim({ actor: "LNA", action: "withdrew", places: ["Al-Jufra Air Base"], speaker: "outlet", trigger: "الانسحاب من", evidence: p1, note: "the GNA 'forced' Haftar to withdraw" });

  b.claim({
    actor: "GNA",
    action: "entered",
    places: ["Sirte"],
    speaker: "GNA",
    trigger: "تدخل",
    evidence: "وفي حديث للجزيرة، قال وكيل وزازة الدفاع في حكومة الوفاق إن قواتهم تدخل مدينة سرت من ثلاثة محاور.",
    note: "present tense: entering under way (GNA deputy defence minister)",
  });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Al-Jufra Air Base"],
    speaker: "GNA",
    trigger: "انسحاب",
    evidence: "وأكد مصدر عسكري من قوات الوفاق انسحاب قوات حقتر من قاعدة الجفرة الجوية باتجاه مدن شرق البلاد",
  });

  const p4 =
    "وكانت قوات الوفاق قد أعلنت أنها سيطرت على منطقة الوشكة المحيطة بمدينة سرت، وشنت هجمات وغارات على قوات اللواء المتقاعد خليفة حفتر الذي بدأ جنوده الفرار من المدينة الواقعة على بعد 450 كلم شرق طرابلس.";
  b.claim({ actor: "GNA", action: "captured", places: [WASHKA], speaker: "GNA", trigger: "سيطرت على", evidence: p4 }).claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Sirte"],
    speaker: "GNA",
    trigger: "الفرار من",
    evidence: p4,
    note: "'began to flee the city' (المدينة = Sirte); read as part of what the GNA announced",
  });

  const p5 =
    "وقال العميد إبراهيم أحمد بيت المال إن قواتهم تمكنت من السيطرة على منطقة الوشكة، وتتقدم في منطقة بويرات الحسوان التي تبعد 95 كلم عن مدينة سرت.";
  b.claim({ actor: "GNA", action: "captured", places: [WASHKA], speaker: "GNA", trigger: "تمكنت من السيطرة على", evidence: p5 }).claim({
    actor: "GNA",
    action: "advancing",
    places: ["Buwairat al-Hasun"],
    speaker: "GNA",
    trigger: "تتقدم في",
    evidence: p5,
  });

  b.claim({
    actor: "GNA",
    action: "struck",
    places: [WASHKA],
    means: "unspecified",
    speaker: "GNA",
    trigger: "استهدفت",
    evidence: "وأوضح العقيد عبد الهادي دراه أن قوات الوفاق استهدفت عربات غراد لقوات حفتر بمنطقة الوشكة شرقي مصراتة كانت تعرقل تقدم قوات الوفاق.",
  });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Sirte"],
    speaker: "GNA",
    trigger: "هروب",
    evidence: "وأعلنت قوات الوفاق أنها رصدت حركة ذعر وهروب كبير لجنود حفتر ومرتزقته من سرت.",
  });

  const p8 = "يأتي ذلك بعد ساعات من إطلاق عملية \"دروب النصر\" لتحرير مدن وبلدات شرق ووسط البلاد، في مقدمتها سرت والجفرة، من قوات حفتر.";
  for (const place of ["Sirte", "Al-Jufra"]) {
    b.claim({ actor: "GNA", action: "captured", places: [place], modality: "intent", speaker: "outlet", trigger: "لتحرير", evidence: p8, note: "the operation's aim" });
  }

  b.claim({
    actor: "GNA",
    action: "struck",
    places: ["Sirte"],
    means: "air",
    speaker: "GNA",
    trigger: "نفذ 5 ضربات جوية",
    evidence: "وقال المتحدث باسم قوات حكومة الوفاق في بيان صحفي إن سلاح الجو نفذ 5 ضربات جوية في محيط سرت استهدفت آليات مسلحة \"لمليشيات حفتر الإرهابية والمرتزقة\".",
    note: "in the vicinity of Sirte",
  });

  const p10 = "وأضاف العقيد طيار محمد قنونو \"صدرت التعليمات لقواتنا ببدء الهجوم والتقدم والضرب بقوة وحزم لكل بؤر المتمردين في الوشكة وسرت\".";
  for (const place of [WASHKA, "Sirte"]) {
    b.claim({ actor: "GNA", action: "advancing", places: [place], modality: "intent", speaker: "GNA", trigger: "التقدم", evidence: p10, note: "orders to start: not yet done" });
    b.claim({ actor: "GNA", action: "struck", places: [place], means: "unspecified", modality: "intent", speaker: "GNA", trigger: "الضرب", evidence: p10, note: "orders to start: not yet done" });
  }

  const p14 =
    "وتحقق قوات الوفاق مكاسب ميدانية متسارعة بعد طردها قوات حفتر من كامل الغرب الليبي واستعادتها السيطرة على مدينتي الجفرة وبني وليد خلال الأربع والعشرين ساعة الماضية.";
  b.claim({ actor: "GNA", action: "captured", places: ["Western Libya"], speaker: "outlet", trigger: "طردها", evidence: p14, note: "expelled Haftar's forces from all of western Libya" })
    .claim({ actor: "LNA", action: "withdrew", places: ["Western Libya"], speaker: "outlet", trigger: "طردها", evidence: p14, note: "expelled" })
    .claim({ actor: "GNA", action: "captured", places: ["Al-Jufra"], speaker: "outlet", trigger: "استعادتها السيطرة على", evidence: p14, date: PAST_24H, note: "'within the past 24 hours'" })
    .claim({ actor: "GNA", action: "captured", places: ["Bani Walid"], speaker: "outlet", trigger: "استعادتها السيطرة على", evidence: p14, date: PAST_24H, note: "'within the past 24 hours'" });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Bani Walid"],
    speaker: "other",
    trigger: "فروا من",
    evidence: "وأفاد مراسل الجزيرة في ليبيا نقلا عن عميد بلدية بني وليد سالم نوير بأن مرتزقة أفارقة وقوات تابعة لحفتر فروا من مطار المدينة إلى منطقة الجفرة وقاعدتها الجوية وسط ليبيا.",
    note: "fled Bani Walid's airport (مطار المدينة); the correspondent cites the Bani Walid mayor",
  });

  const p18 = "وذكر إيشلر في سلسلة تغريدات على تويتر أن تحرير ترهونة من مليشيا حفتر خطوة كبيرة على طريق تحقيق ليبيا التي ستحتضن كافة شرائح الشعب الليبي.";
  b.claim({ actor: "GNA", action: "captured", places: ["Tarhuna"], speaker: "TUR", trigger: "تحرير", evidence: p18, note: "the liberator is implicit: the GNA" }).claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Tarhuna"],
    speaker: "TUR",
    trigger: "تحرير",
    evidence: p18,
    note: "liberated from Haftar's militia",
  });

  b.claim({
    actor: "LNA",
    action: "struck",
    places: ["Abu Qurain"],
    means: "unspecified",
    speaker: "outlet",
    trigger: "قصفت",
    evidence: "في المقابل، قصفت قوات حفتر موقعا لقوات الوفاق في محور أبوقرين شرق مصراتة، دون وقوع إصابات.",
  });

  b.claim({
    actor: "UAE",
    action: "struck",
    places: ["Tarhuna"],
    means: "drone",
    speaker: "outlet",
    trigger: "قصفت",
    evidence: "قال مراسل الجزيرة إن طائرات مسيرة إماراتية تابعة لقوات حفتر قصفت قوات حكومة الوفاق في ترهونة.",
    note: "Emirati drones operated for Haftar's forces",
  });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Western Libya"],
    speaker: "outlet",
    trigger: "انسحابها من",
    evidence: "وبررت قوات حفتر انسحابها من الغرب الليبي برغبتها في إبعاد العاصمة عن القتال وإتاحة الفرصة للحل السياسي.",
    note: "the withdrawal is presupposed by both sides; the LNA gives its reason",
  });

  // ------------------------------------------------------------ measurements
  b.measurement({ kind: "distance-direction", subject: "Sirte", reference: "Tripoli", value: 450, unit: "km", direction: "E", evidence: "المدينة الواقعة على بعد 450 كلم شرق طرابلس", note: "المدينة = Sirte" })
    .measurement({ kind: "distance", subject: "Buwairat al-Hasun", reference: "Sirte", value: 95, unit: "km", evidence: "منطقة بويرات الحسوان التي تبعد 95 كلم عن مدينة سرت" })
    .measurement({ kind: "direction", subject: WASHKA, reference: "Misrata", direction: "E", evidence: "بمنطقة الوشكة شرقي مصراتة" })
    .measurement({ kind: "direction", subject: "Abu Qurain", reference: "Misrata", direction: "E", evidence: "محور أبوقرين شرق مصراتة" });

  // ------------------------------------------------------------ dates
  b.date("⟦خلال الأربع والعشرين ساعة الماضية⟧", "2020-06-05", "approximate", "the 24 hours before a 6 June article");

  // ------------------------------------------------------------ negatives
  b.negative("لتحرير مدن وبلدات شرق ووسط البلاد، في مقدمتها سرت والجفرة، من قوات حفتر", "the operation's purpose (لِـ + masdar): intent, not capture")
    .negative("صدرت التعليمات لقواتنا ببدء الهجوم والتقدم والضرب بقوة وحزم لكل بؤر المتمردين في الوشكة وسرت", "orders to begin: intent")
    .negative("سيتم استهدافه وقصفه على امتداد الأراضي الليبية دون استثناء", "a threat about any future target: no place struck")
    .negative("وحذر من أن ليبيا ستكون مقبرة لمن اختار أن يتمرد عليها", "rhetorical warning, future")
    .negative("إن أعيان مدينة سرت يعرضون تسليمها للحكومة الشرعية", "an offer to hand over Sirte: not a handover, not a capture")
    .negative("جدد رئيس المجلس الرئاسية لحكومة الوفاق فايز السراج العزم على بسط سيطرة الدولة على كافة الأراضي الليبية", "resolve to extend control: intent")
    .negative("كانت تعرقل تقدم قوات الوفاق", "the GNA advance was being obstructed: no place advanced on");
  return b;
}
