/**
 * Writes tests/gold/<seed>.json from the hand-written specs in ./specs, and prints every
 * toponym with its context so the annotator can re-read what the name finder picked.
 *
 *   npx tsx tests/gold/tools/build.ts            # write all
 *   npx tsx tests/gold/tools/build.ts --review   # also print toponyms and actors in context
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { context } from "./locate.ts";
import type { GoldBuilder } from "./annotate.ts";
import { gold000 } from "./specs/000.ts";
import { gold001 } from "./specs/001.ts";
import { gold002 } from "./specs/002.ts";
import { gold003 } from "./specs/003.ts";
import { gold004 } from "./specs/004.ts";

const SPECS: readonly (() => GoldBuilder)[] = [gold000, gold001, gold002, gold003, gold004];

const review = process.argv.includes("--review");
for (const spec of SPECS) {
  const b = spec();
  const file = b.build();
  const out = fileURLToPath(new URL(`../${file.seed}.json`, import.meta.url));
  writeFileSync(out, `${JSON.stringify(file, null, 2)}\n`);
  console.log(
    `${file.seed}: toponyms ${file.toponyms.length}, actors ${file.actors.length}, claims ${file.claims.length}, ` +
      `measurements ${file.measurements.length}, dates ${file.dates.length}, negatives ${file.negatives.length}`,
  );
  if (review) {
    for (const t of file.toponyms) console.log(`  T ${t.start}\t${t.place}\t${context(b.text, t, 20).replace(/\n/g, "⏎")}`);
    for (const a of file.actors) console.log(`  A ${a.start}\t${a.actor}\t${context(b.text, a, 12).replace(/\n/g, "⏎")}`);
  }
}
