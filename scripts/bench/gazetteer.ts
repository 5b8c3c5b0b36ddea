import { cliticReadings } from "../../src/core/text/clitics.ts";
import { normalize } from "../../src/core/text/normalize.ts";
import { tokenize } from "../../src/core/text/tokenize.ts";
import { loadGazetteerIndex } from "../lib/gazetteer.ts";
import { seedSentenceCorpus } from "./corpus.ts";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

/**
 * Gazetteer lookups at corpus scale: every token of a 10 MB corpus, with its clitic readings,
 * looked up by name (and two-token names by prefix), against a baseline that only normalises
 * and tokenises the same text in the same run. Reported, never asserted.
 */
export function benchGazetteer(runs = 3, bytes = 10 * 1024 * 1024): string[] {
  const gaz = loadGazetteerIndex();
  const texts = seedSentenceCorpus(bytes).map(normalize);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0) / 1048576;
  const baseline: number[] = [];
  const lookups: number[] = [];
  let hits = 0;
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    for (const t of texts) tokenize(t);
    baseline.push((performance.now() - t0) / 1000);
    t0 = performance.now();
    for (const t of texts) {
      const tokens = tokenize(t);
      for (let i = 0; i < tokens.length; i++) {
        for (const reading of cliticReadings((tokens[i] as { text: string }).text)) {
          if (gaz.byName(reading.stem).length > 0) hits++;
          const next = tokens[i + 1];
          if (next && gaz.hasPrefix(reading.stem)) {
            if (gaz.byName(`${reading.stem} ${next.text}`).length > 0) hits++;
          }
        }
      }
    }
    lookups.push((performance.now() - t0) / 1000);
  }
  const b = median(baseline);
  const l = median(lookups);
  const searchTimes: number[] = [];
  for (const q of ["misurata", "مصراته", "Surt", "ابو قرين", "Abu Grein", "بنغازى", "Tarhouna"]) {
    const t0 = performance.now();
    gaz.search(q, 10);
    searchTimes.push(performance.now() - t0);
  }
  return [
    `gazetteer   ${gaz.entries.length} entries, corpus ${mb.toFixed(1)} MB, ${runs} runs (${hits / runs} name hits a run)`,
    `  lookups    median ${(mb / l).toFixed(1)} MB/s  (tokenise + clitic readings + byName/hasPrefix)`,
    `  baseline   median ${(mb / b).toFixed(1)} MB/s  (tokenise only)  ratio ×${(l / b).toFixed(2)}`,
    `  search     median ${median(searchTimes).toFixed(2)} ms a query (search box)`,
  ];
}
