import { assessClaims } from "../../core/assess.ts";
import { findDisagreements } from "../../core/conflicts.ts";
import type { ArticleOut, ClaimOut, ExtractionDocument, SourceOut } from "../../core/output/extraction-document.ts";
import { coreClaimOf } from "../../core/output/read-document.ts";
import type { Lean } from "../../core/types.ts";
import { applyReviews, type ClaimReview } from "./review.ts";
import type { UserArticle } from "./user-article.ts";

/**
 * The seeds and the analyst's articles as one document, so the map, the panels and the timeline
 * treat an added outlet exactly like a seed one. Claim status and disagreements are cross-source:
 * they are computed again over ALL claims, since a new article can corroborate or contradict an
 * old one, and a review changes what a claim says. Analyst articles come after the seeds, oldest addition first, so colours stay put.
 */
export function combinedDocument(seeds: ExtractionDocument, user: Iterable<UserArticle>, reviews: ReadonlyMap<string, ClaimReview> = new Map()): ExtractionDocument {
  const added = [...user].sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : 1));
  if (added.length === 0 && reviews.size === 0) return seeds;
  const seedSourceIds = new Set(seeds.sources.map((s) => s.id));
  const seedArticleIds = new Set(seeds.articles.map((a) => a.id));
  const userSources = new Map<string, { outlet: string; url: string | null; leans: Lean[] }>();
  const articles: ArticleOut[] = [...seeds.articles];
  for (const a of added) {
    if (seedSourceIds.has(a.sourceId) || seedArticleIds.has(a.id)) continue;
    const source = userSources.get(a.sourceId) ?? { outlet: a.outlet, url: a.url, leans: [] };
    source.leans.push(a.extraction.framing.inferredLean);
    userSources.set(a.sourceId, source);
    articles.push(a.extraction);
  }
  const sources: SourceOut[] = [
    ...seeds.sources,
    ...[...userSources].map(([id, s]): SourceOut => ({ id, name: { ar: s.outlet, en: s.outlet }, lean: agreedLean(s.leans), leanBasis: "inferred from wording", url: s.url })),
  ];
  const leans = new Map<string, Lean>(sources.map((s) => [s.id, s.lean]));
  // Reviews first: a rejected claim neither corroborates nor contradicts anything.
  const reviewed = applyReviews({ ...seeds, articles }, reviews).articles;
  const claims = reviewed.flatMap((a) => a.claims.map((c) => coreClaimOf(c, a)));
  const assessed = assessClaims(claims, leans);
  const statusOf = new Map(assessed.map((c) => [c.id, c.status]));
  const withStatus = reviewed.map((a) => ({
    ...a,
    claims: a.claims.map((c): ClaimOut => {
      const status = statusOf.get(c.id) ?? c.status;
      return status === c.status ? c : { ...c, status };
    }),
  }));
  return { ...seeds, sources, articles: withStatus, disagreements: findDisagreements(assessed) };
}

/** One lean read from several articles: the one they share, neutral when they differ. */
function agreedLean(leans: readonly Lean[]): Lean {
  const known = new Set(leans.filter((l) => l !== "unknown"));
  if (known.size === 0) return "unknown";
  return known.size === 1 ? ([...known][0] as Lean) : "neutral";
}
