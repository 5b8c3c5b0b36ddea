import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../../scripts/lib/seeds.ts";

const tsx = join(repoRoot, "node_modules", ".bin", "tsx");
let dir: string;

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [join(repoRoot, "scripts", "extract.ts"), ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLE = "قالت قوات الوفاق إنها سيطرت على مدينة غريان بعد معارك عنيفة مع قوات حفتر.";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  writeFileSync(join(dir, "gharyan.txt"), ARTICLE);
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "english.txt"), "Forces loyal to the government entered the town.");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
  mkdirSync(join(dir, "mixed"));
  writeFileSync(join(dir, "mixed", "a.txt"), ARTICLE);
  writeFileSync(join(dir, "mixed", "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run extract", () => {
  it("extracts the seeds folder with its manifest as versioned JSON", () => {
    const r = cli(join(repoRoot, "seeds"));
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe("libya-control-claims/extraction");
    expect(doc.version).toBe(1);
    expect(doc.articles).toHaveLength(5);
    const sirte = doc.articles[0].places.find((p: { status: string; place?: { en: string } }) => p.status === "resolved" && /Sirt|Surt/.test(p.place?.en ?? ""));
    expect(sirte).toBeDefined();
    const text = readFileSync(join(repoRoot, "seeds", "000_9a2c95918cc6ac18.txt"), "utf8");
    expect(text.slice(sirte.start, sirte.end)).toBe(sirte.text);
  }, 60_000);

  it("takes source and date for a plain file and finds its claim", () => {
    const r = cli(join(dir, "gharyan.txt"), "--source", "Test Outlet", "--date", "2019-06-26");
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.sources[0].name.en).toBe("Test Outlet");
    const claim = doc.articles[0].claims.find((c: { action: string }) => c.action === "captured");
    expect(claim).toMatchObject({ actor: "GNA", time: { iso: "2019-06-26" } });
  }, 60_000);

  it("writes GeoJSON with longitude first and CSV with a header", () => {
    const g = cli(join(dir, "gharyan.txt"), "--date", "2019-06-26", "--format", "geojson");
    expect(g.code, g.stderr).toBe(0);
    const fc = JSON.parse(g.stdout);
    expect(fc.type).toBe("FeatureCollection");
    const [lon, lat] = fc.features[0].geometry.coordinates;
    expect(lon).toBeGreaterThan(12.5);
    expect(lon).toBeLessThan(13.5);
    expect(lat).toBeGreaterThan(31.8);
    const c = cli(join(dir, "gharyan.txt"), "--date", "2019-06-26", "--format", "csv");
    expect(c.stdout.split("\r\n")[0]).toMatch(/^event_id,event_date,/);
  }, 60_000);

  it("refuses a missing file with exit code 2 and a message naming it", () => {
    const r = cli(join(dir, "nope.txt"), "--date", "2020-01-01");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.txt: no such file/);
  });

  it("asks for a date when no manifest gives one", () => {
    const r = cli(join(dir, "gharyan.txt"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--date/);
  });

  it("refuses an impossible date and an unknown format", () => {
    expect(cli(join(dir, "gharyan.txt"), "--date", "2020-13-01").code).toBe(2);
    expect(cli(join(dir, "gharyan.txt"), "--date", "2020-01-01", "--format", "xml").code).toBe(2);
  });

  it("gives empty results with a warning for empty and non-Arabic files", () => {
    const r = cli(join(dir, "empty.txt"), join(dir, "english.txt"), "--date", "2020-01-01");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/empty file/);
    expect(r.stderr).toMatch(/no Arabic text/);
    const doc = JSON.parse(r.stdout);
    expect(doc.articles.every((a: { claims: unknown[] }) => a.claims.length === 0)).toBe(true);
  });

  it("skips a binary file and a folder's non-text files with exit code 3, still extracting the rest", () => {
    const r = cli(join(dir, "binary.txt"), join(dir, "mixed"), "--date", "2020-01-01");
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/binary\.txt: not UTF-8 text/);
    expect(r.stderr).toMatch(/photo\.png: not a \.txt file/);
    expect(JSON.parse(r.stdout).articles).toHaveLength(1);
  });
});
