/** 000: al-Doualia, 2020-01-07, pro-LNA wording. The LNA's capture of Sirte. */
import { GoldBuilder } from "../annotate.ts";

const PUB = { iso: "2020-01-07", precision: "day" } as const;
const LATE_2016 = { iso: "2016-12-01", precision: "approximate" } as const;

export function gold000(): GoldBuilder {
  const b = new GoldBuilder("000_9a2c95918cc6ac18", PUB);

  // ------------------------------------------------------------ toponyms
  b.names("سرت", "Sirte")
    .names("مصراتة", "Misrata")
    .names("طرابلس", "Tripoli")
    .names("ليبيا", "Libya")
    .names("تركيا", "Turkey")
    .toponym("من ⟦الهلال النفطي⟧ الليبي", "Oil Crescent")
    .toponym("على ⟦البحر المتوسط⟧", "Mediterranean Sea");

  // ------------------------------------------------------------ actors
  b.actor("⟦القوات المتحالفة مع حكومة الوفاق الوطني الليبية⟧ المدعومة", "GNA")
    .actor("المدعومة من ⟦تركيا⟧ إنها", "TUR")
    .actor(["قوات الجيش الوطني الليبي", 0], "LNA")
    .actor(["خليفة حفتر", 0], "LNA")
    .actor("أن تمنح ⟦الجيش الوطني الليبي⟧", "LNA")
    .actor(["خليفة حفتر", 1], "LNA")
    .actor("⟦الحكومة المؤقتة⟧", "LNA", "the eastern interim government, the LNA's civilian side")
    .actor("و يشن ⟦حفتر⟧", "LNA")
    .actor("مقر ⟦حكومة الوفاق الوطني⟧", "GNA")
    .actor("⟦الميليشيات و العصابات الخارجة عن القانون⟧", "GNA", "pro-LNA framing of GNA-aligned forces")
    .actor("تسيطر ⟦قوات حفتر⟧ عليها", "LNA")
    .actor("تقدم ⟦الجيش⟧ بقيادة", "LNA")
    .actor("الجيش بقيادة ⟦حفتر⟧ في", "LNA")
    .actor("تستعد فيه ⟦تركيا⟧", "TUR")
    .actor("لدعم ⟦حكومة الوفاق⟧ في", "GNA")
    .actor("مع ⟦حكومة السراج⟧", "GNA")
    .actor("و قالت ⟦ميليشيات⟧ تطلق", "GNA")
    .actor("اسم “⟦قوة حماية و تأمين سرت⟧”", "GNA")
    .actor("المتحالفة مع ⟦حكومة الوفاق⟧ في بيان", "GNA")
    .actor("اتخذت ⟦قواتنا⟧", "GNA")
    .actor("“⟦قوتنا⟧ لا زالت", "GNA")
    .actor(["قوات الجيش الوطني الليبي", 1], "LNA")
    .actor("⟦القوات المتحالفة مع حكومة الوفاق الوطني⟧ منذ", "GNA")
    .actor("⟦تنظيم داعش⟧", "ISIS")
    .actor("ضربات جوية ⟦أمريكية⟧", "USA")
    .actor("⟦قوات حماية و تأمين سرت⟧", "GNA")
    .actor("⟦القوات المهاجمة⟧", "LNA", "the forces that took Sirte")
    .actor("غير أن ⟦الجيش الوطني الليبي⟧", "LNA")
    .actor(["خليفة حفتر", 2], "LNA")
    .actor("ضد ⟦الميليشيات⟧ دعما", "GNA")
    .actor("ولائهم ل⟦لجيش الوطني الليبي⟧", "LNA", "للجيش: the clitic ل is dropped, the second ل is the article's")
    .actor("متحدث باسم ⟦قوات حفتر⟧", "LNA")
    .actor("غنمها ⟦الجيش الوطني الليبي⟧", "LNA")
    .actor("خليفة #⟦حفتر⟧", "LNA")
    .actor("⟦ميليشيات #مصراتة⟧", "GNA");

  // ------------------------------------------------------------ claims
  const s1 =
    "قالت القوات المتحالفة مع حكومة الوفاق الوطني الليبية المدعومة من تركيا إنها انسحبت من مدينة سرت الاستراتيجية الساحلية لتجنب إراقة الدماء بعد سيطرة قوات الجيش الوطني الليبي بقيادة المشير خليفة حفتر عليها في هجوم خاطف.";
  b.claim({ actor: "GNA", action: "withdrew", places: ["Sirte"], speaker: "GNA", trigger: "انسحبت من", evidence: s1 })
    .claim({
      actor: "LNA",
      action: "captured",
      places: ["Sirte"],
      speaker: "GNA",
      trigger: "سيطرة",
      evidence: s1,
      note: "inside the GNA-aligned forces' statement: 'after the LNA took control of it'",
    });

  const s2 =
    "و من شأن السيطرة على سرت أن تمنح الجيش الوطني الليبي بقيادة المشير خليفة حفتر و الحكومة المؤقتة مكسبا مهما تمهد لتقدمهم نحو مصراتة و طرابلس و انهاء السطرة الكاملة على ليبيا.";
  for (const place of ["Misrata", "Tripoli"]) {
    b.claim({
      actor: "LNA",
      action: "advancing",
      places: [place],
      modality: "conditional",
      speaker: "outlet",
      trigger: "تقدمهم نحو",
      evidence: s2,
      note: "prospective: the gain 'would pave the way' for an advance; not an advance under way",
    });
  }

  const s3 =
    "و يشن حفتر منذ أبريل نيسان هجوما على العاصمة طرابلس مقر حكومة الوفاق الوطني في محاولة لتوسعة سيطرته على الأراضي في أرجاء البلاد و القضاء على الميليشيات و العصابات الخارجة عن القانون.";
  b.claim({
    actor: "LNA",
    action: "contested",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "يشن حفتر منذ أبريل نيسان هجوما على",
    evidence: s3,
    date: { iso: "2019-04-01", precision: "month" },
    note: "an offensive on Tripoli under way since April 2019",
  }).claim({
    actor: "GNA",
    action: "controls",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "مقر",
    evidence: s3,
    note: "Tripoli is the GNA's seat: held by the GNA",
  });

  b.claim({
    actor: "LNA",
    action: "controls",
    places: ["Oil Crescent"],
    speaker: "outlet",
    trigger: "تسيطر قوات حفتر عليها",
    evidence: "و تقع سرت إلى الغرب مباشرة من الهلال النفطي الليبي وهو قطاع من الساحل تقع فيه عدة موانئ لتصدير النفط تسيطر قوات حفتر عليها كما تتمتع بموقع استراتيجي على طرق إمداد بين شرق وغرب وجنوب ليبيا.",
    note: "the oil-export ports of the Oil Crescent",
  });

  b.claim({
    actor: "GNA",
    action: "withdrew",
    places: ["Sirte"],
    speaker: "GNA",
    trigger: "بالانسحاب إلى خارج",
    evidence: "و قالت ميليشيات تطلق على نفسها اسم “قوة حماية و تأمين سرت” المتحالفة مع حكومة الوفاق في بيان “اتخذت قواتنا بعد تدارس الموقف قرارا بالانسحاب إلى خارج سرت، ثم انتظار الأوامر”.",
    note: "a decision already carried out (the force has left), so asserted",
  });

  const s8 = "و قالت قوات الجيش الوطني الليبي إنها سيطرت على سرت في تقدم خاطف و سريع سبقته ضربات جوية.";
  b.claim({ actor: "LNA", action: "captured", places: ["Sirte"], speaker: "LNA", trigger: "سيطرت على", evidence: s8 }).claim({
    actor: "LNA",
    action: "struck",
    places: ["Sirte"],
    means: "air",
    speaker: "LNA",
    trigger: "ضربات جوية",
    evidence: s8,
    note: "air strikes that preceded the advance on Sirte",
  });

  const s9 =
    "و تقع سرت في منتصف ساحل ليبيا على البحر المتوسط، وكانت تسيطر عليها القوات المتحالفة مع حكومة الوفاق الوطني منذ قيامها بطرد تنظيم داعش من المدينة بمساعدة ضربات جوية أمريكية في أواخر 2016.";
  b.claim({
    actor: "GNA",
    action: "controls",
    places: ["Sirte"],
    speaker: "outlet",
    trigger: "كانت تسيطر عليها",
    evidence: s9,
    date: LATE_2016,
    note: "past control: from late 2016 until the LNA took the city",
  })
    .claim({ actor: "GNA", action: "captured", places: ["Sirte"], speaker: "outlet", trigger: "بطرد", evidence: s9, date: LATE_2016, note: "expelled ISIS from the city (المدينة = Sirte)" })
    .claim({ actor: "ISIS", action: "withdrew", places: ["Sirte"], speaker: "outlet", trigger: "بطرد", evidence: s9, date: LATE_2016, note: "expelled by the GNA-aligned forces" })
    .claim({ actor: "USA", action: "struck", places: ["Sirte"], means: "air", speaker: "outlet", trigger: "ضربات جوية أمريكية", evidence: s9, date: LATE_2016 });

  b.claim({
    actor: "GNA",
    action: "withdrew",
    places: ["Sirte"],
    speaker: "GNA",
    trigger: "انسحبت",
    evidence: "و قالت قوات حماية و تأمين سرت إنها انسحبت “مع الأخذ في الحسبان حفظ دماء المدنيين وحفظ شبابنا في القوة” في سرت.",
  });

  b.claim({
    actor: "LNA",
    action: "captured",
    places: ["Sirte"],
    speaker: "outlet",
    trigger: "سيطر على",
    evidence: "غير أن الجيش الوطني الليبي بقيادة المشير خليفة حفتر سيطر على سرت في مدة لا تتجاوز 3 ساعات،بعد أن لنتفض سكان المدينة ضد الميليشيات دعما له.",
  });

  b.claim({
    actor: "LNA",
    action: "entered",
    places: ["Sirte"],
    speaker: "outlet",
    trigger: "دخوله",
    evidence: "و سارع كبار أعيان المدينة و سكانها إلى إعلان ولائهم للجيش الوطني الليبي فور دخوله المدينة.",
    note: "المدينة refers back to Sirte",
  });

  b.claim({
    actor: "LNA",
    action: "entered",
    places: ["Sirte"],
    speaker: "LNA",
    trigger: "دخلنا",
    evidence: "و قال متحدث باسم قوات حفتر ” استقبلنا بالزغاريد و الهتافات و الورود و دخلنا سرت فاتحين”.",
  });

  const tweet =
    "ليبيون يتسلون ب”بث مباشر ” من داخل مدرعات تركية أطلقوا عليها اسم “مدرعات لميس” غنمها الجيش الوطني الليبي بقيادة المشير خليفة #حفتر في مدينة #سرت بعد طرد ميليشيات #مصراتة منها";
  b.claim({ actor: "LNA", action: "captured", places: ["Sirte"], speaker: "outlet", trigger: "طرد", evidence: tweet, note: "the outlet's own tweet; the expeller took the city", date: { iso: "2020-01-07", precision: "day" } })
    .claim({ actor: "GNA", action: "withdrew", places: ["Sirte"], speaker: "outlet", trigger: "طرد", evidence: tweet, note: "the Misrata militias were expelled from Sirte" });

  // ------------------------------------------------------------ measurements
  b.measurement({
    kind: "direction",
    subject: "Sirte",
    reference: "Oil Crescent",
    direction: "W",
    evidence: "و تقع سرت إلى الغرب مباشرة من الهلال النفطي الليبي",
  });

  // ------------------------------------------------------------ dates
  b.date("منذ ⟦أبريل نيسان⟧", "2019-04-01", "month", "April (نيسان) before a January 2020 article: April 2019")
    .date("⟦أواخر 2016⟧", "2016-12-01", "approximate")
    .date("⟦January 7, 2020⟧", "2020-01-07", "day");

  // ------------------------------------------------------------ negatives
  b.negative("وانسحابنا من سرت ليس النهاية", "negation of finality, not a new claim")
    .negative("قوتنا لا زالت تحتفظ بكامل مقدراتها", "keeps its capabilities: says nothing about holding ground")
    .negative("تمهد لتقدمهم نحو مصراتة و طرابلس", "prospective ('would pave the way'): no advance on Misrata or Tripoli is asserted")
    .negative("و انهاء السطرة الكاملة على ليبيا", "prospective full control of Libya: hypothetical")
    .negative("في محاولة لتوسعة سيطرته على الأراضي في أرجاء البلاد", "an aim (محاولة), not control")
    .negative("تستعد فيه تركيا لإرسال عسكريين و خبراء لدعم حكومة الوفاق", "preparation to send troops: intent, no place held or reinforced yet")
    .negative("في إطار رغبتها في السيطرة على منابع الغاز و البترول في البلاد", "a desire to control gas sources: intent, not control");
  return b;
}
