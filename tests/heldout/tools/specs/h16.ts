/** h16: an LNA drone strike on Murzuq, Monday 5 August 2019; pro-GNA wording (ميليشيات اللواء المتقاعد، قوات حفتر، زعمت، ادعى). */
import { GoldBuilder } from "../annotate.ts";

const TEBU = "Tebu armed men of Murzuq: no actor id";
const CHADIANS = "Chadian opposition fighters: no actor id";

export function goldH16(): GoldBuilder {
  const b = new GoldBuilder("h16_murzuq_2019", { iso: "2019-08-05", precision: "day" });
  const SUN = { iso: "2019-08-04", precision: "day" } as const;
  const QALAA = "Qalaa district (Murzuq)";

  b.names("طرابلس", "Tripoli")
    .names("ليبيا", "Libya")
    .toponym("⟦حي القلعة⟧", QALAA, "the head is kept: «القلعة» alone is a common noun and an OSM village in the Nafusa mountains")
    .names("مرزق", "Murzuq")
    .names("سبها", "Sabha")
    .names("فزان", "Southern Libya", [], "Fezzan")
    .toponym("⟦قاعدة الجفرة الجوية⟧", "Al-Jufra Air Base")
    .names("براك الشاطئ", "Brak")
    .names("أوباري", "Ubari")
    .names("بنغازي", "Benghazi")
    .names("أم الأرانب", "Umm al-Aranib")
    .names("تراغن", "Traghen")
    .names("القطرون", "Al-Qatrun");

  b.actor("⟦ميليشيات اللواء المتقاعد خليفة حفتر⟧", "LNA")
    .actor("⟦قيادة قوات حفتر⟧", "LNA")
    .actor("⟦عصابات المعارضة التشادية⟧", "UNKNOWN", CHADIANS)
    .actor("⟦مسلحين من التبو⟧", "UNKNOWN", TEBU)
    .actor("⟦آخرين موالين لحفتر⟧", "LNA")
    .actor("⟦مقاتلين تشاديين⟧", "UNKNOWN", CHADIANS)
    .actor("وكانت ⟦قوات حفتر⟧", "LNA")
    .actor("⟦قوة حماية الجنوب⟧", "UNKNOWN", "the Tebu-led South Protection Force: no actor id")
    .actor("⟦حكومة الوفاق الوطني⟧", "GNA")
    .actor("وحمّلت ⟦حفتر⟧", "LNA")
    .actor("⟦قوات بركان الغضب⟧", "GNA")
    .actor("⟦محمد قنونو⟧", "GNA")
    .actor("⟦طائرات الوفاق⟧", "GNA")
    .actor("⟦ميليشيات حفتر⟧", "LNA")
    .actor("ادعى ⟦المسماري⟧", "LNA")
    .actor("⟦قوات \"الجيش\"⟧", "LNA", "the LNA's own word, quoted by a pro-GNA outlet")
    .actor("⟦المرتزقة الأجانب⟧", "UNKNOWN", "the LNA's word for the Chadian fighters")
    .actor("⟦مقاتلي التبو⟧", "UNKNOWN", TEBU);

  const s1 =
    "قُتل 43 شخصا على الأقل وأصيب 51 آخرون في غارة شنتها طائرة مسيّرة تابعة لميليشيات اللواء المتقاعد خليفة حفتر، مساء أمس الأحد، على حي القلعة السكني في مدينة مرزق جنوبي ليبيا، بحسب حصيلة أولية أعلنها المجلس البلدي.";
  b.claim({ actor: "LNA", action: "struck", places: [QALAA, "Murzuq"], means: "drone", speaker: "outlet", trigger: "غارة شنتها طائرة مسيّرة", evidence: s1, date: SUN, note: "the toll is the council's; the strike is in the outlet's voice" });

  b.claim({
    actor: "LNA",
    action: "struck",
    places: ["Murzuq"],
    means: "drone",
    speaker: "other",
    trigger: "أغارت",
    evidence: "وقال عضو المجلس البلدي محمد عمر إن الطائرة \"أغارت على تجمع لأهالي المدينة من مكون التبو\"، مضيفا أن المستشفى الوحيد في مرزق عاجز عن استيعاب الجرحى.",
    note: "الطائرة = the LNA's drone of the previous sentence; a municipal councillor speaking",
  });

  b.claim({
    actor: "LNA",
    action: "struck",
    places: ["Murzuq"],
    means: "drone",
    speaker: "LNA",
    distanced: true,
    trigger: "استهدفت",
    evidence: "وفي حين أقرت قيادة قوات حفتر بتنفيذ الضربة، زعمت في بيان أنها استهدفت \"مواقع لعصابات المعارضة التشادية\" داخل مرزق، ونفت سقوط أي مدني.",
    note: "the LNA admits the strike (أقرت); زعمت distances its account of what was hit",
  });

  const s4 = "ويأتي القصف، وهو السابع على المدينة خلال عشرة أيام، في ظل اشتباكات متقطعة تشهدها مرزق منذ الخميس الماضي بين مسلحين من التبو وآخرين موالين لحفتر يتهمون خصومهم بالاستعانة بمقاتلين تشاديين.";
  const THU = { iso: "2019-08-01", precision: "day" } as const;
  b.claim({ actor: "LNA", action: "struck", places: ["Murzuq"], means: "unspecified", speaker: "outlet", trigger: "القصف", evidence: s4, note: "the seventh strike on the town in ten days; المدينة = Murzuq" })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Murzuq"], speaker: "outlet", trigger: "اشتباكات", evidence: s4, date: THU, note: TEBU })
    .claim({ actor: "LNA", action: "contested", places: ["Murzuq"], speaker: "outlet", trigger: "اشتباكات", evidence: s4, date: THU, note: "armed men loyal to Haftar" });

  const s5 = "وكانت قوات حفتر قد دخلت مرزق في فبراير/شباط الماضي ضمن حملة أطلقتها على الجنوب انطلاقا من سبها، قبل أن تنسحب منها بعد أسابيع تحت ضغط \"قوة حماية الجنوب\".";
  b.claim({ actor: "LNA", action: "entered", places: ["Murzuq"], speaker: "outlet", trigger: "دخلت", evidence: s5, date: { iso: "2019-02-01", precision: "month" } })
    .claim({ actor: "LNA", action: "withdrew", places: ["Murzuq"], speaker: "outlet", trigger: "تنسحب منها", evidence: s5, date: { iso: "2019-03-01", precision: "approximate" }, note: "'weeks after' February" });

  b.claim({
    actor: "GNA",
    action: "struck",
    places: ["Al-Jufra Air Base"],
    means: "unspecified",
    modality: "intent",
    speaker: "GNA",
    trigger: "بضرب",
    evidence: "من جهتها، دانت حكومة الوفاق الوطني \"المجزرة\" وحمّلت حفتر مسؤوليتها، متوعدة بضرب قاعدة الجفرة الجوية التي تنطلق منها المسيّرات، ومؤكدة أنها \"لن تقف متفرجة على قتل الليبيين\".",
    note: "a threat",
  });

  const s8 = "وقال الناطق باسم قوات بركان الغضب محمد قنونو إن طائرات الوفاق \"دكت الليلة الماضية تمركزات لميليشيات حفتر في محيط براك الشاطئ\"، ورصدت رتلا كان يتقدم نحو أوباري.";
  const NIGHT = { iso: "2019-08-04", precision: "day" } as const;
  b.claim({ actor: "GNA", action: "struck", places: ["Brak"], means: "air", speaker: "GNA", trigger: "دكت", evidence: s8, date: NIGHT, note: "LNA positions around Brak al-Shati" })
    .claim({ actor: "LNA", action: "advancing", places: ["Ubari"], speaker: "GNA", trigger: "يتقدم نحو", evidence: s8, date: NIGHT, note: "the column is implicitly Haftar's" });

  const s9 = "في المقابل، ادعى المسماري في مؤتمر صحفي ببنغازي أن قوات \"الجيش\" تسيطر على \"أكثر من تسعين في المئة\" من فزان، وأن ما يجري في مرزق \"حرب على المرتزقة الأجانب\".";
  b.claim({ actor: "LNA", action: "controls", places: ["Southern Libya"], speaker: "LNA", distanced: true, trigger: "تسيطر", evidence: s9, note: "ادعى: distanced; 'more than 90 per cent' of Fezzan" })
    .claim({ actor: "LNA", action: "contested", places: ["Murzuq"], speaker: "LNA", distanced: true, trigger: "حرب على", evidence: s9, note: "'a war on foreign mercenaries' in Murzuq; ادعى: distanced" });

  b.claim({
    actor: "UNKNOWN",
    action: "reinforcing",
    places: ["Murzuq"],
    speaker: "outlet",
    trigger: "وصول تعزيزات",
    evidence: "وتخشى الأمم المتحدة أن يتحول الصراع في مرزق إلى مواجهة قبلية مفتوحة في حال لم يتوقف القصف، خاصة مع وصول تعزيزات من القطرون إلى مقاتلي التبو في المدينة.",
    note: "reinforcements from al-Qatrun reach the Tebu fighters in Murzuq; " + TEBU,
  });

  b.measurement({ kind: "direction", subject: "Murzuq", reference: "Libya", direction: "S", evidence: "مدينة مرزق جنوبي ليبيا" })
    .measurement({ kind: "distance-direction", subject: "Murzuq", reference: "Tripoli", value: 1000, unit: "km", direction: "S", evidence: "وتبعد مرزق قرابة ألف كيلومتر جنوب طرابلس", note: "'nearly a thousand', in words; a road distance, the straight line is about 780 km" })
    .measurement({ kind: "distance-direction", subject: "Murzuq", reference: "Sabha", value: 135, unit: "km", direction: "SW", evidence: "ونحو 135 كلم جنوب غربي سبها", note: "the subject (مرزق) is the sentence's, stated before" });

  b.date("⟦مساء أمس الأحد⟧", "2019-08-04", "day")
    .date("⟦الخميس الماضي⟧", "2019-08-01", "day")
    .date("⟦فبراير/شباط الماضي⟧", "2019-02-01", "month")
    .date("⟦الليلة الماضية⟧", "2019-08-04", "day");

  b.negative("متوعدة بضرب قاعدة الجفرة الجوية التي تنطلق منها المسيّرات", "a threat: intent")
    .negative("أن يتحول الصراع في مرزق إلى مواجهة قبلية مفتوحة في حال لم يتوقف القصف", "a conditional projection")
    .negative("ونفت سقوط أي مدني", "a denial of civilian deaths, not of the strike");
  return b;
}
