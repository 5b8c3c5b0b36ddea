import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { resolveSenses } from "../../../src/core/extract/resolve-senses.ts";
import { findPlaceMentions } from "../../../src/core/extract/toponyms.ts";
import type { GazetteerEntry } from "../../../src/core/gazetteer/types.ts";
import type { PlaceMention } from "../../../src/core/types.ts";
import { FIXTURE } from "./toponyms-fixture.ts";

type Resolved = Extract<PlaceMention, { status: "resolved" }>;

function resolvedMentions(text: string): Resolved[] {
  return findPlaceMentions(prepareDocument(text), FIXTURE).filter((m): m is Resolved => m.status === "resolved");
}

function senseOf(text: string, surface: string): Resolved {
  const m = resolvedMentions(text).find((r) => r.evidence.text === surface);
  if (m === undefined) throw new Error(`no mention of ${surface}`);
  return m;
}

function entry(id: string): GazetteerEntry {
  const e = FIXTURE.get(id);
  if (e === undefined) throw new Error(id);
  return e;
}

describe("sense resolution by the article's other places", () => {
  it("picks the coastal الوشكة next to Sirte, Misrata and Abu Qurain", () => {
    const m = senseOf("تقدمت قوات الوفاق من مصراتة نحو أبوقرين ثم سيطرت على الوشكة غرب سرت", "الوشكة");
    expect(m.placeId).toBe("ly-washka");
    expect(m.reason).toMatch(/nearest to .*Abu Qurain/);
    expect(m.reason).toMatch(/mean \d+ km vs \d+ km for Wadi al-Washka/);
  });

  it("picks Wadi al-Washka next to Hun, Waddan, Sokna and al-Jufra", () => {
    const m = senseOf("وتمركزت القوات في بلدة ودان وسوكنة بينما رصدت أرتال في الوشكة قرب سوكنة", "الوشكة");
    expect(m.placeId).toBe("ly-wadi-washka");
    expect(m.reason).toContain("Sokna");
  });

  it("records every sense with a score, best first", () => {
    const m = senseOf("قصفت الطائرات الوشكة شرق مصراتة", "الوشكة");
    expect(m.alternatives.map((a) => a.placeId)).toEqual(["ly-washka", "ly-wadi-washka"]);
    const [first, second] = m.alternatives;
    expect(first?.score).toBeGreaterThan(second?.score ?? Number.POSITIVE_INFINITY);
  });

  it("uses a sense chosen with confidence as an anchor for the next ambiguous name", () => {
    // Only "الوشكة" and "الجفرة" are ambiguous; Hun (guarded) is taken by its cue.
    const m = senseOf("انسحبت القوات من بلدة هون إلى الجفرة ثم إلى الوشكة", "الوشكة");
    expect(m.placeId).toBe("ly-wadi-washka");
  });
});

describe("sense resolution by the cue's kind", () => {
  it("reads قاعدة الجفرة as the air base, with the head in the span, and مدينة الجفرة as the district", () => {
    expect(senseOf("انسحبت القوات من قاعدة الجفرة", "قاعدة الجفرة").placeId).toBe("ly-jufra-airbase");
    expect(senseOf("انسحبت القوات من مدينة الجفرة", "الجفرة").placeId).toBe("ly-jufra");
  });

  it("says in the reason that the cue decided", () => {
    expect(senseOf("قصفت الطائرات قاعدة الجفرة", "قاعدة الجفرة").reason).toContain('cue "قاعده" names a airbase');
  });

  it("takes the kind from the name's own first word when it is a place noun: وادي بي is the wadi", () => {
    const m = senseOf("قصف رتلا في وادي بي", "وادي بي");
    expect(m.placeId).toBe("ly-wadi-bey");
    expect(m.alternatives.map((a) => a.placeId)).toEqual(["ly-wadi-bey", "osm-wadi-bey-village"]);
  });

  it("carries a list's cue to the names after it: مدينتي سرت والجفرة", () => {
    expect(senseOf("استعادة السيطرة على مدينتي سرت والجفرة", "الجفرة").placeId).toBe("ly-jufra");
  });
});

describe("sense resolution by country context", () => {
  it("reads طرابلس as Tripoli, Libya by default", () => {
    expect(senseOf("وصل الوفد إلى طرابلس", "طرابلس").placeId).toBe("ly-tripoli");
  });

  it("reads طرابلس as Tripoli, Lebanon when Lebanon is named in the sentence", () => {
    const m = senseOf("اندلعت احتجاجات في طرابلس وسط أزمة اقتصادية خانقة يعيشها لبنان", "طرابلس");
    expect(m.placeId).toBe("lb-tripoli");
    expect(m.reason).toContain("country mentioned: LB");
  });

  it("reads طرابلس شمال لبنان as Tripoli, Lebanon: the writer qualified it", () => {
    const text = "قصف الجيش مواقع في مصراتة وسرت. وفي سياق آخر اندلعت احتجاجات في طرابلس شمال لبنان.";
    const m = senseOf(text, "طرابلس");
    expect(m.placeId).toBe("lb-tripoli");
    expect(m.reason).toContain("named with its country (LB)");
  });

  it("reads every طرابلس of an article about Lebanon as Tripoli, Lebanon, one sense per discourse", () => {
    const text = [
      "انتشر الجيش اللبناني في شوارع طرابلس بعد ليلة من الاحتجاجات.",
      "وعاد الهدوء إلى مدينة طرابلس صباح اليوم.",
      "وأغلق المحتجون الطرق المؤدية إلى طرابلس.",
    ].join("\n");
    const ids = resolvedMentions(text).map((m) => m.placeId);
    expect(ids).toEqual(["lb-tripoli", "lb-tripoli", "lb-tripoli"]);
  });

  it("keeps Tripoli, Libya in an article about Libya that names a Lebanese", () => {
    const text = [
      "وصل رجل أعمال لبناني إلى طرابلس أمس.",
      "وقصفت القوات الليبية مواقع في ترهونة جنوب طرابلس.",
      "وقال الجيش الليبي إن طرابلس آمنة.",
    ].join("\n");
    expect(resolvedMentions(text).filter((m) => m.evidence.text === "طرابلس").map((m) => m.placeId)).toEqual([
      "ly-tripoli",
      "ly-tripoli",
      "ly-tripoli",
    ]);
  });

  it("reads طرابلس اللبنانية as Tripoli, Lebanon even in an article about Libya", () => {
    const text = "قصف الجيش مواقع في مصراتة وسرت. وفي سياق آخر شهدت طرابلس اللبنانية احتجاجات.";
    expect(senseOf(text, "طرابلس").placeId).toBe("lb-tripoli");
  });
});

describe("resolveSenses", () => {
  it("gives an unambiguous name its only sense and says so", () => {
    const [c] = resolveSenses([{ name: "مصراته", senses: [entry("ly-misrata")], sentence: 0 }]);
    expect(c?.placeId).toBe("ly-misrata");
    expect(c?.reason).toBe('only sense of "مصراته"');
  });

  it("falls back on importance when nothing else tells the senses apart", () => {
    const [c] = resolveSenses([{ name: "الوشكه", senses: [entry("ly-wadi-washka"), entry("ly-washka")], sentence: 0 }]);
    expect(c?.placeId).toBe("ly-washka");
    expect(c?.reason).toContain("more prominent");
  });

  it("ignores far-away anchors that cannot tell the senses apart", () => {
    // Ankara is ~2000 km from both senses; Sokna decides.
    const [, , c] = resolveSenses([
      { name: "انقره", senses: [entry("tr-ankara")], sentence: 0 },
      { name: "سوكنه", senses: [entry("ly-sokna")], sentence: 0 },
      { name: "الوشكه", senses: [entry("ly-washka"), entry("ly-wadi-washka")], sentence: 0 },
    ]);
    expect(c?.placeId).toBe("ly-wadi-washka");
    expect(c?.reason).not.toContain("Ankara");
  });

  it("does not use countries as distance anchors", () => {
    // Libya's point (27N 17E) is nearer the wadi; it must not pull the choice.
    const [, c] = resolveSenses([
      { name: "ليبيا", senses: [entry("ly-libya")], sentence: 0 },
      { name: "الوشكه", senses: [entry("ly-washka"), entry("ly-wadi-washka")], sentence: 0 },
    ]);
    expect(c?.placeId).toBe("ly-washka");
  });
});
