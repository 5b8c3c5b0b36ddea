/**
 * Finds where a hand-chosen surface string sits in an article, so that offsets in the gold
 * files are computed, never typed. What to annotate is decided by reading; only the numbers
 * come from here.
 */

export interface Found {
  readonly start: number;
  readonly end: number;
}

/** Every raw occurrence of `needle` in `text`, in order. */
export function occurrences(text: string, needle: string, from = 0, to = text.length): Found[] {
  const out: Found[] = [];
  // An empty needle "occurs" everywhere and would never advance the search.
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

/** The found text in ⟦brackets⟧ with `width` characters either side, on one line (⏎ for newlines). */
export function context(text: string, f: Found, width = 30): string {
  return `${text.slice(Math.max(0, f.start - width), f.start)}⟦${text.slice(f.start, f.end)}⟧${text.slice(f.end, f.end + width)}`.replace(/\n/g, "⏎");
}
