/** h18: the Tripoli clashes of 26–27 August 2022 between Dbeibah's and Bashagha's camps, Sunday 28 August 2022; neutral wire (وكالات). */
import { GoldBuilder } from "../annotate.ts";

const GNU = "forces of the Government of National Unity (Dbeibah, 2021–): no actor id; not the GNA";
const BASH = "forces backing Fathi Bashagha's parliament-appointed government (2022): no actor id";

export function goldH18(): GoldBuilder {
  const b = new GoldBuilder("h18_tripoli_2022", { iso: "2022-08-28", precision: "day" });
  const SAT = { iso: "2022-08-27", precision: "day" } as const;
  const MAY17 = { iso: "2022-05-17", precision: "day" } as const;
  const Y2019 = { iso: "2019-01-01", precision: "year" } as const;
  const BAB = "Bab bin Ghashir (Tripoli)";

  b.names("طرابلس", "Tripoli")
    .toponym("⟦شارع الزاوية⟧", "Zawiya Street (Tripoli)", "a street in central Tripoli, not the city of Zawiya")
    .names("الزاوية", "Zawiya", [0])
    .names("باب بن غشير", BAB)
    .toponym("⟦طريق السور⟧", "Sur Road (Tripoli)")
    .toponym("⟦شارع الجمهورية⟧", "Jumhuriya Street (Tripoli)")
    .names("سوق الجمعة", "Souq al-Jumaa (Tripoli)", [], "the Tripoli district, not the OSM villages of that name")
    .names("جنزور", "Janzour")
    .names("الطويشة", "Tuwaisha")
    .names("السواني", "Sawani")
    .names("غريان", "Gharyan")
    .names("سرت", "Sirte")
    .names("سوق الثلاثاء", "Souq al-Thulatha (Tripoli)")
    .names("تركيا", "Turkey")
    .toponym("⟦قاعدة الوطية⟧", "Al-Watiya Air Base")
    .names("مصراتة", "Misrata");

  b.actor("⟦تشكيلات مسلحة موالية لحكومة الوحدة الوطنية⟧", "UNKNOWN", GNU)
    .actor("⟦عبد الحميد الدبيبة⟧", "UNKNOWN", GNU)
    .actor("⟦أخرى داعمة لغريمه⟧", "UNKNOWN", BASH + "; «أخرى» = other armed formations")
    .actor("⟦فتحي باشاغا⟧", "UNKNOWN", BASH)
    .actor("⟦جهاز دعم الاستقرار⟧", "UNKNOWN", GNU)
    .actor("الموالي ل⟦لدبيبة⟧", "UNKNOWN", GNU + "; ل + الدبيبة")
    .actor("⟦اللواء 777⟧", "UNKNOWN", BASH + "; a brigade, not the title «اللواء»")
    .actor("⟦الكتيبة 92⟧", "UNKNOWN", BASH)
    .actor("⟦عناصرهما⟧", "UNKNOWN", BASH)
    .actor("⟦جهاز الردع⟧", "UNKNOWN", GNU)
    .actor("⟦كتيبة النواصي⟧", "UNKNOWN", BASH)
    .actor("⟦قوات موالية لباشاغا⟧", "UNKNOWN", BASH)
    .actor("⟦أسامة الجويلي⟧", "UNKNOWN", BASH + "; a GNA commander in 2019–2020, Bashagha's appointee here")
    .actor("المعيّن من ⟦باشاغا⟧", "UNKNOWN", BASH)
    .actor("⟦القوات الحكومية⟧", "UNKNOWN", GNU + "; «الحكومية» here is Dbeibah's government")
    .actor("وقال ⟦الدبيبة⟧", "UNKNOWN", GNU)
    .actor("إن ⟦قواته⟧", "UNKNOWN", GNU)
    .actor("⟦التشكيلات المتمردة⟧", "UNKNOWN", BASH)
    .actor("اتهم ⟦باشاغا⟧", "UNKNOWN", BASH)
    .actor("أن تكون ⟦قواته⟧", "UNKNOWN", BASH)
    .actor("وكان ⟦باشاغا⟧", "UNKNOWN", BASH)
    .actor("⟦مؤيديه⟧", "UNKNOWN", BASH)
    .actor("بإخراج ⟦التشكيلات المسلحة⟧", "UNKNOWN", "all armed formations, of both camps")
    .actor("أعلنت ⟦تركيا⟧", "TUR")
    .actor("⟦قوات حكومة الوفاق السابقة⟧", "GNA")
    .actor("⟦قوات خليفة حفتر⟧", "LNA");

  b.claim({
    actor: "UNKNOWN",
    action: "contested",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "اشتباكات",
    evidence: "ساد هدوء حذر شوارع العاصمة الليبية صباح اليوم الأحد، غداة اشتباكات دامية بين تشكيلات مسلحة موالية لحكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة وأخرى داعمة لغريمه فتحي باشاغا، خلفت 32 قتيلا و159 جريحا وفق وزارة الصحة.",
    date: SAT,
    note: "«غداة»: the day before Sunday; العاصمة الليبية = Tripoli; both camps have no actor id",
  });

  b.claim({
    actor: "UNKNOWN",
    action: "contested",
    places: ["Zawiya Street (Tripoli)", BAB, "Sur Road (Tripoli)", "Jumhuriya Street (Tripoli)"],
    speaker: "outlet",
    trigger: "المواجهات",
    evidence: "واندلعت المواجهات ليل الجمعة السبت في محيط شارع الزاوية وباب بن غشير وسط المدينة، قبل أن تمتد إلى طريق السور وشارع الجمهورية، حيث استُخدمت الأسلحة الثقيلة في أحياء مكتظة.",
    date: { iso: "2022-08-26", precision: "day" },
    note: "the night from Friday to Saturday",
  });

  const s3 = "وأعلن جهاز دعم الاستقرار، الموالي للدبيبة، أنه بسط سيطرته على مقرات اللواء 777 والكتيبة 92 في باب بن غشير بعد انسحاب عناصرهما منها، فيما استولى جهاز الردع على مقر كتيبة النواصي في سوق الجمعة.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: [BAB], speaker: "UNKNOWN", trigger: "بسط سيطرته على", evidence: s3, note: "the Stability Support Apparatus, announcing it; " + GNU })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: [BAB], speaker: "UNKNOWN", trigger: "انسحاب", evidence: s3, note: BASH })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Souq al-Jumaa (Tripoli)"], speaker: "outlet", trigger: "استولى", evidence: s3, note: "al-Radaa takes the Nawasi battalion's base; " + GNU });

  const s4 = "وعند المدخل الغربي للعاصمة، تقدمت قوات موالية لباشاغا قادمة من الزاوية حتى مشارف جنزور، لكنها تراجعت مساء السبت إلى مواقعها السابقة بعد تعرضها لضربات بطائرات مسيّرة.";
  b.claim({ actor: "UNKNOWN", action: "advancing", places: ["Janzour"], speaker: "outlet", trigger: "تقدمت", evidence: s4, date: SAT, note: "to Janzour's outskirts, coming from Zawiya; " + BASH })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Janzour"], speaker: "outlet", trigger: "تراجعت", evidence: s4, date: SAT, note: "fell back from Janzour's outskirts; the drone strikes have no stated side" });

  const s5 = "وفي الجنوب، قالت مصادر محلية إن رتلا يقوده أسامة الجويلي، المعيّن من باشاغا، حاول دخول العاصمة من جهة الطويشة والسواني، غير أنه عجز عن اختراق خطوط القوات الحكومية وعاد أدراجه نحو غريان.";
  b.claim({ actor: "UNKNOWN", action: "entered", places: ["Tripoli"], modality: "negated", speaker: "other", trigger: "حاول دخول", evidence: s5, note: "a failed attempt; العاصمة = Tripoli; Gharyan is where the column went back to; " + BASH })
    .claim({ actor: "UNKNOWN", action: "repelled", places: ["Tripoli"], speaker: "other", trigger: "عجز عن اختراق خطوط", evidence: s5, note: "the government forces held their lines; " + GNU });

  const s6 = "وقال الدبيبة في كلمة مصورة إن قواته \"أحبطت محاولة انقلاب على الشرعية\"، متوعدا بملاحقة \"كل من حمل السلاح في وجه الدولة\" وبإخراج التشكيلات المتمردة من طرابلس.";
  b.claim({ actor: "UNKNOWN", action: "repelled", places: ["Tripoli"], speaker: "UNKNOWN", trigger: "أحبطت", evidence: s6, note: "'foiled a coup attempt' in Tripoli (implicit); " + GNU })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Tripoli"], modality: "intent", speaker: "UNKNOWN", trigger: "وبإخراج", evidence: s6, note: "the expeller, a vow; " + GNU })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Tripoli"], modality: "intent", speaker: "UNKNOWN", trigger: "وبإخراج", evidence: s6, note: "the expelled, a vow; " + BASH });

  const s7 = "في المقابل، اتهم باشاغا، الذي يتخذ من سرت مقرا لحكومته، خصمه بـ\"التشبث بالسلطة\"، ونفى أن تكون قواته قد بادرت بالهجوم، مؤكدا أنها \"لن تدخل طرابلس بقوة السلاح\".";
  b.claim({ actor: "UNKNOWN", action: "controls", places: ["Sirte"], speaker: "outlet", trigger: "يتخذ من سرت مقرا", evidence: s7, note: "the seat of Bashagha's government" })
    .claim({ actor: "UNKNOWN", action: "entered", places: ["Tripoli"], modality: "negated", speaker: "UNKNOWN", trigger: "لن تدخل", evidence: s7, note: BASH });

  const s8 = "وكان باشاغا قد دخل العاصمة في 17 مايو/أيار الماضي برفقة عدد من مؤيديه، قبل أن يغادرها بعد ساعات إثر اشتباكات في حي سوق الثلاثاء.";
  b.claim({ actor: "UNKNOWN", action: "entered", places: ["Tripoli"], speaker: "outlet", trigger: "دخل", evidence: s8, date: MAY17, note: "العاصمة = Tripoli; " + BASH })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Tripoli"], speaker: "outlet", trigger: "يغادرها", evidence: s8, date: MAY17, note: "hours later" })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Souq al-Thulatha (Tripoli)"], speaker: "outlet", trigger: "اشتباكات", evidence: s8, date: MAY17 });

  b.claim({
    actor: "UNKNOWN",
    action: "withdrew",
    places: ["Tripoli"],
    modality: "conditional",
    speaker: "other",
    trigger: "والتراجع",
    evidence: "وأمر المجلس الرئاسي بإخراج التشكيلات المسلحة من الأحياء السكنية والتراجع مسافة 20 كلم عن حدود العاصمة، فيما أعلنت تركيا، التي تحتفظ بقوات في قاعدة الوطية وفي مصراتة، أنها \"تراقب الوضع عن كثب\".",
    note: "an order by the Presidential Council (2022, no actor id) to all armed formations, not carried out; Turkey's troops at al-Watiya and Misrata are a presence, not a claim",
  });

  const s10 = "ويعيد القتال إلى الأذهان حرب 2019، حين صدت قوات حكومة الوفاق السابقة هجوم قوات خليفة حفتر على العاصمة، قبل أن تدفعها إلى التراجع نحو سرت في يونيو/حزيران 2020.";
  b.claim({ actor: "GNA", action: "repelled", places: ["Tripoli"], speaker: "outlet", trigger: "صدت", evidence: s10, date: Y2019, note: "العاصمة = Tripoli" })
    .claim({ actor: "LNA", action: "contested", places: ["Tripoli"], speaker: "outlet", trigger: "هجوم", evidence: s10, date: Y2019 })
    .claim({ actor: "LNA", action: "withdrew", places: ["Tripoli"], speaker: "outlet", trigger: "التراجع", evidence: s10, date: { iso: "2020-06-01", precision: "month" }, note: "pushed back from Tripoli; Sirte is where it fell back to" });

  b.claim({
    actor: "UNKNOWN",
    action: "reinforcing",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "تدفق التعزيزات",
    evidence: "ويحذر محللون من أن جولة جديدة قد تندلع في أي لحظة ما لم يتفق الطرفان على قاعدة دستورية للانتخابات، خاصة مع استمرار تدفق التعزيزات من مصراتة والزاوية نحو العاصمة.",
    note: "reinforcements from Misrata and Zawiya toward Tripoli; the side is not said (both camps have no actor id)",
  });

  b.measurement({ kind: "pullback", subject: null, reference: "Tripoli", value: 20, unit: "km", evidence: "والتراجع مسافة 20 كلم عن حدود العاصمة", note: "العاصمة = Tripoli; an order" })
    .measurement({
    kind: "distance-direction",
    subject: "Tripoli",
    reference: "Sirte",
    value: 500,
    unit: "km",
    direction: "W",
    evidence: "وتبعد طرابلس قرابة خمسمئة كيلومتر غرب سرت",
    note: "in words; a road distance (the straight line is about 370 km); the bearing (301°) is just inside NW",
  });

  b.date("⟦صباح اليوم الأحد⟧", "2022-08-28", "day")
    .date("⟦ليل الجمعة السبت⟧", "2022-08-26", "day", "the night from Friday to Saturday")
    .date("⟦مساء السبت⟧", "2022-08-27", "day")
    .date("⟦17 مايو/أيار الماضي⟧", "2022-05-17", "day")
    .date("حرب ⟦2019⟧", "2019-01-01", "year")
    .date("⟦يونيو/حزيران 2020⟧", "2020-06-01", "month")
    .date("⟦صيف 2020⟧", "2020-07-01", "approximate", "summer 2020");

  b.negative("حاول دخول العاصمة من جهة الطويشة والسواني، غير أنه عجز عن اختراق خطوط القوات الحكومية", "a failed attempt: no entry")
    .negative("متوعدا بملاحقة \"كل من حمل السلاح في وجه الدولة\" وبإخراج التشكيلات المتمردة من طرابلس", "a vow: intent")
    .negative("ونفى أن تكون قواته قد بادرت بالهجوم", "a denial")
    .negative("مؤكدا أنها \"لن تدخل طرابلس بقوة السلاح\"", "negated future")
    .negative("وأمر المجلس الرئاسي بإخراج التشكيلات المسلحة من الأحياء السكنية والتراجع مسافة 20 كلم عن حدود العاصمة", "an order not yet carried out")
    .negative("جولة جديدة قد تندلع في أي لحظة ما لم يتفق الطرفان", "a conditional projection");
  return b;
}
