import { describe, expect, it } from "vitest";
import { checkArticleForm, MAX_ARTICLE_BYTES, utf8Length, webUrlProblem } from "../../src/app/articles/article-form.ts";
import { ARTICLE_STRINGS } from "../../src/app/articles/article-strings.ts";
import { USER_SOURCE_PREFIX, userArticleId, userSourceId } from "../../src/app/articles/article-ids.ts";

const TODAY = "2026-11-22";
const GOOD = { text: "سيطرت قوات الوفاق على غريان.", outlet: "Libya Observer", date: "2019-06-26", url: "", language: "ar" };

/** The problems as the English form words them. */
function problems(fields: Partial<typeof GOOD>): Record<string, string> {
  const r = checkArticleForm({ ...GOOD, ...fields }, TODAY);
  return r.ok ? {} : Object.fromEntries([...r.problems].map(([field, p]) => [field, ARTICLE_STRINGS.en.problems(p)]));
}

describe("the add-article form", () => {
  it("accepts a complete article and derives its source and article ids", () => {
    const r = checkArticleForm(GOOD, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.sourceId).toBe(userSourceId("Libya Observer"));
    expect(r.draft.published).toEqual({ iso: "2019-06-26", precision: "day" });
    expect(r.draft.url).toBeNull();
    expect(r.draft.language).toBe("ar");
  });

  it("reports every problem at once, each on its field", () => {
    expect(Object.keys(problems({ text: "  \n", outlet: "", date: "" })).sort()).toEqual(["date", "outlet", "text"]);
  });

  it("refuses a date in the future but accepts today", () => {
    expect(problems({ date: "2026-11-23" }).date).toBe("The publication date is in the future.");
    expect(problems({ date: TODAY })).toEqual({});
  });

  it("refuses dates that are not on the calendar", () => {
    expect(problems({ date: "2019-02-30" }).date).toMatch(/not a calendar date/);
    expect(problems({ date: "26/06/2019" }).date).toMatch(/not a calendar date/);
  });

  it("refuses a text over 2 MB of UTF-8, counting Arabic letters as two bytes", () => {
    const arabicOverLimit = "ب".repeat(MAX_ARTICLE_BYTES / 2 + 1);
    expect(arabicOverLimit.length).toBeLessThan(MAX_ARTICLE_BYTES);
    expect(problems({ text: arabicOverLimit }).text).toMatch(/limit is 2 MB/);
    expect(problems({ text: "ب".repeat(MAX_ARTICLE_BYTES / 2) })).toEqual({});
  });

  it("counts UTF-8 bytes like an encoder does", () => {
    for (const s of ["abc", "سرت", "😀", "a\u00e9\u4e2d"]) expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
  });

  it("accepts only http and https links", () => {
    expect(webUrlProblem("https://libyaobserver.ly/news/1")).toBeNull();
    expect(webUrlProblem("http://example.org")).toBeNull();
    for (const bad of ["javascript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", "vbscript:x"]) {
      expect(webUrlProblem(bad)).toEqual({ kind: "url-scheme" });
    }
    expect(webUrlProblem("not a link")).toEqual({ kind: "url-invalid" });
    expect(problems({ url: "javascript:alert(1)" }).url).toBe("Only http and https links are accepted.");
    expect(problems({ url: "javascript:alert(1)" }).url).toBeDefined();
  });

  it("words every problem in Arabic too", () => {
    const r = checkArticleForm({ ...GOOD, text: "", date: "2999-01-01" }, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([...r.problems.values()].map(ARTICLE_STRINGS.ar.problems)).toEqual(["الصق نص المقال.", "تاريخ النشر في المستقبل."]);
  });

  it("refuses control characters in an outlet name and an unknown language", () => {
    expect(problems({ outlet: "a\u0000b" }).outlet).toMatch(/control characters/);
    expect(problems({ language: "__proto__" }).language).toBeDefined();
  });

  it("gives an outlet called __proto__ or constructor an ordinary, prefixed id", () => {
    for (const name of ["__proto__", "constructor", "prototype", "hasOwnProperty"]) {
      const id = userSourceId(name);
      expect(id.startsWith(USER_SOURCE_PREFIX)).toBe(true);
      expect(id).toMatch(/^mine-[0-9a-z]+$/);
    }
  });

  it("makes one source of one outlet however it is spaced or cased, and two of two outlets", () => {
    expect(userSourceId(" Libya  observer")).toBe(userSourceId("Libya Observer"));
    expect(userSourceId("Libya Observer")).not.toBe(userSourceId("Libya Herald"));
  });

  it("gives the same article the same id, and another day or text another id", () => {
    const s = userSourceId("x");
    expect(userArticleId(s, "2020-01-01", "نص")).toBe(userArticleId(s, "2020-01-01", "نص"));
    expect(userArticleId(s, "2020-01-02", "نص")).not.toBe(userArticleId(s, "2020-01-01", "نص"));
    expect(userArticleId(s, "2020-01-01", "نص آخر")).not.toBe(userArticleId(s, "2020-01-01", "نص"));
  });

  it("normalises Windows line ends, so the same paste gives the same article", () => {
    const a = checkArticleForm({ ...GOOD, text: "سطر\r\nسطر" }, TODAY);
    const b = checkArticleForm({ ...GOOD, text: "سطر\nسطر" }, TODAY);
    expect(a.ok && b.ok && a.draft.id === b.draft.id).toBe(true);
  });
});
