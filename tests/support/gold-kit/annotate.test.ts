import { describe, expect, it } from "vitest";
import { GoldBuilder } from "./annotate.ts";
import { wordOccurrences } from "./locate.ts";

const TEXT = "دخلت القوات سرت. وفي سرت قال المتحدث إن سرتاوي وصل وبسرت هدوء.";
const PUB = { iso: "2020-01-07", precision: "day" } as const;

describe("GoldBuilder", () => {
  it("turns a bracketed snippet into the offsets of the bracketed part only", () => {
    const gold = new GoldBuilder("t", PUB, TEXT).actor("دخلت ⟦القوات⟧ سرت", "LNA").build();
    const [a] = gold.actors;
    expect(a).toMatchObject({ surface: "القوات", start: TEXT.indexOf("القوات"), end: TEXT.indexOf("القوات") + 6 });
  });

  it("refuses a snippet that repeats unless an occurrence index is given", () => {
    const b = new GoldBuilder("t", PUB, TEXT);
    expect(() => b.toponym("سرت", "Sirte")).toThrow(/occurs 4 times/);
    expect(b.toponym(["سرت", 1], "Sirte").build().toponyms[0]?.start).toBe(TEXT.indexOf("سرت", TEXT.indexOf("سرت") + 1));
  });

  it("refuses a snippet, a name or a place that is not there", () => {
    const b = new GoldBuilder("t", PUB, TEXT);
    expect(() => b.actor("الجيش", "LNA")).toThrow(/not found/);
    expect(() => b.names("بنغازي", "Benghazi")).toThrow(/not found/);
    expect(() => b.names("سرت", "Nowhere")).toThrow(/unknown place/);
  });

  it("dates a claim by the publication date unless told otherwise", () => {
    const gold = new GoldBuilder("t", PUB, TEXT)
      .names("سرت", "Sirte")
      .claim({ actor: "LNA", action: "entered", places: ["Sirte"], speaker: "outlet", trigger: "دخلت", evidence: "⟦دخلت القوات سرت⟧." })
      .build();
    expect(gold.claims[0]?.date).toEqual(PUB);
  });
});

describe("wordOccurrences", () => {
  it("accepts a name after one or two proclitics and rejects it inside a longer word", () => {
    const starts = wordOccurrences(TEXT, "سرت").map((f) => f.start);
    expect(starts).toEqual([TEXT.indexOf("سرت."), TEXT.indexOf("سرت قال"), TEXT.indexOf("وبسرت") + 2]);
  });
});
