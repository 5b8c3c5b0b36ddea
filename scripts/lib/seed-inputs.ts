import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceInfo } from "../../src/core/output/extraction-document.ts";
import type { Manifest } from "../../src/core/manifest.ts";
import type { ArticleInput } from "../../src/core/types.ts";

/** Turn a manifest and its folder into engine inputs and source descriptions. */
export function manifestInputs(manifest: Manifest, dir: string): { inputs: ArticleInput[]; sources: SourceInfo[] } {
  const inputs: ArticleInput[] = manifest.articles.map((a) => ({
    id: a.id,
    text: readFileSync(join(dir, a.file), "utf8"),
    sourceId: a.outlet.id,
    published: { iso: a.published, precision: a.datePrecision },
    ...(a.lean ? { lean: a.lean } : {}),
  }));
  const sources = new Map<string, SourceInfo>();
  for (const a of manifest.articles) {
    if (!sources.has(a.outlet.id)) {
      sources.set(a.outlet.id, { id: a.outlet.id, ar: a.outlet.ar, en: a.outlet.en, url: a.url, leanSetByHand: a.lean !== null });
    }
  }
  return { inputs, sources: [...sources.values()] };
}
