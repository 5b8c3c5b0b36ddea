/**
 * Sentence spans over normalised text.
 *
 * News copy ends sentences with ".", "!", "?", line breaks, and in some feeds ".," (a
 * list-joined paragraph dump). A full stop between digits ("2.5") or after a single Latin
 * initial is not an end.
 */

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

function isBoundary(text: string, i: number): boolean {
  // Char codes: `text[i]` would make a string of every Arabic letter.
  const code = text.charCodeAt(i);
  if (code === 0x0a || code === 0x21 || code === 0x3f) return true;
  if (code !== 0x2e) return false;
  const prev = text[i - 1] ?? "";
  const next = text[i + 1] ?? "";
  if (/\d/.test(prev) && /\d/.test(next)) return false;
  // "U.S." style initials: a lone Latin letter before the dot.
  if (/[a-z]/i.test(prev) && !/[\p{L}]/u.test(text[i - 2] ?? "") && /[a-z]/i.test(text[i + 1] ?? "")) return false;
  // pic.twitter.com and other dotted tokens.
  if (/[a-z0-9]/i.test(prev) && /[a-z0-9]/i.test(next)) return false;
  return true;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /[\s,.;"']/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    if (!isBoundary(text, i)) continue;
    let end = i + 1;
    // Swallow the ".," joiner and closing quotes that belong to this sentence.
    while (end < text.length && /[.,!?"'\u201D\u00BB)]/.test(text[end] as string)) end++;
    push(text[i] === "\n" ? i : end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}
