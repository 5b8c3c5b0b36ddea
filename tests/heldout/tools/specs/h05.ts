/** h05: Haftar declares Derna "liberated", Friday 29 June 2018; neutral wire wording (Reuters, AFP). */
import { GoldBuilder } from "../annotate.ts";

const DPF = "Derna Protection Force, an Islamist coalition: no actor id of its own";
const OLD = "Old City (Derna)";

export function goldH05(): GoldBuilder {
  const b = new GoldBuilder("h05_derna_2018", { iso: "2018-06-29", precision: "day" });
  const THU = { iso: "2018-06-28", precision: "day" } as const;

  b.names("بنغازي", "Benghazi")
    .names("درنة", "Derna", [5], "the sixth is inside «ميناء درنة»")
    .toponym("⟦ميناء درنة⟧", "Derna port")
    .toponym(["⟦المدينة القديمة⟧", 0], OLD, "Derna's old city, named by a common phrase")
    .toponym(["⟦المدينة القديمة⟧", 1], OLD)
    .toponym("⟦حي المغار⟧", "Maghar district (Derna)")
    .toponym("⟦حي شيحا⟧", "Shiha district (Derna)")
    .toponym("مدينة ⟦البيضاء⟧", "Bayda")
    .names("طرابلس", "Tripoli")
    .names("ليبيا", "Libya")
    .names("طبرق", "Tobruk");

  b.actor("ل⟦قوات الجيش الوطني الليبي⟧ المشير", "LNA")
    .actor("المشير ⟦خليفة حفتر⟧", "LNA")
    .actor("⟦تحالف من المقاتلين الإسلاميين⟧", "UNKNOWN", DPF)
    .actor("وقال ⟦حفتر⟧", "LNA")
    .actor("جيوبا ل⟦لمقاتلين⟧", "UNKNOWN", "للمقاتلين: the clitic ل is dropped")
    .actor("وكانت ⟦قوات الجيش الوطني الليبي⟧", "LNA")
    .actor("تسيطر عليها \"⟦قوة حماية درنة⟧\"", "UNKNOWN", DPF)
    .actor("⟦مقاتلين إسلاميين⟧", "UNKNOWN")
    .actor("ومعارضين ل⟦حفتر⟧", "LNA")
    .actor("⟦مقاتلون محليون⟧", "UNKNOWN", "the Derna Mujahideen Shura Council, in 2015")
    .actor("⟦تنظيم داعش⟧", "ISIS")
    .actor("المتحدث باسم ⟦الجيش الوطني الليبي⟧", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("إن ⟦قواته⟧ تقدمت", "LNA")
    .actor("⟦عناصر القوة⟧", "UNKNOWN", DPF)
    .actor("أجبرت ⟦المقاتلين⟧", "UNKNOWN", DPF)
    .actor("بأن ⟦وحدات الجيش⟧ أجبرت", "LNA")
    .actor("ونفت ⟦قوة حماية درنة⟧", "UNKNOWN", DPF)
    .actor("تكون ⟦قوات حفتر⟧", "LNA")
    .actor("⟦مقاتليها⟧", "UNKNOWN", DPF)
    .actor("⟦الحكومة المؤقتة المتحالفة مع حفتر⟧", "LNA")
    .actor("ب⟦حكومة الوفاق الوطني⟧", "GNA")
    .actor("وتسيطر ⟦قوات حفتر⟧", "LNA")
    .actor("عناصر ⟦الجيش الوطني الليبي⟧ قتلوا", "LNA")
    .actor("وتعهد ⟦حفتر⟧", "LNA")
    .actor("تتخذها ⟦حكومة الوفاق⟧", "GNA");

  b.claim({
    actor: "LNA",
    action: "captured",
    places: ["Derna"],
    speaker: "LNA",
    trigger: "تحرير",
    evidence: "أعلن القائد العام لقوات الجيش الوطني الليبي المشير خليفة حفتر، مساء الخميس، \"تحرير\" مدينة درنة بشرق البلاد بالكامل، بعد حملة عسكرية استمرت نحو سبعة أسابيع ضد تحالف من المقاتلين الإسلاميين.",
    date: THU,
  });
  b.claim({
    actor: "LNA",
    action: "captured",
    places: ["Derna"],
    speaker: "LNA",
    trigger: "تحرير",
    evidence: "وقال حفتر في كلمة بثها التلفزيون: \"نعلن بكل فخر واعتزاز تحرير مدينة درنة وعودتها آمنة إلى حضن الوطن\".",
  });

  const s3 = "غير أن سكانا ومصادر عسكرية قالوا لرويترز إن جيوبا للمقاتلين لا تزال تقاوم في المدينة القديمة وحي المغار، وإن الاشتباكات لم تتوقف بالكامل فجر اليوم.";
  const DAWN = { iso: "2018-06-29", precision: "day" } as const;
  b.claim({ actor: "UNKNOWN", action: "controls", places: [OLD], speaker: "other", trigger: "لا تزال تقاوم", evidence: s3, note: "pockets of fighters still holding out" })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["Maghar district (Derna)"], speaker: "other", trigger: "لا تزال تقاوم", evidence: s3 })
    .claim({ actor: "LNA", action: "contested", places: ["Derna"], speaker: "other", trigger: "الاشتباكات لم تتوقف", evidence: s3, date: DAWN, note: "clashes had not fully stopped at dawn (Derna implicit)" })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Derna"], speaker: "other", trigger: "الاشتباكات لم تتوقف", evidence: s3, date: DAWN });

  const s4 = "وكانت قوات الجيش الوطني الليبي قد أطلقت هجومها البري على درنة في السابع من مايو/أيار الماضي، بعد حصار فرضته على المدينة منذ أكثر من عامين.";
  b.claim({ actor: "LNA", action: "contested", places: ["Derna"], speaker: "outlet", trigger: "أطلقت هجومها البري على", evidence: s4, date: { iso: "2018-05-07", precision: "day" }, note: "an offensive on the city" })
    .claim({ actor: "LNA", action: "besieging", places: ["Derna"], speaker: "outlet", trigger: "حصار فرضته على", evidence: s4, date: { iso: "2016-06-29", precision: "approximate" }, note: "a siege of 'more than two years'" });

  const s5 = "وتقع درنة على الساحل على بعد نحو 250 كيلومترا شرق بنغازي، وكانت تسيطر عليها \"قوة حماية درنة\"، وهي تحالف من مقاتلين إسلاميين ومعارضين لحفتر، بعد أن طرد مقاتلون محليون تنظيم داعش من المدينة عام 2015.";
  const Y2015 = { iso: "2015-01-01", precision: "year" } as const;
  b.claim({ actor: "UNKNOWN", action: "controls", places: ["Derna"], speaker: "outlet", trigger: "كانت تسيطر عليها", evidence: s5, date: { iso: "2018-06-29", precision: "approximate" }, note: DPF + "; past control" })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Derna"], speaker: "outlet", trigger: "طرد", evidence: s5, date: Y2015, note: "local fighters expelled ISIS in 2015" })
    .claim({ actor: "ISIS", action: "withdrew", places: ["Derna"], speaker: "outlet", trigger: "طرد", evidence: s5, date: Y2015, note: "expelled" });

  const s6 = "وقال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن قواته تقدمت الأسبوع الماضي في حي شيحا وسيطرت على ميناء درنة، مضيفا أن عناصر القوة فروا نحو وسط المدينة، ورفع بعضهم الراية البيضاء.";
  const LAST_WEEK = { iso: "2018-06-22", precision: "approximate" } as const;
  b.claim({ actor: "LNA", action: "advancing", places: ["Shiha district (Derna)"], speaker: "LNA", trigger: "تقدمت", evidence: s6, date: LAST_WEEK })
    .claim({ actor: "LNA", action: "captured", places: ["Derna port"], speaker: "LNA", trigger: "وسيطرت على", evidence: s6, date: LAST_WEEK });

  const s6b = "وأفاد مصدر عسكري بأن وحدات الجيش أجبرت المقاتلين على التراجع نحو كيلومترين عن محيط الميناء، مشيرا إلى أن الطريق الساحلي بين درنة وطبرق، التي تبعد عنها نحو 170 كلم، بات آمنا.";
  b.claim({ actor: "LNA", action: "repelled", places: ["Derna port"], speaker: "other", trigger: "أجبرت المقاتلين على التراجع", evidence: s6b, note: "الميناء = Derna port" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Derna port"], speaker: "other", trigger: "التراجع", evidence: s6b, note: DPF + "; pushed back about 2 km" });

  const s7 = "ونفت قوة حماية درنة في بيان أن تكون قوات حفتر قد دخلت المدينة القديمة، وقالت إن مقاتليها \"صدوا هجوما\" على محور الساحل الشرقي.";
  b.claim({ actor: "LNA", action: "entered", places: [OLD], modality: "negated", speaker: "UNKNOWN", trigger: "دخلت", evidence: s7, note: "denied by the Derna Protection Force" })
    .claim({ actor: "UNKNOWN", action: "repelled", places: ["Derna"], speaker: "UNKNOWN", trigger: "صدوا هجوما", evidence: s7, note: "on Derna's eastern coastal axis" });

  const s8 = "وتبعد درنة نحو 100 كلم شرق مدينة البيضاء، حيث مقر الحكومة المؤقتة المتحالفة مع حفتر، والتي لا تعترف بحكومة الوفاق الوطني في طرابلس.";
  b.claim({ actor: "LNA", action: "controls", places: ["Bayda"], speaker: "outlet", trigger: "مقر", evidence: s8, note: "seat of the interim government allied to Haftar" })
    .claim({ actor: "GNA", action: "controls", places: ["Tripoli"], speaker: "outlet", trigger: "بحكومة الوفاق الوطني في طرابلس", evidence: s8, note: "seat of government" });

  const s9 = "وتسيطر قوات حفتر على معظم شرق ليبيا، بما في ذلك بنغازي وطبرق، فيما ظلت درنة المدينة الوحيدة في الشرق الخارجة عن سيطرتها حتى الآن.";
  b.claim({ actor: "LNA", action: "controls", places: ["Benghazi"], speaker: "outlet", trigger: "وتسيطر", evidence: s9 })
    .claim({ actor: "LNA", action: "controls", places: ["Tobruk"], speaker: "outlet", trigger: "وتسيطر", evidence: s9 })
    .claim({ actor: "LNA", action: "controls", places: ["Derna"], modality: "negated", speaker: "outlet", trigger: "الخارجة عن سيطرتها", evidence: s9, note: "'the only city in the east outside its control until now'" });

  const s10 = "وأفادت وكالة فرانس برس نقلا عن مصدر طبي في مستشفى الهريش بأن 12 من عناصر الجيش الوطني الليبي قتلوا خلال اليومين الماضيين في معارك وسط المدينة.";
  const PAST_2D = { iso: "2018-06-27", precision: "approximate" } as const;
  b.claim({ actor: "LNA", action: "contested", places: ["Derna"], speaker: "other", trigger: "معارك", evidence: s10, date: PAST_2D, note: "battles in the city centre over the past two days" })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Derna"], speaker: "other", trigger: "معارك", evidence: s10, date: PAST_2D, note: DPF });

  const s11 = "وتعهد حفتر في كلمته بأن تكون الخطوة التالية \"تحرير ما تبقى من البلاد\"، في إشارة إلى العاصمة طرابلس التي تتخذها حكومة الوفاق مقرا لها.";
  b.claim({ actor: "LNA", action: "captured", places: ["Tripoli"], modality: "intent", speaker: "LNA", trigger: "تحرير", evidence: s11, note: "a pledge; the outlet glosses it as Tripoli" })
    .claim({ actor: "GNA", action: "controls", places: ["Tripoli"], speaker: "outlet", trigger: "تتخذها حكومة الوفاق مقرا", evidence: s11, note: "seat of government" });

  b.measurement({ kind: "distance-direction", subject: "Derna", reference: "Benghazi", value: 250, unit: "km", direction: "E", evidence: "على بعد نحو 250 كيلومترا شرق بنغازي" })
    .measurement({ kind: "distance-direction", subject: "Derna", reference: "Bayda", value: 100, unit: "km", direction: "E", evidence: "وتبعد درنة نحو 100 كلم شرق مدينة البيضاء" })
    .measurement({ kind: "pushback", subject: null, reference: "Derna port", value: 2, unit: "km", evidence: "التراجع نحو كيلومترين عن محيط الميناء", note: "'about two kilometres' (a dual, no digits); الميناء = Derna port" })
    .measurement({ kind: "distance", subject: "Tobruk", reference: "Derna", value: 170, unit: "km", evidence: "التي تبعد عنها نحو 170 كلم", note: "a road distance; عنها = Derna; the straight line is about 145 km" })
    .measurement({ kind: "direction", subject: null, reference: "Libya", direction: "E", evidence: "معظم شرق ليبيا", note: "eastern Libya" });

  b.date("⟦مساء الخميس⟧", "2018-06-28", "day")
    .date("⟦فجر اليوم⟧", "2018-06-29", "day")
    .date("⟦السابع من مايو/أيار الماضي⟧", "2018-05-07", "day")
    .date("⟦عام 2015⟧", "2015-01-01", "year")
    .date("⟦الأسبوع الماضي⟧", "2018-06-22", "approximate", "a week before the publication date")
    .date("⟦خلال اليومين الماضيين⟧", "2018-06-27", "approximate");

  b.negative("ونفت قوة حماية درنة في بيان أن تكون قوات حفتر قد دخلت المدينة القديمة", "a denial of entry")
    .negative("فيما ظلت درنة المدينة الوحيدة في الشرق الخارجة عن سيطرتها حتى الآن", "negated control")
    .negative("وتعهد حفتر في كلمته بأن تكون الخطوة التالية \"تحرير ما تبقى من البلاد\"", "a pledge: intent")
    .negative("ورفع بعضهم الراية البيضاء", "«البيضاء» here is the colour (white flag), not the city of Bayda");
  return b;
}
