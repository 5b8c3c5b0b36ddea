/** 002: Al Arabiya / Al Hadath, Saturday 2020-06-06, pro-LNA wording. LNA reinforces Sirte. */
import { GoldBuilder } from "../annotate.ts";

const PUB = { iso: "2020-06-06", precision: "day" } as const;
const LAST_NIGHT = { iso: "2020-06-05", precision: "approximate" } as const;
const EARLY_2020 = { iso: "2020-01-06", precision: "approximate" } as const;
const WASHKA = "Al-Washka (coastal, between Abu Qurain and Buwairat al-Hasun)";
const HISHA = "Hisha (near Misrata)";

export function gold002(): GoldBuilder {
  const b = new GoldBuilder("002_e69a338bd8dde591", PUB);

  // ------------------------------------------------------------ toponyms
  b.names("بنغازي", "Benghazi")
    .names("سرت", "Sirte")
    .names("أبوقرين", "Abu Qurain")
    .names("مصراتة", "Misrata")
    .names("وادي بي", "Wadi Bey")
    .names("الجفرة", "Al-Jufra")
    .names("ليبيا", "Libya")
    .names("القداحية", "Qaddahiya")
    .names("الهيشة", HISHA)
    .names("الوشكة", WASHKA)
    .names("ترهونة", "Tarhuna")
    .toponym("⟦بوابة 70⟧", "Gate 70 (Sirte)")
    .names("بني وليد", "Bani Walid")
    .names("طرابلس", "Tripoli")
    .names("أنقرة", "Ankara")
    .names("تركيا", "Turkey");

  // ------------------------------------------------------------ actors
  b.actor(["الجيش الليبي", 0], "LNA")
    .actor("لصد ⟦الوفاق⟧", "GNA")
    .actor("⟦الجيش الوطني الليبي⟧ تعزيزات", "LNA")
    .actor("⟦تشكيلات تابعة للوفاق⟧", "GNA")
    .actor("تقودها ⟦تركيا⟧", "TUR")
    .actor("مصادر ⟦الجيش⟧،", "LNA")
    .actor("⟦طيران الجيش الوطني⟧", "LNA")
    .actor("أجبرت، كما ذكرت المصادر نفسُها، ⟦القوات المهاجمة⟧", "GNA", "the forces attacking Sirte")
    .actor("إلى ذلك قال ⟦الجيش الليبي⟧", "LNA")
    .actor("⟦قواته الجوية⟧", "LNA")
    .actor("⟦ميليشيات قوات الوفاق⟧", "GNA")
    .actor("ومواقع ⟦الميليشيات⟧", "GNA")
    .actor("بدء تحرك ⟦قوات الوفاق⟧", "GNA")
    .actor("أطلقتها ⟦الوفاق⟧، السبت", "GNA")
    .actor("بين ⟦قوات الجيش الليبي⟧ وقوات", "LNA")
    .actor("الليبي و⟦قوات الوفاق⟧ على", "GNA")
    .actor("بدأت \"⟦قوة حماية وتأمين سرت⟧\"", "GNA")
    .actor("حشد ⟦قواتها⟧", "GNA")
    .actor("أطلقتها ⟦الوفاق⟧ اليوم", "GNA")
    .actor("من قبل ⟦قوات الجيش الليبي⟧", "LNA")
    .actor("بين ⟦قوات الوفاق⟧ والجيش", "GNA")
    .actor("قوات الوفاق و⟦الجيش الليبي⟧، رغم", "LNA")
    .actor("⟦تشكيلات الوفاق⟧ تتقدم", "GNA")
    .actor("جوي ⟦تركي⟧", "TUR")
    .actor("⟦الطيران التركي المسيّر⟧", "TUR")
    .actor("⟦مسيرة تركية⟧", "TUR")
    .actor("عسكرية ل⟦لجيش الوطني⟧ في بوابة", "LNA", "للجيش: the clitic ل is dropped, the second ل is the article's")
    .actor("زعمت ⟦ميليشيات الوفاق⟧", "GNA")
    .actor("الوفاق، بقيادة ⟦تركيا⟧ أن", "TUR")
    .actor("آليات ل⟦لجيش الوطني الليبي⟧.", "LNA")
    .actor("ادعت ⟦ميليشيات الوفاق⟧", "GNA")
    .actor("⟦وحدات الجيش الوطني⟧", "LNA")
    .actor("⟦تشكيلات تابعة لميليشيات الوفاق⟧", "GNA")
    .actor("تمكنت بقيادة ⟦تركيا⟧ من", "TUR")
    .actor("إعلان ⟦ميليشيات الوفاق⟧ دخولها", "GNA")
    .actor("رئيسي ل⟦لجيش الوطني الليبي⟧ قرب", "LNA")
    .actor("بأن ⟦ميليشيات الوفاق⟧ بقيادة", "GNA")
    .actor("⟦قوات تركية⟧", "TUR")
    .actor("مصدره ⟦أنقرة⟧", "TUR", "the Turkish state by its capital")
    .actor("⟦حكومة فايز السراج⟧", "GNA")
    .actor("المتحدث باسم ⟦الجيش الليبي⟧ اللواء", "LNA")
    .actor("اللواء ⟦أحمد المسماري⟧", "LNA")
    .actor("على ⟦الجيش الوطني⟧ وقد", "LNA")
    .actor("وذكّر ⟦المسماري⟧", "LNA")
    .actor("قام به ⟦السراج⟧", "GNA")
    .actor("السراج مع ⟦تركيا⟧", "TUR");

  // ------------------------------------------------------------ claims
  b.claim({
    actor: "LNA",
    action: "reinforcing",
    places: ["Sirte"],
    speaker: "outlet",
    trigger: "يرسل تعزيزات",
    evidence: "الجيش الليبي يرسل تعزيزات من بنغازي إلى سرت لصد الوفاق",
    note: "headline; from Benghazi to Sirte",
  }).claim({
    actor: "LNA",
    action: "reinforcing",
    places: ["Sirte"],
    speaker: "LNA",
    trigger: "تعزيزات عسكرية",
    evidence: "الجيش الوطني الليبي تعزيزات عسكرية من بنغازي إلى سرت لوقف هجمات تشكيلات تابعة للوفاق تقودها تركيا، وفق ما أعلنت مصادر الجيش، الذي بث صورا لتلك التعزيزات.",
    note: "the verb (يرسل) is missing in the text; attributed to the army's sources",
  });

  const s3 = "ويأتي ذلك بعد غارات جوية لطيران الجيش الوطني أجبرت، كما ذكرت المصادر نفسُها، القوات المهاجمة على التراجع عن سرت بنحو 30 كيلومتراً.";
  b.claim({ actor: "LNA", action: "struck", places: ["Sirte"], means: "air", speaker: "LNA", trigger: "غارات جوية", evidence: s3, note: "on the forces attacking Sirte, in its approaches" })
    .claim({ actor: "LNA", action: "repelled", places: ["Sirte"], speaker: "LNA", trigger: "أجبرت", evidence: s3, note: "forced the attackers back about 30 km from Sirte" })
    .claim({ actor: "GNA", action: "withdrew", places: ["Sirte"], speaker: "LNA", trigger: "التراجع عن", evidence: s3, note: "pushed back about 30 km" });

  b.claim({
    actor: "LNA",
    action: "struck",
    places: ["Abu Qurain"],
    means: "air",
    speaker: "LNA",
    trigger: "قصفت",
    evidence: "إلى ذلك قال الجيش الليبي، في وقت سابق السبت، إن قواته الجوية قصفت رتلاً عسكرياً تابعاً لميليشيات قوات الوفاق بمنطقة أبوقرين جنوب مدينة مصراتة.",
  });

  b.claim({
    actor: "LNA",
    action: "struck",
    places: ["Wadi Bey"],
    means: "air",
    speaker: "LNA",
    trigger: "وقصف",
    evidence: "وأوضح في بيان أنه نفذ غارات جوية على تمركزات ومواقع الميليشيات، وقصف رتلاً عسكرياً في وادي بي جنوب أبوقرين.",
    note: "the army's statement about its air force's strikes",
  });

  const s6 =
    "وتزامن هذا القصف، مع بدء تحرك قوات الوفاق المتمركزة شرق مدينة مصراتة في إطار عملية عسكرية أطلقتها الوفاق، السبت، تحت اسم \"دروب النصر\"، وتستهدف إعادة السيطرة على مدينتي سرت والجفرة، الواقعتين وسط ليبيا والقريبتين من الحقول النفطية.";
  for (const place of ["Sirte", "Al-Jufra"]) {
    b.claim({ actor: "GNA", action: "captured", places: [place], modality: "intent", speaker: "outlet", trigger: "تستهدف إعادة السيطرة على", evidence: s6, note: "the operation's aim" });
  }

  const s7 =
    "هذا وتدور معارك منذ أشهر بين قوات الجيش الليبي وقوات الوفاق على مناطق القداحية والهيشة والوشكة وأبوقرين شرق مدينة مصراتة، بينما بدأت \"قوة حماية وتأمين سرت\" وأغلب عناصرها من مدينة مصراتة، حشد قواتها للمشاركة في العملية العسكرية الجديدة التي أطلقتها الوفاق اليوم، وأعلنت أنّها سترمي بكامل قوتها لإعادة السيطرة على مدينة سرت التي طردت منها منذ مطلع العام الحالي من قبل قوات الجيش الليبي.";
  for (const place of ["Qaddahiya", HISHA, WASHKA, "Abu Qurain"]) {
    for (const actor of ["LNA", "GNA"] as const) {
      b.claim({ actor, action: "contested", places: [place], speaker: "outlet", trigger: "تدور معارك", evidence: s7, note: "battles for months between the two sides" });
    }
  }
  b.claim({ actor: "GNA", action: "captured", places: ["Sirte"], modality: "intent", speaker: "GNA", trigger: "سترمي بكامل قوتها لإعادة السيطرة على", evidence: s7, note: "announced by the Sirte Protection and Security Force" })
    .claim({ actor: "GNA", action: "withdrew", places: ["Sirte"], speaker: "outlet", trigger: "طردت منها", evidence: s7, date: EARLY_2020, note: "expelled from Sirte 'since the start of this year'" })
    .claim({ actor: "LNA", action: "captured", places: ["Sirte"], speaker: "outlet", trigger: "طردت منها", evidence: s7, date: EARLY_2020, note: "the expeller (من قبل قوات الجيش الليبي) took the city" });

  b.claim({
    actor: "GNA",
    action: "advancing",
    places: [WASHKA],
    speaker: "outlet",
    trigger: "تتقدم باتجاه",
    evidence: "وفي وقت سابق أفاد مراسل قناتي \"العربية\" و\"الحدث\" أن تشكيلات الوفاق تتقدم باتجاه منطقة الوشكة غرب سرت بغطاء جوي تركي.",
  });

  b.claim({
    actor: "TUR",
    action: "struck",
    places: ["Sirte"],
    means: "drone",
    speaker: "other",
    trigger: "قصف",
    evidence: "وأفادت مصادر متطابقة أن الطيران التركي المسيّر قصف الليلة الماضية مجموعة من السيارات لأسر نازحة من مدينة ترهونة، جنوب مدينة سرت.",
    date: LAST_NIGHT,
    note: "the cars were hit south of Sirte; the families were displaced from Tarhuna",
  });

  b.claim({
    actor: "TUR",
    action: "struck",
    places: ["Gate 70 (Sirte)"],
    means: "drone",
    speaker: "outlet",
    trigger: "استهدفت",
    evidence: "فيما أفاد مراسل \"العربية\" و\"الحدث\" بأن مسيرة تركية استهدفت مواقع عسكرية للجيش الوطني في بوابة 70 جنوب مدينة سرت.",
  });

  b.claim({
    actor: "GNA",
    action: "struck",
    places: ["Sirte"],
    means: "air",
    speaker: "GNA",
    distanced: true,
    trigger: "نفّذت 5 ضربات",
    evidence: "يأتي هذا فيما زعمت ميليشيات الوفاق، بقيادة تركيا أن \"طائراتها\" نفّذت 5 ضربات جنوب سرت استهدفت آليات للجيش الوطني الليبي.",
    note: "south of Sirte; the outlet distances itself (زعمت)",
  });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Sirte"],
    speaker: "GNA",
    distanced: true,
    trigger: "انسحاب",
    evidence: "كما ادعت ميليشيات الوفاق أن أعيان مدينة سرت عرضوا تسليم المدينة، تزامناً مع انسحاب وحدات الجيش الوطني، بحسب تعبيرها.",
    note: "withdrawal of LNA units (from Sirte, implied); the outlet distances itself (ادعت)",
  });

  const s14 =
    "وكانت تشكيلات تابعة لميليشيات الوفاق تمكنت بقيادة تركيا من دخول مدينة بني وليد شمال غربي البلاد والتقدم باتجاه مطارها بعد غارات جوية، وذلك في أعقاب إعلان ميليشيات الوفاق دخولها مدينة ترهونة، آخر معقل رئيسي للجيش الوطني الليبي قرب طرابلس.";
  b.claim({ actor: "GNA", action: "entered", places: ["Bani Walid"], speaker: "outlet", trigger: "من ⟦دخول⟧ مدينة", evidence: s14 })
    .claim({ actor: "GNA", action: "advancing", places: ["Bani Walid"], speaker: "outlet", trigger: "التقدم باتجاه", evidence: s14, note: "toward Bani Walid's airport (مطارها)" })
    .claim({ actor: "GNA", action: "entered", places: ["Tarhuna"], speaker: "GNA", trigger: "دخولها", evidence: s14, note: "as announced by the GNA militias" })
    .claim({
      actor: "LNA",
      action: "controls",
      places: ["Tarhuna"],
      speaker: "outlet",
      trigger: "آخر معقل رئيسي",
      evidence: s14,
      date: { iso: "2020-06-05", precision: "approximate" },
      note: "past control: the LNA's last main stronghold near Tripoli until the GNA entered",
    });

  b.claim({
    actor: "GNA",
    action: "entered",
    places: ["Tarhuna"],
    speaker: "outlet",
    trigger: "دخلت",
    evidence: "وأفاد مراسل \"العربية\" و\"الحدث\" بأن ميليشيات الوفاق بقيادة قوات تركية دخلت ترهونة من 3 محاور وتحت غطاء طيران مسيّر مصدره أنقرة، التي أرسلت أسلحة نوعية لحكومة فايز السراج.",
    note: "led by Turkish forces",
  });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Tripoli"],
    modality: "conditional",
    speaker: "LNA",
    trigger: "طُلب منه التراجع",
    evidence: "هذا وأكد المتحدث باسم الجيش الليبي اللواء أحمد المسماري أن هناك ضغوطاً دولية كبيرة تمارس على الجيش الوطني وقد طُلب منه التراجع 60 كيلومتراً عن حدود طرابلس.",
    note: "a demand made of the LNA, not a withdrawal carried out",
  });

  // ------------------------------------------------------------ measurements
  b.measurement({ kind: "pushback", subject: null, reference: "Sirte", value: 30, unit: "km", evidence: "التراجع عن سرت بنحو 30 كيلومتراً", note: "the attacking forces pushed back about 30 km from Sirte" })
    .measurement({ kind: "direction", subject: "Abu Qurain", reference: "Misrata", direction: "S", evidence: "بمنطقة أبوقرين جنوب مدينة مصراتة" })
    .measurement({ kind: "direction", subject: "Wadi Bey", reference: "Abu Qurain", direction: "S", evidence: "في وادي بي جنوب أبوقرين" })
    .measurement({ kind: "direction", subject: null, reference: "Misrata", direction: "E", evidence: "قوات الوفاق المتمركزة شرق مدينة مصراتة", note: "where the GNA forces are stationed" });
  for (const place of ["Qaddahiya", HISHA, WASHKA, "Abu Qurain"]) {
    b.measurement({ kind: "direction", subject: place, reference: "Misrata", direction: "E", evidence: "مناطق القداحية والهيشة والوشكة وأبوقرين شرق مدينة مصراتة", note: "one relation per listed area" });
  }
  b.measurement({ kind: "direction", subject: WASHKA, reference: "Sirte", direction: "W", evidence: "منطقة الوشكة غرب سرت" })
    .measurement({
      kind: "direction",
      subject: "Tarhuna",
      reference: "Sirte",
      direction: "S",
      evidence: "قصف الليلة الماضية مجموعة من السيارات لأسر نازحة من مدينة ترهونة، جنوب مدينة سرت",
      note: "the apposition reads as 'Tarhuna, south of Sirte' (issue 4 expects this relation, flagged: Tarhuna lies ~310 km WNW of Sirte); it can also be read as where the cars were struck",
    })
    .measurement({ kind: "direction", subject: "Gate 70 (Sirte)", reference: "Sirte", direction: "S", evidence: "بوابة 70 جنوب مدينة سرت" })
    .measurement({ kind: "direction", subject: null, reference: "Sirte", direction: "S", evidence: "5 ضربات جنوب سرت", note: "where the claimed strikes fell" })
    .measurement({ kind: "direction", subject: "Bani Walid", reference: "Libya", direction: "NW", evidence: "مدينة بني وليد شمال غربي البلاد", note: "البلاد = Libya" })
    .measurement({ kind: "pullback", subject: null, reference: "Tripoli", value: 60, unit: "km", evidence: "التراجع 60 كيلومتراً عن حدود طرابلس", note: "demanded, not done" });

  // ------------------------------------------------------------ dates
  b.date("في وقت سابق ⟦السبت⟧", "2020-06-06", "day")
    .date("الوفاق، ⟦السبت⟧،", "2020-06-06", "day")
    .date("أطلقتها الوفاق ⟦اليوم⟧", "2020-06-06", "day")
    .date("منذ ⟦مطلع العام الحالي⟧", "2020-01-06", "approximate", "early 2020; Sirte fell in the first week of January")
    .date("⟦الليلة الماضية⟧", "2020-06-05", "approximate", "the night before the Saturday article");

  // ------------------------------------------------------------ negatives
  b.negative("وتستهدف إعادة السيطرة على مدينتي سرت والجفرة", "the operation's aim: intent")
    .negative("وأعلنت أنّها سترمي بكامل قوتها لإعادة السيطرة على مدينة سرت", "future intent")
    .negative("وتنبئ هذه المؤشرات بتصعيد عسكري محتمل وسط ليبيا وصدام مسلّح بين قوات الوفاق والجيش الليبي", "a possible escalation: hypothetical")
    .negative("أن أعيان مدينة سرت عرضوا تسليم المدينة", "an offer to hand over the city: no handover")
    .negative("وقد طُلب منه التراجع 60 كيلومتراً عن حدود طرابلس", "a demand to pull back, not a withdrawal")
    .negative("لوقف هجمات تشكيلات تابعة للوفاق", "purpose of the reinforcements: no place taken");
  return b;
}
