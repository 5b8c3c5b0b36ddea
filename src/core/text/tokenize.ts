/** Word tokens over normalised text: runs of letters and digits, with their spans. */

export interface Token {
  /** Normalised token text. */
  readonly text: string;
  /** Half-open span in the normalised text. */
  readonly start: number;
  readonly end: number;
}

// Letters of any script, combining marks and digits; "+" and "#" are hashtag/"5+5" noise.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * Whether each BMP code unit is a word character, read once from WORD_CHAR: tokenising is
 * then a table read per character. Surrogates are 0 here; a pair is tested as one code point.
 */
const IS_WORD: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (WORD_CHAR.test(String.fromCharCode(code))) table[code] = 1;
  }
  return table;
})();

/** Length (1 or 2 code units) of the word character at `i`, or 0 when it is not one. */
function wordCharAt(s: string, i: number, to: number): number {
  const code = s.charCodeAt(i);
  if (IS_WORD[code] === 1) return 1;
  if (code < 0xd800 || code > 0xdbff || i + 1 >= to) return 0;
  const low = s.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0;
  return WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
}

export function tokenize(normalized: string, from = 0, to = normalized.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    let w = wordCharAt(normalized, i, to);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < to ? wordCharAt(normalized, i, to) : 0;
    }
    tokens.push({ text: normalized.slice(start, i), start, end: i });
  }
  return tokens;
}
