/** h09: the LNA's offensive on Tripoli, Tuesday 9 April 2019; neutral wire wording (AFP). */
import { GoldBuilder } from "../annotate.ts";

const TIA = "Tripoli International Airport";

export function goldH09(): GoldBuilder {
  const b = new GoldBuilder("h09_tripoli_2019", { iso: "2019-04-09", precision: "day" });
  const TUE = b.pub;
  const APR4 = { iso: "2019-04-04", precision: "day" } as const;

  b.names("طرابلس", "Tripoli", [2, 6], "the third is inside «مطار طرابلس الدولي القديم», the seventh is Tripoli in Lebanon")
    .toponym("⟦مطار طرابلس الدولي القديم⟧", TIA)
    .toponym("مدينة ⟦طرابلس⟧ اللبنانية", "Tripoli (Lebanon)", "«اللبنانية» marks the Lebanese city")
    .names("معيتيقة", "Mitiga")
    .names("قصر بن غشير", "Qasr bin Ghashir")
    .names("عين زارة", "Ain Zara")
    .names("غريان", "Gharyan")
    .names("وادي الربيع", "Wadi al-Rabie")
    .names("أبو سليم", "Abu Salim")
    .names("العزيزية", "Al-Aziziya")
    .toponym("⟦معسكر اليرموك⟧", "Yarmouk camp (Tripoli)")
    .names("خلة الفرجان", "Khallat al-Furjan");

  b.actor("⟦قوات حكومة الوفاق الوطني المعترف بها دوليا⟧", "GNA")
    .actor("⟦قوات المشير خليفة حفتر⟧", "LNA")
    .actor("وأعلنت ⟦قوات حفتر⟧", "LNA")
    .actor("⟦الجيش الوطني الليبي⟧", "LNA")
    .actor("المتحدث باسم ⟦قوات الوفاق⟧ محمد", "GNA")
    .actor("⟦محمد قنونو⟧", "GNA")
    .actor("⟦قواتنا⟧", "GNA")
    .actor("وأجبرت ⟦المهاجمين⟧", "LNA", "the attackers in this article are Haftar's forces")
    .actor("⟦طائرة حربية تابعة لقوات حفتر⟧", "LNA")
    .actor("وكان ⟦حفتر⟧", "LNA")
    .actor("وأمر ⟦قواته⟧", "LNA")
    .actor("وتقدمت ⟦قوات حفتر⟧", "LNA")
    .actor("إن ⟦قوات حفتر⟧ تتخذ", "LNA")
    .actor("⟦الطيران التابع لحكومة الوفاق⟧", "GNA")
    .actor("أن تطلق ⟦قوات الوفاق⟧", "GNA")
    .actor("المتحدث باسم ⟦قوات حفتر⟧ أحمد", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("إن ⟦قواته⟧ \"لن", "LNA")
    .actor("أعلنت ⟦قوات الوفاق⟧ أنها صدت", "GNA")
    .actor("هجوما ل⟦قوات حفتر⟧", "LNA")
    .actor("فيما أكدت ⟦قوات حفتر⟧", "LNA")
    .actor("نفته ⟦قوات الوفاق⟧", "GNA")
    .actor("ولم تتمكن ⟦قوات حفتر⟧", "LNA");

  const s1 =
    "تواصلت المعارك العنيفة الثلاثاء في الضواحي الجنوبية للعاصمة الليبية طرابلس بين قوات حكومة الوفاق الوطني المعترف بها دوليا وقوات المشير خليفة حفتر، غداة غارة جوية استهدفت مطار معيتيقة، المطار الوحيد العامل في العاصمة.";
  b.claim({ actor: "GNA", action: "contested", places: ["Tripoli"], speaker: "outlet", trigger: "تواصلت المعارك", evidence: s1, date: TUE, note: "in Tripoli's southern suburbs" })
    .claim({ actor: "LNA", action: "contested", places: ["Tripoli"], speaker: "outlet", trigger: "تواصلت المعارك", evidence: s1, date: TUE });

  const s2 = "وأعلنت قوات حفتر، التي تطلق على نفسها اسم \"الجيش الوطني الليبي\"، أنها سيطرت على منطقة قصر بن غشير ومطار طرابلس الدولي القديم، الواقع على بعد نحو 30 كيلومترا جنوب وسط المدينة.";
  b.claim({ actor: "LNA", action: "captured", places: ["Qasr bin Ghashir"], speaker: "LNA", trigger: "سيطرت على", evidence: s2 })
    .claim({ actor: "LNA", action: "captured", places: [TIA], speaker: "LNA", trigger: "سيطرت على", evidence: s2 });

  const s3 = "لكن المتحدث باسم قوات الوفاق محمد قنونو أكد لفرانس برس أن \"قواتنا صدت هجوما في عين زارة وأجبرت المهاجمين على التراجع\"، مؤكدا أن المطار القديم \"ليس تحت سيطرة أحد\".";
  b.claim({ actor: "GNA", action: "repelled", places: ["Ain Zara"], speaker: "GNA", trigger: "صدت هجوما", evidence: s3 })
    .claim({ actor: "LNA", action: "withdrew", places: ["Ain Zara"], speaker: "GNA", trigger: "وأجبرت المهاجمين على التراجع", evidence: s3, note: "the attackers were forced back" })
    .claim({ actor: "LNA", action: "controls", places: [TIA], modality: "negated", speaker: "GNA", trigger: "ليس تحت سيطرة أحد", evidence: s3, note: "المطار القديم = the old international airport; 'under nobody's control'" })
    .claim({ actor: "GNA", action: "controls", places: [TIA], modality: "negated", speaker: "GNA", trigger: "ليس تحت سيطرة أحد", evidence: s3 });

  b.claim({
    actor: "LNA",
    action: "struck",
    means: "air",
    places: ["Mitiga"],
    speaker: "other",
    trigger: "قصفت",
    evidence: "وقال مسؤول في مطار معيتيقة إن طائرة حربية تابعة لقوات حفتر قصفت الاثنين مدرج المطار، ما أدى إلى تعليق الرحلات.",
    date: { iso: "2019-04-08", precision: "day" },
    note: "an airport official; the first sentence's unattributed 'air strike on Mitiga' is the same event",
  });

  const s5 = "وكان حفتر قد أعلن في 4 أبريل/نيسان انطلاق عملية \"طوفان الكرامة\" للسيطرة على طرابلس، وأمر قواته بالتقدم نحو العاصمة من الجنوب عبر غريان.";
  b.claim({ actor: "LNA", action: "captured", places: ["Tripoli"], modality: "intent", speaker: "outlet", trigger: "للسيطرة على", evidence: s5, date: APR4 })
    .claim({ actor: "LNA", action: "advancing", places: ["Tripoli"], modality: "intent", speaker: "outlet", trigger: "بالتقدم نحو", evidence: s5, date: APR4, note: "an order; العاصمة = Tripoli" });

  b.claim({
    actor: "LNA",
    action: "advancing",
    places: ["Wadi al-Rabie"],
    speaker: "outlet",
    trigger: "وتقدمت",
    evidence: "وتقدمت قوات حفتر في اليومين الأولين حتى منطقة وادي الربيع جنوب شرق العاصمة، قبل أن تطلق قوات الوفاق عملية \"بركان الغضب\" لصد الهجوم.",
    date: { iso: "2019-04-05", precision: "approximate" },
    note: "in the first two days of the offensive (4–5 April)",
  });

  const s6b = "وفي غريان، التي تبعد نحو 80 كيلومترا جنوب طرابلس، قالت مصادر محلية إن قوات حفتر تتخذ من المدينة غرفة عمليات رئيسية لإدارة الهجوم، فيما يواصل الطيران التابع لحكومة الوفاق استهداف خطوط إمدادها.";
  b.claim({ actor: "LNA", action: "controls", places: ["Gharyan"], speaker: "other", trigger: "تتخذ من", evidence: s6b, note: "المدينة = Gharyan" })
    .claim({ actor: "GNA", action: "struck", means: "air", places: ["Gharyan"], speaker: "other", trigger: "استهداف", evidence: s6b, note: "Haftar's supply lines through Gharyan" });

  const s8 = "وقال المتحدث باسم قوات حفتر أحمد المسماري إن قواته \"لن تتوقف قبل دخول طرابلس\"، وإنها \"ستواصل تقدمها نحو قلب العاصمة\"، فيما تطالبها الأمم المتحدة بهدنة إنسانية.";
  b.claim({ actor: "LNA", action: "entered", places: ["Tripoli"], modality: "intent", speaker: "LNA", trigger: "دخول", evidence: s8 })
    .claim({ actor: "LNA", action: "advancing", places: ["Tripoli"], modality: "intent", speaker: "LNA", trigger: "ستواصل تقدمها نحو", evidence: s8, note: "قلب العاصمة = central Tripoli" });

  const s11 = "وفي منطقة العزيزية، على بعد نحو 40 كيلومترا جنوب غرب العاصمة، أعلنت قوات الوفاق أنها صدت هجوما لقوات حفتر، فيما أكدت قوات حفتر أنها سيطرت على معسكر اليرموك جنوب طرابلس، وهو ما نفته قوات الوفاق.";
  b.claim({ actor: "GNA", action: "repelled", places: ["Al-Aziziya"], speaker: "GNA", trigger: "صدت هجوما", evidence: s11 })
    .claim({ actor: "LNA", action: "captured", places: ["Yarmouk camp (Tripoli)"], speaker: "LNA", trigger: "سيطرت على", evidence: s11 })
    .claim({ actor: "LNA", action: "captured", places: ["Yarmouk camp (Tripoli)"], modality: "negated", speaker: "GNA", trigger: "نفته", evidence: s11, note: "the GNA denies the LNA's claim" });

  const s12 = "ولم تتمكن قوات حفتر، بحسب مراسل فرانس برس، من دخول أي من الأحياء الرئيسية في وسط العاصمة، فيما تحولت منطقة خلة الفرجان إلى خط تماس بين الطرفين.";
  b.claim({ actor: "LNA", action: "entered", places: ["Tripoli"], modality: "negated", speaker: "other", trigger: "من دخول", evidence: s12, note: "per an AFP correspondent, in a multi-agency article" })
    .claim({ actor: "GNA", action: "contested", places: ["Khallat al-Furjan"], speaker: "other", trigger: "خط تماس", evidence: s12 })
    .claim({ actor: "LNA", action: "contested", places: ["Khallat al-Furjan"], speaker: "other", trigger: "خط تماس", evidence: s12 });

  b.measurement({ kind: "direction", subject: null, reference: "Tripoli", direction: "S", evidence: "الضواحي الجنوبية للعاصمة الليبية طرابلس" })
    .measurement({ kind: "distance-direction", subject: TIA, reference: "Tripoli", value: 30, unit: "km", direction: "S", evidence: "الواقع على بعد نحو 30 كيلومترا جنوب وسط المدينة", note: "وسط المدينة = central Tripoli" })
    .measurement({ kind: "distance-direction", subject: "Gharyan", reference: "Tripoli", value: 80, unit: "km", direction: "S", evidence: "التي تبعد نحو 80 كيلومترا جنوب طرابلس", note: "h01 states 100 km for the same pair" })
    .measurement({ kind: "direction", subject: "Wadi al-Rabie", reference: "Tripoli", direction: "SE", evidence: "وادي الربيع جنوب شرق العاصمة", note: "العاصمة = Tripoli" })
    .measurement({ kind: "distance-direction", subject: "Al-Aziziya", reference: "Tripoli", value: 40, unit: "km", direction: "SW", evidence: "على بعد نحو 40 كيلومترا جنوب غرب العاصمة", note: "العاصمة = Tripoli; the points give S, near the S/SW boundary" })
    .measurement({ kind: "direction", subject: "Yarmouk camp (Tripoli)", reference: "Tripoli", direction: "S", evidence: "معسكر اليرموك جنوب طرابلس" });

  b.date("المعارك العنيفة ⟦الثلاثاء⟧", "2019-04-09", "day")
    .date("قصفت ⟦الاثنين⟧", "2019-04-08", "day")
    .date("⟦4 أبريل/نيسان⟧", "2019-04-04", "day")
    .date("⟦اليومين الأولين⟧", "2019-04-05", "approximate", "the first two days after 4 April")
    .date("⟦مساء الأحد⟧", "2019-04-07", "day");

  b.negative("مؤكدا أن المطار القديم \"ليس تحت سيطرة أحد\"", "negated control")
    .negative("للسيطرة على طرابلس، وأمر قواته بالتقدم نحو العاصمة", "the aim and the order of the offensive")
    .negative("وأفاد شهود بأن قذائف سقطت مساء الأحد على منطقة أبو سليم السكنية، من دون أن يتضح مصدرها", "unattributed shelling: no actor to credit")
    .negative("إن قواته \"لن تتوقف قبل دخول طرابلس\"، وإنها \"ستواصل تقدمها نحو قلب العاصمة\"", "intent")
    .negative("وهو ما نفته قوات الوفاق", "a denial")
    .negative("ولم تتمكن قوات حفتر، بحسب مراسل فرانس برس، من دخول أي من الأحياء الرئيسية في وسط العاصمة", "negated entry")
    .negative("ملعب في مدينة طرابلس اللبنانية", "Tripoli in Lebanon: not the Libyan capital");
  return b;
}
