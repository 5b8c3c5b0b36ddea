/**
 * First look at a JSON file the analyst chose to import: parsed, measured and searched for what
 * has no business in our data, before any field is read. Everything is refused with one sentence.
 */

/**
 * 25 MB: a project of a few hundred articles is a few MB (an article is at most 2 MB, usually
 * under 100 kB). Larger files are refused before they are read into memory.
 */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/** Deeper nesting than any of our formats has is a sign of a crafted file. */
const MAX_DEPTH = 24;

/** Keys that reach an object's prototype when a parsed object is merged or spread carelessly. */
const POLLUTING_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * Markup or script in a string. Nothing in our formats is HTML: an article is plain text, a name
 * is a name. The app shows strings as text anyway; refusing them keeps a file that tries from
 * reaching anyone else (another tool, a spreadsheet) through an export.
 */
const MARKUP = /<\s*\/?\s*[a-z!?]|javascript\s*:|vbscript\s*:|data\s*:\s*text\/html|\son[a-z]+\s*=/i;

export type Parsed = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problem: string };

export function parseUntrustedJson(text: string, byteSize: number): Parsed {
  if (byteSize > MAX_IMPORT_BYTES) return { ok: false, problem: `The file is ${(byteSize / (1024 * 1024)).toFixed(1)} MB; files over 25 MB are not imported.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `The file is not valid JSON (${error instanceof Error ? error.message : "parse error"}).` };
  }
  const problem = hostileContent(json);
  return problem === null ? { ok: true, json } : { ok: false, problem };
}

/** The first thing in a parsed value that must not be imported, or null. */
export function hostileContent(value: unknown, depth = 0, path = "the file"): string | null {
  if (depth > MAX_DEPTH) return `The file is nested deeper than any project (at ${path}).`;
  if (typeof value === "string") return MARKUP.test(value) ? `The file contains HTML or script (in ${path}).` : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = hostileContent(value[i], depth + 1, `${path}[${i}]`);
      if (p !== null) return p;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) {
      if (POLLUTING_KEYS.has(key)) return `The file contains the key "${key}", which is not part of any project (in ${path}).`;
      if (MARKUP.test(key)) return `The file contains HTML or script in a key (in ${path}).`;
      const p = hostileContent((value as Record<string, unknown>)[key], depth + 1, `${path}.${key.slice(0, 40)}`);
      if (p !== null) return p;
    }
  }
  return null;
}
