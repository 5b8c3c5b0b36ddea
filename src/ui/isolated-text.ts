/**
 * Outside text (outlet names, place names, quotes, file names) isolated from the text around it,
 * so a name holding direction controls (U+202E RIGHT-TO-LEFT OVERRIDE, U+2066–2069 isolates) can
 * never reorder the interface's own words: "Deleted the article from ‮evil" must not flip the
 * rest of the sentence. An isolate ends every embedding and override opened inside it; the one
 * way out of it early is a stray U+2069 (POP DIRECTIONAL ISOLATE) in the text closing the isolate
 * around it, so the text's isolates are balanced first, by adding controls, never removing any.
 */

const ISOLATE_OPENERS = new Set(["\u2066", "\u2067", "\u2068"]);
const POP_ISOLATE = "\u2069";
const FIRST_STRONG_ISOLATE = "\u2068";

/** The text with an opener before each unmatched U+2069 and a U+2069 after each unclosed opener. */
export function balancedIsolates(text: string): string {
  let open = 0;
  let strayPops = 0;
  for (const ch of text) {
    if (ISOLATE_OPENERS.has(ch)) open += 1;
    else if (ch === POP_ISOLATE) {
      if (open > 0) open -= 1;
      else strayPops += 1;
    }
  }
  return open === 0 && strayPops === 0 ? text : FIRST_STRONG_ISOLATE.repeat(strayPops) + text + POP_ISOLATE.repeat(open);
}

/** Outside text as a `<bdi>` (direction from its own first strong letter, isolated). */
export function isolatedText(text: string, className?: string): HTMLElement {
  const node = document.createElement("bdi");
  if (className !== undefined) node.className = className;
  node.textContent = balancedIsolates(text);
  return node;
}

/**
 * Outside text inside a plain string, for what takes no elements (an option's label, a title,
 * an aria-label, a notice built as one sentence): wrapped in U+2068 … U+2069.
 */
export function isolatedString(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${balancedIsolates(text)}${POP_ISOLATE}`;
}
