/** h14: Fajr Libya takes Tripoli International Airport, Sunday 24 August 2014; Maghrebi outlet (جويلية، أوت), Tunis dateline. */
import { GoldBuilder } from "../annotate.ts";

const FAJR = "Fajr Libya (Libya Dawn), the 2014 coalition led by Misratan brigades: no actor id";
const ZINTAN = "the Zintani brigades (al-Qaqaa, al-Sawaiq) that held the airport, 2014: no actor id";

export function goldH14(): GoldBuilder {
  const b = new GoldBuilder("h14_tripoliairport_2014", { iso: "2014-08-24", precision: "day" });
  const SAT = { iso: "2014-08-23", precision: "day" } as const;
  const AIRPORT = "Tripoli International Airport";

  b.names("تونس", "Tunis", [], "the dateline: the city, not the country")
    .names("ليبيا", "Libya", [], "also inside the name «فجر ليبيا»")
    .names("مصراتة", "Misrata")
    .toponym("⟦مطار طرابلس الدولي⟧", AIRPORT)
    .names("طرابلس", "Tripoli", [0])
    .names("الزنتان", "Zintan")
    .toponym("لم يتبق ل⟦لزنتان⟧", "Zintan", "ل + الزنتان with the article's alef dropped")
    .names("ورشفانة", "Warshefana")
    .names("العزيزية", "Al-Aziziya")
    .names("قصر بن غشير", "Qasr bin Ghashir")
    .toponym("⟦قاعدة بنينا⟧", "Benina Air Base")
    .names("الإمارات", "United Arab Emirates")
    .names("مصر", "Egypt")
    .names("القاهرة", "Cairo", [], "stands for the Egyptian government")
    .names("أبوظبي", "Abu Dhabi", [], "stands for the Emirati government")
    .toponym("⟦قاعدة الوطية الجوية⟧", "Al-Watiya Air Base")
    .toponym("⟦معسكر اليرموك⟧", "Yarmouk camp (Tripoli)")
    .names("طبرق", "Tobruk")
    .names("السواني", "Sawani")
    .toponym("⟦طريق المطار⟧", "Airport Road (Tripoli)");

  b.actor("⟦قوات \"فجر ليبيا\"⟧", "UNKNOWN", FAJR)
    .actor("⟦كتائب من مصراتة⟧", "UNKNOWN", FAJR)
    .actor("مع ⟦كتائب الزنتان⟧", "UNKNOWN", ZINTAN)
    .actor("⟦نظام القذافي⟧", "UNKNOWN", "the Gaddafi regime")
    .actor("⟦مقاتلي كتيبتي \"القعقاع\" و\"الصواعق\"⟧", "UNKNOWN", ZINTAN)
    .actor("⟦المهاجمون⟧", "UNKNOWN", FAJR)
    .actor("⟦ثوار الزنتان⟧", "UNKNOWN", ZINTAN)
    .actor("⟦كتائبه⟧", "UNKNOWN", ZINTAN)
    .actor("⟦صقر الجروشي⟧", "LNA", "the Karama operation's air force commander")
    .actor("⟦سلاح الجو التابع لعملية \"الكرامة\"⟧", "LNA", "Haftar's Operation Dignity (Karama), the LNA's origin")
    .actor("⟦خليفة حفتر⟧", "LNA")
    .actor("⟦طائراته⟧", "LNA")
    .actor("⟦المؤتمر الوطني العام⟧", "UNKNOWN", "the General National Congress, Fajr Libya's political ally: no actor id")
    .actor("المتحالف مع ⟦فجر ليبيا⟧", "UNKNOWN", FAJR)
    .actor("كلا من ⟦الإمارات⟧", "UAE")
    .actor("و⟦مصر⟧ بالوقوف", "EGY")
    .actor("نفته ⟦القاهرة⟧", "EGY")
    .actor("⟦أبوظبي⟧", "UAE")
    .actor("لم يتبق ل⟦لزنتان⟧", "UNKNOWN", ZINTAN + "; the town standing for its brigades")
    .actor("تتأهب ⟦قوات فجر ليبيا⟧", "UNKNOWN", FAJR)
    .actor("أن سيطرة ⟦فجر ليبيا⟧", "UNKNOWN", FAJR)
    .actor("يدعمها ⟦التحالف⟧", "UNKNOWN", FAJR + "; «التحالف» = Fajr Libya, introduced before")
    .actor("⟦الزنتانيين⟧", "UNKNOWN", ZINTAN)
    .actor("باسم ⟦فجر ليبيا⟧", "UNKNOWN", FAJR);

  const s1 =
    "أعلنت قوات \"فجر ليبيا\"، التي تقودها كتائب من مصراتة، أنها بسطت نفوذها الكامل على مطار طرابلس الدولي مساء أمس السبت، بعد أكثر من خمسة أسابيع من المعارك مع كتائب الزنتان التي كانت تمسك بالمطار منذ سقوط نظام القذافي.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: [AIRPORT], speaker: "UNKNOWN", trigger: "بسطت نفوذها الكامل على", evidence: s1, date: SAT, note: FAJR + ", announcing it" })
    .claim({ actor: "UNKNOWN", action: "contested", places: [AIRPORT], speaker: "UNKNOWN", trigger: "المعارك", evidence: s1, date: SAT, note: "five weeks of battles ending on Saturday; both sides have no actor id" })
    .claim({
      actor: "UNKNOWN",
      action: "controls",
      places: [AIRPORT],
      speaker: "UNKNOWN",
      trigger: "كانت تمسك بالمطار",
      evidence: s1,
      date: { iso: "2011-08-23", precision: "approximate" },
      note: "past control 'since the fall of the Gaddafi regime' (August 2011); " + ZINTAN,
    });

  b.claim({
    actor: "UNKNOWN",
    action: "withdrew",
    places: [AIRPORT],
    speaker: "outlet",
    trigger: "أخلوا مواقعهم",
    evidence: "وأفاد مراسلنا في العاصمة الليبية بأن مقاتلي كتيبتي \"القعقاع\" و\"الصواعق\" أخلوا مواقعهم داخل المطار، وانكفؤوا جنوبا نحو ورشفانة والعزيزية، فيما تصاعدت أعمدة الدخان من مبنى الركاب.",
    note: ZINTAN + "; Warshefana and al-Aziziya are where they fell back to, not places left",
  });

  b.claim({
    actor: "UNKNOWN",
    action: "contested",
    places: [AIRPORT],
    speaker: "outlet",
    trigger: "خط المواجهة الرئيسي",
    evidence: "ويقع المطار على بعد نحو 25 كلم جنوب وسط طرابلس، وقد تحول منذ 13 جويلية الماضي إلى خط المواجهة الرئيسي في معركة أطلق عليها المهاجمون اسم \"قسورة\".",
    date: { iso: "2014-07-13", precision: "day" },
    note: "the front line since 13 July (Maghrebi «جويلية»)",
  });

  const s4 = "ونفى ناطق باسم ثوار الزنتان أن تكون كتائبه قد \"هُزمت\"، مؤكدا أنها أعادت انتشارها لتفادي \"مجزرة\"، ومتوعدا باسترجاع المطار \"في أقرب الآجال\".";
  b.claim({ actor: "UNKNOWN", action: "withdrew", places: [AIRPORT], speaker: "UNKNOWN", trigger: "أعادت انتشارها", evidence: s4, note: "'redeployed': the Zintani spokesman's word for leaving the airport (implicit)" })
    .claim({ actor: "UNKNOWN", action: "captured", places: [AIRPORT], modality: "intent", speaker: "UNKNOWN", trigger: "باسترجاع", evidence: s4, note: "a vow to retake the airport" });

  b.claim({
    actor: "UNKNOWN",
    action: "withdrew",
    places: [AIRPORT],
    speaker: "outlet",
    trigger: "الانسحاب",
    evidence: "وجاء الانسحاب بعد ساعات من غارات نفذتها طائرات مجهولة فجر السبت على مواقع قرب المطار وفي قصر بن غشير، هي الثانية من نوعها في أقل من أسبوع، بعد غارات ليل الأحد 17 أوت على مخازن ذخيرة.",
    date: SAT,
    note: "the Zintanis' withdrawal from the airport, hours after Saturday's dawn strikes; the strikes themselves have no stated side here and are not claims",
  });

  const s6 =
    "وتبنّى العقيد صقر الجروشي، قائد سلاح الجو التابع لعملية \"الكرامة\" التي يقودها اللواء المتقاعد خليفة حفتر، الضربات في تصريح لقناة محلية، غير أن خبراء شككوا في قدرة طائراته القديمة على بلوغ طرابلس، التي تبعد عن قاعدة بنينا أكثر من ألف كيلومتر.";
  b.claim({
    actor: "LNA",
    action: "struck",
    places: [AIRPORT, "Qasr bin Ghashir"],
    means: "air",
    speaker: "LNA",
    trigger: "الضربات",
    evidence: s6,
    note: "claims the strikes of the previous sentence (near the airport and in Qasr bin Ghashir); experts doubt it",
  });

  const s7 = "في المقابل، اتهم المؤتمر الوطني العام المنتهية ولايته، المتحالف مع فجر ليبيا، كلا من الإمارات ومصر بالوقوف وراء الغارات، وهو ما نفته القاهرة رسميا، فيما التزمت أبوظبي الصمت.";
  const ACCUSED = "accused by the GNC of the strikes near the airport and in Qasr bin Ghashir";
  b.claim({ actor: "UAE", action: "struck", places: [AIRPORT, "Qasr bin Ghashir"], means: "air", speaker: "UNKNOWN", trigger: "بالوقوف وراء الغارات", evidence: s7, note: ACCUSED })
    .claim({ actor: "EGY", action: "struck", places: [AIRPORT, "Qasr bin Ghashir"], means: "air", speaker: "UNKNOWN", trigger: "بالوقوف وراء الغارات", evidence: s7, note: ACCUSED })
    .claim({ actor: "EGY", action: "struck", places: [AIRPORT, "Qasr bin Ghashir"], means: "air", modality: "negated", speaker: "EGY", trigger: "نفته", evidence: s7, note: "Cairo denies it" });

  const s8 = "وبسقوط المطار، لم يتبق للزنتان في محيط العاصمة سوى جيوب محدودة في ورشفانة، بينما تتأهب قوات فجر ليبيا، بحسب قادتها، للزحف نحو قاعدة الوطية الجوية قرب الحدود التونسية.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: [AIRPORT], speaker: "outlet", trigger: "بسقوط", evidence: s8, note: "the airport's fall: Fajr Libya the implicit captor" })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["Warshefana"], speaker: "outlet", trigger: "لم يتبق للزنتان", evidence: s8, note: ZINTAN + "; only limited pockets" })
    .claim({ actor: "UNKNOWN", action: "advancing", places: ["Al-Watiya Air Base"], modality: "intent", speaker: "UNKNOWN", trigger: "تتأهب", evidence: s8, note: FAJR + ", according to its commanders" });

  const s9 = "ويرى مراقبون أن سيطرة فجر ليبيا على المطار، بعد أسابيع من انتزاعها معسكر اليرموك، تكرّس انقسام البلاد بين برلمان منتخب انتقل إلى طبرق وسلطة موازية يدعمها التحالف في طرابلس.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: [AIRPORT], speaker: "other", trigger: "سيطرة", evidence: s9, note: FAJR + "; observers" })
    .claim({
      actor: "UNKNOWN",
      action: "captured",
      places: ["Yarmouk camp (Tripoli)"],
      speaker: "other",
      trigger: "انتزاعها",
      evidence: s9,
      date: { iso: "2014-08-24", precision: "approximate" },
      note: "'weeks before' the airport: no date expression, so publication, approximate",
    });

  b.claim({
    actor: "UNKNOWN",
    action: "contested",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "المعارك",
    evidence: "وتعد هذه المعارك الأعنف في العاصمة منذ 2011، إذ خلفت، وفق وزارة الصحة، أكثر من مئة قتيل، وأجبرت آلاف العائلات على النزوح من قصر بن غشير والسواني وطريق المطار.",
    note: "العاصمة = Tripoli; the Fajr Libya–Zintan battles",
  });

  b.claim({
    actor: "UNKNOWN",
    action: "withdrew",
    places: [AIRPORT],
    speaker: "other",
    trigger: "رحيل",
    evidence: "وتحدثت مصادر محلية عن عمليات حرق ونهب طالت منازل في محيط المطار عقب رحيل الزنتانيين، وهو ما نفاه متحدث باسم فجر ليبيا، واصفا إياه بأنه \"دعاية مغرضة\".",
    note: ZINTAN + "; local sources; the denial is about the looting",
  });

  b.measurement({ kind: "distance-direction", subject: AIRPORT, reference: "Tripoli", value: 25, unit: "km", direction: "S", evidence: "ويقع المطار على بعد نحو 25 كلم جنوب وسط طرابلس", note: "المطار = the airport" })
    .measurement({ kind: "distance", subject: "Tripoli", reference: "Benina Air Base", value: 1000, unit: "km", evidence: "التي تبعد عن قاعدة بنينا أكثر من ألف كيلومتر", note: "'more than a thousand', in words; a road distance, the straight line is about 670 km" });

  b.date("⟦مساء أمس السبت⟧", "2014-08-23", "day")
    .date("⟦13 جويلية الماضي⟧", "2014-07-13", "day", "Maghrebi month name for July")
    .date("⟦فجر السبت⟧", "2014-08-23", "day")
    .date("⟦ليل الأحد 17 أوت⟧", "2014-08-17", "day", "Maghrebi month name for August")
    .date("منذ ⟦2011⟧", "2011-01-01", "year");

  b.negative("ونفى ناطق باسم ثوار الزنتان أن تكون كتائبه قد \"هُزمت\"", "a denial of defeat")
    .negative("ومتوعدا باسترجاع المطار \"في أقرب الآجال\"", "a vow: intent")
    .negative("وهو ما نفته القاهرة رسميا", "a denial of the Egyptian strikes")
    .negative("تتأهب قوات فجر ليبيا، بحسب قادتها، للزحف نحو قاعدة الوطية الجوية", "preparation: intent")
    .negative("قد يجر ليبيا إلى حرب أهلية شاملة إذا لم تتدخل دول الجوار للتهدئة", "a conditional projection");
  return b;
}
