import { assessClaims } from "../assess.ts";
import { type Disagreement, findDisagreements } from "../conflicts.ts";
import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type { ArticleExtraction, ArticleInput, Claim, Lean } from "../types.ts";
import { extractArticle } from "./article.ts";

export interface CorpusExtraction {
  readonly articles: readonly ArticleExtraction[];
  /** Every article's claims, with status assessed across sources. */
  readonly claims: readonly Claim[];
  readonly disagreements: readonly Disagreement[];
  /** The lean each source was read with: set by hand, else inferred from its wording. */
  readonly leans: ReadonlyMap<string, Lean>;
}

/**
 * Many articles at once: each through the engine, then the cross-source steps that need
 * them all (a claim is corroborated only by another source; a disagreement needs two).
 */
export function extractCorpus(inputs: readonly ArticleInput[], gaz: GazetteerIndex): CorpusExtraction {
  const articles = inputs.map((a) => extractArticle(a, gaz));
  const leans = sourceLeans(inputs, articles);
  const claims = assessClaims(
    articles.flatMap((a) => a.claims),
    leans,
  );
  return { articles, claims, disagreements: findDisagreements(claims), leans };
}

/** A hand-set lean wins; otherwise the lean inferred from the source's own articles. */
function sourceLeans(inputs: readonly ArticleInput[], articles: readonly ArticleExtraction[]): Map<string, Lean> {
  const votes = new Map<string, Lean[]>();
  const fixed = new Map<string, Lean>();
  inputs.forEach((input, i) => {
    if (input.lean && input.lean !== "unknown") fixed.set(input.sourceId, input.lean);
    const inferred = articles[i]?.framing.inferredLean ?? "unknown";
    votes.set(input.sourceId, [...(votes.get(input.sourceId) ?? []), inferred]);
  });
  const leans = new Map<string, Lean>();
  for (const [source, list] of votes) leans.set(source, fixed.get(source) ?? majority(list));
  return leans;
}

function majority(list: readonly Lean[]): Lean {
  const known = list.filter((l) => l !== "unknown");
  if (known.length === 0) return "unknown";
  const counts = new Map<Lean, number>();
  for (const l of known) counts.set(l, (counts.get(l) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return "unknown";
  return second && second[1] === first[1] ? "neutral" : first[0];
}
