/**
 * Seed sentences (from seeds/*.txt) as sanity checks: the rules were written from grammar and
 * tried on sentences of our own (claims.test.ts); these confirm they read the real register.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { briefs, claimsOf } from "./claim-fixture.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");

describe("extractClaims on seed sentences", () => {
  it("000: the GNA-aligned forces' statement that they left Sirte after the LNA took it", () => {
    expect(
      briefs(
        "قالت القوات المتحالفة مع حكومة الوفاق الوطني الليبية المدعومة من تركيا إنها انسحبت من مدينة سرت الاستراتيجية الساحلية لتجنب إراقة الدماء بعد سيطرة قوات الجيش الوطني الليبي بقيادة المشير خليفة حفتر عليها في هجوم خاطف.",
        { lean: "pro-LNA" },
      ),
    ).toEqual(["GNA withdrew sirte asserted GNA", "LNA captured sirte asserted GNA"]);
  });

  it("000: 'our withdrawal from Sirte is not the end' asserts nothing new", () => {
    expect(briefs("و أضاف البيان “قوتنا لا زالت تحتفظ بكامل مقدراتها، وانسحابنا من سرت ليس النهاية”.", { lean: "pro-LNA" })).toEqual([]);
  });

  it("001: the GNA entered Sirte and forced Haftar out of al-Jufra", () => {
    expect(
      briefs("دخلت قوات الوفاق مدينة سرت وواصلت تقدمها شرقا، وأرغمت اللواء المتقاعد خليفة حفتر على الانسحاب من قاعدة الجفرة بوسط البلاد.", { lean: "pro-GNA" }),
    ).toEqual(["GNA entered sirte asserted outlet", "GNA advancing sirte asserted outlet", "GNA repelled jufra-base asserted outlet", "LNA withdrew jufra-base asserted outlet"]);
  });

  it("001: Emirati drones serving Haftar struck the GNA in Tarhuna", () => {
    expect(briefs("قال مراسل الجزيرة إن طائرات مسيرة إماراتية تابعة لقوات حفتر قصفت قوات حكومة الوفاق في ترهونة.", { lean: "pro-GNA" })).toEqual([
      "UAE struck tarhuna asserted outlet drone",
    ]);
  });

  it("002: LNA reinforcements from Benghazi to Sirte against GNA attacks, by the army's own sources", () => {
    expect(
      briefs("الجيش الوطني الليبي تعزيزات عسكرية من بنغازي إلى سرت لوقف هجمات تشكيلات تابعة للوفاق تقودها تركيا، وفق ما أعلنت مصادر الجيش، الذي بث صورا لتلك التعزيزات.", {
        lean: "pro-LNA",
      }),
    ).toEqual(["LNA reinforcing sirte asserted LNA", "GNA contested sirte asserted LNA"]);
  });

  it("002: a Turkish drone struck Gate 70", () => {
    expect(briefs('فيما أفاد مراسل "العربية" و"الحدث" بأن مسيرة تركية استهدفت مواقع عسكرية للجيش الوطني في بوابة 70 جنوب مدينة سرت.', { lean: "pro-LNA" })).toEqual([
      "TUR struck gate-70 asserted outlet drone",
    ]);
  });

  it("003: the LNA announced Sirte freed from the groups that held it", () => {
    // The article names the GNA earlier ("طرد ميليشيات حكومة الوفاق من سرت"): its groups are the GNA's.
    const claims = briefs(
      "بعد أسبوع من طرد ميليشيات حكومة الوفاق من سرت. وكانت القوات المسلحة الليبية قد أعلنت تحرير سرت بالكامل من الجماعات المتطرفة التي كانت تسيطر عليها.",
      { lean: "pro-LNA" },
    );
    expect(claims).toEqual(expect.arrayContaining(["LNA captured sirte asserted LNA", "GNA withdrew sirte asserted LNA", "GNA controls sirte asserted LNA"]));
  });

  it("004: a numbered LNA battalion expelled the militias from al-Zuhur", () => {
    const claims = briefs(
      "وسط تقهقر الميليشيات التابعة لحكومة الوفاق. وفي هذا الإطار افاد المركز الإعلامي لعمليات الكرامة التابع للجيش الليبي في صفحته على الفايسبوك الاربعاء ان الكتيبة 166 مشاة تمكنت من طرد الميليشيات من حي الزهور في طرابلس.",
      { lean: "pro-LNA" },
    );
    expect(claims).toEqual(expect.arrayContaining(["LNA captured zuhur asserted LNA", "GNA withdrew zuhur asserted LNA"]));
  });
});

describe("extractClaims over whole seed articles", () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));

  it.each(seeds)("%s: every claim's evidence and trigger are exact spans of the text, the trigger inside the evidence", (file) => {
    const text = readFileSync(join(SEEDS, file), "utf8");
    const claims = claimsOf(text, { lean: "unknown" });
    expect(claims.length).toBeGreaterThan(3);
    for (const c of claims) {
      expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      expect(text.slice(c.trigger.start, c.trigger.end)).toBe(c.trigger.text);
      expect(c.trigger.start).toBeGreaterThanOrEqual(c.evidence.start);
      expect(c.trigger.end).toBeLessThanOrEqual(c.evidence.end);
      expect(c.placeIds.length).toBeGreaterThan(0);
      // Backers never hold ground: ground actions are a side's, or a named group's of no side.
      if (!["struck", "contested", "reinforcing"].includes(c.action)) expect(["GNA", "LNA", "ISIS", "UNKNOWN"]).toContain(c.actor);
    }
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it("makes nothing of an empty or wordless text", () => {
    expect(claimsOf("")).toEqual([]);
    expect(claimsOf(" ،،، ... ")).toEqual([]);
  });
});
