import type { DateValue } from "../../core/types.ts";
import { userArticleId, userSourceId } from "./article-ids.ts";

/**
 * The "Add article" form's fields, checked before anything runs: every problem is reported at
 * once, keyed by field, as a code the UI words in the analyst's language. Pure: the caller
 * passes today's date.
 */

/**
 * 2 MB of UTF-8. A long news feature is under 100 kB; the limit keeps a mistaken paste (a
 * whole PDF dump) from freezing the engine and from filling the browser's storage quota.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const MAX_OUTLET_CHARS = 120;
export const MAX_URL_CHARS = 2048;

export type ArticleLanguage = "ar" | "en" | "other";
export const ARTICLE_LANGUAGES: readonly ArticleLanguage[] = ["ar", "en", "other"];

export type FormField = "text" | "outlet" | "date" | "url" | "language";

export interface ArticleFormFields {
  readonly text: string;
  readonly outlet: string;
  /** yyyy-mm-dd, as an `<input type="date">` gives it. */
  readonly date: string;
  readonly url: string;
  readonly language: string;
}

/** A checked article, ready for the engine. */
export interface ArticleDraft {
  readonly id: string;
  readonly sourceId: string;
  readonly outlet: string;
  readonly text: string;
  readonly published: DateValue;
  readonly url: string | null;
  readonly language: ArticleLanguage;
}

/** What is wrong with a field; worded per language by article-strings.ts. */
export type FormProblem =
  | { readonly kind: "text-empty" }
  | { readonly kind: "text-too-large"; readonly megabytes: string }
  | { readonly kind: "outlet-empty" }
  | { readonly kind: "outlet-too-long" }
  | { readonly kind: "outlet-control" }
  | { readonly kind: "date-empty" }
  | { readonly kind: "date-invalid" }
  | { readonly kind: "date-future" }
  | UrlProblem
  | { readonly kind: "language-unknown" };

export type UrlProblem = { readonly kind: "url-too-long" } | { readonly kind: "url-invalid" } | { readonly kind: "url-scheme" };

export type FormResult =
  | { readonly ok: true; readonly draft: ArticleDraft }
  | { readonly ok: false; readonly problems: ReadonlyMap<FormField, FormProblem> };

export function checkArticleForm(fields: ArticleFormFields, todayIso: string): FormResult {
  const problems = new Map<FormField, FormProblem>();
  const text = fields.text.replace(/\r\n?/g, "\n");
  const bytes = utf8Length(text);
  if (text.trim() === "") problems.set("text", { kind: "text-empty" });
  else if (bytes > MAX_ARTICLE_BYTES) problems.set("text", { kind: "text-too-large", megabytes: (bytes / (1024 * 1024)).toFixed(1) });

  const outlet = fields.outlet.trim().replace(/\s+/g, " ");
  if (outlet === "") problems.set("outlet", { kind: "outlet-empty" });
  else if (outlet.length > MAX_OUTLET_CHARS) problems.set("outlet", { kind: "outlet-too-long" });
  else if (hasControlCharacters(outlet)) problems.set("outlet", { kind: "outlet-control" });

  const date = fields.date.trim();
  if (date === "") problems.set("date", { kind: "date-empty" });
  else if (!isCalendarDate(date)) problems.set("date", { kind: "date-invalid" });
  else if (date > todayIso) problems.set("date", { kind: "date-future" });

  const url = fields.url.trim();
  const urlProblem = url === "" ? null : webUrlProblem(url);
  if (urlProblem !== null) problems.set("url", urlProblem);

  const language = ARTICLE_LANGUAGES.find((l) => l === (fields.language || "ar"));
  if (language === undefined) problems.set("language", { kind: "language-unknown" });

  if (problems.size > 0 || language === undefined) return { ok: false, problems };
  const sourceId = userSourceId(outlet);
  return {
    ok: true,
    draft: {
      id: userArticleId(sourceId, date, text),
      sourceId,
      outlet,
      text,
      published: { iso: date, precision: "day" },
      url: url === "" ? null : url,
      language,
    },
  };
}

/** Only http(s) links are kept: a "javascript:" or "data:" link would run or smuggle content. */
export function webUrlProblem(url: string): UrlProblem | null {
  if (url.length > MAX_URL_CHARS) return { kind: "url-too-long" };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: "url-invalid" };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return { kind: "url-scheme" };
  return null;
}

export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function hasControlCharacters(s: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]/.test(s);
}
