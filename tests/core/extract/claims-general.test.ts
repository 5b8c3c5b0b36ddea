import { describe, expect, it } from "vitest";
import { findActorMentions } from "../../../src/core/extract/actors.ts";
import { extractClaims } from "../../../src/core/extract/claims.ts";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { brief, briefs, claimsOf, fixturePlaces, PUBLISHED } from "./claim-fixture.ts";

/** Sentences composed for these rules: other towns, other sides, both word orders. */
const timed = (text: string): string[] => claimsOf(text).map((c) => `${brief(c)} @${c.time.precision}`);

describe("extractClaims: past states are not current", () => {
  it("dates كانت + present verb as undated past, before the article's day", () => {
    const [held, left] = claimsOf("وكانت قوات حفتر تسيطر على مدينة مرزق قبل أن تنسحب منها.");
    expect(brief(held!)).toBe("LNA controls murzuq asserted outlet");
    expect(held!.time).toEqual({ iso: "2020-06-05", precision: "year" });
    expect(left!.time).toEqual(PUBLISHED);
  });

  it("keeps present holding at the article's day", () => {
    expect(claimsOf("تسيطر قوات الوفاق على مدينة الزاوية.")[0]!.time).toEqual(PUBLISHED);
  });

  it("reads a base the text says a side used as past control", () => {
    expect(timed("وكانت قوات حفتر تتخذ من مدينة غريان قاعدة لهجومها على طرابلس.")).toEqual(["LNA controls gharyan asserted outlet @year"]);
    expect(briefs("اتخذت قوات الوفاق إجراءات أمنية في مدينة مصراتة.")).toEqual([]);
  });

  it("makes a stronghold the same sentence's entry overturns a past state", () => {
    expect(timed("أعلنت قوات الوفاق دخولها مدينة ترهونة، آخر معقل رئيسي للجيش الوطني.")).toEqual([
      "GNA entered tarhuna asserted GNA @day",
      "LNA controls tarhuna asserted GNA @year",
    ]);
  });

  it("reads the place after a possessed verbal noun's head as its object, with another place named before", () => {
    expect(timed("ودخلت قوات الوفاق مدينة بني وليد، وذلك في أعقاب إعلانها دخولها مدينة ترهونة، آخر معقل رئيسي للجيش الوطني.")).toEqual([
      "GNA entered bani-walid asserted outlet @day",
      "GNA entered tarhuna asserted outlet @day",
      "LNA controls tarhuna asserted outlet @year",
    ]);
  });

  it("keeps a stronghold nothing overturns current", () => {
    expect(timed("وتعد مدينة سرت آخر معقل للجيش الوطني في الغرب.")).toEqual(["LNA controls sirte asserted outlet @day"]);
  });

  it("gives a stronghold to its genitive holder, not to the sentence's subject", () => {
    expect(briefs("سيطرت قوات الوفاق على قاعدة الوطية التي تعد آخر معقل رئيسي لقوات خليفة حفتر.")).toEqual([
      "GNA captured watiya asserted outlet",
      "LNA controls watiya asserted outlet",
    ]);
  });
});

describe("extractClaims: who did it", () => {
  it("reads a bare القوات as the side the report is about", () => {
    expect(briefs("أعلن الجيش الوطني الليبي أن القوات دخلت مدينة مرزق.")).toEqual(["LNA entered murzuq asserted LNA"]);
  });

  it("does not read forces with an adjective of their own, or ISIS, into a bare القوات", () => {
    expect(briefs("وقالت مصادر إن القوات الأجنبية دخلت مدينة مرزق.")).toEqual([]);
    expect(briefs("فر عناصر تنظيم داعش من مدينة سرت. وكانت القوات قد دخلت المدينة.")).toEqual(["ISIS withdrew sirte asserted outlet"]);
  });

  it("reads a nominative plural after the verb as a subject of no side, and the side after it as the object", () => {
    expect(briefs("طرد مسلحون محليون تنظيم داعش من مدينة صبراتة.")).toEqual(["UNKNOWN captured sabratha asserted outlet", "ISIS withdrew sabratha asserted outlet"]);
    expect(briefs("طردت قوات الوفاق تنظيم داعش من مدينة صبراتة.")).toEqual(["GNA captured sabratha asserted outlet", "ISIS withdrew sabratha asserted outlet"]);
    // A construct head is no subject of its own: the adjective names the striker.
    expect(briefs("قصفت طائرات مسيرة تركية مواقع في العزيزية.")).toEqual(["TUR struck aziziya asserted outlet drone"]);
  });

  it("gives the members of a side the side's intransitive actions", () => {
    expect(briefs("انسحب عناصر تنظيم داعش من مدينة سرت.")).toEqual(["ISIS withdrew sirte asserted outlet"]);
  });

  it("reads a rout as a repulse by the router and a withdrawal by the routed", () => {
    expect(briefs("دحرت قوات الوفاق فلول الجيش الوطني من مدينة الأصابعة.")).toEqual(["GNA repelled asabaa asserted outlet", "LNA withdrew asabaa asserted outlet"]);
  });

  it("gives a forced retreat to fighters of no side when the text names no side for them", () => {
    expect(briefs("أجبرت وحدات الجيش الوطني المقاتلين على التراجع عن مدينة درنة.")).toEqual(["LNA repelled derna asserted outlet", "UNKNOWN withdrew derna asserted outlet"]);
  });

  it("does not make the fighters a sender sends their sender", () => {
    expect(briefs("وأرسلت تركيا مسلحين سوريين إلى ليبيا.")).toEqual(["TUR reinforcing libya asserted outlet"]);
  });
});

describe("extractClaims: forms and modality", () => {
  it("reads an indefinite accusative verbal noun", () => {
    expect(briefs("فرضت قوات الجيش الوطني حصارا على مدينة درنة.")).toEqual(["LNA besieging derna asserted outlet"]);
  });

  it("does not read the title آمر (commander) as an order", () => {
    expect(briefs("وقال آمر غرفة عمليات قوات الوفاق إن قواته سيطرت على مدينة غريان.")).toEqual(["GNA captured gharyan asserted GNA"]);
    expect(briefs("وأمر حفتر قواته بالتقدم نحو طرابلس.")).toEqual(["LNA advancing tripoli intent outlet"]);
  });

  it("reads a battle named by its aim as the aim, not as fighting", () => {
    expect(briefs("وظلت ترهونة قاعدة للجيش الوطني في معركة تحرير طرابلس.")).toEqual(["LNA captured tripoli intent outlet"]);
  });

  it("reads pursuit as an advance toward where it ends", () => {
    expect(briefs("تستعد قوات الوفاق لملاحقة الفارين حتى مدينة ترهونة.")).toEqual(["GNA advancing tarhuna intent outlet"]);
  });

  it("reads what an initiative stipulates as not done", () => {
    expect(briefs("ووافق الطرفان على مبادرة تقضي بانسحاب قوات حفتر من سرت.")).toEqual(["LNA withdrew sirte intent outlet"]);
  });
});

describe("extractClaims: more verbs of the register", () => {
  it("reads an attack on a town as a fight over it", () => {
    expect(briefs("هاجمت قوات حفتر مدينة غريان فجر اليوم.")).toEqual(["LNA contested gharyan asserted outlet"]);
  });

  it("reads control lost as a withdrawal, and surrender as giving the place up", () => {
    expect(briefs("وفقدت قوات حفتر السيطرة على مدينة غريان.")).toEqual(["LNA withdrew gharyan asserted outlet"]);
    expect(briefs("وخسرت قوات الوفاق سيطرتها على مدينة ترهونة.")).toEqual(["GNA withdrew tarhuna asserted outlet"]);
    expect(briefs("واستسلم عناصر تنظيم داعش في مدينة سرت.")).toEqual(["ISIS withdrew sirte asserted outlet"]);
  });
});

describe("extractClaims: backgrounded verbal nouns", () => {
  it("reads a verbal noun after خلال as the time of the strike, not a claim of its own", () => {
    expect(briefs("واستهدف الطيران التركي المسير أرتال الجيش الوطني خلال انسحابها من ترهونة.")).toEqual(["TUR struck tarhuna asserted outlet drone"]);
  });

  it("reads a possessed attack as a known campaign unless a verb launches it", () => {
    expect(briefs("وكانت قوات حفتر تدير منها هجومها على طرابلس.")).toEqual([]);
    expect(briefs("وشنت قوات حفتر هجومها على طرابلس فجر اليوم.")).toEqual(["LNA contested tripoli asserted outlet"]);
  });
});

describe("extractClaims: places referred to by a noun", () => {
  it("resolves القاعدة to the place introduced as a base, past a bare mention of the town", () => {
    const text = "قصفت طائرات الوفاق قاعدة الجفرة الجوية. وتقع الجفرة في وسط البلاد. وقالت قوات الوفاق إن طائراتها استهدفت القاعدة مجددا.";
    expect(briefs(text)).toEqual(["GNA struck jufra-base asserted outlet air", "GNA struck jufra-base asserted GNA air"]);
  });

  it("gives a dual pronoun both places of the pair it points at", () => {
    expect(briefs("تحاصر قوات الوفاق مدينتي سرت والجفرة، وتستعد لاقتحامهما.")).toEqual([
      "GNA besieging sirte asserted outlet",
      "GNA besieging jufra asserted outlet",
      "GNA entered sirte intent outlet",
      "GNA entered jufra intent outlet",
    ]);
    expect(briefs("تحاصر قوات الوفاق مدينة سرت، وتستعد لاقتحامها.")).toEqual(["GNA besieging sirte asserted outlet", "GNA entered sirte intent outlet"]);
  });

  it("reads المدينة as the city just introduced as one, else as the city the article names most", () => {
    const introduced = "دخلت قوات الوفاق سبها. وقالت إن الطريق إلى سبها آمن. وتقدمت القوات نحو مدينة مرزق. ونفى الجيش الوطني سيطرة قوات الوفاق على المدينة.";
    expect(briefs(introduced).at(-1)).toBe("GNA captured murzuq negated LNA");
    const focus = "دخلت قوات الوفاق سبها. وتقدمت نحو مرزق. ونفى الجيش الوطني سيطرة قوات الوفاق على المدينة، مؤكدا أن سبها ما زالت آمنة.";
    expect(briefs(focus).at(-1)).toBe("GNA captured sabha negated LNA");
  });

  it("reads العاصمة as the capital the caller names when the article never names Tripoli", () => {
    const doc = prepareDocument("وتقدمت قوات حفتر نحو العاصمة من محور غريان.");
    const run = (capitalPlaceId?: string): string[] =>
      extractClaims(doc, { articleId: "a", sourceId: "s", published: PUBLISHED, places: fixturePlaces(doc), actors: findActorMentions(doc), dates: [], ...(capitalPlaceId ? { capitalPlaceId } : {}) }).map(brief);
    expect(run("tripoli")).toEqual(["LNA advancing tripoli asserted outlet"]);
    expect(run()).toEqual([]);
  });

  it("reads المدينة right after a name as in apposition to it", () => {
    expect(briefs("وتسيطر قوات حفتر على بنغازي، فيما ظلت درنة المدينة الوحيدة الخارجة عن سيطرتها.")).toEqual([
      "LNA controls benghazi asserted outlet",
      "LNA controls derna negated outlet",
    ]);
  });
});

describe("extractClaims: sieges, passives, objects", () => {
  it("reads breaking a siege as a repulse by the side that breaks it, in either word order", () => {
    expect(briefs("وتمكنت قوات الجيش الوطني من فك الحصار عن مدينة مرزق.")).toEqual(["LNA repelled murzuq asserted outlet"]);
    expect(briefs("فكت قوات الوفاق الحصار عن مدينة الزاوية.")).toEqual(["GNA repelled zawiya asserted outlet"]);
    expect(briefs("فرضت قوات الوفاق الحصار على مدينة الزاوية.")).toEqual(["GNA besieging zawiya asserted outlet"]);
  });

  it("reads the agent of a passive after من قبل, not as the side the place was freed from", () => {
    expect(briefs("وتم تحرير مدينة درنة بالكامل من قبل قوات الجيش الوطني.")).toEqual(["LNA captured derna asserted outlet"]);
  });

  it("does not read freeing a town's residents as taking the town", () => {
    expect(briefs("وحررت قوات الجيش الوطني ثمانية من سكان الكفرة كانوا مختطفين.")).toEqual([]);
  });

  it("reads أغار على as an air raid", () => {
    expect(briefs("وأغارت طائرات الجيش الوطني على مواقع في مدينة مصراتة.")).toEqual(["LNA struck misrata asserted outlet air"]);
  });

  it("gives the places a list includes the claim of the place before it", () => {
    expect(briefs("وأعلنت قوات حفتر انسحابها من آخر مواقعها في محيط طرابلس، بما فيها مدينة العزيزية ومدينة غريان.")).toEqual([
      "LNA withdrew tripoli asserted LNA",
      "LNA withdrew aziziya asserted LNA",
      "LNA withdrew gharyan asserted LNA",
    ]);
  });

  it("gives a verb after a relative clause the relative's head as subject", () => {
    expect(briefs("وأكد أن عناصر تنظيم داعش الذين كانوا يتحصنون في سرت فروا منها.")).toEqual(["ISIS controls sirte asserted other", "ISIS withdrew sirte asserted other"]);
  });

  it("reads the loser of خسارة named after the place lost", () => {
    expect(briefs("ويرى محللون أن خسارة مدينة غريان تمثل ضربة قوية لقوات حفتر.")).toEqual(["LNA withdrew gharyan asserted outlet"]);
  });

  it("reads سيطر ... منذ as holding since then, and a plain past سيطر as taking", () => {
    expect(briefs("وسيطر تنظيم داعش على مدينة سرت منذ عام 2015.")).toEqual(["ISIS controls sirte asserted outlet"]);
    expect(briefs("وسيطر تنظيم داعش على مدينة سرت عام 2015.")).toEqual(["ISIS captured sirte asserted outlet"]);
  });

  it("reads a headquarters taken as the taking of its town, not the taker's stronghold", () => {
    expect(briefs("وسيطرت قوات الوفاق على مقر القيادة في مدينة غريان.")).toEqual(["GNA captured gharyan asserted outlet"]);
  });

  it("does not make the side a verbal noun acts on the doer of what follows", () => {
    expect(briefs("واستعاد الجيش الوطني مدينة بنغازي بعد طرد الجماعات المتطرفة منها، وسط قصف مدفعي مكثف.")).toEqual([
      "LNA captured benghazi asserted outlet",
      "LNA struck benghazi asserted outlet artillery",
    ]);
  });
});

describe("findActorMentions: pronouns and spokesmen", () => {
  const actors = (text: string, lean: "pro-GNA" | "unknown" = "unknown"): string[] =>
    findActorMentions(prepareDocument(text), lean).map((m) => `${m.actor}:${m.evidence.text}`);

  it("gives قواته to the masculine owner named before, not to the nearer feminine one", () => {
    expect(actors("قصفت طائرات تابعة لحفتر مواقع لقوات الوفاق، من دون أن تتمكن قواته من التقدم.")).toContain("LNA:قواته");
    expect(actors("قصفت طائرات تابعة لحفتر مواقع لقوات الوفاق، من دون أن تتمكن قواتها من التقدم.")).toContain("GNA:قواتها");
  });

  it("reads the army in a statement of Haftar's spokesman as his, even in pro-GNA copy", () => {
    expect(actors("وقال المتحدث باسم قوات حفتر إن غريان لا تزال تحت سيطرة الجيش.", "pro-GNA")).toContain("LNA:الجيش");
    expect(actors("وقالت مصادر إن غريان لا تزال تحت سيطرة الجيش.", "pro-GNA")).toContain("GNA:الجيش");
  });

  it("reads ل + اللواء spelt للواء", () => {
    expect(actors("هاجمت قوات موالية للواء المتقاعد مدينة غريان", "pro-GNA")).toEqual(["LNA:قوات موالية للواء المتقاعد"]);
  });

  it("reads the operation's media centre as the side of the operation named before", () => {
    expect(actors("أطلقت حكومة الوفاق عملية البنيان المرصوص. وقال المركز الإعلامي للعملية إن")).toEqual([
      "GNA:حكومة الوفاق",
      "GNA:عملية البنيان المرصوص",
      "GNA:المركز الإعلامي للعملية",
    ]);
    expect(actors("وقال المركز الإعلامي للعملية إن")).toEqual([]);
  });

  it("reads an unplaced numbered unit as the partisan outlet's own, and leaves it unread in neutral copy", () => {
    expect(findActorMentions(prepareDocument("وتقدمت الكتيبة 128 نحو المدينة"), "pro-LNA").map((m) => m.actor)).toEqual(["LNA"]);
    expect(findActorMentions(prepareDocument("وتقدمت الكتيبة 128 نحو المدينة"), "neutral").map((m) => m.actor)).toEqual([]);
  });

  it("names fighters of no side as a party", () => {
    expect(actors("وقال سكان إن مسلحين انتشروا في المدينة.")).toEqual(["UNKNOWN:مسلحين"]);
  });
});
