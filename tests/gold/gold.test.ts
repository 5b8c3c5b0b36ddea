/**
 * Validates the hand-written seed gold: every span is the article's own text at its offsets,
 * every enum value is one the engine knows, and places are described the same way everywhere.
 * The per-file checks are the gold kit's (tests/support/gold-kit), shared with the held-out set.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DatePrecision } from "../../src/core/types.ts";
import { describeEachGoldFile, publicationDates, readGoldDir } from "../support/gold-kit/suite.ts";
import { placeFactClashes } from "../support/gold-kit/validate.ts";
import { readSeed } from "./tools/locate.ts";

const goldDir = fileURLToPath(new URL(".", import.meta.url));
const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
const seedStems = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();
const files = readGoldDir(goldDir);
const manifest = JSON.parse(readFileSync(`${seedsDir}manifest.json`, "utf8")) as {
  articles: { id: string; published: string; datePrecision: DatePrecision }[];
};

describe("gold annotations", () => {
  it("cover exactly the seed articles, one file each", () => {
    expect([...files.keys()]).toEqual(seedStems);
  });

  it("agree on each place's kind, scope and coordinates across all files", () => {
    expect(placeFactClashes(files)).toEqual([]);
  });

  describeEachGoldFile({
    files,
    text: readSeed,
    published: publicationDates(manifest.articles),
  });
});
