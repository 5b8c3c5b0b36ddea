/** Word tokens over normalised text: runs of letters and digits, with their spans. */

export interface Token {
  /** Normalised token text. */
  readonly text: string;
  /** Half-open span in the normalised text. */
  readonly start: number;
  readonly end: number;
}

// Letters of any script, combining marks and digits; "+" and "#" are hashtag/"5+5" noise.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(normalized: string, from = 0, to = normalized.length): Token[] {
  const tokens: Token[] = [];
  const slice = normalized.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    tokens.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  }
  return tokens;
}
