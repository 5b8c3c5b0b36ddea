import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize, normalizeWithOffsets } from "../../../src/core/text/normalize.ts";
import { tokenize } from "../../../src/core/text/tokenize.ts";

/*
 * Normalising and tokenising read precomputed per-character tables (a regex test per
 * character was the engine's slowest step). These oracles are the rules as first written,
 * character by character with the patterns: on any text both must agree exactly.
 */

const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Text mixing Arabic (letters, marks, digits, punctuation), Latin, astral letters and lone surrogates. */
const mixedText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x0600, max: 0x06ff }),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x00a0, 0x00ad, 0x200b, 0x200f, 0x202b, 0x2066, 0xfeff, 0x201c, 0x2013, 0x0a, 0x09, 0xffff),
      fc.constantFrom(0xd835, 0xdc00, 0xd800, 0xdfff),
      fc.integer({ min: 0, max: 0xffff }),
    ),
    { maxLength: 80 },
  )
  .map((codes) => String.fromCharCode(...codes));

describe("character tables", () => {
  it("normalises any text exactly as the per-character rules do, offsets included", () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const kept: number[] = [];
        for (let i = 0; i < text.length; i++) if (!DROPPED.test(text[i] as string) && !INVISIBLE.test(text[i] as string)) kept.push(i);
        const n = normalizeWithOffsets(text);
        expect([...n.originalIndex]).toEqual([...kept, text.length]);
        expect(n.text.length).toBe(kept.length);
        expect(normalize(text)).toBe(n.text);
      }),
      { numRuns: 2000 },
    );
  });

  it("normalises a text longer than one conversion chunk without losing a character", () => {
    const text = "سِرتُ، ٤٥٠ كلم ".repeat(3000);
    expect(normalize(text)).toBe("سرت, 450 كلم ".repeat(3000));
  });

  it("tokenises any text exactly where the letter, mark and digit pattern runs", () => {
    fc.assert(
      fc.property(mixedText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = from + (Math.max(a, b) % (text.length + 1 - from));
        const slice = text.slice(from, to);
        const expected = [...slice.matchAll(WORD)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
        expect(tokenize(text, from, to)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps an astral letter inside its word", () => {
    expect(tokenize("ab\u{1D400}c d").map((t) => t.text)).toEqual(["ab\u{1D400}c", "d"]);
  });
});
