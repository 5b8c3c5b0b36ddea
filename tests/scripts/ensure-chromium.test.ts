import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium } from "../../scripts/ensure-chromium.ts";

describe("findChromium", () => {
  it("uses CHROME_PATH first when it names an executable", () => {
    expect(findChromium({ CHROME_PATH: process.execPath, PATH: "" })).toBe(process.execPath);
  });

  it("fails loudly, rather than falling back, when CHROME_PATH names no executable", () => {
    const dir = mkdtempSync(join(tmpdir(), "ensure-chromium-"));
    const notExecutable = join(dir, "chromium");
    writeFileSync(notExecutable, "");
    expect(() => findChromium({ CHROME_PATH: join(dir, "missing"), PATH: "" })).toThrow(/CHROME_PATH/);
    expect(() => findChromium({ CHROME_PATH: notExecutable, PATH: "" })).toThrow(/not an executable/);
  });
});
