import { describe, expect, it } from "vitest";
import { briefs, claimsOf } from "./claim-fixture.ts";

describe("claim attribution", () => {
  it("is the outlet when no one is cited", () => {
    expect(claimsOf("دخلت قوات الوفاق مدينة غريان.")[0]?.attribution).toEqual({ speaker: "outlet", distanced: false });
  });

  it("is the side named after a verb of saying, and the actor of its claim when the subject is a pronoun", () => {
    expect(briefs("قالت قوات الوفاق إنها انسحبت من مدينة غريان.")).toEqual(["GNA withdrew gharyan asserted GNA"]);
    expect(briefs("وأكد المتحدث باسم الجيش الوطني أن قواته دخلت مدينة مرزق.")).toEqual(["LNA entered murzuq asserted LNA"]);
  });

  it("reads a speaker named before the verb of saying", () => {
    expect(briefs("وكانت قوات الوفاق قد أعلنت دخول مدينة غريان.")).toEqual(["GNA entered gharyan asserted GNA"]);
  });

  it("is the outlet for its own reporter", () => {
    const [c] = claimsOf("قال مراسل الجزيرة إن قوات الوفاق دخلت مدينة غريان.");
    expect(c?.attribution.speaker).toBe("outlet");
    expect(c?.attribution.evidence?.text).toBe("قال مراسل");
  });

  it("is other for unnamed sources and persons with no side", () => {
    expect(briefs("وأكدت مصادر عسكرية أن الجيش الوطني سيطر على مدينة البريقة.")).toEqual(["LNA captured brega asserted other"]);
  });

  it("takes an attribution that follows the claim in the same sentence", () => {
    expect(briefs("دخل الجيش الوطني مدينة غريان، وفق ما أعلنت مصادر الجيش الوطني.")).toEqual(["LNA entered gharyan asserted LNA"]);
    expect(briefs("قالت وسائل إعلام إن الجيش الوطني دخل مدينة غريان، وفق ما أفادت مصادر محلية.")).toEqual(["LNA entered gharyan asserted other"]);
  });

  it("marks the outlet's distancing verbs", () => {
    const [c] = claimsOf("زعمت ميليشيات الوفاق أنها سيطرت على مدينة ترهونة.");
    expect(c?.attribution).toMatchObject({ speaker: "GNA", distanced: true });
    expect(c?.attribution.evidence?.text).toBe("زعمت ميليشيات الوفاق");
  });

  it("lets a statement continued by وأضاف البيان keep its speaker", () => {
    expect(briefs("وقالت قوات الوفاق في بيان إنها تتقدم. وأضاف البيان أن قواتها دخلت مدينة غريان.")).toEqual(["GNA entered gharyan asserted GNA"]);
  });

  it("lets a denial name its speaker, and a later bare 'وقال إن' in the sentence keep it", () => {
    expect(
      briefs('نفى المتحدث باسم قوات حفتر أحمد المسماري سيطرة قوات الوفاق على مدينة غريان، وقال إن "غريان لا تزال تحت سيطرة قواتنا ولم ننسحب منها".'),
    ).toEqual(["GNA captured gharyan negated LNA", "LNA controls gharyan asserted LNA", "LNA withdrew gharyan negated LNA"]);
  });

  it("gives a first-person action to the speaker", () => {
    expect(briefs('وقال متحدث باسم قوات حفتر "دخلنا سرت فاتحين".')).toEqual(["LNA entered sirte asserted LNA"]);
  });
});
