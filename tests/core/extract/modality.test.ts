import { describe, expect, it } from "vitest";
import { briefs } from "./claim-fixture.ts";

describe("claim modality", () => {
  it("is asserted for a plain report", () => {
    expect(briefs("دخلت قوات الوفاق مدينة غريان.")).toEqual(["GNA entered gharyan asserted outlet"]);
  });

  it("is negated after لم, لن and ما", () => {
    expect(briefs("لم تدخل قوات الوفاق مدينة سرت حتى الآن.")).toEqual(["GNA entered sirte negated outlet"]);
    expect(briefs("وقال المسماري إن الجيش لن ينسحب من مدينة ترهونة.")).toEqual(["LNA withdrew tarhuna negated LNA"]);
    expect(briefs("ما دخلت قوات حفتر مدينة غريان.")).toEqual(["LNA entered gharyan negated outlet"]);
  });

  it("is negated through a negated 'could' and after a denial", () => {
    expect(briefs("ولم يتمكن الجيش الوطني من دخول مدينة مصراتة.")).toEqual(["LNA entered misrata negated outlet"]);
    expect(briefs("نفت قوات الجيش الوطني انسحابها من مدينة غريان.")).toEqual(["LNA withdrew gharyan negated LNA"]);
    expect(briefs("وفشلت قوات حفتر في اقتحام مدينة غريان.")).toEqual(["LNA entered gharyan negated outlet"]);
  });

  it("is not negated by 'still' (لا تزال) or by a preposition that looks like a negator (كما)", () => {
    expect(briefs("ولا تزال قوات الوفاق تسيطر على مدينة سرت.")).toEqual(["GNA controls sirte asserted outlet"]);
    expect(briefs("كما سيطرت القوات الليبية على مدينة سبها.", { lean: "pro-LNA" })).toEqual(["LNA captured sabha asserted outlet"]);
  });

  it("is intent for aims, preparations, futures and purposes", () => {
    expect(briefs("تسعى قوات الوفاق إلى السيطرة على مدينة سرت.")).toEqual(["GNA captured sirte intent outlet"]);
    expect(briefs("ستدخل قوات الجيش الليبي مدينة طرابلس قريبا.")).toEqual(["LNA entered tripoli intent outlet"]);
    expect(briefs("ويستعد الجيش الوطني للدخول إلى مدينة مصراتة.")).toEqual(["LNA entered misrata intent outlet"]);
    expect(briefs("أطلقت قوات الوفاق عملية عسكرية تستهدف إعادة السيطرة على مدينتي سرت والجفرة.")).toEqual([
      "GNA captured sirte intent outlet",
      "GNA captured jufra intent outlet",
    ]);
  });

  it("is intent for what something would bring (من شأن)", () => {
    expect(briefs("ومن شأن سيطرة الجيش الوطني على سرت أن تمهد لتقدمه نحو مصراتة.")).toEqual([
      "LNA captured sirte intent outlet",
      "LNA advancing misrata intent outlet",
    ]);
  });

  it("is intent for ultimatums and calls to withdraw", () => {
    expect(briefs("وجه الجيش الوطني مهلة بثلاثة أيام لميليشيات مصراتة للانسحاب من مدينة سرت.")).toEqual(["GNA withdrew sirte intent outlet"]);
    expect(briefs("دعت الأمم المتحدة قوات حفتر إلى الانسحاب من مدينة ترهونة.")).toEqual(["LNA withdrew tarhuna intent outlet"]);
  });

  it("is conditional after إذا, إن لم and في حال, the answer of the condition included", () => {
    expect(briefs("وفي حال دخلت قوات الوفاق مدينة سرت فإن الجيش سيرد بقوة.")).toEqual(["GNA entered sirte conditional outlet"]);
    expect(briefs("إذا لم تنسحب قوات الوفاق من طرابلس فإن الجيش سيقتحمها.")).toEqual([
      "GNA withdrew tripoli conditional outlet",
      "LNA entered tripoli conditional outlet",
    ]);
  });

  it("is conditional for an answer stated before its condition", () => {
    expect(briefs("وقال المسماري إن قواته ستقصف مدينة غريان إذا لم تنسحب منها قوات الوفاق.")).toEqual([
      "LNA struck gharyan conditional LNA unspecified",
      "GNA withdrew gharyan conditional LNA",
    ]);
  });

  it("is intent after vows and threats", () => {
    expect(briefs("وتوعد المسماري باستعادة مدينة غريان خلال ساعات.")).toEqual(["LNA captured gharyan intent outlet"]);
  });

  it("is negated for 'without being able to'", () => {
    expect(briefs("حاولت قوات الوفاق اقتحام قاعدة الوطية مرتين، من دون أن تتمكن من دخولها.")).toEqual([
      "GNA entered watiya intent outlet",
      "GNA entered watiya negated outlet",
    ]);
  });

  it("does not carry an aim across a relative clause", () => {
    expect(briefs("وتسعى قوة حماية وتأمين سرت إلى العودة إلى مدينة سبها التي طردت منها من قبل قوات الجيش الوطني.")).toEqual([
      "LNA captured sabha asserted outlet",
      "GNA withdrew sabha asserted outlet",
    ]);
  });

  it("carries an aim into a relative clause on an aim noun", () => {
    expect(briefs("بعد انقضاء المهلة التي حددها الجيش لميليشيات الوفاق بالانسحاب من مدينة سرت.", { lean: "pro-LNA" })).toEqual(["GNA withdrew sirte intent outlet"]);
  });
});
