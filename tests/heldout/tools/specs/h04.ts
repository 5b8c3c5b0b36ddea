/** h04: the LNA takes Ganfouda, west Benghazi, Wednesday 25 January 2017; pro-LNA wording (تحرير، الجماعات الإرهابية). */
import { GoldBuilder } from "../annotate.ts";

const SHURA = "Benghazi Revolutionaries' Shura Council (al-Qaeda-linked): no actor id of its own";
const EARLIER = { iso: "2017-01-25", precision: "approximate" } as const;

export function goldH04(): GoldBuilder {
  const b = new GoldBuilder("h04_ganfouda_2017", { iso: "2017-01-25", precision: "day" });

  b.names("بنغازي", "Benghazi")
    .names("قنفودة", "Ganfouda", [2], "the third is inside «مصيف قنفودة»")
    .toponym("⟦مصيف قنفودة⟧", "Ganfouda beach resort (Benghazi)")
    .toponym("⟦حي الطيرة⟧", "Tayra district (Benghazi)")
    .names("عمارات 12", "12 Buildings (Benghazi)")
    .names("بوصنيب", "Bu Sneib (Benghazi)")
    .names("القوارشة", "Qawarsha (Benghazi)")
    .names("الصابري", "Sabri (Benghazi)")
    .names("سوق الحوت", "Suq al-Hout (Benghazi)")
    .names("طرابلس", "Tripoli");

  b.actor("⟦القيادة العامة للقوات المسلحة العربية الليبية⟧", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("⟦الجماعات الإرهابية⟧", "UNKNOWN", "pro-LNA term for Benghazi's Shura Council and ISIS")
    .actor("وقال ⟦المسماري⟧", "LNA")
    .actor("⟦وحدات القوات المسلحة⟧", "LNA")
    .actor("⟦مكتب الإعلام بالقيادة العامة⟧", "LNA")
    .actor("⟦الجيش الوطني الليبي⟧", "LNA")
    .actor(["مجلس شورى ثوار بنغازي", 0], "UNKNOWN", SHURA)
    .actor("معاقل ⟦الإرهابيين⟧", "UNKNOWN", "pro-LNA term for the Shura Council and ISIS")
    .actor("وكان ⟦الجيش⟧ قد", "LNA")
    .actor("⟦الجماعات المتطرفة⟧", "UNKNOWN")
    .actor("⟦مقاتلات سلاح الجو الليبي⟧", "LNA")
    .actor("مواقع ل⟦لجماعات الإرهابية⟧", "UNKNOWN", "للجماعات: the clitic ل is dropped")
    .actor(["تنظيم داعش", 0], "ISIS")
    .actor(["مجلس شورى ثوار بنغازي", 1], "UNKNOWN", SHURA)
    .actor("إن ⟦القوات المسلحة⟧ تستعد", "LNA")
    .actor("⟦وحدات الجيش⟧", "LNA")
    .actor("المشير ⟦خليفة حفتر⟧", "LNA")
    .actor("وأشار ⟦المسماري⟧", "LNA")
    .actor(["تنظيم داعش", 1], "ISIS")
    .actor("المشير ⟦حفتر⟧ قد", "LNA")
    .actor("⟦الجماعات المسلحة⟧", "UNKNOWN");

  const s1 =
    "أعلن الناطق الرسمي باسم القيادة العامة للقوات المسلحة العربية الليبية العقيد أحمد المسماري، اليوم الأربعاء، تحرير منطقة قنفودة غرب بنغازي بالكامل من قبضة الجماعات الإرهابية، بعد معارك استمرت أشهرا.";
  b.claim({ actor: "LNA", action: "captured", places: ["Ganfouda"], speaker: "LNA", trigger: "تحرير", evidence: s1 })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Ganfouda"], speaker: "LNA", trigger: "من قبضة", evidence: s1, note: "liberated from the 'terrorist groups': the expelled side" });

  const s3 =
    "وأكد مكتب الإعلام بالقيادة العامة أن الجيش الوطني الليبي بسط سيطرته على مصيف قنفودة وحي الطيرة السكني، فيما فر ما تبقى من عناصر مجلس شورى ثوار بنغازي باتجاه عمارات 12، الواقعة بين قنفودة وبوصنيب.";
  b.claim({ actor: "LNA", action: "captured", places: ["Ganfouda beach resort (Benghazi)"], speaker: "LNA", trigger: "بسط سيطرته على", evidence: s3 })
    .claim({ actor: "LNA", action: "captured", places: ["Tayra district (Benghazi)"], speaker: "LNA", trigger: "بسط سيطرته على", evidence: s3 })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Ganfouda"], speaker: "LNA", trigger: "فر", evidence: s3, note: "the Shura Council's remnants fled Ganfouda (implicit) toward the 12 Buildings" });

  const s4 = "وتقع قنفودة على بعد نحو 15 كيلومترا غرب وسط بنغازي، وكانت آخر معاقل الإرهابيين في المحور الغربي للمدينة، وشهدت معارك متواصلة منذ يونيو/حزيران 2016.";
  const SINCE_JUNE = { iso: "2016-06-01", precision: "month" } as const;
  b.claim({ actor: "UNKNOWN", action: "controls", places: ["Ganfouda"], speaker: "outlet", trigger: "آخر معاقل", evidence: s4, date: EARLIER, note: "past control, up to the LNA's capture" })
    .claim({ actor: "LNA", action: "contested", places: ["Ganfouda"], speaker: "outlet", trigger: "معارك متواصلة", evidence: s4, date: SINCE_JUNE })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Ganfouda"], speaker: "outlet", trigger: "معارك متواصلة", evidence: s4, date: SINCE_JUNE });

  const s6 = "وكان الجيش قد استعاد في وقت سابق منطقة القوارشة المجاورة، بعد طرد الجماعات المتطرفة منها، وسط قصف مدفعي وجوي مكثف على تحصيناتها.";
  b.claim({ actor: "LNA", action: "captured", places: ["Qawarsha (Benghazi)"], speaker: "outlet", trigger: "استعاد", evidence: s6, date: EARLIER, note: "'earlier': no date given" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Qawarsha (Benghazi)"], speaker: "outlet", trigger: "طرد", evidence: s6, date: EARLIER, note: "expelled" })
    .claim({ actor: "LNA", action: "struck", means: "artillery", places: ["Qawarsha (Benghazi)"], speaker: "outlet", trigger: "قصف مدفعي", evidence: s6, date: EARLIER })
    .claim({ actor: "LNA", action: "struck", means: "air", places: ["Qawarsha (Benghazi)"], speaker: "outlet", trigger: "قصف مدفعي وجوي", evidence: s6, date: EARLIER, note: "the same shelling phrase names air strikes too" });

  const s7 = "ولا يزال تنظيم داعش يتحصن في منطقة الصابري وسط المدينة، فيما يسيطر مجلس شورى ثوار بنغازي، المرتبط بتنظيم القاعدة، على منطقة سوق الحوت المجاورة.";
  b.claim({ actor: "ISIS", action: "controls", places: ["Sabri (Benghazi)"], speaker: "outlet", trigger: "يتحصن في", evidence: s7 })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["Suq al-Hout (Benghazi)"], speaker: "outlet", trigger: "يسيطر", evidence: s7, note: SHURA });

  const s8 = "وقال آمر محور وسط المدينة إن القوات المسلحة تستعد لاقتحام الصابري وسوق الحوت خلال الأيام المقبلة، مؤكدا أن \"ساعة الحسم اقتربت\".";
  b.claim({ actor: "LNA", action: "entered", places: ["Sabri (Benghazi)"], modality: "intent", speaker: "LNA", trigger: "تستعد لاقتحام", evidence: s8 })
    .claim({ actor: "LNA", action: "entered", places: ["Suq al-Hout (Benghazi)"], modality: "intent", speaker: "LNA", trigger: "تستعد لاقتحام", evidence: s8 });

  const s8b = "وفي الأثناء، قصفت مقاتلات سلاح الجو الليبي مساء الثلاثاء مواقع للجماعات الإرهابية في منطقة الصابري، تمهيدا لاقتحامها.";
  b.claim({ actor: "LNA", action: "struck", means: "air", places: ["Sabri (Benghazi)"], speaker: "outlet", trigger: "قصفت", evidence: s8b, date: { iso: "2017-01-24", precision: "day" } })
    .claim({ actor: "LNA", action: "entered", places: ["Sabri (Benghazi)"], modality: "intent", speaker: "outlet", trigger: "تمهيدا لاقتحامها", evidence: s8b });

  const s9 = "ولم تتمكن وحدات الجيش حتى الآن من دخول منطقة عمارات 12، التي تحصن فيها الفارون من قنفودة، بسبب كثافة الألغام.";
  b.claim({ actor: "LNA", action: "entered", places: ["12 Buildings (Benghazi)"], modality: "negated", speaker: "outlet", trigger: "ولم تتمكن وحدات الجيش حتى الآن من دخول", evidence: s9 })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["12 Buildings (Benghazi)"], speaker: "outlet", trigger: "تحصن فيها", evidence: s9, note: "the fighters who fled Ganfouda hold out there" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Ganfouda"], speaker: "outlet", trigger: "الفارون من", evidence: s9 });

  b.claim({
    actor: "LNA",
    action: "captured",
    places: ["Ganfouda"],
    speaker: "other",
    trigger: "بتحرير",
    evidence: "وهنأ رئيس مجلس النواب المستشار عقيلة صالح القائد العام المشير خليفة حفتر وأهالي بنغازي بتحرير قنفودة، معتبرا أنه \"خطوة حاسمة نحو تطهير كامل البلاد من الإرهاب\".",
    note: "the speaker of the House of Representatives congratulates",
  });

  const s11 = "وأشار المسماري إلى أن عناصر تنظيم داعش الذين كانوا يتحصنون في قنفودة فروا منها مطلع الشهر الجاري، قبل أن تتمكن القوات من القضاء على عدد منهم واعتقال آخرين.";
  const EARLY_JAN = { iso: "2017-01-01", precision: "approximate" } as const;
  b.claim({ actor: "ISIS", action: "controls", places: ["Ganfouda"], speaker: "LNA", trigger: "كانوا يتحصنون في", evidence: s11, date: EARLY_JAN, note: "past, up to early January" })
    .claim({ actor: "ISIS", action: "withdrew", places: ["Ganfouda"], speaker: "LNA", trigger: "فروا منها", evidence: s11, date: EARLY_JAN });

  b.claim({
    actor: "LNA",
    action: "captured",
    places: ["Benghazi"],
    modality: "intent",
    speaker: "outlet",
    trigger: "لطرد",
    evidence: "وكان المشير حفتر قد أطلق عملية الكرامة في مايو/أيار 2014 لطرد الجماعات المسلحة من بنغازي، التي تبعد نحو 1000 كيلومتر شرق طرابلس.",
    date: { iso: "2014-05-01", precision: "month" },
    note: "the aim of Operation Dignity in 2014",
  });

  b.measurement({ kind: "direction", subject: "Ganfouda", reference: "Benghazi", direction: "W", evidence: "منطقة قنفودة غرب بنغازي" })
    .measurement({ kind: "direction", subject: null, reference: "Ganfouda", direction: "W", evidence: "القاطع الرابع غربي قنفودة", note: "the fourth sector, west of Ganfouda" })
    .measurement({ kind: "direction", subject: null, reference: "Ganfouda", direction: "E", evidence: "القاطع الأول شرقيها", note: "the first sector, east of it (Ganfouda)" })
    .measurement({ kind: "distance-direction", subject: "Ganfouda", reference: "Benghazi", value: 15, unit: "km", direction: "W", evidence: "وتقع قنفودة على بعد نحو 15 كيلومترا غرب وسط بنغازي" })
    .measurement({ kind: "distance-direction", subject: "Benghazi", reference: "Tripoli", value: 1000, unit: "km", direction: "E", evidence: "التي تبعد نحو 1000 كيلومتر شرق طرابلس", note: "a road distance; the straight line is about 650 km" });

  b.date("⟦اليوم الأربعاء⟧", "2017-01-25", "day")
    .date("⟦يونيو/حزيران 2016⟧", "2016-06-01", "month")
    .date("⟦مساء الثلاثاء⟧", "2017-01-24", "day")
    .date("⟦مطلع الشهر الجاري⟧", "2017-01-01", "approximate")
    .date("⟦مايو/أيار 2014⟧", "2014-05-01", "month");

  b.negative("إن القوات المسلحة تستعد لاقتحام الصابري وسوق الحوت خلال الأيام المقبلة", "intent: preparing to storm")
    .negative("تمهيدا لاقتحامها", "intent: a preparation for storming")
    .negative("ولم تتمكن وحدات الجيش حتى الآن من دخول منطقة عمارات 12", "negated entry")
    .negative("لطرد الجماعات المسلحة من بنغازي", "the aim of an operation, not a capture");
  return b;
}
