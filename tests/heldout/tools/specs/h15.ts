/** h15: the LNA's special forces take al-Laithi, Benghazi, Wednesday 24 February 2016; neutral local outlet. */
import { GoldBuilder } from "../annotate.ts";

const MILITANTS = "Benghazi's militants (ISIS and the Shura Council's groups together): no single actor id";
const SHURA = "the Benghazi Revolutionaries' Shura Council: no actor id";

export function goldH15(): GoldBuilder {
  const b = new GoldBuilder("h15_laithi_2016", { iso: "2016-02-24", precision: "day" });
  const TUE = { iso: "2016-02-23", precision: "day" } as const;
  const PAST = { iso: "2016-02-24", precision: "approximate" } as const;
  const OCT = { iso: "2015-10-01", precision: "month" } as const;
  const LAITHI = "Laithi (Benghazi)";

  b.names("بنغازي", "Benghazi", [], "also inside the name «مجلس شورى ثوار بنغازي»")
    .names("الليثي", LAITHI)
    .toponym("⟦محور بوعطني⟧", "Bu Atni axis (Benghazi)")
    .names("الهواري", "Hawari (Benghazi)")
    .names("قنفودة", "Ganfouda")
    .names("الصابري", "Sabri (Benghazi)")
    .names("سوق الحوت", "Suq al-Hout (Benghazi)")
    .names("الفويهات", "Fwayhat (Benghazi)")
    .names("الماجوري", "Majouri (Benghazi)")
    .names("بوهديمة", "Bu Hdima (Benghazi)")
    .names("المرج", "Marj");

  b.actor("⟦قوات الصاعقة التابعة للجيش الوطني الليبي⟧", "LNA")
    .actor("⟦الوحدات المساندة لها⟧", "LNA", "the units supporting the Saiqa forces")
    .actor("معاقل ⟦المتشددين⟧", "UNKNOWN", MILITANTS)
    .actor("ب⟦القوات الخاصة⟧ فضل", "LNA", "the Saiqa special forces")
    .actor("⟦فضل الحاسي⟧", "LNA")
    .actor("⟦عناصر تنظيم الدولة⟧", "ISIS")
    .actor("الرئيسية ل⟦لتنظيم⟧", "ISIS", "ل + التنظيم with the article's alef dropped")
    .actor("استرد ⟦الجيش⟧", "LNA")
    .actor("⟦مجموعات من \"مجلس شورى ثوار بنغازي\"⟧", "UNKNOWN", SHURA)
    .actor("باسم ⟦القوات الخاصة⟧", "LNA")
    .actor("⟦ميلود الزوي⟧", "LNA")
    .actor("جيوب ل⟦لمسلحين⟧", "UNKNOWN", MILITANTS + "; ل + المسلحين")
    .actor("خارج سيطرة ⟦الجيش⟧", "LNA")
    .actor("وكان ⟦الجيش⟧", "LNA")
    .actor("⟦مقاتلاته⟧", "LNA")
    .actor("مواقع ⟦المتشددين⟧", "UNKNOWN", MILITANTS)
    .actor("نفى ⟦مجلس شورى ثوار بنغازي⟧", "UNKNOWN", SHURA)
    .actor("⟦مقاتليه⟧", "UNKNOWN", SHURA)
    .actor("متهما ⟦قوات حفتر⟧", "LNA")
    .actor("⟦تنظيم أنصار الشريعة⟧", "UNKNOWN", "Ansar al-Sharia: no actor id")
    .actor("عدد من ⟦عناصره⟧", "UNKNOWN", "Ansar al-Sharia's members")
    .actor("⟦تنظيم الدولة الإسلامية⟧", "ISIS")
    .actor("⟦القيادة العامة⟧", "LNA")
    .actor("وبدأت ⟦قوات حفتر⟧", "LNA")
    .actor("⟦المجموعات المسلحة⟧", "UNKNOWN", MILITANTS)
    .actor("⟦عملية الكرامة⟧", "LNA")
    .actor("يتحصن ⟦مسلحون⟧", "UNKNOWN", MILITANTS);

  const s1 = "أحكمت قوات الصاعقة التابعة للجيش الوطني الليبي والوحدات المساندة لها قبضتها على منطقة الليثي صباح أمس الثلاثاء، لتطوي صفحة أحد أقدم معاقل المتشددين في بنغازي.";
  b.claim({ actor: "LNA", action: "captured", places: [LAITHI], speaker: "outlet", trigger: "أحكمت", evidence: s1, date: TUE, note: "أحكمت ... قبضتها على" })
    .claim({ actor: "UNKNOWN", action: "controls", places: [LAITHI], speaker: "outlet", trigger: "معاقل", evidence: s1, date: PAST, note: "past control: 'one of the militants' oldest strongholds'; " + MILITANTS });

  const s2 = "وقال آمر التحريات بالقوات الخاصة فضل الحاسي لوكالة فرانس برس: \"حررنا الليثي تحريرا كاملا\"، موضحا أن عناصر تنظيم الدولة لاذوا بالفرار في الساعات الأولى من النهار بعد اقتحام المنطقة من ثلاثة محاور.";
  b.claim({ actor: "LNA", action: "captured", places: [LAITHI], speaker: "LNA", trigger: "حررنا", evidence: s2 })
    .claim({ actor: "ISIS", action: "withdrew", places: [LAITHI], speaker: "LNA", trigger: "لاذوا بالفرار", evidence: s2, note: "fled Laithi (implicit)" })
    .claim({ actor: "LNA", action: "entered", places: [LAITHI], speaker: "LNA", trigger: "اقتحام", evidence: s2, note: "المنطقة = Laithi" });

  const s4 = "وفي محور بوعطني المجاور، استرد الجيش معسكرين ومزرعة كانت تتحصن بها مجموعات من \"مجلس شورى ثوار بنغازي\"، بحسب الناطق باسم القوات الخاصة العقيد ميلود الزوي.";
  b.claim({ actor: "LNA", action: "captured", places: ["Bu Atni axis (Benghazi)"], speaker: "LNA", trigger: "استرد", evidence: s4, note: "two camps and a farm on the Bu Atni axis" })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["Bu Atni axis (Benghazi)"], speaker: "LNA", trigger: "تتحصن", evidence: s4, date: PAST, note: "past: the Shura Council's groups were entrenched there; " + SHURA });

  const s5 = "ويتوقع أن تتجه الوحدات بعد تمشيط الليثي من الألغام نحو الهواري جنوبي المدينة، حيث لا تزال جيوب للمسلحين، بينما تبقى قنفودة والصابري وسوق الحوت خارج سيطرة الجيش.";
  b.claim({ actor: "LNA", action: "advancing", places: ["Hawari (Benghazi)"], modality: "conditional", speaker: "outlet", trigger: "تتجه", evidence: s5, note: "a projection ('expected to head for')" })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["Hawari (Benghazi)"], speaker: "outlet", trigger: "لا تزال جيوب", evidence: s5, note: "pockets of militants; " + MILITANTS })
    .claim({
      actor: "LNA",
      action: "controls",
      places: ["Ganfouda", "Sabri (Benghazi)", "Suq al-Hout (Benghazi)"],
      modality: "negated",
      speaker: "outlet",
      trigger: "خارج سيطرة",
      evidence: s5,
    });

  const s6 = "وكان الجيش قد ضرب طوقا على الليثي منذ أكتوبر/تشرين الأول الماضي، وقصفت مقاتلاته مرارا مواقع المتشددين فيه، ما دفع معظم سكانه إلى النزوح نحو الفويهات والماجوري.";
  b.claim({ actor: "LNA", action: "besieging", places: [LAITHI], speaker: "outlet", trigger: "ضرب طوقا على", evidence: s6, date: OCT })
    .claim({ actor: "LNA", action: "struck", places: [LAITHI], means: "air", speaker: "outlet", trigger: "وقصفت", evidence: s6, date: OCT, note: "its fighter jets, repeatedly since October" });

  const s7 = "في المقابل، نفى مجلس شورى ثوار بنغازي، في بيان على صفحته، خسارة الليثي بالكامل، وقال إن مقاتليه \"ما زالوا يقاتلون في أطرافه الشمالية\"، متهما قوات حفتر بقصف المنازل \"بشكل عشوائي\".";
  b.claim({ actor: "UNKNOWN", action: "withdrew", places: [LAITHI], modality: "negated", speaker: "UNKNOWN", trigger: "خسارة", evidence: s7, note: SHURA + " denies losing all of Laithi" })
    .claim({ actor: "UNKNOWN", action: "contested", places: [LAITHI], speaker: "UNKNOWN", trigger: "يقاتلون", evidence: s7, note: "in Laithi's northern edges; " + SHURA })
    .claim({ actor: "LNA", action: "struck", places: [LAITHI], means: "unspecified", speaker: "UNKNOWN", trigger: "بقصف المنازل", evidence: s7, note: "the Shura Council's accusation; the houses of Laithi (implicit)" });

  b.claim({
    actor: "UNKNOWN",
    action: "controls",
    places: [LAITHI],
    speaker: "outlet",
    trigger: "المعقل الأبرز",
    evidence: "وتقع الليثي على بعد نحو أربعة كيلومترات إلى الجنوب من وسط بنغازي، وكانت المعقل الأبرز لتنظيم أنصار الشريعة قبل أن يبايع عدد من عناصره تنظيم الدولة الإسلامية.",
    date: PAST,
    note: "past control by Ansar al-Sharia (no actor id)",
  });

  b.claim({
    actor: "LNA",
    action: "captured",
    places: ["Benghazi"],
    modality: "intent",
    speaker: "LNA",
    trigger: "تطهير",
    evidence: "وقالت القيادة العامة في المرج إن القوات لن تتوقف \"قبل تطهير آخر شبر في بنغازي\"، داعية الأهالي في الأحياء المحاصرة إلى عدم الاقتراب من خطوط التماس.",
    note: "'will not stop before cleansing the last inch of Benghazi'",
  });

  b.claim({
    actor: "LNA",
    action: "contested",
    places: ["Benghazi"],
    speaker: "outlet",
    trigger: "حملتها على",
    evidence: "وبدأت قوات حفتر حملتها على المجموعات المسلحة في بنغازي في مايو/أيار 2014 تحت اسم \"عملية الكرامة\"، وأعلنت مطلع الأسبوع الماضي عن مرحلة جديدة لحسم المعركة.",
    date: { iso: "2014-05-01", precision: "month" },
    note: "an offensive in the city since May 2014",
  });

  const s12 = "ولم تتمكن القوات حتى الآن من دخول قنفودة جنوب غربي المدينة، حيث يتحصن مسلحون مع عائلاتهم وسط حصار خانق.";
  b.claim({ actor: "LNA", action: "entered", places: ["Ganfouda"], modality: "negated", speaker: "outlet", trigger: "لم تتمكن القوات حتى الآن من دخول", evidence: s12, note: "القوات = the LNA's forces of this article" })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["Ganfouda"], speaker: "outlet", trigger: "يتحصن", evidence: s12, note: MILITANTS })
    .claim({ actor: "LNA", action: "besieging", places: ["Ganfouda"], speaker: "outlet", trigger: "حصار خانق", evidence: s12, note: "the besieger is implicit: the LNA" });

  b.measurement({ kind: "direction", subject: "Hawari (Benghazi)", reference: "Benghazi", direction: "S", evidence: "الهواري جنوبي المدينة", note: "المدينة = Benghazi" })
    .measurement({ kind: "distance-direction", subject: LAITHI, reference: "Benghazi", value: 4, unit: "km", direction: "S", evidence: "على بعد نحو أربعة كيلومترات إلى الجنوب من وسط بنغازي", note: "a number in words" })
    .measurement({ kind: "direction", subject: "Ganfouda", reference: "Benghazi", direction: "SW", evidence: "قنفودة جنوب غربي المدينة", note: "المدينة = Benghazi" });

  b.date("⟦صباح أمس الثلاثاء⟧", "2016-02-23", "day")
    .date("⟦خريف 2014⟧", "2014-10-01", "approximate", "autumn 2014")
    .date("⟦أكتوبر/تشرين الأول الماضي⟧", "2015-10-01", "month")
    .date("⟦خلال اليومين الماضيين⟧", "2016-02-22", "approximate")
    .date("⟦مايو/أيار 2014⟧", "2014-05-01", "month")
    .date("⟦مطلع الأسبوع الماضي⟧", "2016-02-15", "approximate", "the start of last week");

  b.negative("ويتوقع أن تتجه الوحدات بعد تمشيط الليثي من الألغام نحو الهواري", "a projection")
    .negative("تبقى قنفودة والصابري وسوق الحوت خارج سيطرة الجيش", "negated control")
    .negative("نفى مجلس شورى ثوار بنغازي، في بيان على صفحته، خسارة الليثي بالكامل", "a denial of the loss")
    .negative("إن القوات لن تتوقف \"قبل تطهير آخر شبر في بنغازي\"", "a vow: intent")
    .negative("ولم تتمكن القوات حتى الآن من دخول قنفودة", "negated entry");
  return b;
}
