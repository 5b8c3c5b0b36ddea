/** h06: Operation al-Bunyan al-Marsus takes the Ouagadougou complex in Sirte from ISIS, Wednesday 10 August 2016. */
import { GoldBuilder } from "../annotate.ts";

const OUAGA = "Ouagadougou complex (Sirte)";
const UNI = "University district (Sirte)";
const GIZA = "Giza al-Bahriya (Sirte)";
const D3 = "District No. 3 (Sirte)";
const IBN = "Ibn Sina Hospital (Sirte)";

export function goldH06(): GoldBuilder {
  const b = new GoldBuilder("h06_sirte_2016", { iso: "2016-08-10", precision: "day" });

  b.names("سرت", "Sirte")
    .toponym("⟦مجمع قاعات واغادوغو⟧", OUAGA)
    .toponym("اقتحمت ⟦مجمع واغادوغو⟧", OUAGA)
    .names("ليبيا", "Libya")
    .names("الحي الجامعي", UNI)
    .toponym("⟦حي الجيزة⟧", GIZA, "the Giza district, by the sea (الجيزة البحرية)")
    .names("الحي رقم 3", D3)
    .names("مستشفى ابن سينا", IBN)
    .names("مصراتة", "Misrata")
    .names("طرابلس", "Tripoli")
    .names("سوريا", "Syria")
    .names("العراق", "Iraq")
    .toponym("⟦قاعدة القرضابية الجوية⟧", "Qardabiya Air Base")
    .names("الجيزة البحرية", GIZA)
    .names("زليتن", "Zliten")
    .names("الخمس", "Khoms")
    .names("تركيا", "Turkey")
    .names("إيطاليا", "Italy");

  b.actor("⟦القوات التابعة للمجلس الرئاسي لحكومة الوفاق الوطني⟧", "GNA")
    .actor("ل⟦تنظيم داعش⟧", "ISIS")
    .actor("وقال ⟦المركز الإعلامي للعملية⟧", "GNA", "the media centre of al-Bunyan al-Marsus")
    .actor("⟦قواتنا⟧", "GNA")
    .actor("وأضاف ⟦المركز⟧", "GNA")
    .actor("انسحابات ل⟦عناصر التنظيم⟧", "ISIS")
    .actor("آخر معاقل ⟦داعش⟧", "ISIS")
    .actor("⟦الطائرات الأميركية⟧", "USA")
    .actor("بطلب من ⟦حكومة الوفاق⟧", "GNA")
    .actor("مواقع ⟦التنظيم⟧ في سرت", "ISIS")
    .actor("⟦وزارة الدفاع الأميركية⟧", "USA")
    .actor("⟦قوات البنيان المرصوص⟧", "GNA")
    .actor("وكانت ⟦قوات الوفاق⟧", "GNA")
    .actor("⟦مقاتلو مصراتة⟧", "GNA")
    .actor("سيطر عليها ⟦التنظيم⟧", "ISIS")
    .actor("فر منها ⟦عناصر التنظيم⟧", "ISIS")
    .actor("وجود ⟦التنظيم⟧", "ISIS")
    .actor("⟦فلوله⟧", "ISIS")
    .actor("باسم ⟦المركز الإعلامي للعملية⟧", "GNA")
    .actor("جيوب ⟦التنظيم⟧", "ISIS");

  const s1 =
    "تمكنت القوات التابعة للمجلس الرئاسي لحكومة الوفاق الوطني، اليوم الأربعاء، من بسط سيطرتها على مجمع قاعات واغادوغو، المعقل الرئيسي لتنظيم داعش في مدينة سرت، ضمن عملية \"البنيان المرصوص\".";
  b.claim({ actor: "GNA", action: "captured", places: [OUAGA], speaker: "outlet", trigger: "بسط سيطرتها على", evidence: s1 })
    .claim({ actor: "ISIS", action: "controls", places: [OUAGA], speaker: "outlet", trigger: "المعقل الرئيسي", evidence: s1, date: { iso: "2016-08-10", precision: "approximate" }, note: "ISIS's main stronghold in Sirte, up to its capture" });

  b.claim({
    actor: "GNA",
    action: "entered",
    places: [OUAGA],
    speaker: "GNA",
    trigger: "اقتحمت",
    evidence: "وقال المركز الإعلامي للعملية في بيان على صفحته الرسمية إن \"قواتنا اقتحمت مجمع واغادوغو بعد معارك عنيفة، ورفعت فوقه علم ليبيا\".",
  });

  const s3 = "وأضاف المركز أن القوات بسطت سيطرتها أيضا على كامل المقرات بالحي الجامعي ومباني حي الجيزة، فيما رصدت طلائع الاستطلاع انسحابات لعناصر التنظيم من الحي رقم 3 باتجاه مستشفى ابن سينا.";
  b.claim({ actor: "GNA", action: "captured", places: [UNI], speaker: "GNA", trigger: "بسطت سيطرتها", evidence: s3 })
    .claim({ actor: "GNA", action: "captured", places: [GIZA], speaker: "GNA", trigger: "بسطت سيطرتها", evidence: s3 })
    .claim({ actor: "ISIS", action: "withdrew", places: [D3], speaker: "GNA", trigger: "انسحابات", evidence: s3, note: "pulling out of District 3 toward the Ibn Sina hospital" });

  const s4 = "وأوضح البيان أن حصارا يضرب حاليا حول مستشفى ابن سينا والحي رقم 3، في انتظار الأوامر العسكرية لاقتحامهما، مشيرا إلى أنهما يعدان آخر معاقل داعش بالمدينة.";
  for (const place of [IBN, D3]) {
    b.claim({ actor: "GNA", action: "besieging", places: [place], speaker: "GNA", trigger: "حصارا يضرب", evidence: s4 })
      .claim({ actor: "GNA", action: "entered", places: [place], modality: "intent", speaker: "GNA", trigger: "لاقتحامهما", evidence: s4, note: "awaiting orders to storm" })
      .claim({ actor: "ISIS", action: "controls", places: [place], speaker: "GNA", trigger: "آخر معاقل", evidence: s4 });
  }

  b.claim({
    actor: "USA",
    action: "struck",
    means: "air",
    places: ["Sirte"],
    speaker: "USA",
    trigger: "غارة جوية",
    evidence: "وكانت الطائرات الأميركية قد شنت منذ الأول من أغسطس/آب الجاري، بطلب من حكومة الوفاق، أكثر من ثلاثين غارة جوية على مواقع التنظيم في سرت، بحسب وزارة الدفاع الأميركية (البنتاغون).",
    date: { iso: "2016-08-01", precision: "day" },
    note: "since 1 August, at the GNA's request; per the Pentagon",
  });

  const s6 = "ولم تدخل قوات البنيان المرصوص حتى الآن الحي رقم 3، الذي يتحصن فيه القناصة والانتحاريون، بحسب مصادر ميدانية.";
  b.claim({ actor: "GNA", action: "entered", places: [D3], modality: "negated", speaker: "other", trigger: "ولم تدخل", evidence: s6 })
    .claim({ actor: "ISIS", action: "controls", places: [D3], speaker: "other", trigger: "يتحصن فيه", evidence: s6, note: "ISIS snipers and suicide bombers hold out there" });

  const s7 = "وكانت قوات الوفاق، التي يشكل مقاتلو مصراتة عمودها الفقري، قد أطلقت العملية في مايو/أيار الماضي، وتقدمت من الغرب ومن الجنوب حتى دخلت المدينة مطلع يونيو/حزيران.";
  b.claim({ actor: "GNA", action: "advancing", places: ["Sirte"], speaker: "outlet", trigger: "وتقدمت", evidence: s7, date: { iso: "2016-05-01", precision: "month" }, note: "المدينة = Sirte" })
    .claim({ actor: "GNA", action: "entered", places: ["Sirte"], speaker: "outlet", trigger: "دخلت", evidence: s7, date: { iso: "2016-06-01", precision: "approximate" } });

  b.claim({
    actor: "ISIS",
    action: "controls",
    places: ["Sirte"],
    speaker: "outlet",
    trigger: "سيطر عليها",
    evidence: "وتقع سرت، مسقط رأس معمر القذافي، على بعد 450 كيلومترا شرق طرابلس، وقد سيطر عليها التنظيم منذ يونيو/حزيران 2015، واتخذها أكبر معاقله خارج سوريا والعراق.",
    date: { iso: "2015-06-01", precision: "month" },
    note: "control since June 2015",
  });

  const s9 = "وكانت القوات قد استعادت في يونيو/حزيران الماضي قاعدة القرضابية الجوية جنوب المدينة، بعد أن فر منها عناصر التنظيم، فيما قُتل أمس الثلاثاء خمسة من أفرادها وأصيب 28 آخرون في معارك الحي الجامعي.";
  const JUNE = { iso: "2016-06-01", precision: "month" } as const;
  const TUE = { iso: "2016-08-09", precision: "day" } as const;
  b.claim({ actor: "GNA", action: "captured", places: ["Qardabiya Air Base"], speaker: "outlet", trigger: "استعادت", evidence: s9, date: JUNE })
    .claim({ actor: "ISIS", action: "withdrew", places: ["Qardabiya Air Base"], speaker: "outlet", trigger: "فر منها", evidence: s9, date: JUNE })
    .claim({ actor: "GNA", action: "contested", places: [UNI], speaker: "outlet", trigger: "معارك", evidence: s9, date: TUE })
    .claim({ actor: "ISIS", action: "contested", places: [UNI], speaker: "outlet", trigger: "معارك", evidence: s9, date: TUE });

  b.claim({
    actor: "GNA",
    action: "captured",
    places: ["Sirte"],
    modality: "intent",
    speaker: "GNA",
    trigger: "تسعى",
    evidence: "وتسعى القوات إلى إنهاء وجود التنظيم في سرت قبل نهاية الشهر، بحسب قادة ميدانيين، في حين يحذر مراقبون من أن فلوله قد تنتقل جنوبا نحو الصحراء.",
    note: "aims to end ISIS's presence, per field commanders",
  });

  b.claim({
    actor: "GNA",
    action: "advancing",
    places: [GIZA],
    speaker: "GNA",
    trigger: "لم تعد تفصلها",
    evidence: "وقال المتحدث باسم المركز الإعلامي للعملية إن القوات \"لم تعد تفصلها عن شاطئ البحر في الجيزة البحرية سوى كيلومترات قليلة\"، متوقعا سقوط آخر جيوب التنظيم خلال أيام.",
    note: "a few kilometres from the shore at Giza al-Bahriya",
  });

  b.measurement({ kind: "distance-direction", subject: "Sirte", reference: "Tripoli", value: 450, unit: "km", direction: "E", evidence: "على بعد 450 كيلومترا شرق طرابلس" })
    .measurement({ kind: "direction", subject: "Qardabiya Air Base", reference: "Sirte", direction: "S", evidence: "قاعدة القرضابية الجوية جنوب المدينة", note: "المدينة = Sirte" });

  b.date("⟦اليوم الأربعاء⟧", "2016-08-10", "day")
    .date("⟦الأول من أغسطس/آب الجاري⟧", "2016-08-01", "day")
    .date("⟦مايو/أيار الماضي⟧", "2016-05-01", "month")
    .date("⟦مطلع يونيو/حزيران⟧", "2016-06-01", "approximate")
    .date("⟦يونيو/حزيران 2015⟧", "2015-06-01", "month")
    .date("⟦يونيو/حزيران الماضي⟧", "2016-06-01", "month")
    .date("⟦أمس الثلاثاء⟧", "2016-08-09", "day");

  b.negative("في انتظار الأوامر العسكرية لاقتحامهما", "intent: awaiting orders to storm")
    .negative("ولم تدخل قوات البنيان المرصوص حتى الآن الحي رقم 3", "negated entry")
    .negative("وتسعى القوات إلى إنهاء وجود التنظيم في سرت قبل نهاية الشهر", "intent")
    .negative("يحذر مراقبون من أن فلوله قد تنتقل جنوبا نحو الصحراء", "a projection, not a move")
    .negative("متوقعا سقوط آخر جيوب التنظيم خلال أيام", "a prediction");
  return b;
}
