import { readExtractionDocument } from "../../core/output/read-document.ts";
import { EXTRACTION_FORMAT, EXTRACTION_VERSION } from "../../core/output/extraction-document.ts";
import { ARTICLE_LANGUAGES, type ArticleLanguage, isCalendarDate, MAX_ARTICLE_BYTES, MAX_OUTLET_CHARS, utf8Length, webUrlProblem } from "./article-form.ts";
import { claimVocabularyProblem } from "./read-records.ts";
import { USER_ARTICLE_PREFIX, USER_SOURCE_PREFIX, userSourceId } from "./article-ids.ts";
import type { UserArticle } from "./user-article.ts";

/**
 * Reads one analyst article from somewhere the app does not control (a stored record written by
 * an older or newer app, a project file): the frame is checked field by field, the engine's part
 * by the same reader the seeds go through, so the app never indexes a malformed article.
 */
export type UserArticleRead = { readonly ok: true; readonly article: UserArticle } | { readonly ok: false; readonly problem: string };

export function readUserArticle(value: unknown): UserArticleRead {
  if (!isRecord(value)) return refuse("an article is not an object");
  const { id, sourceId, outlet, url, language, addedAt, extraction } = value;
  if (typeof id !== "string" || !id.startsWith(USER_ARTICLE_PREFIX) || id.length > 64) return refuse("an article has no valid id");
  if (typeof outlet !== "string" || outlet.trim() === "" || outlet.length > MAX_OUTLET_CHARS) return refuse(`article ${id} has no valid outlet name`);
  // The id is derived from the outlet: a record whose two disagree was edited by hand.
  if (typeof sourceId !== "string" || !sourceId.startsWith(USER_SOURCE_PREFIX) || sourceId !== userSourceId(outlet)) return refuse(`article ${id} has a source id that does not match its outlet`);
  if (url !== null && (typeof url !== "string" || webUrlProblem(url) !== null)) return refuse(`article ${id} has a link that is not http or https`);
  if (!ARTICLE_LANGUAGES.includes(language as ArticleLanguage)) return refuse(`article ${id} has an unknown language`);
  if (typeof addedAt !== "string" || Number.isNaN(Date.parse(addedAt))) return refuse(`article ${id} has no valid time of addition`);
  if (!isRecord(extraction) || extraction.id !== id || extraction.sourceId !== sourceId) return refuse(`article ${id} has no engine reading of its own`);
  if (typeof extraction.text !== "string" || utf8Length(extraction.text) > MAX_ARTICLE_BYTES) return refuse(`article ${id} has no text, or one over 2 MB`);
  if (!isRecord(extraction.published) || typeof extraction.published.iso !== "string" || !isCalendarDate(extraction.published.iso)) return refuse(`article ${id} has no valid publication date`);
  if (!isRecord(extraction.framing) || typeof extraction.framing.inferredLean !== "string") return refuse(`article ${id} has no framing`);
  const read = readExtractionDocument({
    format: EXTRACTION_FORMAT,
    version: EXTRACTION_VERSION,
    sources: [{ id: sourceId, name: { ar: outlet, en: outlet } }],
    articles: [extraction],
  });
  if (!read.ok) return refuse(`article ${id}: ${read.problem}`);
  if (read.dropped.length > 0) return refuse(`article ${id}: ${read.dropped[0]}`);
  const article = read.document.articles[0];
  if (article === undefined) return refuse(`article ${id} has no engine reading`);
  for (const c of article.claims) {
    const problem = claimVocabularyProblem(c);
    if (problem !== null) return refuse(`article ${id}: claim ${c.id.slice(0, 20)} has ${problem}`);
  }
  return {
    ok: true,
    article: { id, sourceId, outlet, url: url as string | null, language: language as ArticleLanguage, addedAt, extraction: article },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse(problem: string): UserArticleRead {
  return { ok: false, problem };
}
