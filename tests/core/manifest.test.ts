import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ManifestError, isIsoDay, parseManifest } from "../../src/core/manifest.ts";
import { loadManifestFile, seedsDir } from "../../scripts/lib/seeds.ts";

const real = (): { version: number; articles: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(join(seedsDir, "manifest.json"), "utf8"));
const exists = () => true;

function rejects(mutate: (m: ReturnType<typeof real>) => void, message: RegExp, fileExists = exists): void {
  const m = real();
  mutate(m);
  expect(() => parseManifest(m, fileExists)).toThrow(ManifestError);
  expect(() => parseManifest(m, fileExists)).toThrow(message);
}

describe("seed manifest", () => {
  it("loads the project's manifest with one entry per seed file", () => {
    const manifest = loadManifestFile();
    expect(manifest.articles.map((a) => a.file)).toEqual([
      "000_9a2c95918cc6ac18.txt",
      "001_f26e5b47cef9b3b6.txt",
      "002_e69a338bd8dde591.txt",
      "003_cf76bc28e12c8499.txt",
      "004_d470f4d6d17985fe.txt",
    ]);
  });

  it("quotes outlet evidence that really occurs in each article", () => {
    for (const a of loadManifestFile().articles) {
      const text = readFileSync(join(seedsDir, a.file), "utf8");
      expect(text, a.id).toContain(a.outletEvidence);
    }
  });

  it("dates the seeds as their texts say", () => {
    const byId = new Map(loadManifestFile().articles.map((a) => [a.id.slice(0, 3), a]));
    expect(byId.get("000")?.published).toBe("2020-01-07");
    expect(byId.get("001")?.published).toBe("2020-06-06");
    expect(byId.get("002")?.published).toBe("2020-06-06");
    expect(byId.get("003")).toMatchObject({ published: "2020-01-11", datePrecision: "approximate" });
    expect(byId.get("004")).toMatchObject({ published: "2019-12-26", datePrecision: "approximate" });
  });

  it("never invents an outlet name for an unnamed outlet", () => {
    const unnamed = loadManifestFile().articles.filter((a) => a.id.startsWith("003") || a.id.startsWith("004"));
    for (const a of unnamed) expect(a.outlet.en).toMatch(/^Unnamed outlet/);
  });

  it("rejects a duplicate id, naming the entry", () => {
    rejects((m) => {
      (m.articles[1] as Record<string, unknown>).id = m.articles[0]?.id;
    }, /"000_9a2c95918cc6ac18": duplicate id/);
  });

  it("rejects an impossible date, naming the entry", () => {
    rejects((m) => {
      (m.articles[2] as Record<string, unknown>).published = "2020-02-30";
    }, /"002_e69a338bd8dde591".*published/);
  });

  it("rejects a missing article file, naming the entry and the file", () => {
    rejects(() => {}, /"000_9a2c95918cc6ac18": file "000_9a2c95918cc6ac18.txt" not found/, () => false);
  });

  it("rejects a javascript: url", () => {
    rejects((m) => {
      (m.articles[0] as Record<string, unknown>).url = "javascript:alert(1)";
    }, /url.*http/);
  });

  it("rejects an unknown lean and a missing outlet", () => {
    rejects((m) => {
      (m.articles[0] as Record<string, unknown>).lean = "pro-Narnia";
    }, /lean/);
    rejects((m) => {
      delete (m.articles[3] as Record<string, unknown>).outlet;
    }, /"003_cf76bc28e12c8499": "outlet"/);
  });

  it("rejects a path that escapes the seeds folder", () => {
    rejects((m) => {
      (m.articles[0] as Record<string, unknown>).file = "../../etc/passwd.txt";
    }, /plain \.txt file name/);
  });

  it("tells real calendar days from look-alikes", () => {
    expect(isIsoDay("2020-02-29")).toBe(true);
    expect(isIsoDay("2019-02-29")).toBe(false);
    expect(isIsoDay("2020-1-7")).toBe(false);
  });
});
