import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/core/text/sentences.ts";
import { tokenize } from "../../../src/core/text/tokenize.ts";
import { normalize } from "../../../src/core/text/normalize.ts";

const sentences = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on full stops and line breaks", () => {
    expect(sentences("دخلت القوات سرت. ثم انسحبت.\nوقال المتحدث")).toEqual([
      "دخلت القوات سرت.",
      "ثم انسحبت.",
      "وقال المتحدث",
    ]);
  });

  it("treats the '.,' joiner of list-dumped paragraphs as one boundary", () => {
    expect(sentences("قصف رتلا., وأوضح في بيان أنه نفذ غارات., وتزامن")).toEqual([
      "قصف رتلا.,",
      "وأوضح في بيان أنه نفذ غارات.,",
      "وتزامن",
    ]);
  });

  it("does not split decimals or dotted links", () => {
    expect(sentences("تقدمت 2.5 كلم نحو المدينة pic.twitter.com/abc اليوم.")).toHaveLength(1);
  });

  it("splits on question and exclamation marks after normalisation", () => {
    expect(sentences(normalize("هل سقطت سرت؟ نعم!"))).toEqual(["هل سقطت سرت?", "نعم!"]);
  });

  it("drops spans with no words", () => {
    expect(sentences("...\n\n—\n")).toEqual([]);
  });
});

describe("tokenize", () => {
  it("returns words with their spans and skips punctuation and hashtags marks", () => {
    const text = "#سرت، 5+5 (الوشكة)";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["سرت", "5", "5", "الوشكة"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
