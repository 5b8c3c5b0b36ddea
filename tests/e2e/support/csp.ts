/**
 * The app's security headers, read from `public/_headers` (what static hosts serve), so the test
 * server, the browser suite and the unit checks all use the one policy that ships.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const HEADERS_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../../public/_headers");

/** Header name (lower case) → value, for one path pattern of a `_headers` file. */
export type Headers = Readonly<Record<string, string>>;

/**
 * The headers of the `/*` block of a `_headers` file: a line with a path opens a block, indented
 * `Name: value` lines belong to it, `#` lines are comments.
 */
export function headersFor(text: string, pattern = "/*"): Headers {
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      inBlock = line.trim() === pattern;
      continue;
    }
    if (!inBlock) continue;
    const colon = line.indexOf(":");
    if (colon < 0) throw new Error(`_headers: not a "Name: value" line: ${line.trim()}`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function appHeaders(): Headers {
  return headersFor(readFileSync(HEADERS_FILE, "utf8"));
}

/** A policy's directives: name → its sources, in order. */
export function directives(policy: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}
