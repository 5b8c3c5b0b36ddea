import { describe, expect, it } from "vitest";
import { findActorMentions } from "../../../src/core/extract/actors.ts";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import type { Lean } from "../../../src/core/types.ts";

function actors(text: string, lean: Lean = "unknown"): string[] {
  return findActorMentions(prepareDocument(text), lean).map((m) => `${m.actor}:${m.evidence.text}`);
}

describe("findActorMentions", () => {
  it("reads the GNA's names, longest first", () => {
    expect(actors("قالت حكومة الوفاق الوطني إن قوات الوفاق تقدمت")).toEqual(["GNA:حكومة الوفاق الوطني", "GNA:قوات الوفاق"]);
    expect(actors("أطلقت عملية بركان الغضب هجوما")).toEqual(["GNA:عملية بركان الغضب"]);
    expect(actors("وقالت قوة حماية وتأمين سرت")).toEqual(["GNA:قوة حماية وتأمين سرت"]);
  });

  it("reads the LNA's names, Haftar alone included", () => {
    expect(actors("أعلن الجيش الوطني الليبي بقيادة المشير خليفة حفتر")).toEqual(["LNA:الجيش الوطني الليبي", "LNA:خليفة حفتر"]);
    expect(actors("وقال المتحدث باسم القيادة العامة")).toEqual(["LNA:القيادة العامة"]);
    expect(actors("ويشن حفتر هجوما")).toEqual(["LNA:حفتر"]);
  });

  it("strips conjunctions and prepositions glued to the name", () => {
    expect(actors("وقوات الوفاق ولقوات حفتر وبالجيش الوطني")).toEqual(["GNA:قوات الوفاق", "LNA:قوات حفتر", "LNA:الجيش الوطني"]);
    // ل + ال is spelt لل: the evidence starts after the preposition's ل.
    expect(actors("ولاءهم للجيش الوطني")).toEqual(["LNA:لجيش الوطني"]);
  });

  it("reads a name whose conjunction is written apart", () => {
    expect(actors("قالت قوة حماية و تأمين سرت")).toEqual(["GNA:قوة حماية و تأمين سرت"]);
  });

  it("reads hashtagged names", () => {
    expect(actors("طرد ميليشيات #مصراتة بقيادة #حفتر")).toEqual(["GNA:ميليشيات #مصراتة", "LNA:حفتر"]);
  });

  it("lists the common typo حقتر as Haftar", () => {
    expect(actors("انسحاب قوات حقتر من القاعدة")).toEqual(["LNA:قوات حقتر"]);
  });

  it("reads ISIS under its names", () => {
    expect(actors("طرد تنظيم داعش من درنة")).toEqual(["ISIS:تنظيم داعش"]);
    expect(actors("مقاتلو تنظيم الدولة الإسلامية")).toEqual(["ISIS:تنظيم الدولة الإسلامية"]);
  });

  it("reads backers from nouns and adjectives", () => {
    expect(actors("قصفت طائرة مسيرة تركية")).toEqual(["TUR:تركية"]);
    expect(actors("طائرات إماراتية ومرتزقة فاغنر وضربات جوية أمريكية")).toEqual(["UAE:إماراتية", "WAGNER:مرتزقة فاغنر", "USA:أمريكية"]);
  });

  it("names the forces by their allegiance as the side they serve", () => {
    expect(actors("قالت القوات المتحالفة مع حكومة الوفاق إنها انسحبت")).toEqual(["GNA:القوات المتحالفة مع حكومة الوفاق"]);
    expect(actors("وفرت الميليشيات التابعة لحكومة الوفاق")).toEqual(["GNA:الميليشيات التابعة لحكومة الوفاق"]);
    expect(actors("وتستعد عناصر موالية للجيش الوطني")).toEqual(["LNA:عناصر موالية للجيش الوطني"]);
  });

  it("does not read other countries' armies as a Libyan side", () => {
    expect(actors("انتشر الجيش السوري والجيش التونسي")).toEqual([]);
  });

  it("does not read the word for dignity as Operation Dignity", () => {
    expect(actors("حفظ الكرامة الإنسانية")).toEqual([]);
  });

  it("keeps a militia word it cannot place as an armed group of no side", () => {
    expect(actors("انتشرت الميليشيات في الشوارع")).toEqual(["UNKNOWN:الميليشيات"]);
  });

  it("reads named armed groups of neither side as UNKNOWN, and التنظيم as ISIS once ISIS is named", () => {
    expect(actors("هاجم مجلس شورى ثوار بنغازي مواقع الجيش الوطني")).toEqual(["UNKNOWN:مجلس شورى ثوار بنغازي", "LNA:الجيش الوطني"]);
    expect(actors("طرد تنظيم الدولة من الحي وفر عناصر التنظيم")).toEqual(["ISIS:تنظيم الدولة", "ISIS:عناصر التنظيم"]);
    expect(actors("أعلن التنظيم مسؤوليته")).toEqual([]);
  });

  it("does not read a weapon's origin (روسية الصنع) as the country acting", () => {
    expect(actors("منظومة دفاع جوي روسية الصنع")).toEqual([]);
  });

  it("reads the army form by the spokesperson named with it", () => {
    const m = findActorMentions(prepareDocument("وقال المتحدث باسم الجيش الليبي اللواء أحمد المسماري"), "pro-GNA");
    expect(m.map((x) => x.actor)).toEqual(["LNA", "LNA"]);
  });
});

describe("findActorMentions on forms whose side depends on the outlet", () => {
  it("reads الجيش الليبي as the LNA in a pro-LNA outlet", () => {
    const m = findActorMentions(prepareDocument("تقدم الجيش الليبي نحو مصراتة"), "pro-LNA");
    expect(m.map((x) => x.actor)).toEqual(["LNA"]);
    expect(m[0]?.reading).toMatch(/^LNA: pro-LNA outlet/);
  });

  it("reads الجيش الليبي as the GNA's forces in a pro-GNA outlet", () => {
    const m = findActorMentions(prepareDocument("تقدم الجيش الليبي نحو ترهونة"), "pro-GNA");
    expect(m.map((x) => x.actor)).toEqual(["GNA"]);
    expect(m[0]?.reading).toMatch(/^GNA:/);
  });

  it("reads الجيش الليبي as the GNA when the article calls Haftar's side قوات حفتر and never the national army", () => {
    const m = findActorMentions(prepareDocument("تقدم الجيش الليبي في ترهونة وفرت قوات حفتر منها"));
    expect(m.map((x) => x.actor)).toEqual(["GNA", "LNA"]);
  });

  it("keeps الجيش الليبي as the LNA when the article also says الجيش الوطني", () => {
    const m = findActorMentions(prepareDocument("تقدم الجيش الليبي وقال الجيش الوطني إن قوات حفتر ..."));
    expect(m[0]?.actor).toBe("LNA");
  });

  it("lets a tie word after the form name the side whatever the outlet", () => {
    const m = findActorMentions(prepareDocument("تقدم الجيش الليبي التابع لحكومة الوفاق"), "pro-LNA");
    expect(m[0]?.actor).toBe("GNA");
    expect(m[0]?.reading).toContain("tied to");
  });

  it("reads a bare الميليشيات as the side whose militias the article names", () => {
    const m = findActorMentions(prepareDocument("طرد ميليشيات مصراتة من سرت وفرت الميليشيات"));
    expect(m.map((x) => x.actor)).toEqual(["GNA", "GNA"]);
  });

  it("reads a numbered unit as the side named beside it", () => {
    const m = findActorMentions(prepareDocument("أفاد الجيش الوطني بأن الكتيبة 166 طردت المسلحين"));
    expect(m.map((x) => `${x.actor}:${x.evidence.text}`)).toEqual(["LNA:الجيش الوطني", "LNA:الكتيبة 166", "UNKNOWN:المسلحين"]);
  });

  it("reads the armed groups as the GNA's forces only in pro-LNA copy that names the GNA", () => {
    const text = "تتهم القيادة حكومة الوفاق بأن المجموعات المسلحة استولت على العاصمة";
    expect(findActorMentions(prepareDocument(text), "pro-LNA").map((x) => x.actor)).toEqual(["GNA", "GNA"]);
    expect(findActorMentions(prepareDocument(text), "pro-GNA").map((x) => x.actor)).toEqual(["GNA", "UNKNOWN"]);
  });

  it("does not read militias or terrorist groups as the GNA in an article that never names it", () => {
    // Benghazi, 2016: the LNA's enemies there were not the GNA.
    const text = "أعلنت القيادة العامة تحرير الصابري من الجماعات الإرهابية وطرد الميليشيات";
    expect(findActorMentions(prepareDocument(text), "pro-LNA").map((x) => x.actor)).toEqual(["LNA", "UNKNOWN", "UNKNOWN"]);
  });
});

describe("ActorMention evidence", () => {
  it("points at the original characters, diacritics included", () => {
    const text = "وقالت قُوّاتُ الوفاق";
    const [m] = findActorMentions(prepareDocument(text));
    expect(m?.evidence.text).toBe("قُوّاتُ الوفاق");
    expect(text.slice(m?.evidence.start, m?.evidence.end)).toBe("قُوّاتُ الوفاق");
    expect(m?.form).toBe("قوات الوفاق");
  });
});
