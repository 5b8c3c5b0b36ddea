import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CliticReading, cliticReadings } from "../../../src/core/text/clitics.ts";

/** The readings as first written, with no fast path: the oracle for random words. */
function slowReadings(token: string): CliticReading[] {
  const readings: CliticReading[] = [{ prefix: "", stem: token }];
  const seen = new Set<string>([token]);
  const add = (prefix: string, stem: string): void => {
    if (stem.length < 2 || seen.has(stem)) return;
    seen.add(stem);
    readings.push({ prefix, stem });
  };
  const conj = ["و", "ف"].find((c) => token.startsWith(c)) ?? "";
  for (const c of conj ? ["", conj] : [""]) {
    const rest = token.slice(c.length);
    add(c, rest);
    if (rest.startsWith("لل")) {
      add(`${c}ل`, `ال${rest.slice(2)}`);
      add(`${c}لل`, rest.slice(2));
    }
    for (const p of ["ب", "ل", "ك"]) {
      if (!rest.startsWith(p)) continue;
      add(c + p, rest.slice(1));
      if (rest.slice(1).startsWith("ال")) add(`${c + p}ال`, rest.slice(3));
    }
    if (rest.startsWith("ال")) add(`${c}ال`, rest.slice(2));
  }
  return readings;
}

describe("cliticReadings", () => {
  it("reads any word as the full clitic search does, fast path or not", () => {
    const word = fc.array(fc.constantFrom(..."وفبلكالسرتمه"), { maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(fc.property(word, (w) => {
        expect(cliticReadings(w)).toEqual(slowReadings(w));
      }), { numRuns: 3000 });
  });

  it("gives only the whole word when it starts with no clitic letter or alef", () => {
    expect(cliticReadings("سرت")).toEqual([{ prefix: "", stem: "سرت" }]);
    expect(cliticReadings("")).toEqual([{ prefix: "", stem: "" }]);
  });
});
