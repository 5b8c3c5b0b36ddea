import type { ArticleOut } from "../../core/output/extraction-document.ts";
import type { LocalPlace } from "./local-place.ts";

/** A name the engine read as a place but found in no gazetteer, once per article. */
export interface UnresolvedName {
  readonly name: string;
  /** The words that made it read as a place ("منطقة", "مدينة"). */
  readonly cue: string;
  /** Where it first occurs, for the reader. */
  readonly start: number;
  readonly end: number;
}

export function unresolvedNames(article: ArticleOut): UnresolvedName[] {
  const seen = new Set<string>();
  const names: UnresolvedName[] = [];
  for (const m of article.places) {
    if (m.status !== "unresolved" || seen.has(m.name.trim())) continue;
    seen.add(m.name.trim());
    names.push({ name: m.name.trim(), cue: m.cue, start: m.start, end: m.end });
  }
  return names;
}

/**
 * The articles a set of local places changes: those with an unresolved name the analyst has now
 * placed. Only these are read again, so adding a place costs one re-read per article naming it.
 */
export function articlesNaming(articles: readonly ArticleOut[], places: Iterable<LocalPlace>): ArticleOut[] {
  const placed = new Set([...places].map((p) => p.name));
  if (placed.size === 0) return [];
  return articles.filter((a) => unresolvedNames(a).some((u) => placed.has(u.name)));
}
