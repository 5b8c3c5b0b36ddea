/**
 * The seeds and hand-written sentences through the project's real gazetteer
 * (public/geo/gazetteer.json). Expected places are named by their Arabic name and kind, not
 * by id, so that a rebuild of the gazetteer does not break the tests unless it changes what
 * the engine finds.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { findPlaceMentions } from "../../../src/core/extract/toponyms.ts";
import { createGazetteerIndex, loadGazetteer, nameKey } from "../../../src/core/gazetteer/index.ts";
import type { PlaceKind } from "../../../src/core/gazetteer/types.ts";
import type { PlaceMention } from "../../../src/core/types.ts";

const ROOT = join(import.meta.dirname, "../../..");
const GAZ = createGazetteerIndex(loadGazetteer(JSON.parse(readFileSync(join(ROOT, "public/geo/gazetteer.json"), "utf8"))));

type Resolved = Extract<PlaceMention, { status: "resolved" }>;

function resolved(text: string): Resolved[] {
  return findPlaceMentions(prepareDocument(text), GAZ).filter((m): m is Resolved => m.status === "resolved");
}

function seedText(prefix: string): string {
  const file = readdirSync(join(ROOT, "seeds")).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (file === undefined) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(ROOT, "seeds", file), "utf8");
}

/** The id of the gazetteer's sense of `name` of kind `kind` (exactly one must exist). */
function idOf(name: string, kind: PlaceKind): string {
  const senses = GAZ.byName(nameKey(name)).filter((e) => e.kind === kind);
  if (senses.length !== 1) throw new Error(`${senses.length} senses of ${name} as ${kind}`);
  return (senses[0] as { id: string }).id;
}

function kindsOf(ms: readonly Resolved[]): string[] {
  return ms.map((m) => `${m.evidence.text}:${GAZ.get(m.placeId)?.kind}`);
}

describe("seed articles with the real gazetteer", () => {
  it("000 names Sirte, Misrata, Tripoli, Libya, the Oil Crescent and Turkey, and nothing else", () => {
    const ms = resolved(seedText("000"));
    const ids = new Set(ms.map((m) => m.placeId));
    const sirte = idOf("سرت", "city");
    expect(ids).toEqual(
      new Set([
        sirte,
        idOf("مصراتة", "city"),
        idOf("طرابلس", "city"),
        idOf("ليبيا", "country"),
        idOf("الهلال النفطي", "region"),
        idOf("تركيا", "foreign-place"),
      ]),
    );
    expect(ms.filter((m) => m.placeId === sirte).length).toBeGreaterThanOrEqual(12);
  });

  it("001 reads الجفرة after قاعدة as the air base, الوشكة as the coastal town, and never الجزيرة", () => {
    const ms = resolved(seedText("001"));
    expect(ms.some((m) => m.evidence.text.includes("الجزيرة"))).toBe(false);
    const jufraKinds = ms.filter((m) => m.evidence.text.includes("الجفرة")).map((m) => GAZ.get(m.placeId)?.kind);
    expect(jufraKinds.slice(0, 2)).toEqual(["airbase", "airbase"]);
    expect(jufraKinds.slice(2).every((k) => k === "region")).toBe(true);
    const washka = ms.filter((m) => m.evidence.text.includes("الوشكة"));
    expect(washka.length).toBeGreaterThanOrEqual(4);
    expect(washka.every((m) => GAZ.get(m.placeId)?.kind === "town")).toBe(true);
    // "بوسط البلاد" (in the centre of the country) is not Benghazi's downtown district.
    expect(ms.some((m) => m.evidence.text.includes("وسط البلاد"))).toBe(false);
  });

  it("002 finds the list القداحية والهيشة والوشكة وأبوقرين, Wadi Bey as a wadi and Gate 70", () => {
    const ms = resolved(seedText("002"));
    const kinds = kindsOf(ms);
    expect(kinds).toContain("وادي بي:wadi");
    expect(kinds).toContain("بوابة 70:gate");
    // "مناطق القداحية والهيشة والوشكة وأبوقرين شرق مدينة مصراتة": all four, in one run.
    const start = ms.findIndex((m) => m.evidence.text === "القداحية");
    expect(ms.slice(start, start + 4).map((m) => m.evidence.text)).toEqual(["القداحية", "الهيشة", "الوشكة", "أبوقرين"]);
    expect(ms.some((m) => /العربية|الحدث/.test(m.evidence.text))).toBe(false);
  });

  it("003 reads الخمس in ميناءي مصراتة والخمس as the city", () => {
    const ms = resolved(seedText("003"));
    const khoms = ms.find((m) => m.evidence.text === "الخمس");
    expect(khoms?.placeId).toBe(idOf("الخمس", "city"));
  });

  it("004 finds حي الزهور and محور صلاح الدين in Tripoli", () => {
    const kinds = kindsOf(resolved(seedText("004")));
    expect(kinds).toContain("حي الزهور:district");
    expect(kinds).toContain("محور صلاح الدين:axis");
  });
});

describe("hand-written sentences with the real gazetteer", () => {
  it("finds places of other fronts, with clitics and cues", () => {
    const texts = resolved(
      "سيطرت القوات على مدينة غريان وتقدمت نحو الأصابعة، فيما قصفت مسيرات قاعدة الوطية وصبراتة وصرمان.",
    ).map((m) => m.evidence.text);
    expect(texts).toEqual(["غريان", "الأصابعة", "قاعدة الوطية", "صبراتة", "صرمان"]);
  });

  it("reads الوشكة next to Hun, Waddan and Sokna as the wadi in al-Jufra", () => {
    const ms = resolved("تمركزت القوات في بلدات هون وودان وسوكنة، فيما رصدت أرتال عسكرية في الوشكة قرب سوكنة.");
    expect(kindsOf(ms).filter((k) => k.startsWith("الوشكة"))).toEqual(["الوشكة:wadi"]);
  });

  it("reads القاهرة after a set phrase as no place, and as Cairo on its own", () => {
    expect(resolved("أعلنت المؤسسة حالة القوة القاهرة في ميناء الزويتينة").map((m) => m.evidence.text)).toEqual(["ميناء الزويتينة"]);
    expect(resolved("وصل الوفد إلى القاهرة").map((m) => GAZ.get(m.placeId)?.country)).toEqual(["EG"]);
  });

  it("reads طرابلس in an article about Lebanon as the Lebanese city", () => {
    const ms = resolved(
      ["انتشر الجيش اللبناني في شوارع طرابلس بعد ليلة من الاحتجاجات.", "وعاد الهدوء إلى مدينة طرابلس صباح اليوم."].join("\n"),
    );
    expect(ms.map((m) => GAZ.get(m.placeId)?.country)).toEqual(["LB", "LB"]);
  });

  it("finds no place in sentences made of ordinary words that are village names", () => {
    const sentences = [
      "يبلغ عدد سكانها نحو 120 ألف نسمة",
      "دعا المجلس إلى السلام والوحدة والتضامن بين الليبيين",
      "رفع المسلحون الراية البيضاء بعد حصار دام الخمس سنوات",
      "أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة على الصادرات",
      "ورفع المقاتلون الرايات البيضاء",
      "طلبت حكومة فايز السراج الدعم من الطلاب والعمال",
      "سرت شائعات عن هدنة وقد سرت أنباء عن انسحاب",
      "المصدر : الجزيرة + وكالات",
      "أفاد مراسل قناتي العربية والحدث",
      "التقى عقيلة صالح بالمبعوث الأممي",
      "جاء ذلك من العدم وسط القطع البحرية",
      "حسب ما أوردت وكالة الأنباء السعودية",
      "افتتحت مدرسة للغات الأجنبية",
      "ذكرت ليبيا الأحرار أن الاجتماع تأجل",
    ];
    for (const s of sentences) expect([s, kindsOf(resolved(s))]).toEqual([s, []]);
  });
});
