import { describe, expect, it } from "vitest";
import { brief, briefs, claimsOf } from "./claim-fixture.ts";

describe("extractClaims: actions", () => {
  it("reads a capture in verb-subject order", () => {
    // The battles that led to the capture were fought there too.
    expect(briefs("سيطرت قوات الوفاق على مدينة غريان بعد معارك عنيفة.")).toEqual(["GNA captured gharyan asserted outlet", "GNA contested gharyan asserted outlet"]);
  });

  it("reads a capture in subject-verb order", () => {
    expect(briefs("قوات الوفاق سيطرت على قاعدة الوطية الجوية.")).toEqual(["GNA captured watiya asserted outlet"]);
  });

  it("reads a capture as a verbal noun with its possessive pronoun", () => {
    expect(briefs("أعلن الجيش الوطني الليبي سيطرته الكاملة على مدينة درنة.")).toEqual(["LNA captured derna asserted LNA"]);
  });

  it("reads liberation as capture by the liberator", () => {
    expect(briefs("وتمكنت وحدات الجيش الوطني من تحرير منطقة قنفودة في بنغازي.")).toEqual(["LNA captured ganfouda asserted outlet"]);
  });

  it("reads a place freed from one side as taken by the other, and lost by the first", () => {
    expect(briefs("تحرير مدينة صبراتة من قبضة ميليشيات الوفاق.")).toEqual(["LNA captured sabratha asserted outlet", "GNA withdrew sabratha asserted outlet"]);
  });

  it("reads an expulsion as a capture by the expeller and a withdrawal by the expelled", () => {
    expect(briefs("طرد الجيش الوطني الليبي تنظيم داعش من مدينة درنة.")).toEqual(["LNA captured derna asserted outlet", "ISIS withdrew derna asserted outlet"]);
  });

  it("reads a passive expulsion with its agent after من قبل", () => {
    expect(briefs("وكانت قوات حفتر قد طردت من مدينة غريان من قبل قوات الوفاق.")).toEqual(["GNA captured gharyan asserted outlet", "LNA withdrew gharyan asserted outlet"]);
  });

  it("reads present تسيطر and تحت سيطرة as holding, not taking", () => {
    expect(briefs("تسيطر قوات الجيش الوطني على مدينة سبها.")).toEqual(["LNA controls sabha asserted outlet"]);
    expect(briefs("تقع مدينة الكفرة تحت سيطرة الجيش الوطني.")).toEqual(["LNA controls kufra asserted outlet"]);
    expect(briefs("وتخضع مدينة سبها لسيطرة قوات الجيش الوطني الليبي.")).toEqual(["LNA controls sabha asserted outlet"]);
  });

  it("reads a stronghold in apposition as held by its owner", () => {
    expect(briefs("دخلت قوات الوفاق ترهونة، آخر معقل رئيسي للجيش الوطني الليبي.")).toEqual(["GNA entered tarhuna asserted outlet", "LNA controls tarhuna asserted outlet"]);
  });

  it("reads a withdrawal from its origin, not its destination", () => {
    expect(briefs("انسحبت قوات حفتر من مدينة ترهونة باتجاه بني وليد.")).toEqual(["LNA withdrew tarhuna asserted outlet"]);
  });

  it("reads a withdrawal to outside a town as leaving it", () => {
    expect(briefs("وقالت قوات الوفاق إنها قررت الانسحاب إلى خارج سرت.")).toEqual(["GNA withdrew sirte asserted GNA"]);
  });

  it("reads an advance toward its goal, not its starting point", () => {
    expect(briefs("تقدمت قوات الجيش الوطني من أجدابيا نحو مدينة البريقة.")).toEqual(["LNA advancing brega asserted outlet"]);
  });

  it("reads reinforcements sent from one town to another as reinforcing the second", () => {
    expect(briefs("الجيش الليبي يرسل تعزيزات من بنغازي إلى سرت")).toEqual(["LNA reinforcing sirte asserted outlet"]);
  });

  it("reads an entry in object-first order", () => {
    expect(briefs("دخلت مدينة سرت قوات الوفاق.")).toEqual(["GNA entered sirte asserted outlet"]);
  });

  it("reads sieges and repulses", () => {
    expect(briefs("وحاصرت قوات الجيش الوطني مدينة درنة.")).toEqual(["LNA besieging derna asserted outlet"]);
    expect(briefs("وصدت قوات الوفاق هجوما لقوات حفتر على العزيزية.")).toEqual(["GNA repelled aziziya asserted outlet", "LNA contested aziziya asserted outlet"]);
  });

  it("reads a forced withdrawal as a repulse by the forcer and a withdrawal by the forced", () => {
    expect(briefs("وأرغمت قوات الوفاق قوات حفتر على الانسحاب من مدينة غريان.")).toEqual(["GNA repelled gharyan asserted outlet", "LNA withdrew gharyan asserted outlet"]);
  });

  it("reads fighting between two sides as contested by both", () => {
    expect(briefs("وتدور معارك بين قوات الجيش الليبي وقوات الوفاق في مدينة الزاوية.")).toEqual(["LNA contested zawiya asserted outlet", "GNA contested zawiya asserted outlet"]);
  });

  it("gives each coordinated place its own claim", () => {
    expect(briefs("وأكدت مصادر عسكرية أن الجيش الوطني سيطر على البريقة وراس لانوف.")).toEqual(["LNA captured brega asserted other", "LNA captured ras-lanuf asserted other"]);
  });

  it("reads a list that runs on after a comma (بما في ذلك) as one claim per place", () => {
    expect(briefs("وتسيطر قوات حفتر على معظم الشرق، بما في ذلك بنغازي وسبها.")).toEqual(["LNA controls benghazi asserted outlet", "LNA controls sabha asserted outlet"]);
  });

  it("reads 'out of its control' as a negated holding", () => {
    expect(briefs("وتسيطر قوات حفتر على معظم الشرق، فيما ظلت درنة المدينة الوحيدة الخارجة عن سيطرتها.")).toEqual(["LNA controls derna negated outlet"]);
  });

  it("gives coordinated destinations the same preposition, so neither is a withdrawal's origin", () => {
    expect(briefs("وقال المصدر إن قوات حفتر التي كانت متمركزة بالوطية انسحبت باتجاه مدينتي غريان والأصابعة.")).toEqual([
      "LNA controls watiya asserted other",
      "LNA withdrew watiya asserted other",
    ]);
  });

  it("reads redeployment outside a town as leaving it", () => {
    expect(briefs("أعلنت القيادة العامة إعادة تمركز وحدات الجيش الوطني خارج مدينة ترهونة.")).toEqual(["LNA withdrew tarhuna asserted LNA"]);
  });

  it("reads leaving, exiting and entrenching", () => {
    expect(briefs("وغادرت قوات حفتر مدينة ترهونة.")).toEqual(["LNA withdrew tarhuna asserted outlet"]);
    expect(briefs("احتفل الأهالي بخروج قوات حفتر من غريان.")).toEqual(["LNA withdrew gharyan asserted outlet"]);
    expect(briefs("ولا يزال تنظيم داعش يتحصن في منطقة الصابري.")).toEqual(["ISIS controls sabri asserted outlet"]);
  });

  it("reads the pronoun of a transitive noun as its object when no object follows", () => {
    expect(briefs("حاصرت قوات الوفاق قاعدة الوطية. وأكدت أنها تواصل تطويقها من ثلاثة محاور.")).toEqual([
      "GNA besieging watiya asserted outlet",
      "GNA besieging watiya asserted GNA",
    ]);
  });

  it("keeps named armed groups of no side out of the sides' claims", () => {
    expect(briefs("وقال الجيش الوطني إن مجلس شورى ثوار بنغازي انسحب من منطقة الصابري.")).toEqual(["UNKNOWN withdrew sabri asserted LNA"]);
  });

  it("reads overrunning and falling into a side's hands as capture", () => {
    expect(briefs("واجتاحت قوات حفتر مدينة غريان في أبريل.")).toEqual(["LNA captured gharyan asserted outlet"]);
    expect(briefs("سقطت مدينة غريان في يد قوات الوفاق.")).toEqual(["GNA captured gharyan asserted outlet"]);
  });

  it("reads tightening a grip as taking, and keeping it as holding", () => {
    expect(briefs("أحكمت قوات الوفاق قبضتها على مدينة صبراتة.")).toEqual(["GNA captured sabratha asserted outlet"]);
    expect(briefs("وتحكم قوات الوفاق سيطرتها على طرابلس.")).toEqual(["GNA controls tripoli asserted outlet"]);
  });

  it("reads deployment in a town as holding it, but not the spread of a virus", () => {
    expect(briefs("انتشرت قوات الجيش الوطني في شوارع مدينة سبها.")).toEqual(["LNA controls sabha asserted outlet"]);
    expect(briefs("انتشار فيروس كورونا في طرابلس.")).toEqual([]);
  });

  it("reads fighting in a place with no side named as contested by an unknown side", () => {
    expect(briefs("وشهدت مدينة بنغازي اشتباكات عنيفة.")).toEqual(["UNKNOWN contested benghazi asserted outlet"]);
  });

  it("does not carry a claim to a place that only locates another", () => {
    expect(briefs("قصفت قوات حفتر موقعا في وادي بي جنوب أبوقرين.")).toEqual(["LNA struck wadi-bey asserted outlet unspecified"]);
  });
});

describe("extractClaims: strikes", () => {
  it("reads drone strikes by a backer as the backer's", () => {
    expect(briefs("قصفت طائرات مسيرة تركية مواقع لقوات حفتر في قاعدة الوطية.")).toEqual(["TUR struck watiya asserted outlet drone"]);
    expect(briefs("قصف الطيران التركي المسير مواقع الجيش الوطني في محيط سرت.")).toEqual(["TUR struck sirte asserted outlet drone"]);
  });

  it("reads the means from the subject, not from the target", () => {
    expect(briefs("واستهدفت مدفعية قوات حفتر أحياء سكنية في طرابلس.")).toEqual(["LNA struck tripoli asserted outlet artillery"]);
    expect(briefs("وقصفت البوارج التركية مواقع في سرت.")).toEqual(["TUR struck sirte asserted outlet naval"]);
    expect(briefs("استهدفت قوات الوفاق عربات غراد لقوات حفتر بمنطقة الوشكة.")).toEqual(["GNA struck washka asserted outlet unspecified"]);
  });

  it("keeps a strike whose doer is unnamed as unknown", () => {
    expect(briefs("قُتل ثلاثة مدنيين في قصف على مدينة طرابلس.")).toEqual(["UNKNOWN struck tripoli asserted outlet unspecified"]);
  });

  it("reads the doer of a strike noun after its verb (غارات نفذها سلاح الجو)", () => {
    expect(briefs("وتزامن ذلك مع غارات جوية نفذها سلاح الجو التابع للجيش الوطني على مواقع في قنفودة.")).toEqual(["LNA struck ganfouda asserted outlet air"]);
  });

  it("reads air raids by a side as air strikes", () => {
    expect(briefs("وشن طيران الجيش الوطني غارات على مواقع في مدينة مصراتة.")).toEqual(["LNA struck misrata asserted outlet air"]);
  });
});

describe("extractClaims: backers never hold ground", () => {
  it("gives an entry led by a backer to the side it backs", () => {
    expect(briefs("وأفاد مراسل العربية بأن ميليشيات الوفاق بقيادة قوات تركية دخلت ترهونة.")).toEqual(["GNA entered tarhuna asserted outlet"]);
  });

  it("makes no capture claim for a backer alone", () => {
    expect(briefs("وسيطرت القوات التركية على مدينة غريان.")).toEqual([]);
  });

  it("gives a backer's retreat to the side it backs when the text names that side", () => {
    expect(briefs("وفرت مليشيات حفتر. وقال المتحدث إن قواته دخلت المدينة بعد فرار مرتزقة فاغنر من ترهونة.")).toContain("LNA withdrew tarhuna asserted other");
    expect(briefs("وذكرت مصادر فرار مرتزقة فاغنر من ترهونة.")).toEqual([]);
  });
});

describe("extractClaims: places read back", () => {
  it("reads a pronoun after the trigger as the place named before", () => {
    expect(briefs("انسحبت قوات الوفاق من مدينة سرت بعد سيطرة قوات الجيش الوطني عليها.")).toEqual([
      "GNA withdrew sirte asserted outlet",
      "LNA captured sirte asserted outlet",
    ]);
  });

  it("reads a pronoun after a relative as the place the relative qualifies", () => {
    expect(briefs("وتسعى قوة حماية وتأمين سرت إلى العودة إلى مدينة سبها التي طردت منها من قبل قوات الجيش الوطني.")).toContain("LNA captured sabha asserted outlet");
  });

  it("reads المدينة as the last place introduced as a city", () => {
    expect(briefs("سيطرت قوات الوفاق على منطقة الوشكة المحيطة بمدينة سرت، وبدأ جنود حفتر الفرار من المدينة.")).toEqual([
      "GNA captured washka asserted outlet",
      "LNA withdrew sirte asserted outlet",
    ]);
  });

  it("reads المنطقة as the last place introduced as an area, not a dateline city", () => {
    // The second sentence continues the army's statement (وأكد أن): same speaker.
    expect(briefs("بنغازي - أعلن الجيش الوطني تحرير منطقة الصابري. وأكد أن وحداته طردت آخر المسلحين من المنطقة.")).toEqual([
      "LNA captured sabri asserted LNA",
      "LNA captured sabri asserted LNA",
    ]);
  });

  it("reads an object pronoun on the verb as the place before", () => {
    expect(briefs("طرابلس يحاصرها الجيش الوطني منذ أشهر")).toEqual(["LNA besieging tripoli asserted outlet"]);
  });

  it("reads العاصمة as Tripoli when the article names Tripoli", () => {
    expect(briefs("يتقدم الجيش الوطني في طرابلس. ويستعد الجيش الوطني لدخول العاصمة.")).toEqual([
      "LNA advancing tripoli asserted outlet",
      "LNA entered tripoli intent outlet",
    ]);
  });

  it("makes no claim when no place can be found", () => {
    expect(briefs("وتراجعت قوات الوفاق أمام تقدم القوات الليبية.")).toEqual([]);
  });
});

describe("extractClaims: the army form in a pro-GNA article", () => {
  it("reads الجيش الليبي tied to the GNA as the GNA, and Haftar's militias as the LNA", () => {
    expect(briefs("أعلن الجيش الليبي التابع لحكومة الوفاق سيطرته على مدينة ترهونة، آخر معاقل مليشيات حفتر.", { lean: "pro-GNA" })).toEqual([
      "GNA captured tarhuna asserted GNA",
      "LNA controls tarhuna asserted GNA",
    ]);
  });
});

describe("extractClaims: false positives", () => {
  it("does not read a figurative bombardment", () => {
    expect(briefs("شن الإعلام قصفا إعلاميا على حكومة الوفاق في طرابلس.")).toEqual([]);
  });

  it("does not read the verb سرت (spread) as a claim about Sirte", () => {
    expect(briefs("وسرت شائعات عن انسحاب القوات.")).toEqual([]);
  });

  it("does not make the reporter of مراسل الجزيرة a side", () => {
    expect(briefs("قال مراسل الجزيرة إن قوات الوفاق دخلت مدينة غريان.")).toEqual(["GNA entered gharyan asserted outlet"]);
  });

  it("does not read casualties falling (سقوط ضحايا) as a town falling", () => {
    expect(briefs("وأسفر القصف عن سقوط ضحايا في طرابلس.")).toEqual(["UNKNOWN struck tripoli asserted outlet unspecified"]);
  });

  it("does not read submitting a complaint (تقدم بشكوى) as an advance", () => {
    expect(briefs("وتقدمت قوات الوفاق بشكوى إلى مجلس الأمن في طرابلس.")).toEqual([]);
  });

  it("does not give a falling price to the side named in the sentence before", () => {
    expect(briefs("وقالت قوات الوفاق إنها تتقدم. وتراجعت أسعار النفط في الهلال النفطي.")).toEqual([]);
  });

  it("still reads an unnamed subject as the side of the sentence before", () => {
    expect(briefs("وأصدرت قوات الوفاق بيانا. وانسحبت من مدينة غريان فجر اليوم.")).toEqual(["GNA withdrew gharyan asserted outlet"]);
  });

  it("does not read intervention as entry", () => {
    expect(briefs("ورفض الجيش الوطني أي تدخل عسكري في طرابلس.")).toEqual([]);
  });

  it("does not read a strike that is a manner of another action", () => {
    expect(briefs("وقالت قوات الجيش الوطني إنها سيطرت على سرت في هجوم خاطف.")).toEqual(["LNA captured sirte asserted LNA"]);
  });

  it("does not read a presupposed withdrawal as a claim", () => {
    expect(briefs("وقال البيان إن قوات الوفاق اتخذت القرار، وانسحابنا من سرت ليس النهاية.")).toEqual([]);
  });
});

describe("Claim", () => {
  it("carries the sentence as evidence and the trigger words inside it", () => {
    const text = "مقدمة. سيطرت قوات الوفاق على مدينة غريان.";
    const [c] = claimsOf(text);
    expect(c?.evidence.text).toBe("سيطرت قوات الوفاق على مدينة غريان.");
    expect(c?.trigger.text).toBe("سيطرت");
    expect(text.slice(c?.trigger.start, c?.trigger.end)).toBe(c?.trigger.text);
    expect(c!.trigger.start >= c!.evidence.start && c!.trigger.end <= c!.evidence.end).toBe(true);
    expect(c?.status).toBe("claimed");
  });

  it("takes the preposition into the trigger when it follows the verb", () => {
    const [c] = claimsOf("قوات الوفاق سيطرت على غريان.");
    expect(c?.trigger.text).toBe("سيطرت على");
  });

  it("has an id that is stable for the same text and source, and independent of other sentences", () => {
    const a = claimsOf("سيطرت قوات الوفاق على غريان.");
    const b = claimsOf("سيطرت قوات الوفاق على غريان.");
    expect(a.map((c) => c.id)).toEqual(b.map((c) => c.id));
    expect(a[0]?.id).toMatch(/^c[0-9a-z]+$/);
    const two = claimsOf("دخلت قوات حفتر سبها. سيطرت قوات الوفاق على غريان.");
    expect(new Set(two.map((c) => c.id)).size).toBe(two.length);
  });

  it("dates a claim with the date in its sentence, else the publication date", () => {
    const text = "سيطرت قوات الوفاق على غريان يوم الأحد.";
    const start = text.indexOf("يوم الأحد");
    const dates = [{ evidence: { start, end: start + 9, text: "يوم الأحد" }, value: { iso: "2020-06-07", precision: "day" as const } }];
    expect(claimsOf(text, { dates })[0]?.time).toEqual({ iso: "2020-06-07", precision: "day" });
    expect(claimsOf("سيطرت قوات الوفاق على غريان.")[0]?.time).toEqual({ iso: "2020-06-06", precision: "day" });
  });

  it("summarises in one line for the tests", () => {
    expect(brief(claimsOf("سيطرت قوات الوفاق على غريان.")[0]!)).toBe("GNA captured gharyan asserted outlet");
  });
});
