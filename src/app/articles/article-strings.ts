import type { Language } from "../../core/permalink.ts";
import type { EngineStage } from "../../worker/protocol.ts";
import { type ArticleLanguage, type FormProblem, MAX_ARTICLE_BYTES, MAX_OUTLET_CHARS, MAX_URL_CHARS } from "./article-form.ts";
import type { ReviewState } from "./review.ts";

/** The words of the add, review and export/import controls, in both of the app's languages. */
export interface ArticleStrings {
  readonly addArticle: string;
  readonly addTitle: string;
  readonly textLabel: string;
  readonly textHint: string;
  readonly outletLabel: string;
  readonly dateLabel: string;
  readonly urlLabel: string;
  readonly languageLabel: string;
  readonly languages: Readonly<Record<ArticleLanguage, string>>;
  readonly submit: string;
  readonly close: string;
  readonly cancel: string;
  readonly stages: Readonly<Record<EngineStage, string>>;
  readonly yourArticles: string;
  readonly delete: string;
  readonly deleteLabel: (outlet: string, date: string) => string;
  readonly claimsCount: (n: number) => string;
  readonly fixFields: string;
  readonly cancelled: string;
  readonly exists: string;
  readonly added: (claims: number) => string;
  readonly failed: (why: string) => string;
  readonly problems: (p: FormProblem) => string;
  readonly review: string;
  readonly reviewArticle: string;
  readonly claimsHeading: (n: number) => string;
  readonly unresolvedHeading: (n: number) => string;
  readonly noClaims: string;
  readonly allFound: string;
  readonly states: Readonly<Record<ReviewState, string>>;
  readonly accept: string;
  readonly reject: string;
  readonly correct: string;
  readonly backToMachine: string;
  readonly actor: string;
  readonly action: string;
  readonly place: string;
  readonly date: string;
  readonly saveCorrection: string;
  readonly notInGazetteer: (cue: string) => string;
  readonly placedAt: (lat: string, lon: string) => string;
  readonly placeOnMap: string;
  readonly move: string;
  readonly clickTheMap: string;
  readonly pickGazetteer: string;
  readonly exportImport: string;
  readonly exports: Readonly<Record<"geojson" | "csv" | "project", string>>;
  readonly importLabel: (mb: number) => string;
  readonly confirmedKey: string;
}

const MB = MAX_ARTICLE_BYTES / (1024 * 1024);

export const ARTICLE_STRINGS: Readonly<Record<Language, ArticleStrings>> = {
  en: {
    addArticle: "Add article",
    addTitle: "Add an article",
    textLabel: "Article text",
    textHint: `Paste the text; up to ${MB} MB. The engine reads Arabic.`,
    outletLabel: "Outlet",
    dateLabel: "Publication date",
    urlLabel: "Link (optional)",
    languageLabel: "Language",
    languages: { ar: "Arabic", en: "English", other: "Other" },
    submit: "Read and add",
    close: "Close",
    cancel: "Cancel",
    stages: { "loading-gazetteer": "Loading the gazetteer…", "reading-article": "Reading the article…" },
    yourArticles: "Your articles",
    delete: "Delete",
    deleteLabel: (outlet, date) => `Delete the article from ${outlet} of ${date}`,
    claimsCount: (n) => `${n} claim(s)`,
    fixFields: "Please correct the fields marked above.",
    cancelled: "Cancelled; nothing was added.",
    exists: "This article is already on the map.",
    added: (n) => `Added: ${n} claim(s) found.`,
    failed: (why) => `The article could not be read: ${why}`,
    problems: (p) => {
      switch (p.kind) {
        case "text-empty":
          return "Paste the article's text.";
        case "text-too-large":
          return `The text is ${p.megabytes} MB; the limit is ${MB} MB.`;
        case "outlet-empty":
          return "Name the outlet that published the article.";
        case "outlet-too-long":
          return `The outlet name is longer than ${MAX_OUTLET_CHARS} characters.`;
        case "outlet-control":
          return "The outlet name contains control characters.";
        case "date-empty":
          return "Give the publication date.";
        case "date-invalid":
          return "The date is not a calendar date (yyyy-mm-dd).";
        case "date-future":
          return "The publication date is in the future.";
        case "url-too-long":
          return `The link is longer than ${MAX_URL_CHARS} characters.`;
        case "url-invalid":
          return "The link is not a web address (it should start with https://).";
        case "url-scheme":
          return "Only http and https links are accepted.";
        case "language-unknown":
          return "Pick a language from the list.";
      }
    },
    review: "Review",
    reviewArticle: "Article to review",
    claimsHeading: (n) => `Claims (${n})`,
    unresolvedHeading: (n) => `Unresolved place names (${n})`,
    noClaims: "The engine found no claim in this article.",
    allFound: "Every place name in this article was found.",
    states: { machine: "machine-extracted", accepted: "accepted", rejected: "rejected", corrected: "corrected" },
    accept: "Accept",
    reject: "Reject",
    correct: "Correct…",
    backToMachine: "Back to machine",
    actor: "Actor",
    action: "Action",
    place: "Place",
    date: "Date",
    saveCorrection: "Save correction",
    notInGazetteer: (cue) => ` (${cue}) not in the gazetteer `,
    placedAt: (lat, lon) => ` placed at ${lat}, ${lon} `,
    placeOnMap: "Place on map",
    move: "Move",
    clickTheMap: "Click the map… (Esc cancels)",
    pickGazetteer: "or pick a gazetteer place",
    exportImport: "Export / import",
    exports: { geojson: "Claims as GeoJSON", csv: "Claims as CSV (ACLED columns)", project: "Project file (your articles, reviews, places)" },
    importLabel: (mb) => `Import a project file or claims GeoJSON (up to ${mb} MB)`,
    confirmedKey: "On the map, a second dark ring marks a place whose claims you all confirmed; rejected claims leave the map.",
  },
  ar: {
    addArticle: "إضافة مقال",
    addTitle: "إضافة مقال",
    textLabel: "نص المقال",
    textHint: `الصق النص؛ حتى ${MB} ميغابايت. المحرك يقرأ العربية.`,
    outletLabel: "الوسيلة الإعلامية",
    dateLabel: "تاريخ النشر",
    urlLabel: "الرابط (اختياري)",
    languageLabel: "اللغة",
    languages: { ar: "العربية", en: "الإنجليزية", other: "أخرى" },
    submit: "اقرأ وأضف",
    close: "إغلاق",
    cancel: "إلغاء",
    stages: { "loading-gazetteer": "تحميل المعجم الجغرافي…", "reading-article": "قراءة المقال…" },
    yourArticles: "مقالاتك",
    delete: "حذف",
    deleteLabel: (outlet, date) => `حذف مقال ${outlet} بتاريخ ${date}`,
    claimsCount: (n) => `${n} ادعاء`,
    fixFields: "يرجى تصحيح الحقول المشار إليها أعلاه.",
    cancelled: "أُلغي؛ لم يُضف شيء.",
    exists: "هذا المقال موجود على الخريطة.",
    added: (n) => `أُضيف: ${n} ادعاء.`,
    failed: (why) => `تعذرت قراءة المقال: ${why}`,
    problems: (p) => {
      switch (p.kind) {
        case "text-empty":
          return "الصق نص المقال.";
        case "text-too-large":
          return `حجم النص ${p.megabytes} ميغابايت؛ الحد ${MB} ميغابايت.`;
        case "outlet-empty":
          return "اذكر الوسيلة التي نشرت المقال.";
        case "outlet-too-long":
          return `اسم الوسيلة أطول من ${MAX_OUTLET_CHARS} حرفاً.`;
        case "outlet-control":
          return "اسم الوسيلة يحوي محارف تحكم.";
        case "date-empty":
          return "أدخل تاريخ النشر.";
        case "date-invalid":
          return "التاريخ ليس تاريخاً صحيحاً (yyyy-mm-dd).";
        case "date-future":
          return "تاريخ النشر في المستقبل.";
        case "url-too-long":
          return `الرابط أطول من ${MAX_URL_CHARS} حرفاً.`;
        case "url-invalid":
          return "الرابط ليس عنوان ويب (يبدأ بـ https://).";
        case "url-scheme":
          return "لا تُقبل إلا روابط http وhttps.";
        case "language-unknown":
          return "اختر لغة من القائمة.";
      }
    },
    review: "مراجعة",
    reviewArticle: "المقال المراد مراجعته",
    claimsHeading: (n) => `الادعاءات (${n})`,
    unresolvedHeading: (n) => `أسماء أماكن غير معروفة (${n})`,
    noClaims: "لم يجد المحرك أي ادعاء في هذا المقال.",
    allFound: "وُجدت كل أسماء الأماكن في هذا المقال.",
    states: { machine: "استخراج آلي", accepted: "مقبول", rejected: "مرفوض", corrected: "مصحح" },
    accept: "قبول",
    reject: "رفض",
    correct: "تصحيح…",
    backToMachine: "العودة إلى القراءة الآلية",
    actor: "الفاعل",
    action: "الفعل",
    place: "المكان",
    date: "التاريخ",
    saveCorrection: "حفظ التصحيح",
    notInGazetteer: (cue) => ` (${cue}) غير موجود في المعجم `,
    placedAt: (lat, lon) => ` وُضع عند ${lat}، ${lon} `,
    placeOnMap: "ضعه على الخريطة",
    move: "نقل",
    clickTheMap: "انقر على الخريطة… (Esc للإلغاء)",
    pickGazetteer: "أو اختر مكاناً من المعجم",
    exportImport: "تصدير / استيراد",
    exports: { geojson: "الادعاءات بصيغة GeoJSON", csv: "الادعاءات بصيغة CSV (أعمدة ACLED)", project: "ملف المشروع (مقالاتك ومراجعاتك وأماكنك)" },
    importLabel: (mb) => `استيراد ملف مشروع أو GeoJSON للادعاءات (حتى ${mb} ميغابايت)`,
    confirmedKey: "على الخريطة، تميّز حلقة داكنة ثانية مكاناً أكدتَ كل ادعاءاته؛ والادعاءات المرفوضة تختفي من الخريطة.",
  },
};
