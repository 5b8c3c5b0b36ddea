import { describe, expect, it } from "vitest";
import { balancedIsolates, isolatedString } from "../../src/ui/isolated-text.ts";

describe("isolated outside text", () => {
  it("leaves text without directional isolates as it is", () => {
    for (const text of ["Al Jazeera", "الجزيرة", "\u202Eevil", "\u2067balanced\u2069"]) expect(balancedIsolates(text)).toBe(text);
  });

  it("opens an isolate for each stray U+2069, so none can close the isolate around the text", () => {
    expect(balancedIsolates("a\u2069\u2069\u202Eb")).toBe("\u2068\u2068a\u2069\u2069\u202Eb");
  });

  it("closes each isolate the text leaves open, so the text after it is not pulled in", () => {
    expect(balancedIsolates("\u2067\u2066evil")).toBe("\u2067\u2066evil\u2069\u2069");
  });

  it("wraps a string in U+2068 … U+2069 with every character of the text kept", () => {
    const text = "\u2069\u202Eevil\u2066";
    const wrapped = isolatedString(text);
    expect(wrapped.startsWith("\u2068") && wrapped.endsWith("\u2069")).toBe(true);
    expect(wrapped).toContain(text);
    let depth = 0;
    for (const ch of wrapped) {
      if ("\u2066\u2067\u2068".includes(ch)) depth += 1;
      if (ch === "\u2069") depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
