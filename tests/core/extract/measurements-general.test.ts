import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { findMeasurements } from "../../../src/core/extract/measurements.ts";
import type { Measurement } from "../../../src/core/types.ts";
import { fixtureGazetteer, naivePlaces } from "./measurements-fixture.ts";

// Forms of the news register beyond the seeds: anaphoric and pronoun references, dual units,
// verb-first locatives, direction adjectives and the country as a reference.

const gaz = fixtureGazetteer();

function measure(text: string): Measurement[] {
  const doc = prepareDocument(text);
  return findMeasurements(doc, naivePlaces(doc, gaz), gaz);
}

function only(text: string): Measurement {
  const ms = measure(text);
  expect(ms).toHaveLength(1);
  return ms[0] as Measurement;
}

describe("findMeasurements: references that point back", () => {
  it("reads a pronoun on a direction word as the place named before ('شرقيها', 'جنوبه')", () => {
    const m = only("سيطرت القوات على أجدابيا، فيما تدور معارك في المحور الأول شرقيها");
    expect(m).toMatchObject({ kind: "direction", subjectPlaceId: null, referencePlaceId: "ly-ajdabiya", statedDirection: "E" });
    expect(m.evidence.text).toBe("شرقيها");
    expect(only("دخلت الكتيبة مطار بني وليد وتمركزت جنوبه").referencePlaceId).toBe("ly-bani-walid");
  });
  it("gives a pronoun direction a place subject and never makes a place its own reference", () => {
    const m = only("وصلت القوات إلى ترهونة، ثم دخلت بني وليد جنوب شرقيها");
    expect(m).toMatchObject({ subjectPlaceId: "ly-bani-walid", referencePlaceId: "ly-tarhuna", statedDirection: "SE" });
  });
  it("does not read the adjective 'شرقية', 'غربة' (exile) or 'in its east' as a relation", () => {
    expect(measure("وصلت القوات إلى سرت. وتقدمت قوة شرقيه نحو المدينة")).toEqual([]);
    expect(measure("عاد القائد إلى بنغازي بعد سنوات غربة طويلة")).toEqual([]);
    expect(measure("دخلت القوات مصراتة. واندلعت اشتباكات في غربها")).toEqual([]);
  });
  it("reads 'تبعد عنها' as distant from the place named before the subject", () => {
    const m = only("وانسحبت الكتيبة على الطريق بين درنة وطبرق، التي تبعد عنها نحو 170 كلم");
    expect(m).toMatchObject({ kind: "distance", subjectPlaceId: "ly-tobruk", referencePlaceId: "ly-derna", statedKm: 170 });
    expect(m.evidence.text).toBe("طبرق، التي تبعد عنها نحو 170 كلم");
  });
  it("resolves 'القاعدة', 'الميناء' and 'المدينة' after a direction to the last place of that kind", () => {
    const base = measure("سيطرت القوات على قاعدة الجفرة الجوية، وانسحب المقاتلون إلى هون جنوبي القاعدة");
    expect(base).toHaveLength(1);
    expect(base[0]).toMatchObject({ subjectPlaceId: "ly-hun", referencePlaceId: "ly-jufra-airbase", statedDirection: "S" });
    expect(base[0]?.evidence.text).toBe("هون جنوبي القاعدة");
    const city = only("تقدمت القوات نحو سبها، وقصفت الطائرات مواقع جنوب المدينة");
    expect(city).toMatchObject({ subjectPlaceId: null, referencePlaceId: "ly-sabha", statedDirection: "S" });
  });
  it("gives every place of a list its relation to an anaphoric reference", () => {
    const ms = measure("وسقطت قاعدة الجفرة الجوية، وفر المقاتلون إلى مدينتي هون وبني وليد شمال القاعدة");
    expect(ms.map((m) => m.subjectPlaceId).sort()).toEqual(["ly-bani-walid", "ly-hun"]);
  });
  it("does not resolve an anaphor with nothing of its kind before it", () => {
    expect(measure("قصفت الطائرات مواقع جنوب القاعدة")).toEqual([]);
  });
});

describe("findMeasurements: subjects the verb or an adjective separates", () => {
  it("takes the subject of a verb-first locative across a phrase ('وتقع X على الساحل على بعد')", () => {
    const m = only("وتقع طبرق على الساحل على بعد نحو 140 كيلومترا شرق درنة");
    expect(m).toMatchObject({ kind: "distance-direction", subjectPlaceId: "ly-tobruk", referencePlaceId: "ly-derna", statedKm: 140, statedDirection: "E" });
  });
  it("takes an anaphor after the verb for the subject ('وتقع القاعدة على بعد')", () => {
    const ms = measure("استعادت القوات قاعدة الجفرة الجوية. وتقع القاعدة على بعد نحو 650 كيلومترا جنوب شرق طرابلس");
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ subjectPlaceId: "ly-jufra-airbase", referencePlaceId: "ly-tripoli", statedDirection: "SE" });
  });
  it("skips an adjective agreeing with the place ('الزنتان الجبلية، الواقعة')", () => {
    const m = only("دخلت القوات مدينة الزنتان الجبلية، الواقعة على بعد نحو 160 كيلومترا جنوب غرب طرابلس");
    expect(m).toMatchObject({ subjectPlaceId: "ly-zintan", referencePlaceId: "ly-tripoli", statedKm: 160, statedDirection: "SW" });
  });
  it("does not take a place across a comma for a verb-first subject", () => {
    const m = only("وتقع، بحسب المصادر، قوات الكتيبة على بعد 30 كلم من غريان");
    expect(m.subjectPlaceId).toBeNull();
  });
  it("reads a direction from the centre of a place ('غرب وسط X')", () => {
    expect(only("وتقع الزاوية على بعد نحو 45 كيلومترا غرب وسط طرابلس")).toMatchObject({ subjectPlaceId: "ly-zawiya", referencePlaceId: "ly-tripoli", statedKm: 45 });
  });
});

describe("findMeasurements: dual units and rings", () => {
  it("reads a dual unit as its own count ('نحو كيلومترين')", () => {
    const m = only("وأجبرت الوحدات المقاتلين على التراجع نحو كيلومترين عن محيط ميناء طبرق");
    expect(m).toMatchObject({ kind: "pushback", referencePlaceId: "ly-tobruk-port", statedKm: 2 });
  });
  it("keeps a forced retreat from a place's edge a push-back and a demanded one a pull-back", () => {
    expect(only("طالبت البعثة القوات بالتراجع ميلين عن أطراف الزاوية").kind).toBe("pullback");
    expect(only("أرغمت الغارات المهاجمين على التراجع 20 كلم عن حدود غريان").kind).toBe("pushback");
  });
  it("resolves 'الميناء' after a retreat to the port named before", () => {
    const ms = measure("دخلت القوات ميناء طبرق. وأجبرت المقاتلين على التراجع 3 كلم عن الميناء");
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ kind: "pushback", referencePlaceId: "ly-tobruk-port", statedKm: 3 });
  });
});

describe("findMeasurements: parts of a place named by an adjective", () => {
  it("reads 'الضواحي الجنوبية لX' and 'الأطراف الشمالية الغربية لمدينة X' as directions with no subject place", () => {
    const m = only("انسحبت القوات من مواقعها في الضواحي الجنوبية لسبها");
    expect(m).toMatchObject({ kind: "direction", subjectPlaceId: null, referencePlaceId: "ly-sabha", statedDirection: "S" });
    expect(m.evidence.text).toBe("الضواحي الجنوبية لسبها");
    expect(only("تدور اشتباكات عند الأطراف الشمالية الغربية لمدينة غريان").statedDirection).toBe("NW");
  });
  it("does not read a direction adjective without 'ل' and a place", () => {
    expect(measure("أعلنت المنطقة العسكرية الغربية سيطرتها على غريان")).toEqual([]);
    expect(measure("تقدمت القوات في المحور الجنوبي للمدينة")).toEqual([]);
    expect(measure("وصل الجيش إلى الجنوب الليبي")).toEqual([]);
  });
  it("says where in the country a place lies only of a place named before", () => {
    expect(only("وتقع الكفرة في أقصى الجنوب الشرقي لليبيا")).toMatchObject({ subjectPlaceId: "ly-kufra", referencePlaceId: "ly", statedDirection: "SE" });
    expect(measure("تنتشر الجماعات في الجنوب الغربي لليبيا")).toEqual([]);
  });
});

describe("findMeasurements: the country as a reference", () => {
  it("reads 'X شمال غربي البلاد' and 'X شرق ليبيا' against Libya, unverifiable", () => {
    const m = only("دخلت القوات مدينة بني وليد شمال غربي البلاد");
    expect(m).toMatchObject({ kind: "direction", subjectPlaceId: "ly-bani-walid", referencePlaceId: "ly", statedDirection: "NW" });
    expect(m.verdict.kind).toBe("unverifiable");
    expect(only("تقع بنغازي شرق ليبيا")).toMatchObject({ subjectPlaceId: "ly-benghazi", referencePlaceId: "ly", statedDirection: "E" });
  });
  it("keeps a named country with no place before it, but not 'the country's east' or 'in'", () => {
    expect(only("وتسيطر القوات على معظم شرق ليبيا")).toMatchObject({ subjectPlaceId: null, referencePlaceId: "ly", statedDirection: "E" });
    expect(measure("انسحبت القوات إلى مدن شرق البلاد")).toEqual([]);
    expect(measure("تنتشر القوات في جنوب ليبيا")).toEqual([]);
  });
});

describe("findMeasurements: what an anaphor points back to", () => {
  it("passes over a landmark a named place was measured from, to the place the text is about", () => {
    const ms = measure("وتقع سبها على بعد 650 كيلومترا جنوب طرابلس. وقصفت الطائرات مواقع شمال المدينة");
    expect(ms.map((m) => [m.subjectPlaceId, m.referencePlaceId])).toEqual([
      ["ly-sabha", "ly-tripoli"],
      [null, "ly-sabha"],
    ]);
  });
  it("keeps a place that was only the reference of a statement with no subject place as an antecedent", () => {
    const ms = measure("تقدمت القوات جنوب طرابلس. وقصفت الطائرات مواقع شرق المدينة");
    expect(ms.map((m) => m.referencePlaceId)).toEqual(["ly-tripoli", "ly-tripoli"]);
  });
  it("skips a dual adjective after a list of two towns ('الجبليتين')", () => {
    const ms = measure("سقطت قاعدة الجفرة الجوية، وفر المقاتلون إلى مدينتي هون وبني وليد الجبليتين شمال القاعدة");
    expect(ms.map((m) => m.subjectPlaceId).sort()).toEqual(["ly-bani-walid", "ly-hun"]);
  });
});

describe("findMeasurements: 'إلى الغرب منها' with a pronoun for the reference", () => {
  it("reads the spelt-out relation with 'منها' and a distance after it", () => {
    const ms = measure("دخلت القوات ترهونة، وتقع بني وليد إلى الجنوب منها بنحو 80 كلم");
    expect(ms.map((m) => [m.kind, m.subjectPlaceId, m.referencePlaceId, m.statedKm, m.statedDirection])).toEqual([
      ["distance-direction", "ly-bani-walid", "ly-tarhuna", 80, "S"],
    ]);
  });
  it("gives a pronoun the nearest place named before it (الضمير يعود على أقرب مذكور), a landmark included", () => {
    const ms = measure("وتقع الزاوية غرب طرابلس، فيما تقع غريان جنوبيها");
    expect(ms.map((m) => [m.subjectPlaceId, m.referencePlaceId])).toEqual([
      ["ly-zawiya", "ly-tripoli"],
      ["ly-gharyan", "ly-tripoli"],
    ]);
  });
  it("reads it without a distance as a direction", () => {
    const ms = measure("دخلت القوات سبها، ثم تقدمت إلى الزاوية. وتقع غريان إلى الجنوب منها");
    expect(ms.map((m) => [m.kind, m.subjectPlaceId, m.referencePlaceId])).toEqual([["direction", "ly-gharyan", "ly-zawiya"]]);
  });
});

describe("findMeasurements: the capital, qualified cues and hedges", () => {
  it("reads a bare 'العاصمة' as the country's capital", () => {
    expect(only("وتبعد ترهونة نحو 90 كيلومترا جنوب شرق العاصمة")).toMatchObject({ referencePlaceId: "ly-tripoli", statedKm: 90, statedDirection: "SE" });
    expect(only("تدور المعارك في غريان جنوب العاصمة")).toMatchObject({ subjectPlaceId: "ly-gharyan", referencePlaceId: "ly-tripoli" });
  });
  it("does not read a foreign capital ('العاصمة التونسية') as Tripoli", () => {
    expect(measure("وتقع الزاوية على بعد 300 كلم شرق العاصمة التونسية")).toEqual([]);
  });
  it("reads a cue noun with an adjective before the name ('العاصمة الليبية طرابلس')", () => {
    expect(only("وتقع مصراتة على بعد 200 كلم شرقي العاصمة الليبية طرابلس")).toMatchObject({ subjectPlaceId: "ly-misrata", referencePlaceId: "ly-tripoli", statedKm: 200 });
  });
  it("keeps a hedge after the unit inside the quantity ('10 كلم فقط عن')", () => {
    expect(only("سيطرت القوات على مواقع تبعد 10 كلم فقط عن وسط سرت")).toMatchObject({ kind: "distance", referencePlaceId: "ly-sirte", statedKm: 10 });
  });
});

describe("findMeasurements: where in the country, with 'في' and 'من'", () => {
  it("reads 'X في جنوب غرب ليبيا' and 'X في الجنوب الشرقي من ليبيا' against the country", () => {
    expect(only("سيطرت القوات على سبها في جنوب غرب ليبيا")).toMatchObject({ subjectPlaceId: "ly-sabha", referencePlaceId: "ly", statedDirection: "SW" });
    expect(only("وتقع الكفرة في الجنوب الشرقي من ليبيا")).toMatchObject({ subjectPlaceId: "ly-kufra", referencePlaceId: "ly", statedDirection: "SE" });
  });
  it("still reads 'X في جنوب Y' of a town as a part of it, even after 'تقع'", () => {
    expect(measure("وتقع الهضبة في جنوب طرابلس")).toEqual([]);
  });
  it("does not read 'forces of the west from X' as a part of X", () => {
    expect(measure("وصلت قوات الغرب من طرابلس إلى سرت")).toEqual([]);
  });
});

describe("findMeasurements: a distance after the reference", () => {
  it("reads 'X جنوب غربي Y بنحو 30 كلم' and 'X إلى الجنوب الشرقي من Y على بعد 180 كلم' as one statement", () => {
    expect(only("وتقع الزاوية شمال غربي غريان بنحو 60 كلم")).toMatchObject({ kind: "distance-direction", subjectPlaceId: "ly-zawiya", referencePlaceId: "ly-gharyan", statedKm: 60, statedDirection: "NW" });
    const m = only("وتقع بني وليد إلى الجنوب الشرقي من طرابلس على بعد 180 كلم");
    expect(m).toMatchObject({ kind: "distance-direction", subjectPlaceId: "ly-bani-walid", referencePlaceId: "ly-tripoli", statedKm: 180, statedDirection: "SE" });
    expect(m.evidence.text).toBe("بني وليد إلى الجنوب الشرقي من طرابلس على بعد 180 كلم");
  });
  it("does not take a count of something else after the reference for a distance", () => {
    expect(only("وتقع غريان جنوب طرابلس 5 مرات")).toMatchObject({ kind: "direction", statedDirection: "S" });
  });
  it("keeps a plain 'من Y على بعد N كلم' a distance", () => {
    expect(only("وتقع ترهونة على مقربة من طرابلس على بعد 90 كلم")).toMatchObject({ kind: "distance", subjectPlaceId: "ly-tarhuna", referencePlaceId: "ly-tripoli", statedKm: 90 });
  });
});
