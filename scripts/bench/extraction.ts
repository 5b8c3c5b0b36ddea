import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../lib/seeds.ts";

export interface ExtractionRun {
  mode: "engine" | "baseline";
  mb: number;
  seconds: number;
  maxRssMb: number;
}

function once(mode: "engine" | "baseline", bytes: number): ExtractionRun {
  const out = execFileSync(join(repoRoot, "node_modules", ".bin", "tsx"), [join(repoRoot, "scripts", "bench", "extraction-worker.ts"), mode, String(bytes)], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop() as string) as ExtractionRun;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Engine throughput over a 10 MB corpus of seed sentences, against a baseline that only
 * normalises, splits and tokenises the same text in the same run. Goals (issue 4): at least
 * 2 MB/s on one core and a peak RSS of at most 200 MB. Reported, never asserted.
 */
export function benchExtraction(runs = 3, bytes = 10 * 1024 * 1024): string[] {
  const engine: ExtractionRun[] = [];
  const baseline: ExtractionRun[] = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(once("baseline", bytes));
    engine.push(once("engine", bytes));
  }
  const mbps = (r: ExtractionRun): number => r.mb / r.seconds;
  const e = median(engine.map(mbps));
  const b = median(baseline.map(mbps));
  const rss = median(engine.map((r) => r.maxRssMb));
  return [
    `extraction  corpus ${engine[0]?.mb.toFixed(1)} MB, ${runs} runs`,
    `  engine     median ${e.toFixed(2)} MB/s  (goal ≥ 2 MB/s: ${e >= 2 ? "met" : "NOT met"})`,
    `  baseline   median ${b.toFixed(2)} MB/s  (normalise + split + tokenise only)`,
    `  ratio      engine/baseline time ×${(b / e).toFixed(2)}`,
    `  peak RSS   median ${rss.toFixed(0)} MB  (goal ≤ 200 MB: ${rss <= 200 ? "met" : "NOT met"})`,
  ];
}
