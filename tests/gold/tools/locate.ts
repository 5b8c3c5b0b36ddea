/**
 * Where the seed articles live, and a CLI that shows where a hand-chosen surface string sits in
 * one of them, with its offsets. The search itself is the gold kit's (tests/support/gold-kit).
 *
 * CLI: npx tsx tests/gold/tools/locate.ts <seed-stem> <surface> [occurrence]
 *   prints every occurrence (or the chosen one) with start/end and some context.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { context, locate, occurrences } from "../../support/gold-kit/locate.ts";

export function seedPath(stem: string): string {
  return fileURLToPath(new URL(`../../../seeds/${stem}.txt`, import.meta.url));
}

export function readSeed(stem: string): string {
  return readFileSync(seedPath(stem), "utf8");
}

function main(argv: readonly string[]): void {
  const [stem, needle, occ] = argv;
  if (!stem || !needle) {
    console.error("usage: locate.ts <seed-stem> <surface> [occurrence]");
    process.exitCode = 2;
    return;
  }
  const text = readSeed(stem);
  const all = occ === undefined ? occurrences(text, needle) : [locate(text, needle, Number(occ))];
  for (const f of all) console.log(`${f.start}\t${f.end}\t${context(text, f)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
