import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BundleSizes, bundleSizes, gzipTotal, INITIAL_JS_BUDGET_GZIP_BYTES } from "../../scripts/bench/bundle.ts";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Builds the app afresh into a temporary folder (never trusting a dist/ that may be stale or
 * missing) and holds its first-visit JavaScript to issue 8's budget.
 */
describe("the bundle budget", () => {
  let outDir: string;
  let sizes: BundleSizes;
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), "bundle-budget-"));
    await build({ root: ROOT, configFile: resolve(ROOT, "vite.config.ts"), logLevel: "warn", build: { outDir, emptyOutDir: true, sourcemap: false } });
    sizes = bundleSizes(outDir);
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("keeps the initial JavaScript at or under 100 KB gzipped", () => {
    const total = gzipTotal(sizes.initial);
    expect(total, sizes.initial.map((c) => `${c.file}: ${c.gzipBytes} B gzipped`).join(", ")).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP_BYTES);
  });

  it("loads the extraction engine in a worker and the analyst's panels on demand, not with the page", () => {
    // A real build was measured: its entry is tens of kilobytes, not a stub.
    expect(gzipTotal(sizes.initial)).toBeGreaterThan(20 * 1024);
    expect(sizes.initial.some((c) => c.file.includes("user-articles"))).toBe(false);
    expect(sizes.later.some((c) => c.file.includes("user-articles"))).toBe(true);
    expect(sizes.initial.some((c) => c.file.includes("worker"))).toBe(false);
    expect(sizes.later.some((c) => c.file.includes("worker"))).toBe(true);
  });

  it("counts the module script and its preloads from index.html, in real gzipped bytes", () => {
    const fake = mkdtempSync(join(tmpdir(), "bundle-budget-fake-"));
    try {
      mkdirSync(join(fake, "assets"));
      writeFileSync(join(fake, "index.html"), `<script type="module" crossorigin src="./assets/entry.js"></script><link rel="modulepreload" href="./assets/shared.js"><script src="https://example.org/x.js"></script>`);
      // Random bytes do not compress: 120 KB of them are over budget however they are counted.
      writeFileSync(join(fake, "assets", "entry.js"), randomBytes(60 * 1024).toString("base64"));
      writeFileSync(join(fake, "assets", "shared.js"), randomBytes(60 * 1024).toString("base64"));
      writeFileSync(join(fake, "assets", "lazy.js"), "export const later = 1;");
      const fakeSizes = bundleSizes(fake);
      expect(fakeSizes.initial.map((c) => c.file)).toEqual(["assets/entry.js", "assets/shared.js"]);
      expect(fakeSizes.later.map((c) => c.file)).toEqual(["assets/lazy.js"]);
      expect(gzipTotal(fakeSizes.initial)).toBeGreaterThan(INITIAL_JS_BUDGET_GZIP_BYTES);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });
});
