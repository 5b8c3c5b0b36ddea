import type { Evidence } from "../types.ts";
import { type NormalizedText, normalizeWithOffsets, toOriginalSpan } from "../text/normalize.ts";
import { type SentenceSpan, splitSentences } from "../text/sentences.ts";
import { type Token, tokenize } from "../text/tokenize.ts";

/**
 * An article prepared once for every extractor: normalised text with its offset map,
 * sentences and tokens. Extractors work on normalised offsets and turn them into
 * `Evidence` in original offsets with `evidenceOf`.
 */
export interface Doc {
  readonly norm: NormalizedText;
  /** Sentence spans in NORMALISED offsets. */
  readonly sentences: readonly SentenceSpan[];
  /** All word tokens in NORMALISED offsets, in order. */
  readonly tokens: readonly Token[];
  /** Index into `tokens` of the first token of each sentence (and tokens.length at the end). */
  readonly sentenceTokenStart: readonly number[];
}

export function prepareDocument(text: string): Doc {
  const norm = normalizeWithOffsets(text);
  const sentences = splitSentences(norm.text);
  const tokens = tokenize(norm.text);
  const sentenceTokenStart: number[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    sentenceTokenStart.push(t);
  }
  sentenceTokenStart.push(tokens.length);
  return { norm, sentences, tokens, sentenceTokenStart };
}

/** Evidence for a NORMALISED half-open span: original offsets and the original text. */
export function evidenceOf(doc: Doc, start: number, end: number): Evidence {
  const span = toOriginalSpan(doc.norm, start, end);
  return { start: span.start, end: span.end, text: doc.norm.original.slice(span.start, span.end) };
}

/** The tokens of sentence `i`. */
export function sentenceTokens(doc: Doc, i: number): readonly Token[] {
  return doc.tokens.slice(doc.sentenceTokenStart[i] ?? 0, doc.sentenceTokenStart[i + 1] ?? 0);
}

/** Index of the sentence containing NORMALISED offset `pos` (binary search), or -1. */
export function sentenceIndexAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as SentenceSpan;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
