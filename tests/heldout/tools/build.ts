/**
 * Writes tests/heldout/gold/<id>.json from the hand-written specs in ./specs.
 *
 *   npx tsx tests/heldout/tools/build.ts            # write all
 *   npx tsx tests/heldout/tools/build.ts --review   # also print toponyms and actors in context
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GoldBuilder } from "./annotate.ts";
import { SPECS } from "./specs/index.ts";

function context(text: string, s: { start: number; end: number }, w: number): string {
  return `${text.slice(Math.max(0, s.start - w), s.start)}⟦${text.slice(s.start, s.end)}⟧${text.slice(s.end, s.end + w)}`.replace(/\n/g, "⏎");
}

const review = process.argv.includes("--review");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
for (const spec of SPECS as readonly (() => GoldBuilder)[]) {
  const b = spec();
  const file = b.build();
  if (only.length > 0 && !only.some((o) => file.seed.startsWith(o))) continue;
  writeFileSync(fileURLToPath(new URL(`../gold/${file.seed}.json`, import.meta.url)), `${JSON.stringify(file, null, 2)}\n`);
  console.log(
    `${file.seed}: toponyms ${file.toponyms.length}, actors ${file.actors.length}, claims ${file.claims.length}, ` +
      `measurements ${file.measurements.length}, dates ${file.dates.length}, negatives ${file.negatives.length}`,
  );
  if (review) {
    for (const t of file.toponyms) console.log(`  T ${t.start}\t${t.place}\t${context(b.text, t, 15)}`);
    for (const a of file.actors) console.log(`  A ${a.start}\t${a.actor}\t${context(b.text, a, 10)}`);
  }
}
