/** h13: the rebels retake Ajdabiya and Brega, Sunday 27 March 2011; neutral wire (وكالات، فرانس برس). */
import { GoldBuilder } from "../annotate.ts";

const REBELS = "the 2011 anti-Gaddafi rebels (National Transitional Council): no actor id";
const LOYALISTS = "Gaddafi's forces and government (2011): no actor id";

export function goldH13(): GoldBuilder {
  const b = new GoldBuilder("h13_ajdabiya_2011", { iso: "2011-03-27", precision: "day" });
  const SAT = { iso: "2011-03-26", precision: "day" } as const;

  b.names("أجدابيا", "Ajdabiya")
    .names("البريقة", "Brega")
    .names("بنغازي", "Benghazi")
    .names("باريس", "Paris")
    .names("رأس لانوف", "Ras Lanuf")
    .names("سرت", "Sirte")
    .names("العقيلة", "El Agheila")
    .names("ليبيا", "Libya")
    .names("مصراتة", "Misrata", [1])
    .toponym("⟦مطار مصراتة⟧", "Misrata Airport")
    .names("طرابلس", "Tripoli", [1])
    .toponym("⟦شارع طرابلس⟧", "Tripoli Street (Misrata)", "a street of Misrata named after the capital, not Tripoli");

  b.actor("⟦الثوار الليبيون⟧", "UNKNOWN", REBELS)
    .actor("⟦الكتائب الموالية للعقيد معمر القذافي⟧", "UNKNOWN", LOYALISTS)
    .actor("⟦جنود القذافي⟧", "UNKNOWN", LOYALISTS)
    .actor("في يد ⟦كتائب القذافي⟧", "UNKNOWN", LOYALISTS)
    .actor("⟦مقاتلات فرنسية⟧", "FRA", "British jets have no actor id")
    .actor("دبابات ⟦الكتائب⟧ المتمركزة", "UNKNOWN", LOYALISTS)
    .actor("⟦هيئة الأركان الفرنسية⟧", "FRA")
    .actor("باسم ⟦الحكومة الليبية⟧", "UNKNOWN", LOYALISTS + "; «الحكومة الليبية» is Gaddafi's government in 2011, not the GNA")
    .actor("⟦موسى إبراهيم⟧", "UNKNOWN", LOYALISTS)
    .actor("⟦قوات بلاده⟧", "UNKNOWN", LOYALISTS)
    .actor("⟦المقاتلون المعارضون⟧", "UNKNOWN", REBELS)
    .actor("مسقط رأس ⟦القذافي⟧", "UNKNOWN", LOYALISTS)
    .actor("⟦مجموعات من الثوار⟧", "UNKNOWN", REBELS)
    .actor("إذا كانت ⟦الكتائب⟧", "UNKNOWN", LOYALISTS)
    .actor("تفرضه ⟦الكتائب⟧", "UNKNOWN", LOYALISTS)
    .actor("وتقول ⟦المعارضة⟧", "UNKNOWN", REBELS)
    .actor("إن ⟦قوات القذافي⟧", "UNKNOWN", LOYALISTS)
    .actor("وإن ⟦مقاتليها⟧", "UNKNOWN", REBELS)
    .actor("⟦المجلس الوطني الانتقالي⟧", "UNKNOWN", REBELS)
    .actor("بغارات ⟦فرنسية⟧", "FRA")
    .actor("رتل ل⟦لكتائب⟧", "UNKNOWN", LOYALISTS + "; ل + الكتائب with the article's alef dropped")
    .actor("أن ⟦الثوار⟧ قد يخسرون", "UNKNOWN", REBELS)
    .actor("⟦وحداتهم⟧", "UNKNOWN", REBELS);

  const s1 =
    "انتزع الثوار الليبيون السيطرة على بلدة البريقة النفطية عصر أمس السبت، بعد ساعات من استرجاعهم أجدابيا إثر انسحاب الكتائب الموالية للعقيد معمر القذافي منها مع ساعات الفجر، في أول مكسب ميداني كبير لهم منذ بدء الضربات الجوية الغربية قبل أسبوع.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: ["Brega"], speaker: "outlet", trigger: "انتزع", evidence: s1, date: SAT, note: REBELS })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Ajdabiya"], speaker: "outlet", trigger: "استرجاعهم", evidence: s1, date: SAT, note: REBELS })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Ajdabiya"], speaker: "outlet", trigger: "انسحاب", evidence: s1, date: SAT, note: LOYALISTS });

  b.claim({
    actor: "UNKNOWN",
    action: "withdrew",
    places: ["Brega"],
    speaker: "other",
    trigger: "فروا",
    evidence: "وقال أحد المقاتلين لمراسل فرانس برس من وسط البريقة، الواقعة على مسافة 80 كلم إلى الغرب من أجدابيا، إن \"جنود القذافي فروا تاركين وراءهم دبابات محترقة وراجمات صواريخ\".",
    note: "a rebel fighter quoted by the AFP correspondent; the place fled is Brega (implicit); " + LOYALISTS,
  });

  const s3 = "وكانت أجدابيا، التي تبعد نحو مئة وستين كيلومترا جنوب بنغازي، قد سقطت في يد كتائب القذافي منتصف الشهر الجاري، وظل مدخلاها الشرقي والغربي ساحة لقصف متبادل طوال عشرة أيام.";
  const MID = { iso: "2011-03-15", precision: "approximate" } as const;
  b.claim({ actor: "UNKNOWN", action: "captured", places: ["Ajdabiya"], speaker: "outlet", trigger: "سقطت في يد", evidence: s3, date: MID, note: LOYALISTS })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Ajdabiya"], speaker: "outlet", trigger: "ساحة لقصف متبادل", evidence: s3, date: MID, note: "mutual shelling at the town's entrances; both sides have no actor id" });

  b.claim({
    actor: "FRA",
    action: "struck",
    places: ["Ajdabiya"],
    means: "air",
    speaker: "FRA",
    trigger: "وأغارت",
    evidence: "وأغارت مقاتلات فرنسية وبريطانية ليل الجمعة السبت على دبابات الكتائب المتمركزة عند البوابة الغربية لأجدابيا، بحسب ما أعلنته هيئة الأركان الفرنسية في باريس.",
    date: { iso: "2011-03-25", precision: "day" },
    note: "tanks at Ajdabiya's western gate; the French general staff speaking",
  });

  b.claim({
    actor: "UNKNOWN",
    action: "withdrew",
    places: ["Ajdabiya"],
    speaker: "UNKNOWN",
    trigger: "أعادت تمركزها",
    evidence: "وفي رواية مغايرة، نفى المتحدث باسم الحكومة الليبية موسى إبراهيم أن تكون قوات بلاده قد هُزمت، مؤكدا أنها \"أعادت تمركزها\" خارج أجدابيا لتجنيب المدنيين القصف.",
    note: "'redeployed outside Ajdabiya': a withdrawal in the loyalist spokesman's euphemism",
  });

  const s6 = "ويواصل المقاتلون المعارضون زحفهم على الطريق الساحلي باتجاه رأس لانوف، ويقول قادتهم إنهم يعتزمون بلوغ سرت، مسقط رأس القذافي، \"خلال أيام\".";
  b.claim({ actor: "UNKNOWN", action: "advancing", places: ["Ras Lanuf"], speaker: "outlet", trigger: "زحفهم", evidence: s6, note: REBELS })
    .claim({ actor: "UNKNOWN", action: "advancing", places: ["Sirte"], modality: "intent", speaker: "UNKNOWN", trigger: "يعتزمون بلوغ", evidence: s6, note: "the rebel leaders intend to reach Sirte" });

  b.claim({
    actor: "UNKNOWN",
    action: "entered",
    places: ["Brega"],
    speaker: "other",
    trigger: "جابت شوارع",
    evidence: "وأفاد شهود بأن مجموعات من الثوار جابت شوارع البريقة ومرفأها من دون أن تواجه أي مقاومة، فيما لم يتأكد بعد ما إذا كانت الكتائب قد أخلت بلدة العقيلة المجاورة.",
    note: "witnesses; " + REBELS + "; the loyalists' withdrawal from El Agheila is unconfirmed and not a claim",
  });

  const s8 = "في المقابل، تخضع مصراتة، الواقعة على بعد نحو 200 كيلومتر شرق طرابلس، لحصار تفرضه الكتائب منذ أكثر من شهر، وقال سكان إن دباباتها قصفت أمس مباني قرب شارع طرابلس الذي يشق المدينة.";
  b.claim({ actor: "UNKNOWN", action: "besieging", places: ["Misrata"], speaker: "outlet", trigger: "لحصار تفرضه", evidence: s8, note: LOYALISTS + "; 'for more than a month' is a duration" })
    .claim({
      actor: "UNKNOWN",
      action: "struck",
      places: ["Tripoli Street (Misrata)"],
      means: "artillery",
      speaker: "other",
      trigger: "قصفت",
      evidence: s8,
      date: SAT,
      note: "the loyalists' tanks shelled buildings near Tripoli Street; residents speaking",
    });

  const s9 = "وتقول المعارضة إن قوات القذافي لا تزال تحكم قبضتها على مطار مصراتة جنوب غربي المدينة، وإن مقاتليها \"لن يسمحوا لها بالتقدم شبرا واحدا نحو وسط مصراتة\".";
  b.claim({ actor: "UNKNOWN", action: "controls", places: ["Misrata Airport"], speaker: "UNKNOWN", trigger: "تحكم قبضتها على", evidence: s9, note: LOYALISTS + "; the rebels speaking" })
    .claim({ actor: "UNKNOWN", action: "advancing", places: ["Misrata"], modality: "negated", speaker: "UNKNOWN", trigger: "لن يسمحوا لها بالتقدم", evidence: s9, note: "the rebels will not let the loyalists advance into central Misrata" });

  const s10 = "وفي بنغازي، معقل المجلس الوطني الانتقالي في شرق ليبيا، احتفل الآلاف ليلا بما سموه \"تحرير أجدابيا\"، رافعين أعلام الاستقلال.";
  b.claim({ actor: "UNKNOWN", action: "controls", places: ["Benghazi"], speaker: "outlet", trigger: "معقل", evidence: s10, note: REBELS })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Ajdabiya"], speaker: "other", distanced: true, trigger: "تحرير", evidence: s10, note: "the crowds' word; «بما سموه» marks it as theirs" });

  const s11 = "وكان مجلس الأمن الدولي قد أجاز في 17 مارس/آذار فرض منطقة حظر جوي، وبدأت الضربات في 19 من الشهر نفسه بغارات فرنسية على رتل للكتائب كان يتقدم نحو بنغازي.";
  const D19 = { iso: "2011-03-19", precision: "day" } as const;
  b.claim({ actor: "FRA", action: "struck", places: ["Benghazi"], means: "air", speaker: "outlet", trigger: "بغارات", evidence: s11, date: D19, note: "on a loyalist column advancing on Benghazi" })
    .claim({ actor: "UNKNOWN", action: "advancing", places: ["Benghazi"], speaker: "outlet", trigger: "يتقدم نحو", evidence: s11, date: D19, note: LOYALISTS });

  b.measurement({ kind: "distance-direction", subject: "Brega", reference: "Ajdabiya", value: 80, unit: "km", direction: "W", evidence: "الواقعة على مسافة 80 كلم إلى الغرب من أجدابيا" })
    .measurement({ kind: "distance-direction", subject: "Ajdabiya", reference: "Benghazi", value: 160, unit: "km", direction: "S", evidence: "التي تبعد نحو مئة وستين كيلومترا جنوب بنغازي", note: "a number in words" })
    .measurement({ kind: "distance-direction", subject: "Misrata", reference: "Tripoli", value: 200, unit: "km", direction: "E", evidence: "الواقعة على بعد نحو 200 كيلومتر شرق طرابلس" })
    .measurement({ kind: "direction", subject: "Misrata Airport", reference: "Misrata", direction: "SW", evidence: "مطار مصراتة جنوب غربي المدينة", note: "المدينة = Misrata" })
    .measurement({ kind: "direction", subject: "Benghazi", reference: "Libya", direction: "E", evidence: "في شرق ليبيا" });

  b.date("⟦عصر أمس السبت⟧", "2011-03-26", "day")
    .date("⟦قبل أسبوع⟧", "2011-03-20", "approximate", "the coalition strikes began on 19 March")
    .date("⟦منتصف الشهر الجاري⟧", "2011-03-15", "approximate")
    .date("⟦ليل الجمعة السبت⟧", "2011-03-25", "day", "the night from Friday to Saturday")
    .date("قصفت ⟦أمس⟧", "2011-03-26", "day")
    .date("⟦17 مارس/آذار⟧", "2011-03-17", "day")
    .date("⟦19 من الشهر نفسه⟧", "2011-03-19", "day", "the month from earlier in the sentence");

  b.negative("نفى المتحدث باسم الحكومة الليبية موسى إبراهيم أن تكون قوات بلاده قد هُزمت", "a denial of defeat")
    .negative("يعتزمون بلوغ سرت", "intent: Sirte is not reached")
    .negative("لم يتأكد بعد ما إذا كانت الكتائب قد أخلت بلدة العقيلة المجاورة", "unconfirmed: no withdrawal from El Agheila is asserted")
    .negative("\"لن يسمحوا لها بالتقدم شبرا واحدا نحو وسط مصراتة\"", "negated future advance")
    .negative("الثوار قد يخسرون ما كسبوه سريعا إذا توقف الغطاء الجوي", "a conditional projection");
  return b;
}
