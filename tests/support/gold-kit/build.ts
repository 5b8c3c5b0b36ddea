/**
 * Writes a gold set's JSON files from its hand-written specs, and with --review prints every
 * toponym and actor in context so the annotator can re-read what the name finder picked.
 * Arguments that are not flags keep only the articles whose id starts with one of them; every
 * spec is still built, so a broken snippet anywhere fails the run.
 */
import { writeFileSync } from "node:fs";
import type { GoldBuilder } from "./annotate.ts";
import { context } from "./locate.ts";

export interface GoldSetBuild {
  readonly specs: readonly (() => GoldBuilder)[];
  /** Where the file of one article id goes. */
  readonly outPath: (id: string) => string;
}

export function buildGoldSet(set: GoldSetBuild, argv: readonly string[]): void {
  const review = argv.includes("--review");
  const only = argv.filter((a) => !a.startsWith("--"));
  for (const spec of set.specs) {
    const b = spec();
    const file = b.build();
    if (only.length > 0 && !only.some((o) => file.seed.startsWith(o))) continue;
    // Two-space JSON with a final newline: the committed files' format, so a rebuild diffs clean.
    writeFileSync(set.outPath(file.seed), `${JSON.stringify(file, null, 2)}\n`);
    console.log(
      `${file.seed}: toponyms ${file.toponyms.length}, actors ${file.actors.length}, claims ${file.claims.length}, ` +
        `measurements ${file.measurements.length}, dates ${file.dates.length}, negatives ${file.negatives.length}`,
    );
    if (review) {
      for (const t of file.toponyms) console.log(`  T ${t.start}\t${t.place}\t${context(b.text, t, 20)}`);
      for (const a of file.actors) console.log(`  A ${a.start}\t${a.actor}\t${context(b.text, a, 12)}`);
    }
  }
}
