/**
 * Hostile text for every path that takes outside text. Each payload that could ever run as
 * script sets `window.__xss` (to a number naming the payload), so a browser test only has to
 * check that the trap stays unset, and that the text shows as text.
 */

export interface Payload {
  readonly name: string;
  readonly text: string;
  /** Short enough for an outlet name (120 characters) and free of C0/C1 controls. */
  readonly short: boolean;
}

const payload = (name: string, text: string): Payload => ({ name, text, short: text.length <= 120 && !/[\u0000-\u001f\u007f-\u009f]/.test(text) });

export const XSS_CORPUS: readonly Payload[] = [
  payload("a script tag", "<script>window.__xss=1</script>"),
  payload("a script tag split by a closing textarea", "</textarea></title><script>window.__xss=2</script>"),
  payload("an image with onerror", `<img src=x onerror="window.__xss=3">`),
  payload("an event-handler attribute break-out", `" autofocus onfocus="window.__xss=4" x="`),
  payload("an event handler on a div", `<div onmouseover="window.__xss=5" style="position:fixed;inset:0">hover</div>`),
  payload("a javascript: URL", "javascript:window.__xss=6//"),
  payload("a javascript: link", `<a href="javascript:window.__xss=7">click</a>`),
  payload("an SVG with onload", `<svg onload="window.__xss=8"></svg>`),
  payload("a script inside SVG", "<svg><script>window.__xss=9</script></svg>"),
  payload("an iframe srcdoc", `<iframe srcdoc="<script>parent.__xss=10</script>"></iframe>`),
  payload("a MathML javascript: link", `<math><mi xlink:href="javascript:window.__xss=11">x</mi></math>`),
  payload("a template literal", "${window.__xss=12}`${(window.__xss=12)}`"),
  payload("a prototype key", "__proto__"),
  payload("a constructor key", "constructor"),
  payload("a prototype-pollution JSON string", `{"__proto__":{"__xss":13},"constructor":{"prototype":{"__xss":13}}}`),
  payload("a right-to-left override", "\u202Ewindow.__xss=14 <b>gpj.exe</b>"),
  payload("stray directional isolates", "\u2069\u2069\u202E\u2066\u2067\u2068 evil\u202C"),
  payload("an isolate that never closes", "\u2067<img src=x onerror=window.__xss=15>"),
  payload("a 100,000-character token", `${"ج".repeat(50_000)}${"A".repeat(50_000)}`),
];

