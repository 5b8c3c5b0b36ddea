/** 004: unnamed outlet, Tripoli dateline, about 2019-12-26, pro-LNA wording. Tripoli fronts and the Misrata ultimatum. */
import { GoldBuilder } from "../annotate.ts";

const PUB = { iso: "2019-12-26", precision: "approximate" } as const;
const WEDNESDAY = { iso: "2019-12-25", precision: "day" } as const;
const LAST_WEEK = { iso: "2019-12-19", precision: "approximate" } as const;
const ANCHORED = "day name resolved against Thursday 26 December 2019 (the approximate publication date)";
const PASSPORTS = "Passports building (Salah al-Din, Tripoli)";
const SALAH = "Salah al-Din axis (Tripoli)";

export function gold004(): GoldBuilder {
  const b = new GoldBuilder("004_d470f4d6d17985fe", PUB);

  // ------------------------------------------------------------ toponyms
  b.names("طرابلس", "Tripoli")
    .toponym("⟦حي الزهور⟧", "Zuhur district (Tripoli)")
    .toponym("⟦مبنى الجوازات⟧", PASSPORTS)
    .toponym("⟦محور صلاح الدين⟧", SALAH)
    .names("مصراتة", "Misrata")
    .names("سرت", "Sirte")
    .names("سوريا", "Syria")
    .names("ليبيا", "Libya")
    .names("زوارة", "Zuwara")
    .names("معيتيقة", "Mitiga")
    .names("تركيا", "Turkey");

  // ------------------------------------------------------------ actors
  b.actor("⟦الميليشيات⟧ في طرابلس", "GNA")
    .actor("مع تقدم ⟦الجيش الليبي⟧⏎".replace("⏎", "\n"), "LNA")
    .actor("يحقق ⟦الجيش الوطني الليبي⟧", "LNA")
    .actor("⟦الميليشيات التابعة لحكومة الوفاق⟧", "GNA")
    .actor("⟦المركز الإعلامي لعمليات الكرامة⟧ التابع", "LNA", "the LNA's media centre")
    .actor("التابع ل⟦لجيش الليبي⟧ في", "LNA", "للجيش: the clitic ل is dropped, the second ل is the article's")
    .actor("⟦الكتيبة 166 مشاة⟧", "LNA", "an LNA unit in this text")
    .actor("طرد ⟦الميليشيات⟧ من حي", "GNA")
    .actor("سيطرت ⟦القوات الليبية⟧", "LNA")
    .actor("⟦المجموعات الداعمة لحكومة الوفاق⟧", "GNA")
    .actor("كبيرة ل⟦لجيش⟧ للدخول", "LNA")
    .actor("⟦عناصر موالية للجيش الليبي⟧", "LNA", "pro-LNA elements inside Tripoli")
    .actor("جهود ⟦الجيش⟧ في", "LNA")
    .actor("استهداف ⟦الميليشيات⟧ لحظة", "GNA")
    .actor("لمساندة ⟦القوات المسلحة الليبية⟧", "LNA")
    .actor("كما اكد ⟦المركز الإعلامي لعمليات الكرامة⟧", "LNA")
    .actor("⟦سلاح الجو⟧", "LNA")
    .actor("حددها ⟦الجيش⟧ للميليشيات", "LNA")
    .actor("الجيش ل⟦لميليشيات⟧ بالانسحاب", "GNA")
    .actor("وكان ⟦الجيش الوطني الليبي⟧ وجه", "LNA")
    .actor("أيام ل⟦ميليشيات مصراتة⟧", "GNA")
    .actor("الرسمي باسم ⟦الجيش⟧ اللواء", "LNA")
    .actor("اللواء ⟦احمد المسماري⟧", "LNA")
    .actor("ان ⟦قواته⟧ ستواصل", "LNA")
    .actor("قصف ⟦الميليشيات⟧ في مصراتة", "GNA")
    .actor("متهما ⟦تلك الميليشيات⟧", "GNA")
    .actor("وقال ⟦المسماري⟧ \"", "LNA")
    .actor("مسلحي ⟦الميليشيات⟧", "GNA")
    .actor("مواقع ⟦الميليشيات⟧ في ضواحي", "GNA")
    .actor("يستعد ⟦الجيش الليبي⟧ للدخول", "LNA")
    .actor("يحققها ⟦الجيش الليبي⟧", "LNA")
    .actor("خاصة ⟦التركي⟧", "TUR")
    .actor("التركي ل⟦لمجموعات المسلحة الموالية للوفاق⟧", "GNA", "للمجموعات: the clitic ل is dropped, the second ل is the article's")
    .actor("قال ⟦المسماري⟧ في تصريح", "LNA")
    .actor("⟦المخابرات التركية⟧", "TUR")
    .actor("من \"⟦داعش⟧\"", "ISIS")
    .actor("لدعم ⟦الميليشيات⟧.", "GNA")
    .actor("⟦حكومة الوفاق الوطني الليبية⟧", "GNA")
    .actor("الليبية ⟦فايز السراج⟧", "GNA")
    .actor("مسيرة من ⟦تركيا⟧ لمواجهة", "TUR", "the supplier of drones and tanks")
    .actor("تقدم ⟦الجيش⟧.", "LNA")
    .actor("الموقعة مع ⟦تركيا⟧", "TUR")
    .actor("⟦الحكومة الليبية⟧ ليس", "GNA", "Sarraj speaking of his own government")
    .actor("العسكرية من ⟦تركيا⟧", "TUR")
    .actor("⟦الرئيس التركي رجب طيب أردوغان⟧", "TUR")
    .actor("تفاهم مع ⟦السراج⟧", "GNA")
    .actor("حيث أن ⟦حكومة الوفاق⟧ تعتبر", "GNA")
    .actor("⟦القيادة العامة للقوات الليبية المسلحة⟧", "LNA")
    .actor("المسلحة ⟦حكومة السراج⟧", "GNA")
    .actor("أجنبية هي ⟦تركيا⟧", "TUR")
    .actor("دعما ل⟦لسلطة في طرابلس⟧", "GNA", "للسلطة: the clitic ل is dropped, the second ل is the article's")
    .actor("ل⟦جماعة الإخوان المسلمين⟧", "GNA", "pro-LNA framing: the Muslim Brotherhood as the GNA camp");

  // ------------------------------------------------------------ claims
  const head = "تقهقر الميليشيات في طرابلس مع تقدم الجيش الليبي";
  b.claim({ actor: "GNA", action: "withdrew", places: ["Tripoli"], speaker: "outlet", trigger: "تقهقر", evidence: head, note: "headline: retreat within Tripoli's fronts" })
    .claim({ actor: "LNA", action: "advancing", places: ["Tripoli"], speaker: "outlet", trigger: "تقدم", evidence: head, note: "headline: advancing in Tripoli" });

  const s1 = "طرابلس - يحقق الجيش الوطني الليبي مزيدا من التقدم في عدة محاور في العاصمة طرابلس وسط تقهقر الميليشيات التابعة لحكومة الوفاق.";
  b.claim({ actor: "LNA", action: "advancing", places: ["Tripoli"], speaker: "outlet", trigger: "يحقق الجيش الوطني الليبي مزيدا من التقدم", evidence: s1 }).claim({
    actor: "GNA",
    action: "withdrew",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "تقهقر",
    evidence: s1,
    note: "retreat on Tripoli's fronts",
  });

  const s2 =
    "وفي هذا الإطار افاد المركز الإعلامي لعمليات الكرامة التابع للجيش الليبي في صفحته على الفايسبوك الاربعاء ان الكتيبة 166 مشاة تمكنت من طرد الميليشيات من حي الزهور في طرابلس.";
  b.claim({ actor: "LNA", action: "captured", places: ["Zuhur district (Tripoli)"], speaker: "LNA", trigger: "تمكنت من طرد", evidence: s2, date: WEDNESDAY, note: "the expeller took the district" }).claim({
    actor: "GNA",
    action: "withdrew",
    places: ["Zuhur district (Tripoli)"],
    speaker: "LNA",
    trigger: "طرد",
    evidence: s2,
    date: WEDNESDAY,
    note: "expelled",
  });

  const s3 =
    "كما سيطرت القوات الليبية على مبنى الجوازات في محور صلاح الدين وذلك بعد مواجهات قوية مع المجموعات الداعمة لحكومة الوفاق وسط انباء عن استعدادات كبيرة للجيش للدخول وسط العاصمة.";
  b.claim({ actor: "LNA", action: "captured", places: [PASSPORTS, SALAH], speaker: "outlet", trigger: "سيطرت", evidence: s3, note: "the building lies on the Salah al-Din axis" })
    .claim({ actor: "LNA", action: "contested", places: [SALAH], speaker: "outlet", trigger: "مواجهات قوية", evidence: s3 })
    .claim({ actor: "GNA", action: "contested", places: [SALAH], speaker: "outlet", trigger: "مواجهات قوية", evidence: s3 })
    .claim({ actor: "LNA", action: "entered", places: ["Tripoli"], modality: "intent", speaker: "other", trigger: "للدخول", evidence: s3, note: "reports (انباء) of preparations to enter central Tripoli (العاصمة)" });

  b.claim({
    actor: "LNA",
    action: "entered",
    places: ["Tripoli"],
    modality: "intent",
    speaker: "outlet",
    trigger: "دخولها",
    evidence: "وتستعد عناصر موالية للجيش الليبي الى دعم جهود الجيش في استهداف الميليشيات لحظة دخولها الى العاصمة حيث ظهرت عناصر الدعم في تسجيلات مصورة مؤكدة استعداداتها لمساندة القوات المسلحة الليبية.",
    note: "the army's future entry into the capital (العاصمة = Tripoli)",
  });

  const s5 = "كما اكد المركز الإعلامي لعمليات الكرامة الاربعاء ان سلاح الجو قام بقصف مصراتة وذلك بعد انقضاء المهلة التي حددها الجيش للميليشيات بالانسحاب من مدينتي سرت وطرابلس.";
  b.claim({ actor: "LNA", action: "struck", places: ["Misrata"], means: "air", speaker: "LNA", trigger: "قام بقصف", evidence: s5, date: WEDNESDAY });
  for (const place of ["Sirte", "Tripoli"]) {
    b.claim({ actor: "GNA", action: "withdrew", places: [place], modality: "conditional", speaker: "LNA", trigger: "بالانسحاب من", evidence: s5, note: "an ultimatum to withdraw, not a withdrawal" });
  }

  const s6 = "وكان الجيش الوطني الليبي وجه الاسبوع الماضي مهلة بثلاثة أيام لميليشيات مصراتة للانسحاب من مدينتي سرت وطرابلس.";
  for (const place of ["Sirte", "Tripoli"]) {
    b.claim({ actor: "GNA", action: "withdrew", places: [place], modality: "conditional", speaker: "LNA", trigger: "للانسحاب من", evidence: s6, date: LAST_WEEK, note: "a three-day ultimatum" });
  }

  const s7 = "وقال الناطق الرسمي باسم الجيش اللواء احمد المسماري ان قواته ستواصل قصف الميليشيات في مصراتة اذا لم تنسحب من سرت وطرابلس متهما تلك الميليشيات بالتسبب في اطالة ازمة الليبيين.";
  b.claim({ actor: "LNA", action: "struck", places: ["Misrata"], means: "unspecified", modality: "conditional", speaker: "LNA", trigger: "ستواصل قصف", evidence: s7, note: "future strikes, conditional on no withdrawal" });
  for (const place of ["Sirte", "Tripoli"]) {
    b.claim({ actor: "GNA", action: "withdrew", places: [place], modality: "conditional", speaker: "LNA", trigger: "تنسحب من", evidence: s7, note: "the condition (اذا لم تنسحب)" });
  }

  const s9 =
    "واستهدفت غارات جوية مسلحي الميليشيات ومخازن الأسلحة في مصراتة الاربعاء وفجر الخميس كما تم استهداف مواقع الميليشيات في ضواحي مدينة سرت التي يستعد الجيش الليبي للدخول اليها.";
  b.claim({ actor: "LNA", action: "struck", places: ["Misrata"], means: "air", speaker: "outlet", trigger: "استهدفت غارات جوية", evidence: s9, date: WEDNESDAY, note: "unattributed air strikes, the LNA's in context; Wednesday and Thursday dawn" })
    .claim({ actor: "LNA", action: "struck", places: ["Sirte"], means: "unspecified", speaker: "outlet", trigger: "تم استهداف", evidence: s9, note: "Sirte's outskirts; the LNA's in context" })
    .claim({ actor: "LNA", action: "entered", places: ["Sirte"], modality: "intent", speaker: "outlet", trigger: "يستعد الجيش الليبي للدخول", evidence: s9 });

  const s11 =
    "وفي هذا الاطار قال المسماري في تصريح لدريدة الوطن المصرية ان المخابرات التركية قامت بنقل مقاتلين من \"داعش\" و\"جبهة النصرة\" من سوريا إلى ليبيا، و أن مطارات مصراتة وزوارة ومعيتيقة استقبلت مجموعات مسلحة لدعم الميليشيات.";
  b.claim({ actor: "TUR", action: "reinforcing", places: ["Libya"], speaker: "LNA", trigger: "قامت بنقل مقاتلين", evidence: s11, note: "country-level: fighters moved from Syria to Libya" });
  for (const place of ["Misrata", "Zuwara", "Mitiga"]) {
    b.claim({ actor: "TUR", action: "reinforcing", places: [place], speaker: "LNA", trigger: "استقبلت مجموعات مسلحة", evidence: s11, note: "armed groups flown in to the airport to support the GNA militias; sender: Turkish intelligence (same sentence)" });
  }

  b.claim({
    actor: "TUR",
    action: "reinforcing",
    places: ["Libya"],
    modality: "intent",
    speaker: "outlet",
    trigger: "مستعد لنشر قوات",
    evidence: "وتتهم القيادة العامة للقوات الليبية المسلحة حكومة السراج بالتفريط في سيادة ليبيا لصالح جهة أجنبية هي تركيا التي أعلن رئيسها أنه مستعد لنشر قوات في ليبيا دعما للسلطة في طرابلس التي تمثل واجهة سياسية لجماعة الإخوان المسلمين.",
    note: "Erdogan ready to deploy troops: intent",
  });

  // ------------------------------------------------------------ dates
  b.date("الفايسبوك ⟦الاربعاء⟧", "2019-12-25", "day", ANCHORED)
    .date("لعمليات الكرامة ⟦الاربعاء⟧", "2019-12-25", "day", ANCHORED)
    .date("⟦الاسبوع الماضي⟧", "2019-12-19", "approximate", "a week before the publication date; the ultimatum was announced about 20 December")
    .date("مصراتة ⟦الاربعاء⟧", "2019-12-25", "day", ANCHORED)
    .date("⟦فجر الخميس⟧", "2019-12-26", "day", ANCHORED)
    .date("الايطالية ⟦الاثنين⟧", "2019-12-23", "day", ANCHORED)
    .date("⟦27 نوفمبر/تشرين الثاني الماضي⟧", "2019-11-27", "day");

  // ------------------------------------------------------------ negatives
  b.negative("انباء عن استعدادات كبيرة للجيش للدخول وسط العاصمة", "preparations to enter: intent")
    .negative("وتستعد عناصر موالية للجيش الليبي الى دعم جهود الجيش في استهداف الميليشيات لحظة دخولها الى العاصمة", "future entry: intent")
    .negative("المهلة التي حددها الجيش للميليشيات بالانسحاب من مدينتي سرت وطرابلس", "an ultimatum: a demand, not a withdrawal")
    .negative("مهلة بثلاثة أيام لميليشيات مصراتة للانسحاب من مدينتي سرت وطرابلس", "an ultimatum: a demand, not a withdrawal")
    .negative("ان قواته ستواصل قصف الميليشيات في مصراتة اذا لم تنسحب من سرت وطرابلس", "a conditional threat")
    .negative("لن نستهدف اية قوات تقرر العودة من سرت وطرابلس الى مصراتة خلال مهلة 72 ساعة المقبلة", "negated, conditional promise: no strike and no withdrawal asserted")
    .negative("التي يستعد الجيش الليبي للدخول اليها", "preparing to enter Sirte: intent")
    .negative("أنه مهتم بجلب دبابات وطائرات مسيرة من تركيا لمواجهة تقدم الجيش", "interest in acquiring arms: intent")
    .negative("أنه مستعد لنشر قوات في ليبيا", "readiness to deploy: intent");
  return b;
}
