/**
 * Gazetteer names found in the token stream: longest match first, with the proclitics of the
 * first token stripped ("وبالجفرة" → "الجفرة") and the article reconciled with the name's.
 *
 * Only the first token of a name can carry clitics (later tokens are read as written), names
 * never cross punctuation or a sentence end, and `hasPrefix` stops a match as soon as no name
 * can continue it, so the cost per token is a few Map lookups.
 */
import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type { GazetteerEntry } from "../gazetteer/types.ts";
import { cliticReadings } from "../text/clitics.ts";
import type { Doc } from "./document.ts";

/** One way to read the first token of a name. */
interface FirstTokenReading {
  /** Clitic letters before the name, in the text ("و", "بال"). */
  readonly prefix: string;
  /** What is looked up: the rest of the token, or "ال" + the rest when the text lacks the article. */
  readonly stem: string;
  /** Text and name disagree on the article: one has it, the other does not ("عقيلة" ~ "العقيلة"). */
  readonly articleMismatch: boolean;
}

export interface ToponymMatch {
  /** Index in `doc.tokens` of the first and last token of the name. */
  readonly first: number;
  readonly last: number;
  /** Clitic letters before the name in its first token (outside the evidence span). */
  readonly prefix: string;
  /** The gazetteer key that matched (normalised tokens joined by one space). */
  readonly key: string;
  /** Normalised half-open span of the name, clitics excluded. */
  readonly start: number;
  readonly end: number;
  readonly articleMismatch: boolean;
  /** Every sense the gazetteer has under `key`. */
  readonly entries: readonly GazetteerEntry[];
}

const NO_READINGS: readonly FirstTokenReading[] = Object.freeze([]);
/** Most tokens start no name: one shared empty answer spares an array each. */
const NO_MATCHES: readonly ToponymMatch[] = Object.freeze([]);

/**
 * Stems this short after "ك" or a lone "ف" are more likely a verb than "like/so + a place":
 * "كسرت" is "she broke", "فسرت" "she explained", not "as Sirte".
 */
const SHORT_STEM_AFTER_KAF_OR_FA = 3;
/** Readings are cached per gazetteer and token; the cache is dropped when it grows past this. */
const READING_CACHE_LIMIT = 200_000;

const readingCaches = new WeakMap<GazetteerIndex, Map<string, readonly FirstTokenReading[]>>();

let lastGaz: GazetteerIndex | undefined;
let lastCache: Map<string, readonly FirstTokenReading[]> | undefined;

function isArabicLetter(code: number): boolean {
  return code >= 0x0620 && code <= 0x064a;
}

function computeReadings(gaz: GazetteerIndex, token: string): readonly FirstTokenReading[] {
  let out: FirstTokenReading[] | undefined;
  const push = (r: FirstTokenReading): void => {
    if (out === undefined) out = [];
    if (!out.some((o) => o.stem === r.stem)) out.push(r);
  };
  for (const { prefix, stem } of cliticReadings(token)) {
    if ((prefix.includes("ك") || prefix === "ف") && stem.length <= SHORT_STEM_AFTER_KAF_OR_FA) continue;
    const strippedArticle = prefix.endsWith("ال") || prefix.endsWith("لل");
    if (gaz.hasPrefix(stem)) push({ prefix, stem, articleMismatch: strippedArticle });
    // The name may carry the article the text leaves out ("عقيلة" ~ "العقيلة"); such a reading is weak.
    if (!strippedArticle && !stem.startsWith("ال") && stem.length >= 3) {
      const withArticle = `ال${stem}`;
      if (gaz.hasPrefix(withArticle)) push({ prefix, stem: withArticle, articleMismatch: true });
    }
  }
  // Article mismatches last: a reading that keeps the text's article is preferred.
  return out === undefined ? NO_READINGS : out.sort((a, b) => Number(a.articleMismatch) - Number(b.articleMismatch));
}

function readingsOf(gaz: GazetteerIndex, token: string): readonly FirstTokenReading[] {
  if (!isArabicLetter(token.charCodeAt(0))) return NO_READINGS;
  // The WeakMap is asked only when the gazetteer changes: this runs for every token.
  let cache = gaz === lastGaz ? lastCache : readingCaches.get(gaz);
  if (cache === undefined) {
    cache = new Map();
    readingCaches.set(gaz, cache);
  }
  lastGaz = gaz;
  lastCache = cache;
  let readings = cache.get(token);
  if (readings === undefined) {
    if (cache.size >= READING_CACHE_LIMIT) cache.clear();
    readings = computeReadings(gaz, token);
    cache.set(token, readings);
  }
  return readings;
}

/** Only spaces between `from` and `to` in the normalised text: the two tokens are one phrase. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20) return false;
  }
  return true;
}

/**
 * Every gazetteer name that starts at token `i` (and ends before token `limit`), best first:
 * more tokens first, then the reading that strips fewer clitics, article mismatches last.
 */
export function matchesAt(doc: Doc, gaz: GazetteerIndex, i: number, limit: number): readonly ToponymMatch[] {
  const tokens = doc.tokens;
  const first = tokens[i];
  if (first === undefined) return NO_MATCHES;
  const readings = readingsOf(gaz, first.text);
  if (readings.length === 0) return NO_MATCHES;
  const text = doc.norm.text;
  const found: ToponymMatch[] = [];
  const maxLast = Math.min(limit, i + Math.max(1, gaz.maxNameTokens)) - 1;
  for (const r of readings) {
    let key = r.stem;
    let last = i;
    for (;;) {
      const entries = gaz.byName(key);
      if (entries.length > 0) {
        const endToken = tokens[last];
        found.push({
          first: i,
          last,
          prefix: r.prefix,
          key,
          start: first.start + r.prefix.length,
          end: endToken === undefined ? first.end : endToken.end,
          articleMismatch: r.articleMismatch,
          entries,
        });
      }
      const next = tokens[last + 1];
      const current = tokens[last];
      if (last >= maxLast || next === undefined || current === undefined) break;
      if (!onlySpaceBetween(text, current.end, next.start)) break;
      const longer = `${key} ${next.text}`;
      if (!gaz.hasPrefix(longer)) break;
      key = longer;
      last++;
    }
  }
  // Stable sort keeps reading order within one length.
  return found.sort((a, b) => b.last - a.last);
}
