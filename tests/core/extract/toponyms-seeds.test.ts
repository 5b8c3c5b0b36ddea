import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { findPlaceMentions } from "../../../src/core/extract/toponyms.ts";
import type { PlaceMention } from "../../../src/core/types.ts";
import { FIXTURE } from "./toponyms-fixture.ts";

const SEEDS = join(import.meta.dirname, "../../../seeds");

function seed(prefix: string): PlaceMention[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (file === undefined) throw new Error(`no seed ${prefix}`);
  return findPlaceMentions(prepareDocument(readFileSync(join(SEEDS, file), "utf8")), FIXTURE);
}

function resolvedIds(ms: readonly PlaceMention[]): Set<string> {
  return new Set(ms.flatMap((m) => (m.status === "resolved" ? [m.placeId] : [])));
}

function unresolvedNames(ms: readonly PlaceMention[]): string[] {
  return ms.flatMap((m) => (m.status === "unresolved" ? [m.evidence.text] : []));
}

function count(ms: readonly PlaceMention[], id: string): number {
  return ms.filter((m) => m.status === "resolved" && m.placeId === id).length;
}

// With the fixture gazetteer, every place each seed names that the fixture holds, and nothing else.
describe("seed articles with the fixture gazetteer", () => {
  it("000: Sirte many times, Misrata, Tripoli, Libya, the Oil Crescent, Turkey and nothing else", () => {
    const ms = seed("000");
    expect(resolvedIds(ms)).toEqual(
      new Set(["ly-sirte", "ly-misrata", "ly-tripoli", "ly-libya", "ly-oil-crescent", "tr-turkey"]),
    );
    expect(count(ms, "ly-sirte")).toBeGreaterThanOrEqual(12);
    expect(unresolvedNames(ms)).toEqual([]);
  });

  it("001: the Jufra air base after قاعدة, the district elsewhere, the coastal Washka, and not الجزيرة", () => {
    const ms = seed("001");
    expect(resolvedIds(ms)).toEqual(
      new Set([
        "ly-sirte",
        "ly-jufra",
        "ly-jufra-airbase",
        "ly-washka",
        "ly-buwairat",
        "ly-misrata",
        "ly-tripoli",
        "ly-libya",
        "ly-bani-walid",
        "ly-tarhuna",
        "tr-turkey",
        "ly-abu-qurain",
      ]),
    );
    expect(ms.some((m) => m.evidence.text.includes("الجزيرة"))).toBe(false);
    const jufra = ms.filter((m) => m.status === "resolved" && m.evidence.text.includes("الجفرة"));
    expect(jufra.map((m) => m.status === "resolved" && m.placeId)).toEqual([
      "ly-jufra-airbase",
      "ly-jufra-airbase",
      "ly-jufra",
      "ly-jufra",
      "ly-jufra",
    ]);
  });

  it("002: the list القداحية والهيشة والوشكة وأبوقرين, Wadi Bey, بوابة 70 unresolved, no outlets", () => {
    const ms = seed("002");
    expect(resolvedIds(ms)).toEqual(
      new Set([
        "ly-benghazi",
        "ly-sirte",
        "ly-abu-qurain",
        "ly-misrata",
        "ly-wadi-bey",
        "ly-jufra",
        "ly-libya",
        "ly-qaddahiya",
        "ly-heesha",
        "ly-washka",
        "ly-tarhuna",
        "ly-bani-walid",
        "ly-tripoli",
        "tr-turkey",
        "tr-ankara",
      ]),
    );
    expect(unresolvedNames(ms)).toEqual(["بوابة 70"]);
    expect(ms.some((m) => /العربية|الحدث/.test(m.evidence.text))).toBe(false);
  });

  it("003: الخمس in ميناءي مصراتة والخمس, the Heesha reserve, and nothing from the Kremlin paragraph", () => {
    const ms = seed("003");
    expect(resolvedIds(ms)).toEqual(
      new Set(["ly-misrata", "ly-tripoli", "ly-sirte", "ly-heesha", "ly-khoms", "ly-oil-crescent", "ly-libya", "tr-turkey"]),
    );
    expect(unresolvedNames(ms)).toEqual([]);
  });

  it("004: Tripoli's Salah al-Din axis, حي الزهور unresolved, and مناطق الصلاحية not a place", () => {
    const ms = seed("004");
    expect(resolvedIds(ms)).toEqual(
      new Set(["ly-tripoli", "ly-salah-axis", "ly-misrata", "ly-sirte", "ly-libya", "tr-turkey"]),
    );
    expect(unresolvedNames(ms)).toEqual(["حي الزهور"]);
  });

  it("every evidence span is the original text at its offsets", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix)) as string;
      const text = readFileSync(join(SEEDS, file), "utf8");
      for (const m of findPlaceMentions(prepareDocument(text), FIXTURE)) {
        expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
      }
    }
  });
});
