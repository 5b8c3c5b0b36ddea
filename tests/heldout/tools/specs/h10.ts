/** h10: the Anti-ISIS Operations Room takes Sabratha from al-Dabbashi's militia, Friday 6 October 2017; neutral local wording. */
import { GoldBuilder } from "../annotate.ts";

const ROOM = "the Anti-ISIS Operations Room: formed by the GNA's presidential council, says it follows the LNA command; no single actor id";
const DABBASHI = "Ahmed al-Dabbashi's militia (Brigade 48), nominally GNA-affiliated: no single actor id";
const MELLITAH_COMPLEX = "Mellitah oil and gas complex";

export function goldH10(): GoldBuilder {
  const b = new GoldBuilder("h10_sabratha_2017", { iso: "2017-10-06", precision: "day" });

  b.names("صبراتة", "Sabratha")
    .names("طرابلس", "Tripoli")
    .names("دحمان", "Dahman (Sabratha)")
    .names("الدحمان", "Dahman (Sabratha)")
    .names("الزاوية", "Zawiya")
    .names("صرمان", "Surman")
    .names("زوارة", "Zuwara")
    .names("إيطاليا", "Italy")
    .names("مليتة", "Mellitah", [1], "the second is inside «مجمع مليتة للنفط والغاز»")
    .toponym("⟦مجمع مليتة للنفط والغاز⟧", MELLITAH_COMPLEX)
    .names("العجيلات", "Ajaylat")
    .names("تليل", "Tlil (Sabratha)");

  b.actor("⟦غرفة عمليات محاربة تنظيم داعش في صبراتة⟧", "UNKNOWN", ROOM)
    .actor("⟦مجموعة مسلحة يقودها أحمد الدباشي⟧", "UNKNOWN", DABBASHI)
    .actor("المتحدث باسم ⟦الغرفة⟧", "UNKNOWN", ROOM)
    .actor("⟦صالح قريصيعة⟧", "UNKNOWN", ROOM)
    .actor("⟦قواتنا⟧", "UNKNOWN", ROOM)
    .actor("⟦مليشيا الدباشي⟧", "UNKNOWN", DABBASHI)
    .actor("⟦عناصر المليشيا⟧", "UNKNOWN", DABBASHI)
    .actor("⟦القيادة العامة للجيش الوطني الليبي⟧", "LNA")
    .actor("المشير ⟦خليفة حفتر⟧", "LNA")
    .actor("أعلنت ⟦الغرفة⟧", "UNKNOWN", ROOM)
    .actor("مصدر في ⟦الغرفة⟧", "UNKNOWN", ROOM)
    .actor("إن ⟦قواتها⟧ انتشرت", "UNKNOWN", ROOM)
    .actor("تتبع ⟦القيادة العامة⟧", "LNA")
    .actor("⟦المجلس الرئاسي لحكومة الوفاق⟧", "GNA")
    .actor("قالت ⟦حكومة الوفاق⟧", "GNA")
    .actor("وكانت ⟦مجموعة الدباشي⟧", "UNKNOWN", DABBASHI)
    .actor("إن ⟦الغرفة⟧ تسعى", "UNKNOWN", ROOM)
    .actor("⟦المجموعات الفارة⟧", "UNKNOWN", DABBASHI)
    .actor("⟦طائرات أميركية⟧", "USA")
    .actor("معسكرا ل⟦تنظيم داعش⟧", "ISIS")
    .actor("تتجه ⟦مجموعة الدباشي⟧", "UNKNOWN", DABBASHI)
    .actor("⟦الكتيبة 48⟧", "UNKNOWN", DABBASHI + " (its other name)");

  const s1 =
    "أعلنت غرفة عمليات محاربة تنظيم داعش في صبراتة، اليوم الجمعة، سيطرتها الكاملة على المدينة الساحلية الواقعة على بعد نحو سبعين كيلومترا غرب طرابلس، بعد ثلاثة أسابيع من الاشتباكات مع مجموعة مسلحة يقودها أحمد الدباشي المعروف بـ\"العمو\".";
  b.claim({ actor: "UNKNOWN", action: "captured", places: ["Sabratha"], speaker: "UNKNOWN", trigger: "سيطرتها الكاملة على", evidence: s1, note: "المدينة الساحلية = Sabratha; " + ROOM })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Sabratha"], speaker: "UNKNOWN", trigger: "الاشتباكات", evidence: s1, date: { iso: "2017-09-17", precision: "approximate" }, note: "three weeks of clashes between two groups, neither with an actor id" });

  const s2 = "وقال المتحدث باسم الغرفة صالح قريصيعة إن \"قواتنا طردت مليشيا الدباشي من آخر مواقعها في المدينة، وسيطرت على المستشفى وعلى منطقة دحمان\"، مؤكدا أن عناصر المليشيا فروا باتجاه الغرب.";
  b.claim({ actor: "UNKNOWN", action: "captured", places: ["Sabratha"], speaker: "UNKNOWN", trigger: "طردت", evidence: s2, note: "the expeller: the Operations Room" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Sabratha"], speaker: "UNKNOWN", trigger: "طردت", evidence: s2, note: "the expelled: al-Dabbashi's militia, which fled west" })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Dahman (Sabratha)"], speaker: "UNKNOWN", trigger: "وسيطرت على", evidence: s2 });

  const s2b = "وقال مصدر في الغرفة إن قواتها انتشرت الخميس في محيط المستشفى الرئيسي ومنطقة تليل الساحلية، قبل أن تبسط سيطرتها على وسط المدينة صباح اليوم.";
  b.claim({ actor: "UNKNOWN", action: "entered", places: ["Tlil (Sabratha)"], speaker: "UNKNOWN", trigger: "انتشرت", evidence: s2b, date: { iso: "2017-10-05", precision: "day" }, note: "deployed on Thursday; " + ROOM })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Sabratha"], speaker: "UNKNOWN", trigger: "تبسط سيطرتها على", evidence: s2b, note: "وسط المدينة = central Sabratha, this morning" });

  b.claim({
    actor: "UNKNOWN",
    action: "captured",
    places: ["Sabratha"],
    speaker: "LNA",
    trigger: "تحرير",
    evidence: "ورحبت القيادة العامة للجيش الوطني الليبي بقيادة المشير خليفة حفتر بما وصفته \"تحرير صبراتة\"، فيما أعلنت الغرفة في وقت سابق أنها تتبع القيادة العامة، رغم أنها تشكلت بقرار من المجلس الرئاسي لحكومة الوفاق.",
    note: "the LNA welcomes the 'liberation' by the Operations Room",
  });

  b.claim({
    actor: "GNA",
    action: "reinforcing",
    places: ["Sabratha"],
    modality: "negated",
    speaker: "GNA",
    trigger: "أرسلت قوات إلى",
    evidence: "في المقابل، قالت حكومة الوفاق إن الاشتباكات \"صراع بين مجموعات محلية\"، ودعت الطرفين إلى وقف إطلاق النار، ونفت أن تكون قد أرسلت قوات إلى صبراتة لدعم أي طرف.",
  });

  b.claim({
    actor: "UNKNOWN",
    action: "entered",
    places: ["Surman"],
    speaker: "other",
    trigger: "وصلت",
    evidence: "وأفاد شهود بأن أرتالا مسلحة قادمة من الزاوية، التي تبعد نحو 20 كلم شرق صبراتة، وصلت الثلاثاء الماضي إلى منطقة صرمان، من دون أن تشارك في القتال.",
    date: { iso: "2017-10-03", precision: "day" },
    note: "armed columns from Zawiya reached Surman; no side named",
  });

  const s8 = "وقال مصدر أمني إن الغرفة تسعى للتقدم غربا نحو مليتة ومجمع مليتة للنفط والغاز، إذا لم تسلم المجموعات الفارة أسلحتها خلال يومين.";
  b.claim({ actor: "UNKNOWN", action: "advancing", places: ["Mellitah"], modality: "conditional", speaker: "other", trigger: "تسعى للتقدم غربا نحو", evidence: s8, note: "only if the fleeing groups do not hand over their weapons" })
    .claim({ actor: "UNKNOWN", action: "advancing", places: [MELLITAH_COMPLEX], modality: "conditional", speaker: "other", trigger: "تسعى للتقدم غربا نحو", evidence: s8 });

  b.claim({
    actor: "USA",
    action: "struck",
    means: "air",
    places: ["Sabratha"],
    speaker: "outlet",
    trigger: "قصفت",
    evidence: "وكانت طائرات أميركية قد قصفت في فبراير/شباط 2016 معسكرا لتنظيم داعش في ضواحي صبراتة، ما أسفر عن مقتل أكثر من 40 شخصا.",
    date: { iso: "2016-02-01", precision: "month" },
    note: "an ISIS camp on Sabratha's outskirts",
  });

  b.claim({
    actor: "UNKNOWN",
    action: "advancing",
    places: ["Ajaylat"],
    modality: "conditional",
    speaker: "other",
    trigger: "تتجه",
    evidence: "وتخشى مصادر محلية من أن تتجه مجموعة الدباشي، المعروفة أيضا بـ\"الكتيبة 48\"، نحو العجيلات جنوب غرب صبراتة، حيث يقيم عدد من حلفائها.",
    note: "a feared move, not a reported one",
  });

  b.measurement({ kind: "distance-direction", subject: "Sabratha", reference: "Tripoli", value: 70, unit: "km", direction: "W", evidence: "المدينة الساحلية الواقعة على بعد نحو سبعين كيلومترا غرب طرابلس", note: "المدينة الساحلية = Sabratha" })
    .measurement({ kind: "distance-direction", subject: "Zawiya", reference: "Sabratha", value: 20, unit: "km", direction: "E", evidence: "التي تبعد نحو 20 كلم شرق صبراتة" })
    .measurement({ kind: "direction", subject: "Zuwara", reference: "Sabratha", direction: "W", evidence: "إلى جانب زوارة غربها", note: "غربها: west of it (Sabratha)" })
    .measurement({ kind: "direction", subject: "Ajaylat", reference: "Sabratha", direction: "SW", evidence: "العجيلات جنوب غرب صبراتة" });

  b.date("⟦اليوم الجمعة⟧", "2017-10-06", "day")
    .date("انتشرت ⟦الخميس⟧", "2017-10-05", "day")
    .date("⟦صباح اليوم⟧", "2017-10-06", "day")
    .date("⟦17 سبتمبر/أيلول الماضي⟧", "2017-09-17", "day")
    .date("⟦الثلاثاء الماضي⟧", "2017-10-03", "day")
    .date("⟦فبراير/شباط 2016⟧", "2016-02-01", "month");

  b.negative("ونفت أن تكون قد أرسلت قوات إلى صبراتة لدعم أي طرف", "a denial of reinforcement")
    .negative("من دون أن تشارك في القتال", "negated participation")
    .negative("إن الغرفة تسعى للتقدم غربا نحو مليتة ومجمع مليتة للنفط والغاز، إذا لم تسلم المجموعات الفارة أسلحتها خلال يومين", "conditional intent")
    .negative("وتخشى مصادر محلية من أن تتجه مجموعة الدباشي", "a feared move")
    .negative("وكانت مجموعة الدباشي تسيطر على جزء كبير من شبكات التهريب في المدينة", "control of smuggling networks, not of ground");
  return b;
}
