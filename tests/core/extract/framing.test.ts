import { describe, expect, it } from "vitest";
import { findActorMentions } from "../../../src/core/extract/actors.ts";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { summarizeFraming } from "../../../src/core/extract/framing.ts";
import type { Framing, Lean } from "../../../src/core/types.ts";

function framing(text: string, lean: Lean = "unknown"): Framing {
  const doc = prepareDocument(text);
  return summarizeFraming(doc, findActorMentions(doc, lean));
}

function markers(text: string): string[] {
  return framing(text).markers.map((m) => `${m.word}:${m.favours}:${m.count}`);
}

describe("summarizeFraming: forms", () => {
  it("counts each side's forms", () => {
    const f = framing("قالت قوات الوفاق إن قوات الوفاق دخلت المدينة بعد انسحاب قوات حفتر.");
    expect(f.forms).toEqual({ GNA: { "قوات الوفاق": 2 }, LNA: { "قوات حفتر": 1 } });
  });

  it("leaves backers out of the forms", () => {
    expect(framing("قصفت طائرة تركية مواقع قوات حفتر.").forms).toEqual({ LNA: { "قوات حفتر": 1 } });
  });
});

describe("summarizeFraming: markers", () => {
  it("reads ميليشيات X as against X", () => {
    expect(markers("وقالت ميليشيات الوفاق إنها انسحبت")).toEqual(["ميليشيات الوفاق:pro-LNA:1"]);
    expect(markers("وفرت مليشيات حفتر من المدينة")).toEqual(["مليشيات حفتر:pro-GNA:1"]);
  });

  it("reads the titles given to Haftar", () => {
    expect(markers("بقيادة المشير خليفة حفتر")).toEqual(["المشير:pro-LNA:1"]);
    expect(markers("قوات اللواء المتقاعد خليفة حفتر")).toEqual(["اللواء المتقاعد:pro-GNA:1"]);
  });

  it("reads mercenaries as against the side they are attached to", () => {
    expect(markers("فر مرتزقة حفتر من القاعدة")).toEqual(["مرتزقة:pro-GNA:1"]);
    expect(markers("وصل المرتزقة السوريون إلى طرابلس")).toEqual(["المرتزقة:pro-LNA:1"]);
    expect(markers("ونقلت تركيا مرتزقة سوريين إلى ليبيا")).toEqual(["مرتزقة:pro-LNA:1"]);
  });

  it("reads liberation as favouring the liberator, or against the side a place is freed from", () => {
    expect(markers("أعلن الجيش الوطني تحرير المدينة")).toEqual(["تحرير:pro-LNA:1"]);
    expect(markers("أطلقت عملية لتحرير المدن من قوات حفتر")).toEqual(["تحرير:pro-GNA:1"]);
  });

  it("reads terrorism labels by their target, pro-LNA by default", () => {
    expect(markers("استهدفت مليشيات حفتر الإرهابية المدنيين")).toEqual(["الإرهابية:pro-GNA:1", "مليشيات حفتر:pro-GNA:1"]);
    expect(markers("الحرب على الجماعات الإرهابية في طرابلس")).toEqual(["الجماعات الإرهابية:pro-LNA:1"]);
  });

  it("reads distancing verbs as against the side that claims", () => {
    expect(markers("زعمت قوات الوفاق أنها دخلت المدينة")).toEqual(["زعمت:pro-LNA:1"]);
    expect(markers("وادعت قوات حفتر أنها صدت الهجوم")).toEqual(["ادعت:pro-GNA:1"]);
  });

  it("reads legitimacy words", () => {
    expect(markers("الحكومة الليبية المعترف بها دوليا")).toEqual(["المعترف بها دوليا:pro-GNA:1"]);
    expect(markers("حكومة الوفاق فاقدة للشرعية")).toEqual(["فاقدة للشرعية:pro-LNA:1"]);
  });

  it("skips words inside a quotation: they are the speaker's, not the outlet's", () => {
    expect(markers('وقال المتحدث "سنلاحق المتمردين في كل مكان".')).toEqual([]);
  });
});

describe("summarizeFraming: inferredLean", () => {
  it("is unknown with no loaded words", () => {
    expect(framing("دخلت قوات الوفاق مدينة غريان.").inferredLean).toBe("unknown");
  });

  it("is neutral with too few loaded words", () => {
    expect(framing("بقيادة المشير خليفة حفتر.").inferredLean).toBe("neutral");
  });

  it("is pro-LNA when the LNA camp's words dominate", () => {
    expect(framing("قال الجيش بقيادة المشير حفتر إن ميليشيات الوفاق فرت وإن المشير أمر بملاحقة ميليشيات الوفاق.").inferredLean).toBe("pro-LNA");
  });

  it("is pro-GNA when the GNA camp's words dominate", () => {
    expect(framing("فرت قوات اللواء المتقاعد حفتر ومرتزقة فاغنر، وقالت الحكومة الشرعية إن مليشيات حفتر انسحبت.").inferredLean).toBe("pro-GNA");
  });

  it("is neutral when both camps' words are used alike", () => {
    expect(framing("قال المشير حفتر إن ميليشيات الوفاق ... وقالت الحكومة الشرعية إن مليشيات حفتر ...").inferredLean).toBe("neutral");
  });
});
