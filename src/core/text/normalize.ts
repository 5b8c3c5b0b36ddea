/**
 * Arabic-aware normalisation for matching, with a map back to the original text.
 *
 * Matching needs one spelling per word ("أبوقرين" and "ابوقرين", "سرت" with or without
 * diacritics), but every highlight must land on the characters the outlet wrote. So the
 * normaliser only substitutes or deletes characters, never inserts, and records for each
 * normalised character the index of the original character it came from.
 */

export interface NormalizedText {
  /** The original text, untouched. */
  readonly original: string;
  /** The normalised text used for matching. */
  readonly text: string;
  /**
   * `originalIndex[i]` is the index in `original` of normalised character `i`;
   * `originalIndex[text.length]` is `original.length`, so half-open spans map cleanly.
   */
  readonly originalIndex: Uint32Array;
}

/** Harakat, Quranic marks, superscript alef and tatweel: dropped entirely. */
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;
/** Invisible formatting: zero-width joiners, bidi marks and overrides, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const SUBSTITUTIONS: Readonly<Record<string, string>> = {
  // Alef forms. Hamza on a carrier is spelt either way in news copy.
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0672": "\u0627",
  "\u0673": "\u0627",
  "\u0624": "\u0648", // ؤ → و
  "\u0626": "\u064A", // ئ → ي
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian yeh
  "\u0629": "\u0647", // ة → ه
  "\u06C0": "\u0647",
  "\u06A9": "\u0643", // Persian kaf
  // Punctuation and quotes.
  "\u060C": ",", // ،
  "\u061B": ";", // ؛
  "\u061F": "?", // ؟
  "\u066B": ".", // Arabic decimal separator
  "\u066C": ",", // Arabic thousands separator
  "\u06D4": ".", // Arabic full stop
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2018": "'",
  "\u2019": "'",
  "\u2013": "-",
  "\u2014": "-",
  "\u00A0": " ",
  "\u2009": " ",
  "\u202F": " ",
  "\t": " ",
};

function substitute(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  const mapped = SUBSTITUTIONS[ch];
  if (mapped !== undefined) return mapped;
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return ch;
}

/** What a dropped code unit maps to in TABLE. */
const DROP = -1;

/**
 * What each UTF-16 code unit becomes, built once from the rules above: normalising is then
 * one table read per character instead of two regex tests and a lookup. Every rule maps one
 * code unit to at most one, and none touches surrogates, so working on code units is exact.
 */
const TABLE: Int32Array = (() => {
  const table = new Int32Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    table[code] = DROPPED.test(ch) || INVISIBLE.test(ch) ? DROP : substitute(ch).charCodeAt(0);
  }
  return table;
})();

/** Code units per `String.fromCharCode` call: well under any engine's argument limit. */
const CHUNK = 8192;

/** The normalised code units of `s`, into `out`; returns how many, filling `index` if given. */
function mapUnits(s: string, out: Uint16Array, index: Uint32Array | null): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const mapped = TABLE[s.charCodeAt(i)] as number;
    if (mapped === DROP) continue;
    if (index) index[n] = i;
    out[n++] = mapped;
  }
  return n;
}

function unitsToString(units: Uint16Array, n: number): string {
  if (n <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < n; i += CHUNK) parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + CHUNK)) as unknown as number[]));
  return parts.join("");
}

/** Normalise `original` and keep the offset map back to it. */
export function normalizeWithOffsets(original: string): NormalizedText {
  const units = new Uint16Array(original.length);
  const index = new Uint32Array(original.length + 1);
  const n = mapUnits(original, units, index);
  index[n] = original.length;
  return { original, text: unitsToString(units, n), originalIndex: n === original.length ? index : index.slice(0, n + 1) };
}

/** Normalise a string for matching when no offsets are needed (names, queries). */
export function normalize(s: string): string {
  // Short strings (names, tokens) dominate: a scratch buffer spares an allocation per call.
  const units = s.length <= scratch.length ? scratch : new Uint16Array(s.length);
  return unitsToString(units, mapUnits(s, units, null));
}

const scratch = new Uint16Array(256);

/** Normalise and collapse white space: the key form of a name in the gazetteer. */
export function normalizeName(s: string): string {
  return normalize(s).replace(/\s+/g, " ").trim();
}

/** Map a half-open span in normalised text back to the original text. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = n.originalIndex[start] ?? n.original.length;
  // The end is one past the last normalised character's original position, so that any
  // dropped marks (diacritics) attached to the last letter stay inside the span.
  const last = end > start ? (n.originalIndex[end - 1] ?? n.original.length - 1) + 1 : s;
  let e = last;
  while (e < n.original.length && DROPPED.test(n.original[e] as string)) e++;
  return { start: s, end: e };
}
