/**
 * Finds where a hand-chosen surface string sits in an article, so that offsets in the gold
 * files are computed, never typed. What to annotate is decided by reading; only the numbers
 * come from here.
 *
 * CLI: npx tsx tests/gold/tools/locate.ts <seed-stem> <surface> [occurrence]
 *   prints every occurrence (or the chosen one) with start/end and some context.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Found {
  readonly start: number;
  readonly end: number;
}

export function seedPath(stem: string): string {
  return fileURLToPath(new URL(`../../../seeds/${stem}.txt`, import.meta.url));
}

export function readSeed(stem: string): string {
  return readFileSync(seedPath(stem), "utf8");
}

/** Every raw occurrence of `needle` in `text`, in order. */
export function occurrences(text: string, needle: string, from = 0, to = text.length): Found[] {
  const out: Found[] = [];
  if (needle.length === 0) return out;
  let i = text.indexOf(needle, from);
  while (i !== -1 && i + needle.length <= to) {
    out.push({ start: i, end: i + needle.length });
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

/** The `occurrence`-th (0-based) raw occurrence; throws when missing so a typo cannot pass. */
export function locate(text: string, needle: string, occurrence = 0, from = 0, to = text.length): Found {
  const all = occurrences(text, needle, from, to);
  const hit = all[occurrence];
  if (!hit) throw new Error(`not found: «${needle}» #${occurrence} (have ${all.length})`);
  return hit;
}

/** The only occurrence; throws when absent or ambiguous. */
export function locateUnique(text: string, needle: string, from = 0, to = text.length): Found {
  const all = occurrences(text, needle, from, to);
  if (all.length !== 1) throw new Error(`expected exactly one «${needle}», found ${all.length}`);
  return all[0] as Found;
}

const LETTER = /\p{L}|\p{M}/u;
/** Proclitics that may precede a name inside the same token (و، ف، ب، ل، ك and pairs). */
const CLITIC = /^[وفبلك]{1,2}$/u;

/**
 * Occurrences of `name` as a whole word: preceded by a non-letter or by one or two clitic
 * letters that themselves follow a non-letter, and followed by a non-letter.
 */
export function wordOccurrences(text: string, name: string): Found[] {
  return occurrences(text, name).filter(({ start, end }) => {
    const after = text[end];
    if (after !== undefined && LETTER.test(after)) return false;
    let k = start;
    while (k > 0 && LETTER.test(text[k - 1] as string)) k--;
    const prefix = text.slice(k, start);
    return prefix === "" || CLITIC.test(prefix);
  });
}

export function context(text: string, f: Found, width = 30): string {
  return `${text.slice(Math.max(0, f.start - width), f.start)}⟦${text.slice(f.start, f.end)}⟧${text.slice(f.end, f.end + width)}`;
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
  for (const f of all) console.log(`${f.start}\t${f.end}\t${context(text, f).replace(/\n/g, "⏎")}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
