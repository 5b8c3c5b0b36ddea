/** h12: clashes with Chadian rebels near Kufra, Sunday 27 August 2017; pro-GNA wording (اللواء المتقاعد، قوات حفتر). */
import { GoldBuilder } from "../annotate.ts";

const CHADIANS = "Chadian (and Sudanese) rebel fighters: no actor id of their own";
const KPF = "Kufra Protection Force: says it is mandated by the GNA's presidential council; no single actor id";

export function goldH12(): GoldBuilder {
  const b = new GoldBuilder("h12_kufra_2017", { iso: "2017-08-27", precision: "day" });
  const SAT = { iso: "2017-08-26", precision: "day" } as const;
  const Y2015 = { iso: "2015-01-01", precision: "year" } as const;

  b.names("الكفرة", "Kufra")
    .names("تشاد", "Chad")
    .names("ليبيا", "Libya")
    .names("بنغازي", "Benghazi")
    .names("السودان", "Sudan")
    .names("الرجمة", "Al-Rajma")
    .names("تازربو", "Tazirbu")
    .names("إجدابيا", "Ajdabiya")
    .names("نجامينا", "N'Djamena", [], "names the Chadian government by its capital");

  b.actor("⟦كتيبة \"سبل السلام\" الموالية للواء المتقاعد خليفة حفتر⟧", "LNA")
    .actor("⟦مسلحين من المعارضة التشادية⟧", "UNKNOWN", CHADIANS)
    .actor("إن ⟦الكتيبة⟧ \"صدت", "LNA", "the Subul al-Salam battalion")
    .actor("⟦المسلحون التشاديون⟧", "UNKNOWN", CHADIANS)
    .actor("طاردت ⟦المهاجمين⟧", "UNKNOWN", CHADIANS)
    .actor("باسم ⟦الكتيبة⟧", "LNA", "the Subul al-Salam battalion")
    .actor("أن ⟦قواتها⟧ تتمركز", "LNA")
    .actor("وتسيطر ⟦كتيبة سبل السلام⟧", "LNA")
    .actor("العامة ل⟦قوات حفتر⟧", "LNA")
    .actor("⟦قوة حماية الكفرة⟧", "UNKNOWN", KPF)
    .actor("⟦المجلس الرئاسي لحكومة الوفاق⟧", "GNA")
    .actor("⟦مسلحي المعارضة التشادية⟧", "UNKNOWN", CHADIANS)
    .actor("⟦مسلحون من المعارضة السودانية والتشادية⟧", "UNKNOWN", CHADIANS)
    .actor("وتوعدت ⟦الكتيبة⟧", "LNA", "the Subul al-Salam battalion")
    .actor("⟦العصابات التشادية⟧", "UNKNOWN", CHADIANS)
    .actor("⟦معارضي نجامينا⟧", "UNKNOWN", CHADIANS)
    .actor("الكفرة ⟦حكومة الوفاق⟧ بإرسال", "GNA")
    .actor("في أيدي ⟦العصابات⟧", "UNKNOWN", CHADIANS)
    .actor("وكانت ⟦الكتيبة⟧", "LNA", "the Subul al-Salam battalion")
    .actor("⟦مسلحون تشاديون⟧", "UNKNOWN", CHADIANS)
    .actor("ولم تعلق ⟦حكومة الوفاق⟧", "GNA")
    .actor("ولا ⟦القيادة العامة⟧", "LNA");

  const s1 =
    "قُتل اثنان من عناصر كتيبة \"سبل السلام\" الموالية للواء المتقاعد خليفة حفتر وسبعة مسلحين من المعارضة التشادية، في اشتباكات اندلعت صباح أمس السبت في منطقة حدودية جنوب مدينة الكفرة، على مقربة من الحدود مع تشاد.";
  b.claim({ actor: "LNA", action: "contested", places: ["Kufra"], speaker: "outlet", trigger: "اشتباكات", evidence: s1, date: SAT, note: "in a border area south of Kufra" })
    .claim({ actor: "UNKNOWN", action: "contested", places: ["Kufra"], speaker: "outlet", trigger: "اشتباكات", evidence: s1, date: SAT, note: CHADIANS });

  const s2 = "وقال مصدر في بلدية الكفرة لموقعنا إن الكتيبة \"صدت هجوما\" شنه المسلحون التشاديون على أحد مواقعها، وغنمت سيارتين مسلحتين، ثم طاردت المهاجمين حتى عادوا إلى داخل الأراضي التشادية.";
  b.claim({ actor: "LNA", action: "repelled", places: ["Kufra"], speaker: "other", trigger: "صدت هجوما", evidence: s2, note: "at one of its posts south of Kufra (implicit); a municipal source" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Kufra"], speaker: "other", trigger: "عادوا إلى داخل الأراضي التشادية", evidence: s2, note: "chased back into Chad from the Kufra border area" });

  b.claim({
    actor: "LNA",
    action: "controls",
    places: ["Kufra"],
    speaker: "outlet",
    trigger: "وتسيطر",
    evidence: "وتسيطر كتيبة سبل السلام، التابعة للقيادة العامة لقوات حفتر في الرجمة، على معظم مداخل الكفرة، فيما تقول \"قوة حماية الكفرة\" إنها مكلفة من المجلس الرئاسي لحكومة الوفاق بتأمين المدينة.",
    note: "most of the town's entrances",
  });

  const s5 = "وكشف المصدر أن مسلحي المعارضة التشادية يسيطرون منذ أشهر على مناطق في محيط تازربو، التي تبعد نحو 250 كلم شمال غربي الكفرة، بعد أن سهلت لهم مجموعات محلية الدخول إليها، وهو ما نفته مصادر قبلية في البلدة.";
  const MONTHS = { iso: "2017-08-27", precision: "approximate" } as const;
  b.claim({ actor: "UNKNOWN", action: "controls", places: ["Tazirbu"], speaker: "other", trigger: "يسيطرون", evidence: s5, date: MONTHS, note: "areas around Tazirbu, 'for months'" })
    .claim({ actor: "UNKNOWN", action: "entered", places: ["Tazirbu"], speaker: "other", trigger: "الدخول إليها", evidence: s5, date: MONTHS })
    .claim({ actor: "UNKNOWN", action: "controls", places: ["Tazirbu"], modality: "negated", speaker: "other", trigger: "نفته", evidence: s5, note: "denied by tribal sources in the town" });

  const s6 = "وكان مسلحون من المعارضة السودانية والتشادية قد هاجموا الكفرة عام 2015، قبل أن يتمكن أهالي المدينة من طردهم إلى خارجها بعد معارك استمرت أياما.";
  b.claim({ actor: "UNKNOWN", action: "contested", places: ["Kufra"], speaker: "outlet", trigger: "هاجموا", evidence: s6, date: Y2015, note: CHADIANS + "; the town's residents fought them" })
    .claim({ actor: "UNKNOWN", action: "withdrew", places: ["Kufra"], speaker: "outlet", trigger: "طردهم", evidence: s6, date: Y2015, note: "expelled by the town's residents" });

  const s8 = "في المقابل، طالب عميد بلدية الكفرة حكومة الوفاق بإرسال تعزيزات عسكرية لتأمين الحدود، محذرا من أن المدينة \"قد تسقط في أيدي العصابات إذا لم تتحرك الدولة\".";
  b.claim({ actor: "GNA", action: "reinforcing", places: ["Kufra"], modality: "intent", speaker: "other", trigger: "بإرسال تعزيزات عسكرية", evidence: s8, note: "a request by Kufra's mayor, not a dispatch" })
    .claim({ actor: "UNKNOWN", action: "captured", places: ["Kufra"], modality: "conditional", speaker: "other", trigger: "قد تسقط في أيدي", evidence: s8, note: "a warning: 'may fall ... if the state does not act'" });

  b.measurement({ kind: "direction", subject: null, reference: "Kufra", direction: "S", evidence: "منطقة حدودية جنوب مدينة الكفرة" })
    .measurement({ kind: "distance-direction", subject: null, reference: "Kufra", value: 40, unit: "km", direction: "S", evidence: "على بعد نحو 40 كيلومترا جنوب الكفرة", note: "the battalion's positions" })
    .measurement({ kind: "direction", subject: "Kufra", reference: "Libya", direction: "SE", evidence: "أقصى الجنوب الشرقي لليبيا", note: "the far south-east of Libya" })
    .measurement({ kind: "distance-direction", subject: "Kufra", reference: "Benghazi", value: 950, unit: "km", direction: "S", evidence: "على بعد نحو 950 كيلومترا جنوب بنغازي" })
    .measurement({ kind: "distance", subject: "Ajdabiya", reference: "Kufra", value: 950, unit: "km", evidence: "الطريق الصحراوي الذي يربط مدينتهم بإجدابيا، ويمتد نحو 950 كيلومترا", note: "the length of the desert road; the straight line is about 790 km" })
    .measurement({ kind: "distance-direction", subject: "Tazirbu", reference: "Kufra", value: 250, unit: "km", direction: "NW", evidence: "التي تبعد نحو 250 كلم شمال غربي الكفرة" });

  b.date("⟦صباح أمس السبت⟧", "2017-08-26", "day")
    .date("⟦عام 2015⟧", "2015-01-01", "year")
    .date("⟦قبل أيام⟧", "2017-08-24", "approximate", "'a few days ago'");

  b.negative("لمنع تسلل أي مجموعات مسلحة إلى المدينة", "an aim")
    .negative("وهو ما نفته مصادر قبلية في البلدة", "a denial of the rebels' control around Tazirbu")
    .negative("وتوعدت الكتيبة بملاحقة \"العصابات التشادية\" داخل الأراضي الليبية \"حتى آخر عنصر\"", "a threat: intent")
    .negative("مؤكدة أنها لن تسمح بتحويل الجنوب إلى قاعدة خلفية لمعارضي نجامينا", "negated future")
    .negative("طالب عميد بلدية الكفرة حكومة الوفاق بإرسال تعزيزات عسكرية لتأمين الحدود", "a request, not a dispatch")
    .negative("المدينة \"قد تسقط في أيدي العصابات إذا لم تتحرك الدولة\"", "conditional warning")
    .negative("وكانت الكتيبة قد حررت قبل أيام ثمانية من سكان الكفرة", "freed hostages: «حررت» here is not the capture of a place");
  return b;
}
