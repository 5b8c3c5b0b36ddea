/**
 * The key form of a name: what `byName` is indexed by and what queries are turned into, so
 * that a name and a query for it meet whatever the spelling of hamza, tā' marbūṭa, case,
 * diacritics or punctuation.
 */
import { normalizeName } from "../text/normalize.ts";
import { tokenize } from "../text/tokenize.ts";

/** Latin letters carrying diacritics, and the modifier letters used for ʿayn and hamza. */
const LATIN_MARKED = /[\u00C0-\u024F\u1E00-\u1EFF\u02B0-\u02FF]/;
/** Apostrophes inside transliterations ("Ra's", "Ma`tan", "Bi'r"): the letter they stand for is silent in Latin. */
const APOSTROPHES = /['`\u00B4\u02B9-\u02BF\u02C8]/g;
const COMBINING = /\p{M}/gu;

/**
 * Lowercase, strip Latin diacritics and apostrophes. Arabic text passes through unchanged
 * (its harakat are already gone after `normalizeName`).
 */
export function foldLatin(s: string): string {
  let out = s.toLowerCase();
  if (LATIN_MARKED.test(out)) out = out.normalize("NFD").replace(COMBINING, "");
  return out.replace(APOSTROPHES, "");
}

/**
 * The index key of a name or query: normalised, folded, and reduced to its word tokens joined
 * by one space, exactly as the engine joins the tokens it reads ("الخضراء-ترهونة" → two tokens).
 */
export function nameKey(name: string): string {
  const folded = foldLatin(normalizeName(name));
  const tokens = tokenize(folded);
  let key = "";
  for (const t of tokens) key = key === "" ? t.text : `${key} ${t.text}`;
  return key;
}

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Letters of other scripts; modifier letters such as ʿ belong to no script and are allowed. */
const OTHER_LETTER = /(?![\p{Script=Arabic}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])\p{L}/u;

/** A name written in Arabic script only (it may hold digits and punctuation). */
export function isArabicName(s: string): boolean {
  return ARABIC_LETTER.test(s) && !LATIN_LETTER.test(s) && !OTHER_LETTER.test(s);
}

/** A name written in Latin script only. */
export function isLatinName(s: string): boolean {
  return LATIN_LETTER.test(s) && !ARABIC_LETTER.test(s) && !OTHER_LETTER.test(s);
}
