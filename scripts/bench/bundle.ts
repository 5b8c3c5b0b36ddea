import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** Issue 8's budget: the JavaScript a first visit runs before the map is usable. */
export const INITIAL_JS_BUDGET_GZIP_BYTES = 100 * 1024;

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleSizes {
  /** The entry script and the modules index.html preloads with it. */
  readonly initial: readonly ChunkSize[];
  /** Everything else: the worker and chunks loaded on demand. */
  readonly later: readonly ChunkSize[];
}

const sizeOf = (dist: string, file: string): ChunkSize => {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
};

/**
 * Sizes of a built app's JavaScript. What is initial is read from index.html (the module script
 * and its modulepreload links), as the browser reads it, not guessed from file names.
 */
export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const initial = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /type="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /rel="modulepreload"/.test(tag);
    const url = /(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url !== undefined && !/^[a-z]+:/i.test(url)) initial.add(url.replace(/^\.?\//, ""));
  }
  if (initial.size === 0) throw new Error(`${dist}/index.html loads no module script`);
  const all = readdirSync(join(dist, "assets"))
    .filter((f) => f.endsWith(".js") && statSync(join(dist, "assets", f)).isFile())
    .map((f) => `assets/${f}`);
  return {
    initial: [...initial].map((f) => sizeOf(dist, f)),
    later: all.filter((f) => !initial.has(f)).map((f) => sizeOf(dist, f)),
  };
}

export const gzipTotal = (chunks: readonly ChunkSize[]): number => chunks.reduce((n, c) => n + c.gzipBytes, 0);

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** For `npm run bench`: the sizes of the dist/ it has just built, against the budget. */
export function benchBundle(dist = resolve(import.meta.dirname, "../../dist")): string[] {
  const { initial, later } = bundleSizes(dist);
  const total = gzipTotal(initial);
  return [
    `initial JavaScript: ${kb(total)} gzipped (budget ${kb(INITIAL_JS_BUDGET_GZIP_BYTES)}, ${((100 * total) / INITIAL_JS_BUDGET_GZIP_BYTES).toFixed(0)}% used)`,
    ...initial.map((c) => `  ${c.file}: ${kb(c.bytes)}, ${kb(c.gzipBytes)} gzipped`),
    `loaded later: ${kb(gzipTotal(later))} gzipped`,
    ...later.map((c) => `  ${c.file}: ${kb(c.bytes)}, ${kb(c.gzipBytes)} gzipped`),
  ];
}
