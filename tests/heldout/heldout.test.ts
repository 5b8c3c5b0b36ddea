/**
 * Validates the held-out evaluation set: articles about battles the seeds do not cover, with
 * hand-written gold in the seed gold's schema. Every span must be the article's own text at its
 * offsets and every value one the engine knows, or the generality score would be measured
 * against a typo. The per-file checks are the gold kit's (tests/support/gold-kit), shared with
 * the seed gold.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseManifest } from "../../src/core/manifest.ts";
import { describeEachGoldFile, publicationDates, readGoldDir } from "../support/gold-kit/suite.ts";
import { placeFactClashes, placeFacts } from "../support/gold-kit/validate.ts";
import { readArticle } from "./tools/annotate.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const articlesDir = `${here}articles/`;
const seedGoldDir = fileURLToPath(new URL("../gold/", import.meta.url));

const rawManifest = JSON.parse(readFileSync(`${here}manifest.json`, "utf8")) as unknown;
const manifest = parseManifest(rawManifest, (f) => existsSync(`${articlesDir}${f}`));
const articleIds = readdirSync(articlesDir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
const files = readGoldDir(`${here}gold/`);

describe("held-out set", () => {
  it("has one gold file and one manifest entry per article, with matching ids and file names", () => {
    expect([...files.keys()]).toEqual(articleIds);
    expect(manifest.articles.map((a) => a.id).sort()).toEqual(articleIds);
    for (const a of manifest.articles) expect(a.file).toBe(`${a.id}.txt`);
  });

  it("holds between 16 and 20 articles (a dev half and a test half)", () => {
    expect(articleIds.length).toBeGreaterThanOrEqual(16);
    expect(articleIds.length).toBeLessThanOrEqual(20);
  });

  it("names in each manifest entry outlet evidence that occurs in the article", () => {
    const missing = manifest.articles.filter((a) => !readFileSync(`${articlesDir}${a.file}`, "utf8").includes(a.outletEvidence)).map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it("agrees on each place's kind, scope and point across its files and with the seed gold", () => {
    // Both yardsticks must place a town at the same point.
    const seedFacts = existsSync(seedGoldDir) ? placeFacts(readGoldDir(seedGoldDir).values()) : new Map<string, string>();
    expect(placeFactClashes(files, seedFacts)).toEqual([]);
  });

  describeEachGoldFile({
    files,
    text: readArticle,
    published: publicationDates(manifest.articles),
  });
});
