import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { findPlaceMentions } from "../../../src/core/extract/toponyms.ts";
import type { PlaceMention } from "../../../src/core/types.ts";
import type { GazetteerEntry } from "../../../src/core/gazetteer/types.ts";
import { FIXTURE, fixtureIndex } from "./toponyms-fixture.ts";

function mentions(text: string): PlaceMention[] {
  return findPlaceMentions(prepareDocument(text), FIXTURE);
}

/** "evidence text → place id" for every resolved mention, in order. */
function places(text: string): string[] {
  return mentions(text).flatMap((m) => (m.status === "resolved" ? [`${m.evidence.text}→${m.placeId}`] : []));
}

function placeIds(text: string): string[] {
  return mentions(text).flatMap((m) => (m.status === "resolved" ? [m.placeId] : []));
}

describe("recognition over the gazetteer", () => {
  it("finds a one-word name and a two-word name, the longest first", () => {
    expect(places("انسحبت القوات من بني وليد إلى ترهونة")).toEqual([
      "بني وليد→ly-bani-walid",
      "ترهونة→ly-tarhuna",
    ]);
  });

  it("strips a preposition and keeps the article of the name: بالجفرة is الجفرة", () => {
    const [m] = mentions("تمركزت الوحدات بالجفرة منذ أسابيع");
    expect(m?.status).toBe("resolved");
    expect(m?.evidence.text).toBe("الجفرة");
    expect(m?.status === "resolved" && m.placeId).toBe("ly-jufra");
  });

  it("strips a conjunction: والوشكة is الوشكة, and the span starts after و", () => {
    const text = "تقدمت القوات نحو أبوقرين والوشكة";
    const found = mentions(text).filter((m) => m.status === "resolved");
    expect(found.map((m) => m.evidence.text)).toEqual(["أبوقرين", "الوشكة"]);
    const washka = found[1];
    expect(text.slice(washka?.evidence.start, washka?.evidence.end)).toBe("الوشكة");
  });

  it("reads ل + ال spelt لل: للهيشة is الهيشة, with the span on the article's lam", () => {
    expect(places("وصلت تعزيزات للهيشة قادمة من مصراتة")).toEqual(["لهيشة→ly-heesha", "مصراتة→ly-misrata"]);
  });

  it("finds a name written with diacritics and keeps them inside the evidence span", () => {
    const text = "دخلت القوات سِرْتَ فجرا";
    const [m] = mentions(text);
    expect(m?.evidence.text).toBe("سِرْتَ");
    expect(text.slice(m?.evidence.start, m?.evidence.end)).toBe("سِرْتَ");
  });

  it("finds a hashtag name", () => {
    expect(places("مدرعات غنمها الجيش في مدينة #سرت بعد طرد ميليشيات #مصراتة منها")).toEqual([
      "سرت→ly-sirte",
      "مصراتة→ly-misrata",
    ]);
  });

  it("finds a spelling variant the gazetteer lists: أبو قرين and بوقرين", () => {
    expect(placeIds("قصفت الطائرات محور أبو قرين ثم بوقرين")).toEqual(["ly-abu-qurain", "ly-abu-qurain"]);
  });

  it("puts a feature head in the span: بمحور أبوقرين is the Abu Qurain front", () => {
    expect(places("قصفت قوات حفتر موقعا بمحور أبوقرين")).toEqual(["محور أبوقرين→ly-abu-qurain"]);
  });

  it("leaves a generic classifier or a country nisba out of the span when the place is known without it", () => {
    expect(places("سيطرت القوات على منطقة الوشكة")).toEqual(["الوشكة→ly-washka"]);
    expect(places("تقع سرت غرب الهلال النفطي الليبي")).toEqual(["سرت→ly-sirte", "الهلال النفطي→ly-oil-crescent"]);
  });

  it("does not join a name across punctuation", () => {
    // "بويرات، الحسون" is not the village "بويرات الحسون".
    expect(placeIds("مرت القافلة ببويرات، الحسون قريبة")).toEqual([]);
  });

  it("does not read كسرت (she broke) or فسرت (she explained) as Sirte", () => {
    expect(placeIds("كسرت القوات الحصار وفسرت الحكومة القرار")).toEqual([]);
  });

  it("reads a compass noun before a country as a part of it: only the country is a place", () => {
    // The gold rule ("وسط ليبيا": only "ليبيا" is a toponym), cue or not.
    expect(placeIds("المدينتان الواقعتان وسط ليبيا")).toEqual(["ly-libya"]);
    expect(placeIds("تدور المعارك في وسط ليبيا")).toEqual(["ly-libya"]);
    expect(places("وتقع أوباري جنوب غرب ليبيا")).toContain("ليبيا→ly-libya");
  });

  it("returns mentions in document order", () => {
    const found = mentions("من طرابلس إلى بنغازي مرورا بسرت");
    const starts = found.map((m) => m.evidence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(found).toHaveLength(3);
  });
});

describe("guarded names need place context", () => {
  it("reads الخمس after a place noun, in a list with a place, or after a preposition that it ends", () => {
    expect(placeIds("منع السفن المبحرة إلى ميناء الخمس")).toEqual(["ly-khoms"]);
    expect(placeIds("منع السفن المبحرة إلى ميناءي مصراتة والخمس، منبها")).toEqual(["ly-misrata", "ly-khoms"]);
    expect(placeIds("وصلت تعزيزات عسكرية إلى الخمس.")).toEqual(["ly-khoms"]);
    expect(placeIds("تمركزت القوات شرق الخمس قرب الساحل")).toEqual(["ly-khoms"]);
  });

  it("reads الخمس at the end of a list when a particle opens the predicate ('قد استقبلت')", () => {
    expect(placeIds("وكانت مدن مصراتة والخمس قد استقبلت مئات الجرحى")).toEqual(["ly-misrata", "ly-khoms"]);
    expect(placeIds("إن مصراتة والخمس لم تتعرضا للقصف")).toEqual(["ly-misrata", "ly-khoms"]);
  });

  it("does not read 'the five' before a particle as a place when nothing places it", () => {
    expect(placeIds("قالت إن الدول الخمس قد اتفقت على الهدنة")).toEqual([]);
    expect(placeIds("وفي الخمس لم يتغير شيء")).toEqual(["ly-khoms"]);
  });

  it("does not read الخمس (the five) as a place", () => {
    expect(placeIds("خلال الخمس سنوات الماضية تراجع الإنتاج")).toEqual([]);
    expect(placeIds("في الخمس سنوات الأخيرة")).toEqual([]);
    expect(placeIds("اجتمعت الدول الخمس الكبرى")).toEqual([]);
    expect(placeIds("الخمس دقائق الأولى")).toEqual([]);
  });

  it("reads هون in a list with Waddan and Sokna, and after بلدة", () => {
    expect(placeIds("تقدمت القوات نحو هون وودان وسوكنة")).toEqual(["ly-hun", "ly-waddan", "ly-sokna"]);
    expect(placeIds("دخلت القوات بلدة هون")).toEqual(["ly-hun"]);
  });

  it("does not read هون as a place without context or as the verb هوّن من", () => {
    expect(placeIds("هون المتحدث من خطورة الهجوم")).toEqual([]);
    expect(placeIds("قال إن الأمر هون عليه")).toEqual([]);
  });

  it("reads البيضاء after مدينة or a preposition, not as the adjective white", () => {
    expect(placeIds("تظاهر المئات في مدينة البيضاء")).toEqual(["ly-bayda"]);
    expect(placeIds("عاد النواب إلى البيضاء")).toEqual(["ly-bayda"]);
    expect(placeIds("رفع المقاتلون الراية البيضاء")).toEqual([]);
    expect(placeIds("القبعات البيضاء تنتشل الجثث")).toEqual([]);
    expect(placeIds("المدينة البيضاء")).toEqual([]);
  });

  it("reads السبعة only with a place cue, not the number", () => {
    expect(placeIds("اندلعت اشتباكات في منطقة السبعة جنوب طرابلس")).toEqual(["ly-sabaa", "ly-tripoli"]);
    expect(placeIds("خلال السبعة أيام الماضية")).toEqual([]);
    expect(placeIds("في السبعة أيام الماضية")).toEqual([]);
  });

  it("reads بي only in وادي بي or after a place noun, never in بي بي سي", () => {
    expect(placeIds("قصف رتلا عسكريا في وادي بي جنوب أبوقرين")).toEqual(["ly-wadi-bey", "ly-abu-qurain"]);
    expect(placeIds("قالت بي بي سي إن القصف استمر")).toEqual([]);
    expect(placeIds("أرسل بي رسالة")).toEqual([]);
  });

  it("reads الساحلي only as part of the coastal road, not the adjective", () => {
    expect(placeIds("تقدمت القوات على الطريق الساحلي")).toEqual(["ly-coastal-road"]);
    expect(placeIds("القطاع الساحلي يشهد هدوءا")).toEqual([]);
  });
});

describe("سرت the city and سرت the verb", () => {
  it("reads سرت as the verb when it opens a clause before its subject", () => {
    expect(placeIds("سرت شائعات عن انسحاب القوات")).toEqual([]);
    expect(placeIds("وقد سرت أنباء عن هدنة")).toEqual([]);
    expect(placeIds("وسرت مخاوف بين السكان")).toEqual([]);
  });

  it("reads سرت as the city as subject, object or after a cue", () => {
    expect(placeIds("سرت مدينة ساحلية تقع وسط البلاد")).toEqual(["ly-sirte"]);
    expect(placeIds("وتقع سرت على الساحل")).toEqual(["ly-sirte"]);
    expect(placeIds("سيطر الجيش على سرت")).toEqual(["ly-sirte"]);
  });
});

describe("ordinary words and outlets are not places", () => {
  it("never reads an outlet's name as a place: المصدر : الجزيرة, مراسل الجزيرة, للجزيرة", () => {
    expect(placeIds("المصدر : الجزيرة + وكالات")).toEqual([]);
    expect(placeIds("وفي حديث للجزيرة قال الوزير")).toEqual([]);
    expect(placeIds("وأفاد مراسل الجزيرة في ليبيا")).toEqual(["ly-libya"]);
  });

  it("skips outlets named by a phrase that starts with a place: ليبيا الأحرار, روسيا اليوم", () => {
    expect(placeIds("وذكرت ليبيا الأحرار أن القوات دخلت سرت")).toEqual(["ly-sirte"]);
    expect(placeIds("نقل موقع عين ليبيا عن مصادر في طرابلس")).toEqual(["ly-tripoli"]);
  });

  it("does not read a street named after a town as the town: شارع طرابلس in Misrata", () => {
    expect(placeIds("انفجرت سيارة في شارع طرابلس بمدينة مصراتة")).toEqual(["ly-misrata"]);
  });

  it("reads an outlet's name as a place after a settlement noun only", () => {
    expect(placeIds("وصلت القوات إلى قرية الجزيرة")).toEqual(["osm-jazeera"]);
    expect(placeIds("وصلت القوات إلى الجزيرة")).toEqual([]);
  });

  it("does not read village names that are common words: نسمة, السلام, السراج, المدينة", () => {
    expect(placeIds("يبلغ عدد سكانها نحو 120 ألف نسمة")).toEqual([]);
    expect(placeIds("دعا إلى السلام والاستقرار في ليبيا")).toEqual(["ly-libya"]);
    expect(placeIds("طلبت حكومة فايز السراج الدعم")).toEqual([]);
    expect(placeIds("فروا من مطار المدينة")).toEqual([]);
    expect(placeIds("دخلت القوات المدينة")).toEqual([]);
  });

  it("reads a common-word village after a place noun", () => {
    expect(placeIds("اشتباكات في بلدة نسمة جنوب غرب مصراتة")).toEqual(["osm-nasma", "ly-misrata"]);
  });

  it("takes a common-word village in a list only when the list has a place noun", () => {
    expect(placeIds("الأمن في طرابلس والسلام في البلاد")).toEqual(["ly-tripoli"]);
    expect(placeIds("سيطرت القوات على مناطق القداحية والسلام")).toEqual(["ly-qaddahiya", "osm-salam"]);
  });

  it("does not read a country's nisba-shaped name as the country when it qualifies a definite noun", () => {
    expect(placeIds("حسب ما أوردت وكالة الأنباء السعودية")).toEqual([]);
    expect(placeIds("وصل الوزير إلى السعودية")).toEqual(["sa-saudi-arabia"]);
  });

  it("keeps a town's nisba-shaped name after a definite subject: دخلت القوات الزاوية", () => {
    expect(placeIds("دخلت القوات الزاوية")).toEqual(["ly-zawiya"]);
    expect(placeIds("اشتباكات في الزاوية غرب طرابلس")).toEqual(["ly-zawiya", "ly-tripoli"]);
  });

  it("does not read ل + ال + a word that starts with ل as a bare place name: للغات is not Ghat", () => {
    const ghat = fixtureIndex([
      ...FIXTURE.entries,
      { ...(FIXTURE.get("ly-sirte") as GazetteerEntry), id: "ly-ghat", ar: "غات", en: "Ghat", namesAr: ["غات"], importance: 0.6 },
    ]);
    const ids = (text: string): string[] =>
      findPlaceMentions(prepareDocument(text), ghat).flatMap((m) => (m.status === "resolved" ? [m.placeId] : []));
    expect(ids("مدرسة للغات الأجنبية")).toEqual([]);
    expect(ids("وصلت القوات إلى غات")).toEqual(["ly-ghat"]);
  });

  it("does not read a surname that matches a village after dropping its article", () => {
    // "عقيلة صالح" (a politician) is not El Agheila.
    expect(placeIds("التقى عقيلة صالح بالسفير")).toEqual([]);
    expect(placeIds("دخلت القوات بلدة العقيلة")).toEqual(["osm-agheila"]);
  });
});

describe("unresolved place mentions", () => {
  function unresolved(text: string): string[] {
    return mentions(text).flatMap((m) => (m.status === "unresolved" ? [`${m.cue}:${m.name}`] : []));
  }

  it("reports a name after منطقة, بلدة or حي that the gazetteer lacks", () => {
    expect(unresolved("سيطرت القوات على منطقة الظهرة")).toEqual(["منطقه:الظهره"]);
    expect(unresolved("طردت الميليشيات من حي الزهور في طرابلس")).toEqual(["حي:حي الزهور"]);
    expect(unresolved("قصفت المدفعية بلدة تاورغاء")).toEqual(["بلده:تاورغاء"]);
  });

  it("keeps the evidence on the name only, in original text", () => {
    const text = "انسحبت القوات إلى منطقة الظهرة";
    const [m] = mentions(text);
    expect(m?.status).toBe("unresolved");
    expect(text.slice(m?.evidence.start, m?.evidence.end)).toBe("الظهرة");
  });

  it("takes compound names whose first word is a head: بئر الغنم, قصر بن غشير", () => {
    expect(unresolved("تقدمت القوات في منطقة بئر الغنم غرب البلاد")).toEqual(["منطقه:بير الغنم"]);
    expect(unresolved("اشتباكات في منطقة قصر بن غشير")).toEqual(["منطقه:قصر بن غشير"]);
  });

  it("keeps a feature head in the name: وادي, بوابة, حي with a number", () => {
    expect(unresolved("استهدفت مسيرة مواقع في بوابة 70 جنوب المدينة")).toEqual(["بوابه:بوابه 70"]);
    expect(unresolved("قصف رتل في وادي زمزم")).toEqual(["وادي:وادي زمزم"]);
    expect(unresolved('حرق بيوت في "حي 17" بالمدينة')).toEqual(["حي:حي 17"]);
  });

  it("does not report generic phrases after منطقة as places", () => {
    expect(unresolved("أعلنت القوات منطقة عسكرية مغلقة")).toEqual([]);
    expect(unresolved("لتوسيع مناطق نفوذها من مصراتة")).toEqual([]);
    expect(unresolved("انسحبت من المنطقة الجنوبية")).toEqual([]);
    expect(unresolved("تعد منطقة العمليات خطرة")).toEqual([]);
    expect(unresolved("بتحديد مناطق الصلاحية البحرية")).toEqual([]);
    expect(unresolved("يقطن في حي سكني قريب")).toEqual([]);
    expect(unresolved("منطقة تقع جنوب البلاد")).toEqual([]);
    expect(unresolved("إقامة منطقة حظر جوي")).toEqual([]);
    expect(unresolved("وقع الانفجار في منطقة مكتظة بالسكان")).toEqual([]);
    expect(unresolved("تقع المنطقة في وادي عميق")).toEqual([]);
    expect(unresolved("وأقيمت قاعدة بيانات للنازحين")).toEqual([]);
  });

  it("does not report a known place as unresolved", () => {
    expect(unresolved("دخلت القوات مدينة سرت ومنطقة الوشكة")).toEqual([]);
  });

  it("reports unknown names in a list after a plural cue", () => {
    expect(unresolved("تدور معارك على مناطق الظهرة والهيشة")).toEqual(["مناطق:الظهره"]);
  });
});
