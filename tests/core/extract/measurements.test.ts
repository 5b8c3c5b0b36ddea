import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { findMeasurements } from "../../../src/core/extract/measurements.ts";
import type { Measurement } from "../../../src/core/types.ts";
import { fixtureGazetteer, naivePlaces } from "./measurements-fixture.ts";

const gaz = fixtureGazetteer();

function measure(text: string, unresolved: readonly string[] = []): Measurement[] {
  const doc = prepareDocument(text);
  return findMeasurements(doc, naivePlaces(doc, gaz, unresolved), gaz);
}

function only(text: string, unresolved: readonly string[] = []): Measurement {
  const ms = measure(text, unresolved);
  expect(ms).toHaveLength(1);
  return ms[0] as Measurement;
}

const seed = (stem: string): string => readFileSync(new URL(`../../../seeds/${stem}.txt`, import.meta.url), "utf8");

describe("findMeasurements: distance with direction", () => {
  it("reads 'X على بعد N كيلومترا جنوب Y' with the subject before the relation", () => {
    const m = only("وتقع أجدابيا على بعد 160 كيلومترا جنوب بنغازي.");
    expect(m).toMatchObject({ kind: "distance-direction", subjectPlaceId: "ly-ajdabiya", referencePlaceId: "ly-benghazi", statedKm: 160, statedDirection: "S" });
    expect(m.verdict).toMatchObject({ kind: "checked", distance: "consistent-straight", direction: "consistent" });
    expect(m.evidence.text).toBe("أجدابيا على بعد 160 كيلومترا جنوب بنغازي");
  });
  it("resolves 'المدينة' to the last city named before and starts the evidence at it", () => {
    const ms = measure("دخلت القوات سبها. ووصلت التعزيزات إلى المدينة الواقعة على بعد مئتين وخمسين كيلومترا جنوب طرابلس.");
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ subjectPlaceId: "ly-sabha", referencePlaceId: "ly-tripoli", statedKm: 250, statedDirection: "S" });
    expect(ms[0]?.evidence.text).toBe("المدينة الواقعة على بعد مئتين وخمسين كيلومترا جنوب طرابلس");
    expect(ms[0]?.verdict).toMatchObject({ distance: "understated", direction: "consistent" });
  });
  it("finds the subject across a comma-enclosed appositive", () => {
    const m = only("وصلت القوات إلى سبها، كبرى مدن الجنوب الليبي، الواقعة على بعد 750 كيلومترا جنوب طرابلس");
    expect(m).toMatchObject({ subjectPlaceId: "ly-sabha", referencePlaceId: "ly-tripoli", statedKm: 750 });
    expect(m.verdict).toMatchObject({ distance: "consistent-straight", direction: "consistent" });
  });
  it("does not take a place before an unclosed clause for the subject", () => {
    const m = only("وصلت القوات إلى سبها، وقصفت مواقع على بعد 20 كيلومترا جنوب طرابلس");
    expect(m.subjectPlaceId).toBeNull();
  });
  it("reads the verb-first 'تبعد X عن العاصمة Y نحو N كيلومترا' and a road distance", () => {
    const m = only("وتبعد غريان عن العاصمة طرابلس نحو 100 كيلومتر");
    expect(m).toMatchObject({ kind: "distance", subjectPlaceId: "ly-gharyan", referencePlaceId: "ly-tripoli", statedKm: 100 });
    expect(m.verdict).toMatchObject({ distance: "consistent-road" });
  });
  it("converts miles and reads 'إلى الشمال الغربي من'", () => {
    const m = only("وتقع الزاوية على بعد 28 ميلا إلى الشمال الغربي من غريان");
    expect(m).toMatchObject({ statedValue: 28, statedUnit: "mile", statedDirection: "NW" });
    expect(m.statedKm).toBeCloseTo(45.06, 2);
  });
  it("passes the seed's Sirte, 450 km east of Tripoli, as a road distance in a consistent direction", () => {
    const m = measure(seed("001_f26e5b47cef9b3b6")).find((x) => x.kind === "distance-direction");
    expect(m).toMatchObject({ subjectPlaceId: "ly-sirte", referencePlaceId: "ly-tripoli", statedKm: 450, statedDirection: "E" });
    expect(m?.verdict).toMatchObject({ kind: "checked", distance: "consistent-road", direction: "consistent", measuredDirection: "SE" });
    if (m?.verdict.kind === "checked") {
      expect(m.verdict.measuredKm).toBeCloseTo(370, -1);
      expect(m.verdict.bearingDeg).toBeCloseTo(119, 0);
    }
  });
});

describe("findMeasurements: distance only", () => {
  it("reads 'X التي تبعد نحو ثمانين كيلومترا عن العاصمة Y'", () => {
    const m = only("سيطرت القوات على غريان التي تبعد نحو ثمانين كيلومترا عن العاصمة طرابلس");
    expect(m).toMatchObject({ kind: "distance", subjectPlaceId: "ly-gharyan", referencePlaceId: "ly-tripoli", statedKm: 80 });
    expect(m.verdict).toMatchObject({ distance: "consistent-straight" });
  });
  it("reads the verb-first order 'تبعد X عن Y N كلم'", () => {
    const m = only("وتبعد الزاوية عن طرابلس 45 كلم فقط");
    expect(m).toMatchObject({ kind: "distance", subjectPlaceId: "ly-zawiya", referencePlaceId: "ly-tripoli", statedKm: 45 });
  });
  it("passes the seed's Buwairat al-Hasun, 95 km from Sirte, as straight-line", () => {
    const m = measure(seed("001_f26e5b47cef9b3b6")).find((x) => x.kind === "distance");
    expect(m).toMatchObject({ subjectPlaceId: "ly-buwairat", referencePlaceId: "ly-sirte", statedKm: 95 });
    expect(m?.verdict).toMatchObject({ distance: "consistent-straight" });
  });
});

describe("findMeasurements: direction only", () => {
  it("reads 'X الواقعة إلى الشرق من Y' and 'X جنوب غربي Y'", () => {
    expect(only("وصلت التعزيزات إلى درنة الواقعة إلى الشرق من بنغازي")).toMatchObject({ kind: "direction", subjectPlaceId: "ly-derna", referencePlaceId: "ly-benghazi", statedDirection: "E" });
    const m = only("قصفت الطائرات مطار سبها جنوب غربي سرت");
    expect(m).toMatchObject({ subjectPlaceId: "ly-sabha", referencePlaceId: "ly-sirte", statedDirection: "SW" });
    expect(m.verdict).toMatchObject({ direction: "consistent" });
  });
  it("keeps a relation to a region spelt out with 'من' even when the region's box holds the subject", () => {
    expect(only("وتقع سبها إلى الجنوب من فزان")).toMatchObject({ kind: "direction", subjectPlaceId: "ly-sabha", referencePlaceId: "ly-fezzan" });
  });
  it("reads the seed's Sirte 'directly west of the oil crescent'", () => {
    const m = measure(seed("000_9a2c95918cc6ac18")).find((x) => x.referencePlaceId === "ly-oil-crescent");
    expect(m).toMatchObject({ kind: "direction", subjectPlaceId: "ly-sirte", statedDirection: "W" });
    expect(m?.evidence.text).toBe("سرت إلى الغرب مباشرة من الهلال النفطي");
  });
  it("gives every place of a list its own measurement", () => {
    const ms = measure("تدور معارك في مناطق بويرات الحسون والوشكة غرب سرت");
    expect(ms.map((m) => m.subjectPlaceId).sort()).toEqual(["ly-buwairat", "ly-washka"]);
    expect(new Set(ms.map((m) => m.id)).size).toBe(2);
    const commas = measure("تدور معارك في غريان، ترهونة والزاوية جنوب طرابلس");
    expect(commas.map((m) => m.subjectPlaceId).sort()).toEqual(["ly-gharyan", "ly-tarhuna", "ly-zawiya"]);
  });
  it("does not take a place before the list for one of its members", () => {
    const ms = measure("انطلقت القوات من مصراتة الوشكة غرب سرت");
    expect(ms.map((m) => m.subjectPlaceId)).toEqual(["ly-washka"]);
  });
  it("flags the seed's Tarhuna 'south of Sirte' and passes Abu Qurain south of Misrata", () => {
    const ms = measure(seed("002_e69a338bd8dde591"), ["بوابة 70", "وادي بي"]);
    const tarhuna = ms.find((m) => m.subjectPlaceId === "ly-tarhuna");
    expect(tarhuna).toMatchObject({ referencePlaceId: "ly-sirte", statedDirection: "S" });
    expect(tarhuna?.verdict).toMatchObject({ direction: "inconsistent", measuredDirection: "NW" });
    const abuQurain = ms.find((m) => m.subjectPlaceId === "ly-abu-qurain" && m.statedDirection === "S");
    expect(abuQurain?.verdict).toMatchObject({ direction: "consistent" });
  });
  it("keeps a relation to a place the gazetteer lacks, as unverifiable with the name", () => {
    const m = only("استهدفت مسيرة مواقع في بوابة 70 جنوب مدينة سرت", ["بوابة 70"]);
    expect(m).toMatchObject({ kind: "direction", subjectPlaceId: null, referencePlaceId: "ly-sirte" });
    expect(m.verdict).toEqual({ kind: "unverifiable", why: 'the subject "بوابة 70" is not in the gazetteer' });
  });
});

describe("findMeasurements: rings", () => {
  it("reads a forced retreat from a place as a pushback ring (seed 002)", () => {
    const m = measure(seed("002_e69a338bd8dde591")).find((x) => x.kind === "pushback");
    expect(m).toMatchObject({ referencePlaceId: "ly-sirte", statedKm: 30 });
    expect(m?.verdict).toEqual({ kind: "ring", centerPlaceId: "ly-sirte", radiusKm: 30 });
    expect(m?.evidence.text).toBe("التراجع عن سرت بنحو 30 كيلومتراً");
  });
  it("reads a demanded withdrawal from a place's borders as a pullback ring (seed 002)", () => {
    const m = measure(seed("002_e69a338bd8dde591")).find((x) => x.kind === "pullback");
    expect(m?.verdict).toEqual({ kind: "ring", centerPlaceId: "ly-tripoli", radiusKm: 60 });
    expect(m?.evidence.text).toBe("التراجع 60 كيلومتراً عن حدود طرابلس");
  });
  it("gives a distance to the place it follows, not to an earlier withdrawal", () => {
    expect(only("وانسحبت من الوشكة التي تبعد 30 كلم عن سرت")).toMatchObject({ kind: "distance", subjectPlaceId: "ly-washka", referencePlaceId: "ly-sirte" });
  });
  it("reads other word orders and units", () => {
    const push = only("أجبرت الضربات القوات المهاجمة على التراجع مسافة 20 كلم عن غريان");
    expect(push).toMatchObject({ kind: "pushback", referencePlaceId: "ly-gharyan", statedKm: 20 });
    const pull = only("وطالبت البعثة القوات بالانسحاب 15 ميلا من محيط الزاوية");
    expect(pull.kind).toBe("pullback");
    expect(pull.evidence.text).toBe("الانسحاب 15 ميلا من محيط الزاوية");
  });
});

describe("findMeasurements: what is not a measurement", () => {
  it.each([
    ["a heading with no reference", "واصلت القوات تقدمها شرقا نحو سرت"],
    ["a direction of the country", "انسحبت القوات إلى مدن شرق البلاد"],
    ["where in a region a town lies", "سيطرت القوات على سبها جنوب فزان"],
    ["a range with no reference place", "صواريخ يصل مداها إلى 300 كلم"],
    ["a population", "سرت التي يبلغ عدد سكانها نحو 120 ألف نسمة"],
    ["'كم' as 'how many'", "كم عدد القتلى في سرت"],
    ["a distance from something that is not a place", "قطعت القوات 200 كلم من الصحراء"],
    ["an area", "تمتد على مساحة 100 كيلومتر مربع من سرت"],
    ["'الشرق' as a noun", "وصلت قوات الشرق سرت"],
    ["a heading ('شرقا من')", "تقدمت القوات شرقا من مصراتة"],
    ["a part of the reference ('في جنوب')", "تدور معارك في جنوب طرابلس"],
    ["a part of a place ('في جنوب')", "اندلعت اشتباكات في غريان في جنوب طرابلس"],
  ])("skips %s", (_why, text) => {
    expect(measure(text)).toEqual([]);
  });
});

describe("findMeasurements: statements without a subject place", () => {
  const subjectless = (text: string): Measurement => {
    const m = only(text);
    expect(m.subjectPlaceId).toBeNull();
    expect(m.verdict).toEqual({ kind: "unverifiable", why: "the subject is not a named place" });
    return m;
  };
  it("keeps where forces or strikes are said to be, relative to a place (seed 002's forms)", () => {
    expect(subjectless("تقدمت قوات الوفاق المتمركزة شرق مدينة مصراتة")).toMatchObject({ kind: "direction", referencePlaceId: "ly-misrata", statedDirection: "E" });
    expect(subjectless("نفذت الطائرات 5 ضربات جنوب سرت").evidence.text).toBe("جنوب سرت");
  });
  it("does not guess a subject from 'المنطقة' or from an 'المدينة' with no city before it", () => {
    expect(subjectless("دخلت القوات سرت. وتشهد المنطقة الواقعة جنوب طرابلس معارك").evidence.text).toBe("جنوب طرابلس");
    const m = subjectless("قصفت الطائرات الوشكة. ثم قصفت المدينة الواقعة على بعد 20 كلم شرق مصراتة");
    expect(m).toMatchObject({ kind: "distance-direction", statedKm: 20, statedDirection: "E" });
    expect(m.evidence.text).toBe("على بعد 20 كلم شرق مصراتة");
  });
  it("keeps a distance from a place with nothing named before it", () => {
    expect(subjectless("سقطت قذائف على بعد 20 كلم من غريان")).toMatchObject({ kind: "distance", referencePlaceId: "ly-gharyan", statedKm: 20 });
  });
});

describe("findMeasurements: ids", () => {
  it("gives the same statement the same id on every run, and different statements different ids", () => {
    const a = measure(seed("002_e69a338bd8dde591"));
    const b = measure(seed("002_e69a338bd8dde591"));
    expect(a.map((m) => m.id)).toEqual(b.map((m) => m.id));
    expect(new Set(a.map((m) => m.id)).size).toBe(a.length);
  });
});
