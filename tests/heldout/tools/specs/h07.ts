/** h07: the LNA retakes Es Sider and Ras Lanuf from Ibrahim Jadhran, Thursday 21 June 2018; pro-LNA wording. */
import { GoldBuilder } from "../annotate.ts";

const JADHRAN = "Ibrahim Jadhran's fighters (former Petroleum Facilities Guard): no actor id of their own";
const RL = "Ras Lanuf";
const ES = "Es Sider";

export function goldH07(): GoldBuilder {
  const b = new GoldBuilder("h07_oilcrescent_2018", { iso: "2018-06-21", precision: "day" });
  const TODAY = b.pub;

  b.names("راس لانوف", RL)
    .names("السدرة", ES)
    .names("الهلال النفطي", "Oil Crescent")
    .toponym("⟦صحراء سرت⟧", "Sirte Desert")
    .names("بنغازي", "Benghazi", [], "inside the name «سرايا الدفاع عن بنغازي»")
    .names("بن جواد", "Bin Jawad")
    .names("الزويتينة", "Zueitina")
    .names("البريقة", "Brega")
    .names("طرابلس", "Tripoli")
    .names("الهروج", "Al-Haruj");

  b.actor("⟦القوات المسلحة الليبية⟧", "LNA")
    .actor("⟦ميليشيات إبراهيم الجضران⟧", "UNKNOWN", JADHRAN)
    .actor("⟦العصابات الإرهابية المتحالفة معها⟧", "UNKNOWN", "Jadhran's allies, in pro-LNA words")
    .actor("باسم ⟦القيادة العامة⟧", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("⟦وحدات الجيش الوطني الليبي⟧", "LNA")
    .actor("⟦فلول الإرهابيين الفارين⟧", "UNKNOWN", JADHRAN)
    .actor("وأضاف ⟦المسماري⟧", "LNA")
    .actor("طُردت ⟦الميليشيات⟧", "UNKNOWN", JADHRAN)
    .actor("بإسناد من ⟦سلاح الجو⟧", "LNA")
    .actor("وكانت ⟦ميليشيات الجضران⟧", "UNKNOWN", JADHRAN)
    .actor("⟦سرايا الدفاع عن بنغازي⟧", "UNKNOWN", "Benghazi Defence Brigades")
    .actor("⟦مرتزقة من المعارضة التشادية⟧", "UNKNOWN", "Chadian rebels fighting with Jadhran, per the LNA")
    .actor("وادعى ⟦الجضران⟧", "UNKNOWN", JADHRAN)
    .actor("أن ⟦قواته⟧ \"استعادت", "UNKNOWN", JADHRAN)
    .actor("⟦قوات الكرامة⟧", "LNA")
    .actor("بأن ⟦وحدات الجيش⟧ دخلت", "LNA")
    .actor("انسحبت منها ⟦الميليشيات⟧", "UNKNOWN", JADHRAN)
    .actor("⟦طائرات سلاح الجو⟧", "LNA")
    .actor("تجمعات ل⟦لمهاجمين⟧", "UNKNOWN", "للمهاجمين: the clitic ل is dropped")
    .actor("وكان ⟦الجيش⟧ قد حرر", "LNA")
    .actor("وحذرت ⟦القيادة العامة⟧", "LNA")
    .actor("مؤكدة أن ⟦الميليشيات⟧", "UNKNOWN", JADHRAN)
    .actor("ما دام ⟦الجيش⟧", "LNA")
    .actor("⟦حكومة الوفاق⟧", "GNA")
    .actor("بهجوم ⟦الجضران⟧", "UNKNOWN", JADHRAN)
    .actor("وقال ⟦المسماري⟧", "LNA")
    .actor("إن ⟦الجيش⟧ \"لن", "LNA")
    .actor("لملاحقة ⟦المهاجمين⟧", "UNKNOWN", JADHRAN)
    .actor("تقول ⟦القيادة⟧", "LNA");

  const s1 =
    "أعلنت القوات المسلحة الليبية، اليوم الخميس، تحرير ميناءي السدرة وراس لانوف النفطيين بالكامل، وطرد ميليشيات إبراهيم الجضران والعصابات الإرهابية المتحالفة معها من منطقة الهلال النفطي، بعد أسبوع من هجومها المباغت.";
  b.claim({ actor: "LNA", action: "captured", places: [ES], speaker: "LNA", trigger: "تحرير", evidence: s1 })
    .claim({ actor: "LNA", action: "captured", places: [RL], speaker: "LNA", trigger: "تحرير", evidence: s1 })
    .claim({ actor: "LNA", action: "captured", places: ["Oil Crescent"], speaker: "LNA", trigger: "وطرد", evidence: s1, note: "the expeller" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Oil Crescent"], speaker: "LNA", trigger: "وطرد", evidence: s1, note: "the expelled: " + JADHRAN });

  const s2 =
    "وقال الناطق باسم القيادة العامة اللواء أحمد المسماري في مؤتمر صحافي إن \"وحدات الجيش الوطني الليبي استعادت السيطرة على السدرة وراس لانوف، وتلاحق فلول الإرهابيين الفارين جنوبا في صحراء سرت بإسناد من سلاح الجو\".";
  b.claim({ actor: "LNA", action: "captured", places: [ES], speaker: "LNA", trigger: "استعادت السيطرة على", evidence: s2 })
    .claim({ actor: "LNA", action: "captured", places: [RL], speaker: "LNA", trigger: "استعادت السيطرة على", evidence: s2 })
    .claim({ actor: "LNA", action: "advancing", places: ["Sirte Desert"], speaker: "LNA", trigger: "وتلاحق", evidence: s2, note: "pursuing the fleeing remnants south in the Sirte desert" });

  const s2b = "وأضاف المسماري أنه تم تحرير ميناء راس لانوف بالكامل ظهر اليوم، بعد أن طُردت الميليشيات من محيط خزانات النفط التي أضرمت فيها النيران.";
  b.claim({ actor: "LNA", action: "captured", places: [RL], speaker: "LNA", trigger: "تم تحرير", evidence: s2b, note: "passive: the liberator is implicit (the LNA)" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: [RL], speaker: "LNA", trigger: "طُردت", evidence: s2b, note: "passive: expelled from around the Ras Lanuf tanks" });

  const s3 =
    "وكانت ميليشيات الجضران، مدعومة بعناصر من سرايا الدفاع عن بنغازي ومرتزقة من المعارضة التشادية، قد هاجمت الخميس الماضي الميناءين وسيطرت عليهما، ما أدى إلى اندلاع حرائق في خزانات النفط وتوقف التصدير.";
  const LAST_THU = { iso: "2018-06-14", precision: "day" } as const;
  b.claim({ actor: "UNKNOWN", action: "captured", places: [ES], speaker: "outlet", trigger: "وسيطرت عليهما", evidence: s3, date: LAST_THU, note: "الميناءين = Es Sider and Ras Lanuf" })
    .claim({ actor: "UNKNOWN", action: "captured", places: [RL], speaker: "outlet", trigger: "وسيطرت عليهما", evidence: s3, date: LAST_THU });

  const s4 = "وادعى الجضران في تسجيل مصور أن قواته \"استعادت المنطقة من قوات الكرامة\"، مطالبا بإعادة المنشآت النفطية إلى حرس المنشآت النفطية الذي كان يقوده.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: ["Oil Crescent"], speaker: "UNKNOWN", distanced: true, trigger: "استعادت", evidence: s4, note: "ادعى: distanced; المنطقة = the oil crescent" })
    .claim({ actor: "LNA", action: "withdrew", places: ["Oil Crescent"], speaker: "UNKNOWN", distanced: true, trigger: "استعادت المنطقة من", evidence: s4, note: "retaken from the LNA, in Jadhran's claim" });

  const s5 = "وأفاد مراسلنا في المنطقة بأن وحدات الجيش دخلت صباح اليوم بلدة بن جواد، الواقعة على بعد نحو ثلاثين كيلومترا غرب السدرة، بعد أن انسحبت منها الميليشيات خلال الليل.";
  b.claim({ actor: "LNA", action: "entered", places: ["Bin Jawad"], speaker: "outlet", trigger: "دخلت", evidence: s5, date: TODAY })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Bin Jawad"], speaker: "outlet", trigger: "انسحبت منها", evidence: s5, date: { iso: "2018-06-20", precision: "approximate" }, note: "during the night" });

  b.claim({
    actor: "LNA",
    action: "struck",
    means: "air",
    places: [RL],
    speaker: "other",
    trigger: "غارات",
    evidence: "وأكد مصدر عسكري أن طائرات سلاح الجو شنت أمس الأربعاء غارات مكثفة على تجمعات للمهاجمين جنوب راس لانوف، ودمرت عددا من الآليات المسلحة.",
    date: { iso: "2018-06-20", precision: "day" },
    note: "south of Ras Lanuf",
  });

  const s7 = "وكان الجيش قد حرر موانئ الهلال النفطي الأربعة، الزويتينة والبريقة وراس لانوف والسدرة، في سبتمبر/أيلول 2016 في عملية \"البرق الخاطف\"، قبل أن يسلمها للمؤسسة الوطنية للنفط.";
  for (const place of ["Zueitina", "Brega", RL, ES]) {
    b.claim({ actor: "LNA", action: "captured", places: [place], speaker: "outlet", trigger: "حرر", evidence: s7, date: { iso: "2016-09-01", precision: "month" }, note: "Operation Swift Lightning, September 2016" });
  }

  const s8 = "وحذرت القيادة العامة من أنها ستضرب \"بيد من حديد\" أي قوة تحاول الاقتراب من موانئ البريقة والزويتينة، مؤكدة أن الميليشيات لن تعود إلى الهلال النفطي ما دام الجيش قائما.";
  b.claim({ actor: "LNA", action: "struck", means: "unspecified", places: ["Brega"], modality: "conditional", speaker: "LNA", trigger: "ستضرب", evidence: s8, note: "a threat against any force approaching" })
    .claim({ actor: "LNA", action: "struck", means: "unspecified", places: ["Zueitina"], modality: "conditional", speaker: "LNA", trigger: "ستضرب", evidence: s8 })
    .claim({ actor: "UNKNOWN", action: "entered", places: ["Oil Crescent"], modality: "negated", speaker: "LNA", trigger: "لن تعود", evidence: s8, note: "'will not return'" });

  b.claim({
    actor: "GNA",
    action: "controls",
    places: ["Tripoli"],
    speaker: "outlet",
    trigger: "حكومة الوفاق في طرابلس",
    evidence: "من جهتها، نفت حكومة الوفاق في طرابلس أي صلة لها بهجوم الجضران، ودعت إلى وقف القتال وحماية المنشآت النفطية.",
    note: "seat of government",
  });

  b.claim({
    actor: "LNA",
    action: "advancing",
    places: ["Al-Haruj"],
    modality: "intent",
    speaker: "LNA",
    trigger: "تستعد لملاحقة",
    evidence: "وقال المسماري إن الجيش \"لن يكتفي بالدفاع عن الموانئ\"، مؤكدا أن القوات تستعد لملاحقة المهاجمين حتى منطقة الهروج جنوب راس لانوف، حيث تقول القيادة إنهم يتجمعون.",
  });

  b.measurement({ kind: "distance-direction", subject: "Bin Jawad", reference: ES, value: 30, unit: "km", direction: "W", evidence: "الواقعة على بعد نحو ثلاثين كيلومترا غرب السدرة", note: "the point gives NW, near the W/NW boundary" })
    .measurement({ kind: "direction", subject: null, reference: RL, direction: "S", evidence: "تجمعات للمهاجمين جنوب راس لانوف" })
    .measurement({ kind: "direction", subject: "Al-Haruj", reference: RL, direction: "S", evidence: "منطقة الهروج جنوب راس لانوف" });

  b.date("⟦اليوم الخميس⟧", "2018-06-21", "day")
    .date("⟦الخميس الماضي⟧", "2018-06-14", "day")
    .date("⟦صباح اليوم⟧", "2018-06-21", "day")
    .date("⟦ظهر اليوم⟧", "2018-06-21", "day")
    .date("⟦خلال الليل⟧", "2018-06-20", "approximate", "the night before the morning entry")
    .date("⟦أمس الأربعاء⟧", "2018-06-20", "day")
    .date("⟦سبتمبر/أيلول 2016⟧", "2016-09-01", "month");

  b.negative("ستضرب \"بيد من حديد\" أي قوة تحاول الاقتراب من موانئ البريقة والزويتينة", "a conditional threat")
    .negative("أن الميليشيات لن تعود إلى الهلال النفطي ما دام الجيش قائما", "negated future return")
    .negative("نفت حكومة الوفاق في طرابلس أي صلة لها بهجوم الجضران", "a denial of involvement, not of control")
    .negative("أن القوات تستعد لملاحقة المهاجمين حتى منطقة الهروج", "intent: preparing to pursue");
  return b;
}
