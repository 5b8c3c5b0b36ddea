/**
 * The per-file gold tests, written once and registered by each gold set's test file (tests/gold,
 * tests/heldout) over its own files: what differs between the sets is where the articles and
 * the publication dates come from, which the caller passes in.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DatePrecision } from "../../../src/core/types.ts";
import type { GoldDate, GoldFile } from "./schema.ts";
import {
  actorProblems,
  claimProblems,
  dateProblems,
  measurementProblems,
  negativeProblems,
  repeatedToponymSpans,
  surfacesByPlace,
  toponymProblems,
} from "./validate.ts";

/** The gold files of a folder by article id (the file name without .json), in id order. */
export function readGoldDir(dir: string): Map<string, GoldFile> {
  const ids = readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
  return new Map(ids.map((id) => [id, JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8")) as GoldFile]));
}

/** Each article's publication date as a manifest's `articles` list gives it (both sets' manifests share these fields). */
export function publicationDates(
  articles: readonly { readonly id: string; readonly published: string; readonly datePrecision: DatePrecision }[],
): (id: string) => GoldDate | undefined {
  const byId = new Map(articles.map((a): [string, GoldDate] => [a.id, { iso: a.published, precision: a.datePrecision }]));
  return (id) => byId.get(id);
}

export interface GoldSet {
  readonly files: ReadonlyMap<string, GoldFile>;
  /** The article's text exactly as the offsets count it. */
  readonly text: (id: string) => string;
  /** The publication date the set's manifest gives the article, if it lists it. */
  readonly published: (id: string) => GoldDate | undefined;
}

export function describeEachGoldFile(set: GoldSet): void {
  const surfaces = surfacesByPlace(set.files.values());

  describe.each([...set.files.keys()])("%s", (id) => {
    const gold = set.files.get(id) as GoldFile;
    const text = set.text(id);

    it("names its article and the manifest's publication date", () => {
      expect(gold.seed).toBe(id);
      expect(gold.published).toEqual(set.published(id));
    });

    it("has toponyms whose surface is the text at their offsets, with known kinds and plausible points", () => {
      expect(toponymProblems(gold, text, surfaces)).toEqual([]);
    });

    it("never annotates the same toponym span twice", () => {
      expect(repeatedToponymSpans(gold)).toEqual([]);
    });

    it("has actor mentions that match the text, use known actor ids and do not overlap", () => {
      expect(actorProblems(gold, text)).toEqual([]);
    });

    it("has claims with valid vocabulary, a trigger inside the evidence, and places the file names", () => {
      expect(claimProblems(gold, text)).toEqual([]);
    });

    it("has measurements whose kind fits their value, unit and direction", () => {
      expect(measurementProblems(gold, text)).toEqual([]);
    });

    it("has date mentions that match the text and resolve to real dates no later than publication", () => {
      expect(dateProblems(gold, text)).toEqual([]);
    });

    it("has negatives that match the text and say why", () => {
      expect(negativeProblems(gold, text)).toEqual([]);
    });
  });
}
