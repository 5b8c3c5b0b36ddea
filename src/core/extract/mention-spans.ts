import type { Token } from "../text/tokenize.ts";
import type { Evidence } from "../types.ts";
import type { Doc } from "./document.ts";

/**
 * Mentions arrive with ORIGINAL offsets (that is what `Evidence` holds); claim extraction
 * walks tokens of the normalised text. These map an evidence span onto token indices.
 */

/** The normalised offset of original offset `orig`: the first normalised character at or after it. */
export function normalizedOffset(doc: Doc, orig: number): number {
  const idx = doc.norm.originalIndex;
  let lo = 0;
  let hi = idx.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((idx[mid] as number) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token ending after normalised offset `pos`. */
function tokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface TokenSpan {
  /** First token index and one past the last. */
  readonly first: number;
  readonly next: number;
}

/** The tokens an evidence span covers (empty when it covers none). */
export function tokenSpanOf(doc: Doc, ev: Evidence): TokenSpan {
  const start = normalizedOffset(doc, ev.start);
  const end = normalizedOffset(doc, ev.end);
  const first = tokenAtOrAfter(doc.tokens, start);
  let next = first;
  while (next < doc.tokens.length && (doc.tokens[next] as Token).start < end) next++;
  return { first, next };
}
