/** h03: the LNA leaves Tarhuna, Friday 5 June 2020; pro-LNA wording (القيادة العامة، الميليشيات الإرهابية، زعمت). */
import { GoldBuilder } from "../annotate.ts";

const THU = { iso: "2020-06-04", precision: "day" } as const;

export function goldH03(): GoldBuilder {
  const b = new GoldBuilder("h03_tarhuna_2020", { iso: "2020-06-05", precision: "day" });

  b.names("بنغازي", "Benghazi")
    .names("ترهونة", "Tarhuna")
    .names("بني وليد", "Bani Walid")
    .names("طرابلس", "Tripoli", [3], "the fourth is inside «مطار طرابلس الدولي»")
    .toponym("⟦مطار طرابلس الدولي⟧", "Tripoli International Airport")
    .toponym("⟦قاعدة الجفرة الجوية⟧", "Al-Jufra Air Base")
    .names("الجفرة", "Al-Jufra", [0], "the first is inside «قاعدة الجفرة الجوية»")
    .names("سرت", "Sirte")
    .names("قصر بن غشير", "Qasr bin Ghashir")
    .names("الهلال النفطي", "Oil Crescent");

  b.actor("⟦القيادة العامة للقوات المسلحة العربية الليبية⟧", "LNA")
    .actor("⟦وحدات الجيش الوطني الليبي⟧", "LNA")
    .actor("زعمت فيه ⟦ميليشيات الوفاق⟧", "GNA")
    .actor("الرسمي باسم ⟦القيادة العامة⟧", "LNA")
    .actor("⟦أحمد المسماري⟧", "LNA")
    .actor("إن ⟦وحدات الجيش⟧ انسحبت", "LNA")
    .actor("\"⟦الجيش⟧ لم يُهزم", "LNA")
    .actor("وأضاف ⟦المسماري⟧", "LNA")
    .actor("⟦الطيران التركي المسير⟧", "TUR")
    .actor("أرتال ⟦الجيش⟧", "LNA")
    .actor("⟦الميليشيات الإرهابية⟧", "GNA")
    .actor("⟦المرتزقة السوريون⟧", "GNA", "Syrian fighters brought by Turkey to fight for the GNA")
    .actor("جلبهم ⟦أردوغان⟧", "TUR")
    .actor("⟦غرفة عمليات \"بركان الغضب\" التابعة لحكومة السراج⟧", "GNA")
    .actor("باسم ⟦ميليشيات الوفاق⟧ محمد", "GNA")
    .actor("⟦محمد قنونو⟧", "GNA")
    .actor("أن ⟦قواته⟧ \"سيطرت", "GNA")
    .actor("⟦فلول الجيش⟧", "LNA")
    .actor("خلفية ل⟦لجيش⟧", "LNA", "للجيش: the clitic ل is dropped, the second ل is the article's")
    .actor("العاصمة من ⟦الميليشيات⟧", "GNA")
    .actor("بأن ⟦وحدات الجيش⟧ التي", "LNA")
    .actor("مؤكدا أن ⟦القوات المسلحة⟧", "LNA")
    .actor("تسمح ل⟦لمرتزقة⟧", "GNA", "للمرتزقة: the clitic ل is dropped")
    .actor("تكون ⟦ميليشيات الوفاق⟧ قد", "GNA")
    .actor("وكانت ⟦القوات المسلحة⟧", "LNA")
    .actor("أن ⟦الميليشيات⟧ تسعى", "GNA")
    .actor("بدعم ⟦تركي⟧", "TUR")
    .actor("حذرت منه ⟦القيادة العامة⟧", "LNA")
    .actor("مقربة من ⟦القيادة العامة⟧", "LNA");

  const s1 =
    "أعلنت القيادة العامة للقوات المسلحة العربية الليبية، مساء الجمعة، إعادة تمركز وحدات الجيش الوطني الليبي خارج مدينة ترهونة، حفاظا على أرواح المدنيين وتجنيبا للمدينة الدمار، في وقت زعمت فيه ميليشيات الوفاق أنها \"حررت\" المدينة.";
  b.claim({ actor: "LNA", action: "withdrew", places: ["Tarhuna"], speaker: "LNA", trigger: "إعادة تمركز", evidence: s1, note: "'repositioning outside Tarhuna': a withdrawal in the LNA's words" })
    .claim({ actor: "GNA", action: "captured", places: ["Tarhuna"], speaker: "GNA", distanced: true, trigger: "حررت", evidence: s1, note: "زعمت: the outlet distances itself; المدينة = Tarhuna" });

  const s2 =
    "وقال الناطق الرسمي باسم القيادة العامة اللواء أحمد المسماري إن وحدات الجيش انسحبت من ترهونة بشكل منظم نحو بني وليد، مؤكدا أن \"الجيش لم يُهزم في ترهونة، وإنما استجاب لمبادرة دولية تقضي بالتراجع ستين كيلومترا عن حدود طرابلس\".";
  b.claim({ actor: "LNA", action: "withdrew", places: ["Tarhuna"], speaker: "LNA", trigger: "انسحبت من", evidence: s2 })
    .claim({ actor: "LNA", action: "withdrew", places: ["Tripoli"], modality: "conditional", speaker: "LNA", trigger: "بالتراجع", evidence: s2, note: "an international initiative demanding a 60 km pullback" });

  b.claim({
    actor: "TUR",
    action: "struck",
    means: "drone",
    places: ["Tarhuna", "Bani Walid"],
    speaker: "LNA",
    trigger: "استهدف",
    evidence: "وأضاف المسماري أن الطيران التركي المسير استهدف أرتال الجيش خلال انسحابها على الطريق بين ترهونة وبني وليد، ما أدى إلى سقوط عدد من الشهداء.",
    note: "on the road between Tarhuna and Bani Walid",
  });

  b.claim({
    actor: "GNA",
    action: "entered",
    places: ["Tarhuna"],
    speaker: "GNA",
    distanced: true,
    trigger: "دخلوا",
    evidence: "وكانت الميليشيات الإرهابية والمرتزقة السوريون الذين جلبهم أردوغان قد دخلوا لترهونة صباح اليوم من أربعة محاور، بحسب ما ادعت غرفة عمليات \"بركان الغضب\" التابعة لحكومة السراج.",
    note: "ادعت: distanced",
  });

  const s5 = "وزعم المتحدث باسم ميليشيات الوفاق محمد قنونو أن قواته \"سيطرت على كامل مدينة ترهونة ودحرت فلول الجيش\"، في حين أكدت مصادر محلية أن عمليات نهب وحرق طالت منازل ومحال تجارية في المدينة.";
  b.claim({ actor: "GNA", action: "captured", places: ["Tarhuna"], speaker: "GNA", distanced: true, trigger: "سيطرت على", evidence: s5 })
    .claim({ actor: "LNA", action: "withdrew", places: ["Tarhuna"], speaker: "GNA", distanced: true, trigger: "ودحرت", evidence: s5, note: "'routed the army's remnants' (from Tarhuna): the routed side withdrew" });

  const s6 = "وتقع ترهونة على بعد نحو 90 كيلومترا جنوب شرق العاصمة طرابلس، وظلت منذ أبريل/نيسان 2019 أهم قاعدة خلفية للجيش في معركة تحرير العاصمة من الميليشيات.";
  b.claim({ actor: "LNA", action: "controls", places: ["Tarhuna"], speaker: "outlet", trigger: "أهم قاعدة خلفية", evidence: s6, date: { iso: "2019-04-01", precision: "month" }, note: "past control, April 2019 – June 2020" })
    .claim({ actor: "LNA", action: "captured", places: ["Tripoli"], modality: "intent", speaker: "outlet", trigger: "تحرير", evidence: s6, date: { iso: "2019-04-01", precision: "month" }, note: "the 'battle to liberate the capital' (العاصمة = Tripoli): an aim" });

  const s7 = "وأفاد مصدر عسكري بأن وحدات الجيش التي انسحبت من ترهونة تمركزت في قاعدة الجفرة الجوية وسط البلاد، مؤكدا أن القوات المسلحة \"لن تسمح للمرتزقة بالتقدم شرقا نحو سرت\".";
  b.claim({ actor: "LNA", action: "withdrew", places: ["Tarhuna"], speaker: "other", trigger: "انسحبت من", evidence: s7 })
    .claim({ actor: "LNA", action: "controls", places: ["Al-Jufra Air Base"], speaker: "other", trigger: "تمركزت في", evidence: s7 })
    .claim({ actor: "GNA", action: "advancing", places: ["Sirte"], modality: "negated", speaker: "other", trigger: "بالتقدم شرقا نحو", evidence: s7, note: "'will not allow the mercenaries to advance east toward Sirte'" });

  b.claim({
    actor: "GNA",
    action: "entered",
    places: ["Bani Walid"],
    modality: "negated",
    speaker: "other",
    trigger: "دخلت",
    evidence: "ونفى المصدر أن تكون ميليشيات الوفاق قد دخلت بني وليد، مشيرا إلى أن المدينة \"محايدة ولم تشهد أي اشتباكات\".",
  });

  const s9 = "وكانت القوات المسلحة قد أعلنت أمس الخميس انسحابها من آخر مواقعها في الضواحي الجنوبية لطرابلس، بما فيها مطار طرابلس الدولي ومنطقة قصر بن غشير.";
  for (const place of ["Tripoli", "Tripoli International Airport", "Qasr bin Ghashir"]) {
    b.claim({ actor: "LNA", action: "withdrew", places: [place], speaker: "LNA", trigger: "انسحابها من", evidence: s9, date: THU });
  }

  const s10 = "ويرى مراقبون أن الميليشيات تسعى للتقدم نحو سرت والجفرة بدعم تركي مباشر، وهو ما حذرت منه القيادة العامة التي أكدت أنها ستتصدى لأي هجوم على الهلال النفطي.";
  b.claim({ actor: "GNA", action: "advancing", places: ["Sirte"], modality: "intent", speaker: "other", trigger: "تسعى للتقدم نحو", evidence: s10 })
    .claim({ actor: "GNA", action: "advancing", places: ["Al-Jufra"], modality: "intent", speaker: "other", trigger: "تسعى للتقدم نحو", evidence: s10 })
    .claim({ actor: "LNA", action: "repelled", places: ["Oil Crescent"], modality: "conditional", speaker: "LNA", trigger: "ستتصدى", evidence: s10, note: "a warning: will confront any attack" });

  b.claim({
    actor: "LNA",
    action: "withdrew",
    places: ["Tarhuna"],
    speaker: "other",
    trigger: "غادرت",
    evidence: "وتشير مصادر مقربة من القيادة العامة إلى أن الوحدات التي كانت ترابط في محاور جنوب طرابلس غادرت ترهونة قبل أيام نحو بني وليد، ومنها إلى الجفرة، تنفيذا لخطة إعادة التمركز.",
    date: { iso: "2020-06-02", precision: "approximate" },
    note: "'a few days ago'; sources close to (not of) the command",
  });

  b.measurement({ kind: "pullback", subject: null, reference: "Tripoli", value: 60, unit: "km", evidence: "بالتراجع ستين كيلومترا عن حدود طرابلس" })
    .measurement({ kind: "distance-direction", subject: "Tarhuna", reference: "Tripoli", value: 90, unit: "km", direction: "SE", evidence: "وتقع ترهونة على بعد نحو 90 كيلومترا جنوب شرق العاصمة طرابلس" })
    .measurement({ kind: "direction", subject: null, reference: "Tripoli", direction: "S", evidence: "الضواحي الجنوبية لطرابلس", note: "Tripoli's southern suburbs" })
    .measurement({ kind: "direction", subject: null, reference: "Tripoli", direction: "S", evidence: "محاور جنوب طرابلس", note: "the fronts south of Tripoli" });

  b.date("⟦مساء الجمعة⟧", "2020-06-05", "day")
    .date("⟦صباح اليوم⟧", "2020-06-05", "day")
    .date("⟦أبريل/نيسان 2019⟧", "2019-04-01", "month")
    .date("⟦أمس الخميس⟧", "2020-06-04", "day")
    .date("⟦قبل أيام⟧", "2020-06-02", "approximate", "'a few days ago'");

  b.negative("\"الجيش لم يُهزم في ترهونة", "a denial of defeat, not a control claim")
    .negative("لمبادرة دولية تقضي بالتراجع ستين كيلومترا عن حدود طرابلس", "a demand (pullback ring), not a realised move")
    .negative("\"لن تسمح للمرتزقة بالتقدم شرقا نحو سرت\"", "negated: an advance the speaker says it will stop")
    .negative("ونفى المصدر أن تكون ميليشيات الوفاق قد دخلت بني وليد", "a denial of entry")
    .negative("أن الميليشيات تسعى للتقدم نحو سرت والجفرة", "intent: seeking to advance")
    .negative("أنها ستتصدى لأي هجوم على الهلال النفطي", "a warning about a future attack");
  return b;
}
