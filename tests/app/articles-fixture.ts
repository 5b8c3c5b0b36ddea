import { type ArticleDraft, checkArticleForm } from "../../src/app/articles/article-form.ts";
import { type UserArticle, userArticleOf } from "../../src/app/articles/user-article.ts";
import type { ClaimOut } from "../../src/core/output/extraction-document.ts";
import { fixtureArticle, fixtureClaim, SIRTE } from "./fixture-document.ts";

/** The text fixtureClaim's evidence offsets point into. */
export const FIXTURE_TEXT = "قالت القوات إنها سيطرت على مدينة سرت. وانسحبت القوات من سرت.";

export function draftOf(outlet: string, date = "2020-06-06", text = FIXTURE_TEXT): ArticleDraft {
  const checked = checkArticleForm({ text, outlet, date, url: "", language: "ar" }, "2026-01-01");
  if (!checked.ok) throw new Error([...checked.problems.values()].join("; "));
  return checked.draft;
}

/** An analyst article as the worker would return it, bound to its draft. */
export function userArticle(outlet: string, opts: { date?: string; claims?: ClaimOut[]; addedAt?: string } = {}): UserArticle {
  const draft = draftOf(outlet, opts.date);
  const claims = opts.claims ?? [fixtureClaim("c1", "GNA", "captured", SIRTE, opts.date ?? "2020-06-06")];
  return userArticleOf(draft, fixtureArticle("engine-id", "engine-source", claims, opts.date), opts.addedAt ?? "2026-01-01T00:00:00.000Z");
}
