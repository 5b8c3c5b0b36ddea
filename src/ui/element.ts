/**
 * Builds an element with a class and plain text: the one way panels put data on the page
 * (`textContent`, never HTML), so an article's words can never become markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Arabic text inside a chrome that may be English: its own direction and font. */
export function arabic<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = element(tag, className, text);
  node.lang = "ar";
  node.dir = "rtl";
  return node;
}
