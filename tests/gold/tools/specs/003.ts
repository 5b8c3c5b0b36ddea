/** 003: unnamed outlet, Tripoli dateline, about 2020-01-11, pro-LNA wording. The LNA pushes toward Misrata. */
import { GoldBuilder } from "../annotate.ts";

const PUB = { iso: "2020-01-11", precision: "approximate" } as const;
const FRIDAY = { iso: "2020-01-10", precision: "day" } as const;
const SIRTE_FELL = { iso: "2020-01-06", precision: "approximate" } as const;
const ANCHORED = "day names resolved against Saturday 11 January 2020, which the explicit 8 January date in the text supports";

export function gold003(): GoldBuilder {
  const b = new GoldBuilder("003_cf76bc28e12c8499", PUB);

  // ------------------------------------------------------------ toponyms
  b.names("مصراتة", "Misrata")
    .names("طرابلس", "Tripoli")
    .names("سرت", "Sirte")
    .names("الهيشة", "Hisha (near Misrata)")
    .names("الخمس", "Khoms")
    .toponym("من ⟦الهلال النفطي⟧ الليبي", "Oil Crescent")
    .names("ليبيا", "Libya")
    .names("أبو ظبي", "Abu Dhabi")
    .names("أبوظبي", "Abu Dhabi")
    .names("الإمارات العربية المتحدة", "United Arab Emirates")
    .names("إسطنبول", "Istanbul")
    .names("فرنسا", "France")
    .names("مصر", "Egypt")
    .names("ايطاليا", "Italy")
    .names("الجزائر", "Algeria", [], "could be read as the capital Algiers; the country is taken")
    .names("تركيا", "Turkey");

  // ------------------------------------------------------------ actors
  b.actor(["الجيش الليبي", 0], "LNA")
    .actor(["بوتين", 0], "RUS")
    .actor("الشيخ ⟦محمد بن زايد⟧ القضية", "UAE")
    .actor("مع ⟦اردوغان⟧", "TUR")
    .actor("تراجع ⟦قوات الوفاق⟧ أمام", "GNA")
    .actor("تقدم ⟦القوات الليبية⟧.", "LNA")
    .actor("أعلن ⟦الجيش الوطني الليبي⟧ بقيادة", "LNA")
    .actor("⟦خليفة حفتر⟧", "LNA")
    .actor("معقل ⟦الجماعات الإسلامية المتطرفة⟧", "GNA", "pro-LNA framing of the GNA-aligned Misrata forces")
    .actor("طرد ⟦ميليشيات حكومة الوفاق⟧", "GNA")
    .actor("أفاد ⟦المركز الإعلامي لغرفة عمليات الكرامة⟧", "LNA", "the LNA's media centre")
    .actor("ان ⟦القوات الليبية⟧ تواصل", "LNA")
    .actor("تراجع ل⟦لميليشيات⟧.", "GNA", "للميليشيات: the clitic ل is dropped, the second ل is the article's")
    .actor("وأكد ⟦المركز الإعلامي⟧ ان", "LNA")
    .actor("أركان ⟦القوات البحرية⟧", "LNA")
    .actor("مشروعا ل⟦لقوات المسلحة⟧ نظرا", "LNA")
    .actor("وكانت ⟦القوات المسلحة الليبية⟧", "LNA")
    .actor("من ⟦الجماعات المتطرفة⟧ التي", "GNA", "pro-LNA framing")
    .actor("لمنع ⟦تلك الجماعات⟧", "GNA")
    .actor("تسيطر ⟦قوات الجيش الوطني الليبي⟧ عليها", "LNA")
    .actor("قبضة ⟦ميليشيات الوفاق⟧", "GNA")
    .actor("ل⟦جماعة الإخوان⟧ التي", "GNA", "pro-LNA framing: the Muslim Brotherhood as the GNA camp")
    .actor("اعلنت ⟦قوات الوفاق⟧ حظر", "GNA")
    .actor("⟦المجموعات المسلحة الموالية لحكومة فائز السراج⟧", "GNA")
    .actor("بحث ⟦الرئيس الروسي⟧، فلاديمير", "RUS")
    .actor("⟦فلاديمير بوتين⟧", "RUS")
    .actor("⟦محمد بن زايد آل نهيان⟧", "UAE")
    .actor("وأطلع ⟦الرئيس الروسي⟧ ولي", "RUS")
    .actor("⟦الرئيس التركي رجب طيب أردوغان⟧", "TUR")
    .actor("⟦الرئيس بوتين⟧", "RUS")
    .actor("وكان ⟦حفتر⟧ رحب", "LNA")
    .actor("بمبادرة ⟦بوتين⟧ لوقف", "RUS")
    .actor("ضد ⟦الميليشيات الموالية لحكومة فائز السراج⟧", "GNA")
    .actor("ارسال ⟦قوات تركية⟧", "TUR")
    .actor("حذرت ⟦فرنسا⟧", "FRA")
    .actor("التصعيد ⟦التركي⟧", "TUR")
    .actor("خارجية ⟦مصر⟧", "EGY")
    .actor("باسمه ⟦أحمد المسماري⟧", "LNA")
    .actor("المشير ⟦حفتر⟧ \"استمرار", "LNA")
    .actor("جهود ⟦القوات المسلحة⟧ في", "LNA")
    .actor("على ⟦المجموعات الإرهابية⟧ المصنفة", "GNA", "pro-LNA framing")
    .actor("إنّ ⟦هذه المجموعات⟧ قد", "GNA")
    .actor("ويشن ⟦الجيش الوطني⟧ عملية", "LNA")
    .actor("مقر ⟦حكومة السراج⟧", "GNA")
    .actor("ورحب ⟦حفتر⟧ في", "LNA")
    .actor("بمبادرة ⟦بوتين⟧ \"الرامية", "RUS")
    .actor("وكان ⟦بوتين⟧ وإردوغان", "RUS")
    .actor("بوتين و⟦إردوغان⟧", "TUR")
    .actor("⟦القوات المتمركزة في طرابلس⟧", "GNA")
    .actor("ضد ⟦القوات المسلحة⟧ والشعب", "LNA")
    .actor("ويشير ⟦حفتر⟧", "LNA")
    .actor("إلى ⟦تركيا⟧ التي", "TUR");

  // ------------------------------------------------------------ claims
  b.claim({ actor: "LNA", action: "advancing", places: ["Misrata"], speaker: "outlet", trigger: "يتقدم نحو", evidence: "الجيش الليبي يتقدم نحو مصراتة", note: "headline" });

  const s2 =
    "طرابلس - أعلن الجيش الوطني الليبي بقيادة المشير خليفة حفتر مواصلة تقدمه نحو مدينة مصراتة معقل الجماعات الإسلامية المتطرفة بعد اقل من أسبوع من طرد ميليشيات حكومة الوفاق من سرت.";
  b.claim({ actor: "LNA", action: "advancing", places: ["Misrata"], speaker: "LNA", trigger: "مواصلة تقدمه نحو", evidence: s2 })
    .claim({ actor: "GNA", action: "controls", places: ["Misrata"], speaker: "outlet", trigger: "معقل", evidence: s2, note: "Misrata as the stronghold of the (GNA-aligned) groups" })
    .claim({ actor: "LNA", action: "captured", places: ["Sirte"], speaker: "outlet", trigger: "طرد", evidence: s2, date: SIRTE_FELL, note: "'less than a week' before; the expeller is the LNA" })
    .claim({ actor: "GNA", action: "withdrew", places: ["Sirte"], speaker: "outlet", trigger: "طرد", evidence: s2, date: SIRTE_FELL, note: "expelled" });

  b.claim({
    actor: "LNA",
    action: "advancing",
    places: ["Hisha (near Misrata)"],
    speaker: "LNA",
    trigger: "تواصل تقدمها الى",
    evidence: "وفي هذا الإطار أفاد المركز الإعلامي لغرفة عمليات الكرامة الجمعة ان القوات الليبية تواصل تقدمها الى محمية الهيشة شرق مصراتة وسط تراجع للميليشيات.",
    date: FRIDAY,
  });

  const s4 =
    "وأكد المركز الإعلامي ان رئيس أركان القوات البحرية وجه مصلحة الموانئ والنقل البحري بمنع السفن المبحرة إلى ميناءي مصراتة والخمس، منبها من أنها قد تصبح هدفا مشروعا للقوات المسلحة نظرا لرفع الحالة القصوى وحالة النفير العام.";
  for (const place of ["Misrata", "Khoms"]) {
    b.claim({
      actor: "LNA",
      action: "struck",
      places: [place],
      means: "unspecified",
      modality: "conditional",
      speaker: "LNA",
      trigger: "قد تصبح هدفا مشروعا",
      evidence: s4,
      note: "a warning that ships bound for the ports may become targets",
    });
  }

  const s5 =
    "وكانت القوات المسلحة الليبية قد أعلنت تحرير سرت بالكامل من الجماعات المتطرفة التي كانت تسيطر عليها، موضحة أن عملية التحرير كانت دقيقة وخاطفة وجاءت في توقيتها لمنع تلك الجماعات من مهاجمة الحقول النفطية.";
  b.claim({ actor: "LNA", action: "captured", places: ["Sirte"], speaker: "LNA", trigger: "⟦تحرير⟧ سرت", evidence: s5 })
    .claim({ actor: "GNA", action: "withdrew", places: ["Sirte"], speaker: "LNA", trigger: "⟦تحرير⟧ سرت", evidence: s5, note: "'liberated from' the groups: they lost the city" })
    .claim({ actor: "GNA", action: "controls", places: ["Sirte"], speaker: "LNA", trigger: "كانت تسيطر عليها", evidence: s5, date: SIRTE_FELL, note: "past control, up to the LNA's capture (early January 2020): dated at its end" });

  b.claim({
    actor: "LNA",
    action: "controls",
    places: ["Oil Crescent"],
    speaker: "outlet",
    trigger: "تسيطر قوات الجيش الوطني الليبي عليها",
    evidence: "وتقع سرت إلى الغرب مباشرة من الهلال النفطي الليبي وهو قطاع من الساحل تقع فيه عدة موانئ لتصدير النفط تسيطر قوات الجيش الوطني الليبي عليها كما تتمتع بموقع استراتيجي على طرق إمداد بين شرق وغرب وجنوب ليبيا.",
    note: "the oil-export ports of the Oil Crescent",
  });

  const s7 =
    "ويشكل تحرير سرت من قبضة ميليشيات الوفاق ضربة قاصمة لجماعة الإخوان التي اندفعت بكل ثقلها في المدينة الساحلية لتوسيع مناطق نفوذها من مصراتة إلى المدينة الساحلية الإستراتيجية.";
  b.claim({ actor: "LNA", action: "captured", places: ["Sirte"], speaker: "outlet", trigger: "تحرير", evidence: s7, note: "liberator implicit: the LNA" }).claim({
    actor: "GNA",
    action: "withdrew",
    places: ["Sirte"],
    speaker: "outlet",
    trigger: "تحرير",
    evidence: s7,
    note: "freed from the GNA militias' grip",
  });

  b.claim({
    actor: "GNA",
    action: "withdrew",
    places: ["Sirte"],
    speaker: "outlet",
    trigger: "خسارة",
    evidence: "وبعد خسارة سرت اعلنت قوات الوفاق حظر التجوال في مصراتة بداية من الاربعاء وهو ما يشير الى حالة الارتباك والخوف التي بدت عليها المجموعات المسلحة الموالية لحكومة فائز السراج.",
    note: "'after the loss of Sirte' (by the GNA)",
  });

  b.claim({
    actor: "GNA",
    action: "captured",
    places: ["Tripoli"],
    speaker: "LNA",
    trigger: "استولت على",
    evidence:
      "وبحسب بيان صادر عن المتحدث باسمه أحمد المسماري، أعلن المشير حفتر \"استمرار جهود القوات المسلحة في حربها على المجموعات الإرهابية المصنفة بقرارات من مجلس الأمن الدولي التي ثبت عبر التجربة أنه لا سبيل لإقامة الدولة المدنية إلا بالقضاء التام عليها، حيث إنّ هذه المجموعات قد استولت على العاصمة طرابلس وتتلقى الدعم من بعض الدول والحكومات\".",
    note: "Haftar's statement: the 'terrorist groups' seized (and hold) the capital; undated",
  });

  const s9 = "ويشن الجيش الوطني عملية عسكرية منذ بداية نيسان/أبريل للسيطرة على طرابلس مقر حكومة السراج.";
  b.claim({ actor: "LNA", action: "contested", places: ["Tripoli"], speaker: "outlet", trigger: "يشن الجيش الوطني عملية عسكرية", evidence: s9, date: { iso: "2019-04-01", precision: "month" }, note: "an offensive under way since early April 2019" })
    .claim({ actor: "LNA", action: "captured", places: ["Tripoli"], modality: "intent", speaker: "outlet", trigger: "للسيطرة على", evidence: s9, note: "the offensive's aim" })
    .claim({ actor: "GNA", action: "controls", places: ["Tripoli"], speaker: "outlet", trigger: "مقر", evidence: s9, note: "Tripoli is the seat of Sarraj's government" });

  b.claim({
    actor: "TUR",
    action: "reinforcing",
    places: ["Libya"],
    speaker: "outlet",
    trigger: "ترسل مسلحين",
    evidence: "ويشير حفتر بذلك إلى تركيا التي ترسل مسلحين سوريين موالين لها للقتال في ليبيا.",
    note: "country-level: Syrian fighters sent to fight in Libya",
  });

  // ------------------------------------------------------------ measurements
  b.measurement({ kind: "direction", subject: "Hisha (near Misrata)", reference: "Misrata", direction: "E", evidence: "محمية الهيشة شرق مصراتة" }).measurement({
    kind: "direction",
    subject: "Sirte",
    reference: "Oil Crescent",
    direction: "W",
    evidence: "وتقع سرت إلى الغرب مباشرة من الهلال النفطي الليبي",
  });

  // ------------------------------------------------------------ dates
  b.date("عمليات الكرامة ⟦الجمعة⟧", "2020-01-10", "day", ANCHORED)
    .date("بداية من ⟦الاربعاء⟧", "2020-01-08", "day", ANCHORED)
    .date("⟦الثامن من كانون ثان/يناير الجاري⟧", "2020-01-08", "day")
    .date("الروسية ⟦السبت⟧", "2020-01-11", "day", ANCHORED)
    .date("رحب ⟦الخميس⟧", "2020-01-09", "day", ANCHORED)
    .date("منذ ⟦بداية نيسان/أبريل⟧", "2019-04-01", "month", "the LNA's Tripoli offensive began 4 April 2019")
    .date("دعوة ⟦الأربعاء⟧", "2020-01-08", "day", ANCHORED);

  // ------------------------------------------------------------ negatives
  b.negative("منبها من أنها قد تصبح هدفا مشروعا للقوات المسلحة", "a warning (قد تصبح): conditional, no strike")
    .negative("لمنع تلك الجماعات من مهاجمة الحقول النفطية", "an attack that was prevented: nothing happened")
    .negative("لتوسيع مناطق نفوذها من مصراتة إلى المدينة الساحلية الإستراتيجية", "a past aim of the Brotherhood: intent, not a claim of control")
    .negative("للسيطرة على طرابلس", "the aim of the offensive: intent, not control")
    .negative("أعرب الرئيس بوتين عن تأييده لتفعيل الجهود الرامية إلى الوقف السريع لإطلاق النار في ليبيا", "diplomacy: no ground claim")
    .negative("لكنّه أكد استمرار العمليات العسكرية ضد الميليشيات الموالية لحكومة فائز السراج التي طلبت ارسال قوات تركية", "a request for Turkish troops: no deployment asserted");
  return b;
}
