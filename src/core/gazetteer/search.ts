/**
 * Ranked name search for a search box. Every name key of every entry is compared with the
 * query's key; an entry ranks by its best-matching name:
 *   exact key < same after folding confusable letters and the article < the key starts with
 *   the query < a word of the key starts with the query < within a few edits (after folding),
 * then by importance, then by the shorter matching name, then by id, so results are stable.
 */
import { nameKey } from "./keys.ts";
import type { GazetteerEntry } from "./types.ts";

/**
 * Letters that transliteration and hurried typing confuse. Arabic: the interdental and
 * emphatic pairs (ذ/د، ث/ت، ظ/ض، ص/س) that Libyan speech merges. Latin: q/g (Libyan ق is
 * pronounced g: "Qurain"/"Grein"), "ou" for u (French), doubled letters ("Waddan"/"Wadan").
 */
const ARABIC_CONFUSABLE: Readonly<Record<string, string>> = { ذ: "د", ث: "ت", ظ: "ض", ص: "س" };

export function foldConfusable(key: string): string {
  let out = "";
  let prev = "";
  for (let i = 0; i < key.length; i++) {
    let ch = key[i] as string;
    ch = ARABIC_CONFUSABLE[ch] ?? ch;
    if (ch === "q") ch = "g";
    if (ch === "u" && prev === "o") {
      out = out.slice(0, -1);
    }
    if (ch === prev && ch >= "a" && ch <= "z") continue;
    out += ch;
    prev = ch;
  }
  // The Arabic article carries no identity: "جفرة" should find "الجفرة".
  return out.startsWith("ال") && out.length > 4 ? out.slice(2) : out;
}

/** Edits allowed for a query of this length: none for very short queries, which match too much. */
function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent
 * transpositions), or `max + 1` as soon as it must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m] as number, max + 1);
}

/** One name key of one entry. */
export interface NameRecord {
  readonly key: string;
  readonly folded: string;
  readonly entry: number;
}

export function nameRecord(key: string, entry: number): NameRecord {
  return { key, folded: foldConfusable(key), entry };
}

const EXACT = 0;
const FOLDED = 1;
const PREFIX = 2;
const WORD_PREFIX = 3;
const FUZZY = 4;

export function searchNames(
  records: readonly NameRecord[],
  entries: readonly GazetteerEntry[],
  query: string,
  limit: number,
): GazetteerEntry[] {
  const q = nameKey(query);
  if (q === "" || limit <= 0) return [];
  const qFolded = foldConfusable(q);
  const edits = maxEdits(qFolded.length);
  const wordStart = ` ${q}`;
  // Per entry: best rank (tier * 10 + edits) and the length of the name that earned it.
  const rank = new Map<number, { score: number; len: number }>();
  for (const r of records) {
    let score: number;
    if (r.key === q) score = EXACT;
    else if (r.folded === qFolded) score = FOLDED * 10;
    else if (r.key.startsWith(q)) score = PREFIX * 10;
    else if (r.key.includes(wordStart)) score = WORD_PREFIX * 10;
    else if (edits > 0) {
      const d = boundedEditDistance(qFolded, r.folded, edits);
      if (d > edits) continue;
      score = FUZZY * 10 + d;
    } else continue;
    const seen = rank.get(r.entry);
    if (seen === undefined || score < seen.score || (score === seen.score && r.key.length < seen.len)) {
      rank.set(r.entry, { score, len: r.key.length });
    }
  }
  const hits = [...rank.entries()];
  hits.sort(([ia, a], [ib, b]) => {
    const ea = entries[ia] as GazetteerEntry;
    const eb = entries[ib] as GazetteerEntry;
    return a.score - b.score || eb.importance - ea.importance || a.len - b.len || (ea.id < eb.id ? -1 : ea.id > eb.id ? 1 : 0);
  });
  return hits.slice(0, limit).map(([i]) => entries[i] as GazetteerEntry);
}
