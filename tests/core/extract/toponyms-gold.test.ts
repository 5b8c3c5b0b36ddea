/**
 * Toponyms of the five seeds measured against the hand-written gold (tests/gold/*.json) with
 * the real gazetteer: a mention matches a gold toponym when their spans overlap, and it is
 * placed right when its sense lies within 30 km of the gold point (or its area contains it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareDocument } from "../../../src/core/extract/document.ts";
import { findPlaceMentions } from "../../../src/core/extract/toponyms.ts";
import { createGazetteerIndex, loadGazetteer } from "../../../src/core/gazetteer/index.ts";
import type { GazetteerEntry } from "../../../src/core/gazetteer/types.ts";

const ROOT = join(import.meta.dirname, "../../..");
const GAZ = createGazetteerIndex(loadGazetteer(JSON.parse(readFileSync(join(ROOT, "public/geo/gazetteer.json"), "utf8"))));

interface GoldToponym {
  readonly surface: string;
  readonly start: number;
  readonly end: number;
  readonly place: string;
  readonly lat: number;
  readonly lon: number;
}

/** Great-circle km, for the placement check only. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function placedRight(e: GazetteerEntry, g: GoldToponym): boolean {
  if (km(e.lat, e.lon, g.lat, g.lon) <= 30) return true;
  const b = e.bbox;
  return b !== undefined && g.lon >= b[0] && g.lat >= b[1] && g.lon <= b[2] && g.lat <= b[3];
}

interface Score {
  matched: number;
  extra: string[];
  missed: string[];
  misplaced: string[];
  exactSpans: number;
}

function score(): Score {
  const s: Score = { matched: 0, extra: [], missed: [], misplaced: [], exactSpans: 0 };
  const goldDir = join(ROOT, "tests/gold");
  for (const f of readdirSync(goldDir).filter((n) => n.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), "utf8")) as { seed: string; toponyms: GoldToponym[] };
    const text = readFileSync(join(ROOT, "seeds", `${gold.seed}.txt`), "utf8");
    const mentions = findPlaceMentions(prepareDocument(text), GAZ);
    const used = new Set<number>();
    for (const g of gold.toponyms) {
      const k = mentions.findIndex((m, i) => !used.has(i) && m.evidence.start < g.end && g.start < m.evidence.end);
      const m = mentions[k];
      if (m === undefined) {
        s.missed.push(`${gold.seed}: ${g.surface}`);
        continue;
      }
      used.add(k);
      s.matched++;
      if (m.evidence.start === g.start && m.evidence.end === g.end) s.exactSpans++;
      const e = m.status === "resolved" ? GAZ.get(m.placeId) : undefined;
      if (e === undefined || !placedRight(e, g)) s.misplaced.push(`${gold.seed}: ${g.surface} → ${e?.en ?? "unresolved"}`);
    }
    mentions.forEach((m, i) => {
      if (!used.has(i)) s.extra.push(`${gold.seed}: ${m.evidence.text}`);
    });
  }
  return s;
}

describe("toponyms against the gold annotations", () => {
  const s = score();

  it("finds at least 95% of the gold toponyms", () => {
    expect(s.matched / (s.matched + s.missed.length), s.missed.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("reports at least 95% real toponyms among its mentions", () => {
    expect(s.matched / (s.matched + s.extra.length), s.extra.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("places at least 95% of the found toponyms at the gold's place", () => {
    expect(1 - s.misplaced.length / s.matched, s.misplaced.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("gives at least 90% of them the gold's exact span", () => {
    expect(s.exactSpans / s.matched).toBeGreaterThanOrEqual(0.9);
  });
});
