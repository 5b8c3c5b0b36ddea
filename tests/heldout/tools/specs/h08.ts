/** h08: the LNA enters the Sharara field in the south, Thursday 7 February 2019; Maghrebi wire style (فيفري، جانفي). */
import { GoldBuilder } from "../annotate.ts";

const SH = "Sharara oil field";

export function goldH08(): GoldBuilder {
  const b = new GoldBuilder("h08_south_2019", { iso: "2019-02-07", precision: "day" });
  const JAN = { iso: "2019-01-01", precision: "month" } as const;

  b.names("طرابلس", "Tripoli")
    .toponym("⟦حقل الشرارة النفطي⟧", SH)
    .toponym("على ⟦حقل الشرارة⟧ ومحطاته", SH)
    .toponym("قرب ⟦الشرارة⟧", SH)
    .names("ليبيا", "Libya")
    .names("سبها", "Sabha")
    .toponym("⟦قاعدة تمنهنت الجوية⟧", "Tamanhint Air Base")
    .names("أوباري", "Ubari")
    .names("مصراتة", "Misrata")
    .names("مرزق", "Murzuq")
    .names("الكفرة", "Kufra")
    .names("تشاد", "Chad")
    .names("السودان", "Sudan")
    .names("الهلال النفطي", "Oil Crescent");

  b.actor("⟦قوات الجيش الوطني الليبي⟧", "LNA")
    .actor("المشير ⟦خليفة حفتر⟧", "LNA")
    .actor("المتحدث باسم ⟦قوات حفتر⟧", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("إن ⟦وحدات الجيش⟧ \"بسطت", "LNA")
    .actor("⟦المجموعات المسلحة التي كانت تحتله⟧", "UNKNOWN", "local armed groups and protesters who had held the field")
    .actor("المنشآت النفطية التابع ل⟦لجيش⟧", "LNA", "للجيش: the clitic ل is dropped")
    .actor("⟦محتجين ومسلحين محليين⟧", "UNKNOWN")
    .actor("وكانت ⟦قوات حفتر⟧", "LNA")
    .actor("⟦المجلس الرئاسي لحكومة الوفاق⟧", "GNA")
    .actor("⟦فائز السراج⟧", "GNA")
    .actor("الفريق ⟦علي كنه⟧ آمرا", "GNA", "appointed by the GNA")
    .actor("لمنع ⟦قوات حفتر⟧", "LNA")
    .actor("وحذرت ⟦قوات حفتر⟧", "LNA")
    .actor("نفت ⟦حكومة الوفاق⟧", "GNA")
    .actor("⟦طائراتها⟧", "GNA")
    .actor("مواقع ل⟦لجيش⟧ قرب", "LNA", "للجيش: the clitic ل is dropped")
    .actor("بأن ⟦قوات الجيش⟧", "LNA")
    .actor("تتهم ⟦حفتر⟧", "LNA")
    .actor("⟦مقاتلين أجانب⟧", "LNA", "foreign fighters with Haftar, per local groups")
    .actor("أرسلت ⟦القيادة العامة⟧", "LNA")
    .actor("⟦طائرات فرنسية⟧", "FRA")
    .actor("رتل ل⟦لمعارضة التشادية⟧", "UNKNOWN", "Chadian rebels; للمعارضة: the clitic ل is dropped")
    .actor("تقدم ⟦الجيش⟧", "LNA")
    .actor("أطلق ⟦حفتر⟧", "LNA")
    .actor("استعادة ⟦قواته⟧", "LNA")
    .actor("الجنوب في ⟦قوات حفتر⟧", "LNA")
    .actor("أن ⟦وحدات الجيش⟧ لم", "LNA")
    .actor("قال الفريق ⟦علي كنه⟧", "GNA")
    .actor("⟦قوات الجنوب الموالية للشرعية⟧", "GNA", "forces loyal to the GNA ('legitimacy')");

  b.claim({
    actor: "LNA",
    action: "entered",
    places: [SH],
    speaker: "outlet",
    trigger: "دخلت",
    evidence: "دخلت قوات الجيش الوطني الليبي، الذي يقوده المشير خليفة حفتر، حقل الشرارة النفطي جنوب غربي ليبيا، الأربعاء 6 فيفري، من دون قتال، في إطار العملية العسكرية التي أطلقتها منتصف جانفي لـ\"تطهير الجنوب من الإرهابيين والعصابات\".",
    date: { iso: "2019-02-06", precision: "day" },
    note: "VSO: the verb comes first",
  });

  const s2 = "وقال المتحدث باسم قوات حفتر، أحمد المسماري، إن وحدات الجيش \"بسطت سيطرتها على حقل الشرارة ومحطاته بعد انسحاب المجموعات المسلحة التي كانت تحتله\"، مؤكدا أن الحقل سيسلم لحرس المنشآت النفطية التابع للجيش.";
  b.claim({ actor: "LNA", action: "captured", places: [SH], speaker: "LNA", trigger: "بسطت سيطرتها على", evidence: s2 })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: [SH], speaker: "LNA", trigger: "انسحاب", evidence: s2 })
    .claim({ actor: "UNKNOWN", action: "controls", places: [SH], speaker: "LNA", trigger: "كانت تحتله", evidence: s2, date: { iso: "2018-12-08", precision: "approximate" }, note: "past control, from December up to the LNA's entry" });

  b.claim({
    actor: "UNKNOWN",
    action: "captured",
    places: [SH],
    speaker: "outlet",
    trigger: "سيطرة",
    evidence: "ويعد الحقل، الواقع على بعد نحو 900 كلم جنوب طرابلس، أكبر حقول النفط في ليبيا، إذ كان ينتج نحو 315 ألف برميل يوميا قبل أن يتوقف الإنتاج فيه منذ ديسمبر الماضي إثر سيطرة محتجين ومسلحين محليين عليه.",
    date: { iso: "2018-12-01", precision: "month" },
    note: "protesters and local gunmen seized the field in December 2018",
  });

  const s4 = "وكانت قوات حفتر قد سيطرت الشهر الماضي على سبها، كبرى مدن الجنوب، انطلاقا من قاعدة تمنهنت الجوية الواقعة شمال شرقي المدينة، قبل أن تتقدم غربا نحو أوباري.";
  b.claim({ actor: "LNA", action: "captured", places: ["Sabha"], speaker: "outlet", trigger: "سيطرت", evidence: s4, date: JAN })
    .claim({ actor: "LNA", action: "controls", places: ["Tamanhint Air Base"], speaker: "outlet", trigger: "انطلاقا من", evidence: s4, date: JAN, note: "the base it set out from" })
    .claim({ actor: "LNA", action: "advancing", places: ["Ubari"], speaker: "outlet", trigger: "تتقدم غربا نحو", evidence: s4 });

  b.claim({
    actor: "GNA",
    action: "struck",
    means: "air",
    places: [SH],
    modality: "negated",
    speaker: "GNA",
    trigger: "قصفت",
    evidence: "وحذرت قوات حفتر من أنها ستستهدف أي طائرة تقلع من مصراتة أو طرابلس باتجاه الجنوب، بينما نفت حكومة الوفاق أن تكون طائراتها قد قصفت مواقع للجيش قرب الشرارة.",
    note: "denied by the GNA; near Sharara",
  });

  b.claim({
    actor: "LNA",
    action: "entered",
    places: ["Murzuq"],
    modality: "intent",
    speaker: "other",
    trigger: "تستعد لدخول",
    evidence: "وأفادت مصادر محلية بأن قوات الجيش تستعد لدخول مرزق، التي تبعد نحو 140 كلم جنوب سبها، وسط رفض من مكونات محلية تتهم حفتر بالاستعانة بمقاتلين أجانب.",
  });

  b.claim({
    actor: "LNA",
    action: "reinforcing",
    places: ["Kufra"],
    speaker: "outlet",
    trigger: "أرسلت القيادة العامة تعزيزات عسكرية إلى",
    evidence: "وفي أقصى الجنوب الشرقي، أرسلت القيادة العامة تعزيزات عسكرية إلى الكفرة قرب الحدود مع تشاد والسودان، بعد أن شنت طائرات فرنسية مطلع فيفري غارات على رتل للمعارضة التشادية قادم من الأراضي الليبية.",
    note: "the French strikes hit a column inside Chad, at a place the text does not name: no claim",
  });

  b.claim({
    actor: "LNA",
    action: "captured",
    places: ["Oil Crescent"],
    speaker: "outlet",
    trigger: "استعادة",
    evidence: "ويأتي تقدم الجيش في الجنوب بعد أن أطلق حفتر في جانفي 2019 عملية لتأمين المنطقة التي تعاني من الفوضى وانتشار عصابات التهريب، وذلك بعد أشهر من استعادة قواته موانئ الهلال النفطي في جوان 2018.",
    date: { iso: "2018-06-01", precision: "month" },
    note: "the oil crescent's ports, retaken in June 2018 (Maghrebi month name)",
  });

  const s10 = "وأكد آمر غرفة عمليات الجنوب في قوات حفتر أن وحدات الجيش لم تدخل حتى الآن مدينة أوباري، وأنها تنتظر \"تسليمها سلميا\" من أعيانها، مشيرا إلى أن القوات تتمركز على بعد 20 كيلومترا شرق المدينة.";
  b.claim({ actor: "LNA", action: "entered", places: ["Ubari"], modality: "negated", speaker: "LNA", trigger: "لم تدخل", evidence: s10 })
    .claim({ actor: "LNA", action: "captured", places: ["Ubari"], modality: "intent", speaker: "LNA", trigger: "تنتظر \"تسليمها سلميا\"", evidence: s10, note: "awaiting a peaceful handover" });

  const s11 = "من جهته، قال الفريق علي كنه في بيان مصور إن \"قوات الجنوب الموالية للشرعية لن تسمح بدخول أي قوة غازية إلى مرزق وأوباري\"، داعيا أبناء المنطقة إلى \"التصدي للعدوان\".";
  b.claim({ actor: "LNA", action: "entered", places: ["Murzuq"], modality: "negated", speaker: "GNA", trigger: "لن تسمح بدخول", evidence: s11, note: "'any invading force' = the LNA" })
    .claim({ actor: "LNA", action: "entered", places: ["Ubari"], modality: "negated", speaker: "GNA", trigger: "لن تسمح بدخول", evidence: s11 });

  b.measurement({ kind: "direction", subject: SH, reference: "Libya", direction: "SW", evidence: "حقل الشرارة النفطي جنوب غربي ليبيا" })
    .measurement({ kind: "distance-direction", subject: SH, reference: "Tripoli", value: 900, unit: "km", direction: "S", evidence: "الواقع على بعد نحو 900 كلم جنوب طرابلس", note: "stated; the straight line is about 700 km" })
    .measurement({ kind: "direction", subject: "Tamanhint Air Base", reference: "Sabha", direction: "NE", evidence: "قاعدة تمنهنت الجوية الواقعة شمال شرقي المدينة", note: "المدينة = Sabha" })
    .measurement({ kind: "distance-direction", subject: "Murzuq", reference: "Sabha", value: 140, unit: "km", direction: "S", evidence: "التي تبعد نحو 140 كلم جنوب سبها" })
    .measurement({ kind: "distance-direction", subject: null, reference: "Ubari", value: 20, unit: "km", direction: "E", evidence: "تتمركز على بعد 20 كيلومترا شرق المدينة", note: "LNA positions; المدينة = Ubari" });

  b.date("⟦الأربعاء 6 فيفري⟧", "2019-02-06", "day", "Maghrebi month name")
    .date("⟦منتصف جانفي⟧", "2019-01-15", "approximate")
    .date("⟦ديسمبر الماضي⟧", "2018-12-01", "month")
    .date("⟦الشهر الماضي⟧", "2019-01-01", "month")
    .date("⟦مطلع فيفري⟧", "2019-02-01", "approximate")
    .date("⟦جانفي 2019⟧", "2019-01-01", "month")
    .date("⟦جوان 2018⟧", "2018-06-01", "month", "Maghrebi month name")
    .date("⟦الأسبوع الماضي⟧", "2019-01-31", "approximate", "a week before the publication date");

  b.negative("في خطوة اعتبرها مراقبون محاولة لمنع قوات حفتر من التمدد في المنطقة", "an aim, not a move")
    .negative("وحذرت قوات حفتر من أنها ستستهدف أي طائرة تقلع من مصراتة أو طرابلس باتجاه الجنوب", "a threat: Misrata and Tripoli are not struck")
    .negative("نفت حكومة الوفاق أن تكون طائراتها قد قصفت مواقع للجيش قرب الشرارة", "a denial of a strike")
    .negative("بأن قوات الجيش تستعد لدخول مرزق", "intent")
    .negative("أن وحدات الجيش لم تدخل حتى الآن مدينة أوباري", "negated entry")
    .negative("وأنها تنتظر \"تسليمها سلميا\" من أعيانها", "intent: awaiting a handover")
    .negative("\"قوات الجنوب الموالية للشرعية لن تسمح بدخول أي قوة غازية إلى مرزق وأوباري\"", "negated future entry");
  return b;
}
