import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot, seedsDir } from "../scripts/lib/seeds.ts";

const shared = join(repoRoot, "..", "shared", "seeds");

describe("seeds/", () => {
  it("holds five Arabic articles", () => {
    const txt = readdirSync(seedsDir).filter((f) => f.endsWith(".txt"));
    expect(txt).toHaveLength(5);
    for (const f of txt) expect(readFileSync(join(seedsDir, f), "utf8")).toMatch(/[\u0600-\u06FF]{3}/);
  });

  // CI clones the project with shared/ beside it; a lone clone has nothing to compare with.
  it.runIf(existsSync(shared))("is a byte-for-byte copy of ../shared/seeds", () => {
    const theirs = readdirSync(shared).sort();
    const ours = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort();
    expect(ours).toEqual(theirs);
    for (const f of theirs) expect(readFileSync(join(seedsDir, f)).equals(readFileSync(join(shared, f))), f).toBe(true);
  });
});
