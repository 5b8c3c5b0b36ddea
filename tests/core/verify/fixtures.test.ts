import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Statement, verifyStatement } from "../../../src/core/verify/measurement-verdict.ts";
import type { Verdict } from "../../../src/core/types.ts";

/**
 * Turf-style fixtures: each file is `{ in: Statement, out: Verdict }`, filed under the outcome it
 * must have. `out` is rewritten only with UPDATE_FIXTURES=1; the folder check below holds even
 * then, so a regenerated fixture that changed outcome still fails.
 */
const ROOT = join(import.meta.dirname, "fixtures");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

type Outcome = "consistent" | "inconsistent" | "unverifiable";

function outcomeOf(v: Verdict): Outcome {
  if (v.kind === "unverifiable") return "unverifiable";
  if (v.kind === "ring") return "consistent";
  const distanceOk = v.distance === undefined || v.distance === "consistent-straight" || v.distance === "consistent-road";
  const directionOk = v.direction === undefined || v.direction === "consistent";
  return distanceOk && directionOk ? "consistent" : "inconsistent";
}

for (const outcome of ["consistent", "inconsistent", "unverifiable"] as const) {
  describe(`verification fixtures that must come out ${outcome}`, () => {
    const files = readdirSync(join(ROOT, outcome)).filter((f) => f.endsWith(".json"));
    it("has fixtures", () => expect(files.length).toBeGreaterThan(0));
    for (const file of files) {
      it(file.replace(/\.json$/, "").replaceAll("-", " "), () => {
        const path = join(ROOT, outcome, file);
        const fixture = JSON.parse(readFileSync(path, "utf8")) as { in: Statement; out: Verdict | null };
        const actual = verifyStatement(fixture.in);
        if (UPDATE) writeFileSync(path, `${JSON.stringify({ ...fixture, out: actual }, null, 2)}\n`);
        else expect(actual).toEqual(fixture.out);
        expect(outcomeOf(actual)).toBe(outcome);
      });
    }
  });
}
