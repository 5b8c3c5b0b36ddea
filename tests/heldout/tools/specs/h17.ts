/** h17: the LNA retakes Es Sider and Ras Lanuf from the Benghazi Defence Brigades, Wednesday 15 March 2017; pro-LNA wording (القوات المسلحة العربية الليبية، الإرهابيين، العصابات، زعمت، مراسلنا). */
import { GoldBuilder } from "../annotate.ts";

const BDB = "the Benghazi Defence Brigades (سرايا الدفاع عن بنغازي): no actor id";
const PORTS = ["Es Sider", "Ras Lanuf"] as const;

export function goldH17(): GoldBuilder {
  const b = new GoldBuilder("h17_oilcrescent_2017", { iso: "2017-03-15", precision: "day" });
  const TUE = { iso: "2017-03-14", precision: "day" } as const;
  const MON = { iso: "2017-03-13", precision: "day" } as const;
  const MAR3 = { iso: "2017-03-03", precision: "day" } as const;
  const SEP = { iso: "2016-09-01", precision: "month" } as const;
  const HANDOVER = { iso: "2017-03-07", precision: "approximate" } as const; // a week before the withdrawal of the 14th

  b.names("بنغازي", "Benghazi", [], "also inside the name «سرايا الدفاع عن بنغازي»")
    .names("السدرة", "Es Sider")
    .names("رأس لانوف", "Ras Lanuf", [3])
    .toponym("⟦مطار رأس لانوف⟧", "Ras Lanuf Airport")
    .names("الهلال النفطي", "Oil Crescent")
    .names("بن جواد", "Bin Jawad")
    .names("النوفلية", "Nawfaliya")
    .toponym("⟦قاعدة الجفرة الجوية⟧", "Al-Jufra Air Base")
    .toponym(["⟦قاعدة الجفرة⟧", 1], "Al-Jufra Air Base")
    .names("الجفرة", "Al-Jufra", [0, 2])
    .names("قنفودة", "Ganfouda")
    .names("طرابلس", "Tripoli", [], "the second stands for the GNA")
    .names("الزويتينة", "Zueitina")
    .names("البريقة", "Brega")
    .names("سرت", "Sirte")
    .names("إجدابيا", "Ajdabiya")
    .names("ليبيا", "Libya");

  b.actor("⟦القوات المسلحة العربية الليبية⟧", "LNA")
    .actor("⟦سرايا الدفاع عن بنغازي⟧", "UNKNOWN", BDB)
    .actor("باسم ⟦القيادة العامة⟧", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("⟦فلول الإرهابيين⟧", "UNKNOWN", BDB)
    .actor("وأضاف ⟦المسماري⟧", "LNA")
    .actor("أن ⟦سلاح الجو⟧ نفذ", "LNA", "the pro-LNA outlet's «سلاح الجو» is the LNA's air force")
    .actor("تجمعات \"⟦السرايا⟧\"", "UNKNOWN", BDB)
    .actor("⟦العصابات المهاجمة⟧", "UNKNOWN", BDB)
    .actor("انشغال ⟦الجيش⟧", "LNA")
    .actor("وزعمت \"⟦السرايا⟧\"", "UNKNOWN", BDB)
    .actor("⟦طائرات حربية مصرية⟧", "EGY")
    .actor("وتوعدت ⟦القيادة العامة⟧", "LNA")
    .actor("بملاحقة فلول \"⟦السرايا⟧\"", "UNKNOWN", BDB)
    .actor("أن ⟦قواتها⟧", "LNA")
    .actor("تسلّم ⟦الميليشيات⟧", "UNKNOWN", BDB)
    .actor("⟦جهاز حرس المنشآت النفطية التابع لحكومة الوفاق⟧", "GNA")
    .actor("الميناءين من ⟦السرايا⟧", "UNKNOWN", BDB)
    .actor("ويتهم ⟦الجيش⟧", "LNA")
    .actor("⟦حكومة الوفاق⟧ بتوفير", "GNA")
    .actor("سياسي ل⟦لسرايا⟧", "UNKNOWN", BDB + "; ل + السرايا")
    .actor("⟦عناصر موالية لإبراهيم الجضران⟧", "UNKNOWN", "Jadhran's men: no actor id")
    .actor("تنفي ⟦طرابلس⟧", "GNA", "the capital standing for the GNA")
    .actor("⟦قوات الجيش⟧", "LNA")
    .actor("خلالها ⟦حرس المنشآت⟧", "GNA", "the Petroleum Facilities Guard, in September 2016 allied to the GNA");

  const s1 =
    "استعادت القوات المسلحة العربية الليبية، أمس الثلاثاء، السيطرة على ميناءي السدرة ورأس لانوف النفطيين، بعد أحد عشر يوما من هجوم غادر شنته \"سرايا الدفاع عن بنغازي\" الإرهابية على منطقة الهلال النفطي.";
  b.claim({ actor: "LNA", action: "captured", places: PORTS, speaker: "outlet", trigger: "استعادت", evidence: s1, date: TUE })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Oil Crescent"], speaker: "outlet", trigger: "هجوم غادر شنته", evidence: s1, date: MAR3, note: BDB + "; the attack eleven days before Tuesday" })
    .claim({ actor: "LNA", action: "contested", places: ["Oil Crescent"], speaker: "outlet", trigger: "هجوم غادر شنته", evidence: s1, date: MAR3, note: "the attacked side" });

  const s2 = "وقال الناطق الرسمي باسم القيادة العامة العقيد أحمد المسماري إن الوحدات البرية \"طهرت الميناءين والمنطقة السكنية برأس لانوف\"، وإن فلول الإرهابيين فرت غربا باتجاه بن جواد والنوفلية.";
  b.claim({ actor: "LNA", action: "captured", places: PORTS, speaker: "LNA", trigger: "طهرت", evidence: s2, note: "the two ports and Ras Lanuf's residential area" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: PORTS, speaker: "LNA", trigger: "فرت", evidence: s2, note: "the places left are the ports (implicit); Bin Jawad and Nawfaliya are where they fled to" });

  const s3 = "وأضاف المسماري أن سلاح الجو نفذ منذ فجر الاثنين أكثر من عشرين طلعة على تجمعات \"السرايا\" في محيط الميناءين، ما أجبرها على الارتداد قرابة أربعين كيلومترا عن رأس لانوف.";
  b.claim({ actor: "LNA", action: "struck", places: PORTS, means: "air", speaker: "LNA", trigger: "طلعة", evidence: s3, date: MON, note: "around the two ports" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Ras Lanuf"], speaker: "LNA", trigger: "الارتداد", evidence: s3, date: MON, note: "forced back from Ras Lanuf; " + BDB });

  const s4 = "وكانت العصابات المهاجمة قد انطلقت من قاعدة الجفرة الجوية في الثالث من مارس/آذار الجاري، واستولت على الميناءين وعلى مطار رأس لانوف، مستغلة انشغال الجيش بمعارك قنفودة جنوب غربي بنغازي.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: [...PORTS, "Ras Lanuf Airport"], speaker: "outlet", trigger: "واستولت على", evidence: s4, date: MAR3, note: BDB })
    .claim({ actor: "LNA", action: "contested", places: ["Ganfouda"], speaker: "outlet", trigger: "بمعارك", evidence: s4, date: { iso: "2017-03-03", precision: "approximate" }, note: "the Ganfouda battles going on at the time" });

  const s5 = "وزعمت \"السرايا\" في بيان نشرته ليلا أنها انسحبت \"طوعا\" حفاظا على المنشآت النفطية، بعد قصف نفذته \"طائرات حربية مصرية\"، وهو ادعاء وصفه مصدر عسكري بأنه \"محاولة يائسة لتبرير الهزيمة\".";
  b.claim({ actor: "UNKNOWN", action: "withdrew", places: PORTS, speaker: "UNKNOWN", distanced: true, trigger: "انسحبت", evidence: s5, note: "زعمت: distanced; the ports are implicit; " + BDB })
    .claim({ actor: "EGY", action: "struck", places: PORTS, means: "air", speaker: "UNKNOWN", distanced: true, trigger: "قصف نفذته", evidence: s5, note: "the BDB's claim of Egyptian jets, distanced (زعمت) and called a lie by a military source" });

  const s7 = "وتوعدت القيادة العامة بملاحقة فلول \"السرايا\" حتى الجفرة، مؤكدة أن قواتها \"لن تتوقف عند حدود الهلال النفطي\" ما لم تسلّم الميليشيات أسلحتها وتغادر قاعدة الجفرة.";
  b.claim({ actor: "LNA", action: "advancing", places: ["Al-Jufra"], modality: "intent", speaker: "LNA", trigger: "بملاحقة", evidence: s7, note: "a vow to pursue the BDB as far as al-Jufra" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Al-Jufra Air Base"], modality: "conditional", speaker: "LNA", trigger: "وتغادر", evidence: s7, note: "a demand: 'unless the militias ... leave the Jufra base'" });

  const s8 = "من جهته، أقر جهاز حرس المنشآت النفطية التابع لحكومة الوفاق بأنه أخلى السدرة ورأس لانوف، بعد أسبوع من تسلمه الميناءين من السرايا، مطالبا بإبعاد الموانئ عن الصراع.";
  b.claim({ actor: "GNA", action: "withdrew", places: PORTS, speaker: "GNA", trigger: "أخلى", evidence: s8 })
    .claim({ actor: "GNA", action: "controls", places: PORTS, speaker: "GNA", trigger: "تسلمه", evidence: s8, date: HANDOVER, note: "held the ports for a week after the BDB handed them over" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: PORTS, speaker: "GNA", trigger: "تسلمه الميناءين من السرايا", evidence: s8, date: HANDOVER, note: "the BDB handed the ports over; " + BDB });

  const s10 = "وكانت قوات الجيش قد سيطرت على موانئ الهلال النفطي الأربعة في سبتمبر/أيلول 2016، في عملية خاطفة طردت خلالها حرس المنشآت من الزويتينة والبريقة دون مقاومة تذكر.";
  b.claim({ actor: "LNA", action: "captured", places: ["Oil Crescent"], speaker: "outlet", trigger: "سيطرت على", evidence: s10, date: SEP, note: "the four oil-crescent ports" })
    .claim({ actor: "LNA", action: "captured", places: ["Zueitina", "Brega"], speaker: "outlet", trigger: "طردت", evidence: s10, date: SEP, note: "the expeller" })
    .claim({ actor: "GNA", action: "withdrew", places: ["Zueitina", "Brega"], speaker: "outlet", trigger: "طردت", evidence: s10, date: SEP, note: "the expelled: the Petroleum Facilities Guard" });

  b.measurement({ kind: "pushback", subject: null, reference: "Ras Lanuf", value: 40, unit: "km", evidence: "الارتداد قرابة أربعين كيلومترا عن رأس لانوف", note: "in words" })
    .measurement({ kind: "distance-direction", subject: "Es Sider", reference: "Ras Lanuf", value: 25, unit: "km", direction: "NW", evidence: "وتقع السدرة على بعد نحو 25 كيلومترا إلى الشمال الغربي من رأس لانوف" })
    .measurement({ kind: "distance", subject: "Ras Lanuf", reference: "Tripoli", value: 650, unit: "km", evidence: "فيما تبعد الأخيرة قرابة ستمئة وخمسين كيلومترا عن العاصمة طرابلس", note: "الأخيرة = Ras Lanuf; in words; a road distance, the straight line is about 575 km" })
    .measurement({ kind: "direction", subject: "Ganfouda", reference: "Benghazi", direction: "SW", evidence: "قنفودة جنوب غربي بنغازي" });

  b.date("⟦أمس الثلاثاء⟧", "2017-03-14", "day")
    .date("⟦فجر الاثنين⟧", "2017-03-13", "day")
    .date("⟦الثالث من مارس/آذار الجاري⟧", "2017-03-03", "day")
    .date("⟦سبتمبر/أيلول 2016⟧", "2016-09-01", "month");

  b.negative("وتوعدت القيادة العامة بملاحقة فلول \"السرايا\" حتى الجفرة", "a vow: intent")
    .negative("\"لن تتوقف عند حدود الهلال النفطي\" ما لم تسلّم الميليشيات أسلحتها وتغادر قاعدة الجفرة", "a conditional threat and demand")
    .negative("في حين تنفي طرابلس أي صلة لها بالهجوم", "a denial of involvement, not a claim about ground");
  return b;
}
