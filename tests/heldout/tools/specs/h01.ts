/** h01: Gharyan falls to the GNA, 27 June 2019; pro-GNA wording (مليشيات حفتر، اللواء المتقاعد، الانقلابي). */
import { GoldBuilder } from "../annotate.ts";

const WED = { iso: "2019-06-26", precision: "day" } as const;

export function goldH01(): GoldBuilder {
  const b = new GoldBuilder("h01_gharyan_2019", { iso: "2019-06-27", precision: "day" });

  b.names("غريان", "Gharyan")
    .names("طرابلس", "Tripoli")
    .toponym("⟦قاعدة الجفرة الجوية⟧", "Al-Jufra Air Base")
    .names("الأصابعة", "Al-Asabaa")
    .names("ترهونة", "Tarhuna")
    .names("العزيزية", "Al-Aziziya")
    .names("السبيعة", "Al-Sbeea")
    .toponym("⟦جبل نفوسة⟧", "Nafusa Mountains")
    .toponym("⟦الجنوب الليبي⟧", "Southern Libya");

  b.actor("⟦قوات حكومة الوفاق الوطني⟧", "GNA")
    .actor("⟦مليشيات اللواء المتقاعد خليفة حفتر⟧", "LNA")
    .actor("باسم ⟦قوات الوفاق⟧ العقيد", "GNA")
    .actor("⟦محمد قنونو⟧", "GNA")
    .actor("⟦قواتنا⟧", "GNA")
    .actor("منها ⟦مليشيات حفتر⟧", "LNA")
    .actor("وكانت ⟦قوات حفتر⟧ تتخذ", "LNA")
    .actor("⟦فلول المليشيات⟧", "LNA")
    .actor("⟦سلاح الجو التابع لحكومة الوفاق⟧", "GNA")
    .actor("رتل ل⟦لمليشيات الفارة⟧", "LNA", "للمليشيات: the clitic ل is dropped, the second ل is the article's")
    .actor("باسم ⟦قوات حفتر⟧ أحمد", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("سيطرة ⟦قوات الوفاق⟧ على", "GNA")
    .actor("تحت سيطرة ⟦الجيش⟧", "LNA", "the LNA spokesman's own word")
    .actor("وتوعد ⟦المسماري⟧", "LNA")
    .actor("من أن ⟦قواته⟧ ستقصف", "LNA")
    .actor("⟦المجموعات الإرهابية⟧", "GNA", "the LNA spokesman's word for GNA forces")
    .actor("بخروج ⟦قوات حفتر⟧", "LNA")
    .actor("ل⟦مقاتلي الوفاق⟧", "GNA")
    .actor("⟦طائرات تابعة لحفتر⟧", "LNA")
    .actor("مواقع ل⟦قوات الوفاق⟧ في", "GNA")
    .actor("تتمكن ⟦قواته⟧", "LNA")
    .actor("للانقلابي ⟦حفتر⟧", "LNA")
    .actor("مطالبا ⟦حكومة الوفاق⟧", "GNA")
    .actor("هدفا رئيسيا ل⟦قوات حفتر⟧", "LNA");

  const s1 =
    "أحكمت قوات حكومة الوفاق الوطني سيطرتها الكاملة على مدينة غريان الاستراتيجية، الواقعة على بعد نحو 100 كيلومتر جنوب طرابلس، بعد هجوم مباغت شنته أمس الأربعاء على مواقع مليشيات اللواء المتقاعد خليفة حفتر داخل المدينة.";
  b.claim({ actor: "GNA", action: "captured", places: ["Gharyan"], speaker: "outlet", trigger: "أحكمت", evidence: s1, date: WED, note: "the surprise attack of 'yesterday, Wednesday' took the city" });

  const s2 =
    "وقال المتحدث باسم قوات الوفاق العقيد محمد قنونو إن \"قواتنا دخلت غريان من عدة محاور، وسيطرت على مقر غرفة العمليات الرئيسية التي كانت تدير منها مليشيات حفتر هجومها على العاصمة\".";
  b.claim({ actor: "GNA", action: "entered", places: ["Gharyan"], speaker: "GNA", trigger: "دخلت", evidence: s2 })
    .claim({ actor: "GNA", action: "captured", places: ["Gharyan"], speaker: "GNA", trigger: "سيطرت على", evidence: s2, note: "the main operations room in Gharyan" });

  b.claim({
    actor: "LNA",
    action: "controls",
    places: ["Gharyan"],
    speaker: "outlet",
    trigger: "تتخذ من",
    evidence: "وكانت قوات حفتر تتخذ من غريان، منذ الرابع من أبريل/نيسان الماضي، قاعدة إمداد رئيسية لهجومها على طرابلس، إذ تصل إليها القوات والأسلحة والذخائر القادمة من الشرق عبر قاعدة الجفرة الجوية.",
    date: { iso: "2019-04-04", precision: "day" },
    note: "past control, from 4 April 2019 until the GNA took the city",
  });

  const s4 = "وأفاد مصدر عسكري في عملية بركان الغضب بأن فلول المليشيات فرت باتجاه مدينة الأصابعة، التي تبعد نحو 30 كلم جنوب غربي غريان، تاركة وراءها آليات وذخائر وعشرات الأسرى.";
  b.claim({ actor: "LNA", action: "withdrew", places: ["Gharyan"], speaker: "GNA", trigger: "فرت", evidence: s4, note: "fled Gharyan (implicit) toward al-Asabaa; the destination is not the place left" });

  const s5 = "وأضاف المصدر أن سلاح الجو التابع لحكومة الوفاق نفذ فجر اليوم غارات على رتل للمليشيات الفارة قرب الأصابعة، مؤكدا أن القوات تستعد لملاحقة الفارين حتى مدينة ترهونة.";
  b.claim({ actor: "GNA", action: "struck", means: "air", places: ["Al-Asabaa"], speaker: "GNA", trigger: "غارات", evidence: s5, date: { iso: "2019-06-27", precision: "day" }, note: "near al-Asabaa" })
    .claim({ actor: "GNA", action: "advancing", places: ["Tarhuna"], modality: "intent", speaker: "GNA", trigger: "تستعد لملاحقة", evidence: s5 });

  const s6 = "في المقابل، نفى المتحدث باسم قوات حفتر أحمد المسماري سيطرة قوات الوفاق على المدينة، وقال إن \"غريان لا تزال تحت سيطرة الجيش ولم ننسحب منها\".";
  b.claim({ actor: "GNA", action: "captured", places: ["Gharyan"], modality: "negated", speaker: "LNA", trigger: "⟦سيطرة⟧ قوات", evidence: s6, note: "denied; المدينة = Gharyan" })
    .claim({ actor: "LNA", action: "controls", places: ["Gharyan"], speaker: "LNA", trigger: "تحت سيطرة", evidence: s6 })
    .claim({ actor: "LNA", action: "withdrew", places: ["Gharyan"], modality: "negated", speaker: "LNA", trigger: "لم ننسحب", evidence: s6 });

  const s7 = "وتوعد المسماري باستعادة المدينة \"خلال ساعات\"، معلنا غريان منطقة عمليات عسكرية مغلقة، ومحذرا من أن قواته ستقصف أي تجمعات مسلحة إذا لم تنسحب منها \"المجموعات الإرهابية\".";
  b.claim({ actor: "LNA", action: "captured", places: ["Gharyan"], modality: "intent", speaker: "LNA", trigger: "باستعادة", evidence: s7 })
    .claim({ actor: "LNA", action: "struck", means: "unspecified", places: ["Gharyan"], modality: "conditional", speaker: "LNA", trigger: "ستقصف", evidence: s7 })
    .claim({ actor: "GNA", action: "withdrew", places: ["Gharyan"], modality: "conditional", speaker: "LNA", trigger: "إذا لم تنسحب", evidence: s7, note: "a demand, not a withdrawal" });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Gharyan"],
    speaker: "outlet",
    trigger: "بخروج",
    evidence: "وبغريان، خرج عشرات الأهالي إلى ميدان المدينة احتفالا بخروج قوات حفتر، فيما تداول ناشطون صورا لمقاتلي الوفاق أمام مستشفى غريان.",
  });

  b.claim({
    actor: "LNA",
    action: "struck",
    means: "air",
    places: ["Al-Aziziya"],
    speaker: "outlet",
    trigger: "قصفت",
    evidence: "وكانت طائرات تابعة لحفتر قد قصفت الثلاثاء الماضي مواقع لقوات الوفاق في منطقة العزيزية شمال غريان، من دون أن تتمكن قواته من التقدم نحو الطريق الرابط بين المدينتين.",
    date: { iso: "2019-06-25", precision: "day" },
  });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Gharyan"],
    speaker: "other",
    trigger: "خسارة",
    evidence: "ويرى مراقبون أن خسارة غريان تمثل أكبر انتكاسة للانقلابي حفتر منذ إطلاق هجومه على العاصمة قبل نحو ثلاثة أشهر، إذ تقطع خط إمداده الرئيسي نحو محاور جنوب طرابلس.",
    note: "the loss of Gharyan, in analysts' words",
  });

  b.claim({
    actor: "LNA",
    action: "entered",
    places: ["Gharyan"],
    speaker: "outlet",
    trigger: "دخلتها",
    evidence: "وتقع غريان في قلب جبل نفوسة، وتشرف على الطرق المؤدية إلى الجنوب الليبي، ما جعلها هدفا رئيسيا لقوات حفتر منذ بداية حملتها، حين دخلتها دون قتال في الثالث من أبريل/نيسان.",
    date: { iso: "2019-04-03", precision: "day" },
    note: "past event: the LNA entered Gharyan without a fight on 3 April 2019",
  });

  b.measurement({ kind: "distance-direction", subject: "Gharyan", reference: "Tripoli", value: 100, unit: "km", direction: "S", evidence: "الواقعة على بعد نحو 100 كيلومتر جنوب طرابلس" })
    .measurement({ kind: "distance-direction", subject: "Al-Asabaa", reference: "Gharyan", value: 30, unit: "km", direction: "SW", evidence: "التي تبعد نحو 30 كلم جنوب غربي غريان" })
    .measurement({ kind: "direction", subject: "Al-Aziziya", reference: "Gharyan", direction: "N", evidence: "منطقة العزيزية شمال غريان" })
    .measurement({ kind: "direction", subject: null, reference: "Tripoli", direction: "S", evidence: "محاور جنوب طرابلس", note: "the front lines south of Tripoli" });

  b.date("⟦أمس الأربعاء⟧", "2019-06-26", "day")
    .date("⟦الرابع من أبريل/نيسان الماضي⟧", "2019-04-04", "day")
    .date("⟦فجر اليوم⟧", "2019-06-27", "day")
    .date("⟦الثلاثاء الماضي⟧", "2019-06-25", "day")
    .date("⟦قبل نحو ثلاثة أشهر⟧", "2019-03-27", "approximate", "about three months before a 27 June 2019 article; the offensive began 4 April")
    .date("⟦الثالث من أبريل/نيسان⟧", "2019-04-03", "day", "April with no year before a June 2019 article: April 2019");

  b.negative("نفى المتحدث باسم قوات حفتر أحمد المسماري سيطرة قوات الوفاق على المدينة", "a denial: the LNA denies the GNA's capture")
    .negative("ولم ننسحب منها", "negated withdrawal")
    .negative("وتوعد المسماري باستعادة المدينة \"خلال ساعات\"", "a threat to retake: intent, not a capture")
    .negative("ومحذرا من أن قواته ستقصف أي تجمعات مسلحة إذا لم تنسحب منها \"المجموعات الإرهابية\"", "conditional threat and a demand to withdraw")
    .negative("مؤكدا أن القوات تستعد لملاحقة الفارين حتى مدينة ترهونة", "intent: preparing to pursue as far as Tarhuna")
    .negative("من دون أن تتمكن قواته من التقدم نحو الطريق الرابط بين المدينتين", "negated advance");
  return b;
}
