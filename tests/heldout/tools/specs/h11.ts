/** h11: LNA air strikes on Misrata's air college, Sunday 28 July 2019; pro-GNA wording (طيران قوات اللواء المتقاعد). */
import { GoldBuilder } from "../annotate.ts";

const BASE = "Al-Jufra Air Base";

export function goldH11(): GoldBuilder {
  const b = new GoldBuilder("h11_misrata_2019", { iso: "2019-07-28", precision: "day" });

  b.names("مصراتة", "Misrata")
    .names("طرابلس", "Tripoli")
    .toponym("من ⟦قاعدة الجفرة⟧ قرب", BASE)
    .toponym("⟦قاعدة الجفرة الجوية⟧", BASE)
    .toponym("سيكون في ⟦الجفرة⟧", "Al-Jufra")
    .names("هون", "Hun")
    .toponym("⟦ميناء الخمس⟧", "Khoms port")
    .names("زليتن", "Zliten")
    .names("بني وليد", "Bani Walid")
    .toponym("⟦محور الخلاطات⟧", "Khallatat axis (Tripoli)")
    .toponym("⟦محور عين زارة⟧", "Ain Zara", "a named axis: the whole compound, the named place")
    .names("ليبيا", "Libya")
    .names("الغرب الليبي", "Western Libya")
    .names("غريان", "Gharyan");

  b.actor("⟦طيران قوات اللواء المتقاعد خليفة حفتر⟧", "LNA")
    .actor("تشكل ⟦قواتها⟧", "GNA", "Misrata's forces, the core of the GNA's defence")
    .actor("⟦المركز الإعلامي لعملية بركان الغضب⟧", "GNA")
    .actor("⟦طائرات مسيرة إماراتية⟧", "UAE")
    .actor("⟦شعبة الإعلام الحربي التابعة لقوات حفتر⟧", "LNA")
    .actor("وكانت ⟦قوات الوفاق⟧", "GNA")
    .actor("أعلنت ⟦غرفة العمليات⟧", "GNA")
    .actor("سماحهم ل⟦قوات حفتر⟧", "LNA")
    .actor("الخلاطات في ⟦قوات الوفاق⟧", "GNA")
    .actor("إن ⟦قواته⟧ تقدمت", "GNA")
    .actor("أعلنت ⟦قوات الوفاق⟧ أواخر", "GNA")
    .actor("كانت ⟦قوات حفتر⟧ تتخذها", "LNA")
    .actor("المتحدث باسم ⟦قوات الوفاق⟧ محمد", "GNA")
    .actor("⟦محمد قنونو⟧", "GNA")
    .actor("المتحدث باسم ⟦قوات حفتر⟧ أحمد", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("⟦طائرات الجيش⟧", "LNA")
    .actor("⟦مقاتلوها⟧", "UNKNOWN", "Misrata's fighters in 2011, before the GNA existed")
    .actor("عسكرية ل⟦لأتراك⟧", "TUR", "للأتراك: the clitic ل is dropped");

  b.claim({
    actor: "LNA",
    action: "struck",
    means: "air",
    places: ["Misrata"],
    speaker: "outlet",
    trigger: "غارات جوية",
    evidence: "شن طيران قوات اللواء المتقاعد خليفة حفتر، فجر اليوم الأحد، غارات جوية على الكلية الجوية في مدينة مصراتة، الواقعة على بعد نحو 200 كيلومتر شرق طرابلس، في تصعيد جديد ضد المدينة التي تشكل قواتها عماد الدفاع عن العاصمة.",
    note: "the air college in Misrata",
  });

  const s2 = "وقال المركز الإعلامي لعملية بركان الغضب إن \"طائرات مسيرة إماراتية انطلقت من قاعدة الجفرة قرب مدينة هون قصفت مدرج الكلية\"، مؤكدا أن الدفاعات الجوية تصدت لها.";
  b.claim({ actor: "UAE", action: "struck", means: "drone", places: ["Misrata"], speaker: "GNA", trigger: "قصفت", evidence: s2, note: "Emirati drones flying from al-Jufra; الكلية = the air college in Misrata" })
    .claim({ actor: "GNA", action: "repelled", places: ["Misrata"], speaker: "GNA", trigger: "تصدت لها", evidence: s2, note: "air defences engaged the drones" });

  const s3 = "في المقابل، زعمت شعبة الإعلام الحربي التابعة لقوات حفتر أن الغارات دمرت \"حظيرة للطائرات التركية المسيرة\" داخل الكلية، وهددت بقصف ميناء الخمس إذا استخدم لإنزال أسلحة تركية.";
  b.claim({ actor: "LNA", action: "struck", means: "air", places: ["Misrata"], speaker: "LNA", distanced: true, trigger: "الغارات دمرت", evidence: s3, note: "زعمت: distanced; inside the air college" })
    .claim({ actor: "LNA", action: "struck", means: "unspecified", places: ["Khoms port"], modality: "conditional", speaker: "LNA", trigger: "وهددت بقصف", evidence: s3, note: "a threat, on a condition" });

  b.claim({
    actor: "GNA",
    action: "struck",
    means: "drone",
    places: [BASE],
    speaker: "GNA",
    trigger: "استهدفت",
    evidence: "وكانت قوات الوفاق قد استهدفت الجمعة بطائرات مسيرة قاعدة الجفرة الجوية، التي تبعد نحو 650 كلم جنوب شرقي طرابلس، ودمرت طائرة شحن، بحسب ما أعلنت غرفة العمليات.",
    date: { iso: "2019-07-26", precision: "day" },
  });

  b.claim({
    actor: "LNA",
    action: "controls",
    places: ["Bani Walid"],
    modality: "negated",
    speaker: "other",
    trigger: "نفوا سماحهم لقوات حفتر باستخدام مطار المدينة",
    evidence: "وأكد أعيان بني وليد، التي تبعد نحو 150 كلم جنوب غربي مصراتة، حياد مدينتهم، ونفوا سماحهم لقوات حفتر باستخدام مطار المدينة في الهجوم على مصراتة.",
    note: "the town's notables deny letting Haftar's forces use its airport",
  });

  b.claim({
    actor: "UNKNOWN",
    action: "repelled",
    places: ["Misrata"],
    speaker: "outlet",
    trigger: "فك الحصار عنها",
    evidence: "وأسفرت الغارات الخمس عن أضرار في المدرج وإصابة اثنين من الحراس، بحسب مصادر طبية في المدينة التي صمدت عام 2011 أمام حصار كتائب القذافي لأشهر، قبل أن يتمكن مقاتلوها من فك الحصار عنها في مايو/أيار من ذلك العام.",
    date: { iso: "2011-05-01", precision: "month" },
    note: "broke the 2011 siege of Misrata (المدينة); the besiegers (Qaddafi's brigades) have no actor id; «الغارات الخمس» is a number, not Khoms",
  });

  const s8 = "وقال آمر محور الخلاطات في قوات الوفاق إن قواته تقدمت نحو 3 كلم في محور عين زارة جنوب العاصمة، وتستعد لاستعادة المواقع التي خسرتها في أبريل/نيسان الماضي.";
  b.claim({ actor: "GNA", action: "advancing", places: ["Ain Zara"], speaker: "GNA", trigger: "تقدمت", evidence: s8, note: "about 3 km on the Ain Zara axis" })
    .claim({ actor: "GNA", action: "captured", places: ["Ain Zara"], modality: "intent", speaker: "GNA", trigger: "وتستعد لاستعادة", evidence: s8, note: "the positions lost on the Ain Zara axis" })
    .claim({ actor: "GNA", action: "withdrew", places: ["Ain Zara"], speaker: "GNA", trigger: "خسرتها", evidence: s8, date: { iso: "2019-04-01", precision: "month" }, note: "positions lost in April" });

  b.claim({
    actor: "GNA",
    action: "captured",
    places: ["Gharyan"],
    speaker: "GNA",
    trigger: "سيطرتها على",
    evidence: "ويأتي التصعيد بعد أن أعلنت قوات الوفاق أواخر يونيو/حزيران الماضي سيطرتها على غريان، التي كانت قوات حفتر تتخذها مقرا لغرفة عملياتها.",
    date: { iso: "2019-06-26", precision: "approximate" },
  }).claim({
    actor: "LNA",
    action: "controls",
    places: ["Gharyan"],
    speaker: "outlet",
    trigger: "كانت قوات حفتر تتخذها مقرا",
    evidence: "ويأتي التصعيد بعد أن أعلنت قوات الوفاق أواخر يونيو/حزيران الماضي سيطرتها على غريان، التي كانت قوات حفتر تتخذها مقرا لغرفة عملياتها.",
    date: { iso: "2019-06-26", precision: "approximate" },
    note: "past control, up to late June",
  });

  b.claim({
    actor: "GNA",
    action: "struck",
    means: "unspecified",
    places: ["Al-Jufra"],
    modality: "intent",
    speaker: "GNA",
    trigger: "الرد",
    evidence: "وقال المتحدث باسم قوات الوفاق محمد قنونو إن \"الرد على استهداف مصراتة سيكون في الجفرة وما بعدها\"، متوعدا بملاحقة الطائرات \"أينما انطلقت\".",
    note: "a threat of retaliation",
  });

  b.measurement({ kind: "distance-direction", subject: "Misrata", reference: "Tripoli", value: 200, unit: "km", direction: "E", evidence: "الواقعة على بعد نحو 200 كيلومتر شرق طرابلس" })
    .measurement({ kind: "distance-direction", subject: BASE, reference: "Tripoli", value: 650, unit: "km", direction: "SE", evidence: "التي تبعد نحو 650 كلم جنوب شرقي طرابلس", note: "a road distance; the straight line is about 480 km" })
    .measurement({ kind: "direction", subject: null, reference: "Tripoli", direction: "S", evidence: "محاور القتال جنوب طرابلس" })
    .measurement({ kind: "distance-direction", subject: "Bani Walid", reference: "Misrata", value: 150, unit: "km", direction: "SW", evidence: "التي تبعد نحو 150 كلم جنوب غربي مصراتة" })
    .measurement({ kind: "direction", subject: "Ain Zara", reference: "Tripoli", direction: "S", evidence: "محور عين زارة جنوب العاصمة", note: "العاصمة = Tripoli; the points give SE" });

  b.date("⟦فجر اليوم الأحد⟧", "2019-07-28", "day")
    .date("استهدفت ⟦الجمعة⟧", "2019-07-26", "day")
    .date("⟦عام 2011⟧", "2011-01-01", "year")
    .date("⟦مايو/أيار من ذلك العام⟧", "2011-05-01", "month", "«ذلك العام» = 2011, named earlier in the sentence")
    .date("⟦أبريل/نيسان الماضي⟧", "2019-04-01", "month")
    .date("⟦أواخر يونيو/حزيران الماضي⟧", "2019-06-26", "approximate");

  b.negative("وهددت بقصف ميناء الخمس إذا استخدم لإنزال أسلحة تركية", "a conditional threat")
    .negative("أن المدينة \"لن تكون ممرا لأي قوة معادية\"", "negation about the future")
    .negative("ونفوا سماحهم لقوات حفتر باستخدام مطار المدينة في الهجوم على مصراتة", "a denial")
    .negative("وتستعد لاستعادة المواقع التي خسرتها في أبريل/نيسان الماضي", "intent to retake")
    .negative("إن \"الرد على استهداف مصراتة سيكون في الجفرة وما بعدها\"", "a threat")
    .negative("ونفى المتحدث باسم قوات حفتر أحمد المسماري أن تكون طائرات الجيش قد استهدفت أي مواقع مدنية في مصراتة", "a denial of hitting civilian sites, not of the strikes");
  return b;
}
