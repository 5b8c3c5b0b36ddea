import type { Language } from "../core/permalink.ts";
import type { Lean, ActorId, ClaimAction, ClaimStatus, Compass8, DirectionClass, DistanceClass, Modality } from "../core/types.ts";
import type { Holder } from "./source-reading.ts";

/**
 * Every word of the chrome, in both languages. Tables keyed by the core's unions, so adding an
 * action or actor to the core fails to compile here until it has a label in each language.
 * Names of sides are each side's own name for itself, not an outlet's framing.
 */
export interface Strings {
  readonly appName: string;
  readonly tagline: string;
  readonly languageToggle: string;
  readonly languageToggleLabel: string;
  readonly panels: Readonly<Record<"sources" | "claims" | "reader" | "disagreements" | "list", string>>;
  readonly panelTabsLabel: string;
  readonly sourcesHeading: string;
  readonly onlyThis: string;
  readonly allSources: string;
  readonly claimsCount: (n: number) => string;
  readonly leanLabel: (lean: string, basis: string) => string;
  readonly leans: Readonly<Record<Lean, string>>;
  readonly framingHeading: string;
  readonly framingSide: (side: string) => string;
  readonly loadedWords: string;
  readonly legendHeading: string;
  readonly legendHolds: string;
  readonly legendLeft: string;
  readonly legendContested: string;
  readonly legendSourceRing: string;
  readonly holders: Readonly<Record<Holder, string>>;
  readonly actors: Readonly<Record<ActorId, string>>;
  readonly actions: Readonly<Record<ClaimAction, string>>;
  readonly statuses: Readonly<Record<ClaimStatus, string>>;
  readonly modalities: Readonly<Record<Exclude<Modality, "asserted">, string>>;
  readonly ownVoice: string;
  readonly accordingTo: (who: string) => string;
  readonly otherSpeaker: string;
  readonly distanced: string;
  readonly months: readonly string[];
  readonly about: (date: string) => string;
  readonly sameDay: string;
  readonly daysOld: (n: number) => string;
  readonly showInArticle: string;
  readonly showOnMap: string;
  readonly placeClaimsHeading: (place: string) => string;
  readonly noClaimsForPlace: string;
  readonly pickSomething: string;
  readonly measurementsHeading: string;
  readonly stated: string;
  readonly straightLine: string;
  /** Kilometres after a number: Latin "km" inside Arabic text would break the reading order. */
  readonly km: (n: string) => string;
  readonly distanceClasses: Readonly<Record<DistanceClass, string>>;
  readonly directionClasses: Readonly<Record<DirectionClass, string>>;
  readonly compass: Readonly<Record<Compass8, string>>;
  readonly bearing: string;
  readonly ringAround: (km: number, place: string) => string;
  readonly notChecked: (why: string) => string;
  readonly readerHeading: string;
  readonly readerPickArticle: string;
  readonly readerNoText: string;
  readonly disagreementsHeading: string;
  readonly noDisagreements: string;
  readonly stance: Readonly<Record<"holds" | "withdrew", (holder: string) => string>>;
  readonly listHeading: string;
  readonly listColumns: Readonly<Record<"date" | "source" | "claim" | "status", string>>;
  readonly timelineLabel: string;
  readonly previous: string;
  readonly next: string;
  readonly play: string;
  readonly pause: string;
  readonly asOf: (date: string) => string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly noResults: string;
  readonly dataError: (problem: string) => string;
  readonly contested: string;
}

const EN: Strings = {
  appName: "Libya control claims",
  tagline: "Who claims to control what, source by source, with the words that say so.",
  languageToggle: "العربية",
  languageToggleLabel: "Switch the interface to Arabic",
  panels: { sources: "Sources", claims: "Claims", reader: "Article", disagreements: "Disagreements", list: "List" },
  panelTabsLabel: "Panels",
  sourcesHeading: "Sources",
  onlyThis: "only this",
  allSources: "Show all sources",
  claimsCount: (n) => `${n} claim${n === 1 ? "" : "s"}`,
  leanLabel: (lean, basis) => `lean: ${lean} (${basis})`,
  leans: { "pro-GNA": "pro-GNA", "pro-LNA": "pro-LNA", neutral: "neutral", unknown: "unknown" },
  framingHeading: "Its wording for each side",
  framingSide: (side) => `${side}:`,
  loadedWords: "Loaded words:",
  legendHeading: "Who holds the place, as each source says",
  legendHolds: "holds or took it",
  legendLeft: "only says who left",
  legendContested: "contested: sources disagree",
  legendSourceRing: "ring colour: the source",
  holders: { GNA: "GNA", LNA: "LNA", ISIS: "ISIS", unknown: "unknown" },
  actors: {
    GNA: "GNA forces",
    LNA: "LNA (Haftar)",
    ISIS: "ISIS",
    TUR: "Turkey",
    UAE: "the UAE",
    RUS: "Russia",
    WAGNER: "Wagner",
    EGY: "Egypt",
    USA: "the US",
    QAT: "Qatar",
    FRA: "France",
    UNKNOWN: "an unnamed force",
  },
  actions: {
    captured: "took",
    controls: "holds",
    entered: "entered",
    withdrew: "withdrew from",
    advancing: "is advancing on",
    struck: "struck",
    repelled: "repelled an attack at",
    besieging: "is besieging",
    contested: "is fighting at",
    reinforcing: "is reinforcing",
  },
  statuses: { claimed: "claimed", corroborated: "corroborated" },
  modalities: { intent: "intent, not a control claim", negated: "denied, not a control claim", conditional: "conditional, not a control claim" },
  ownVoice: "in the outlet's own voice",
  accordingTo: (who) => `according to ${who}`,
  otherSpeaker: "according to another speaker",
  distanced: "the outlet distances itself",
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  about: (date) => `about ${date}`,
  sameDay: "on the date shown",
  daysOld: (n) => `${n} day${n === 1 ? "" : "s"} before the date shown`,
  showInArticle: "Show in the article",
  showOnMap: "Show on the map",
  placeClaimsHeading: (place) => `What the sources say about ${place}`,
  noClaimsForPlace: "No visible source makes a claim about this place on or before the date shown.",
  pickSomething: "Choose a place on the map, a claim in the list or a highlight in an article.",
  measurementsHeading: "Geography stated in the same article",
  stated: "stated",
  straightLine: "straight line",
  km: (n) => `${n} km`,
  distanceClasses: { "consistent-straight": "straight-line consistent", "consistent-road": "road-consistent", overstated: "overstated", understated: "understated" },
  directionClasses: { consistent: "direction consistent", inconsistent: "direction inconsistent" },
  compass: { N: "N", NE: "NE", E: "E", SE: "SE", S: "S", SW: "SW", W: "W", NW: "NW" },
  bearing: "bearing",
  ringAround: (km, place) => `ring ${km} km around ${place}`,
  notChecked: (why) => `not checked: ${why}`,
  readerHeading: "Article",
  readerPickArticle: "Article",
  readerNoText: "This article's text is not in the data.",
  disagreementsHeading: "Disagreements in the month up to the date shown",
  noDisagreements: "The visible sources do not disagree about any place in this window.",
  stance: { holds: (h) => `${h} holds it`, withdrew: (h) => `${h} withdrew` },
  listHeading: "All claims of the visible sources",
  listColumns: { date: "Date", source: "Source", claim: "Claim", status: "Status" },
  timelineLabel: "As-of date",
  previous: "Previous date with claims",
  next: "Next date with claims",
  play: "Play",
  pause: "Pause",
  asOf: (date) => `as of ${date}`,
  searchLabel: "Find a place",
  searchPlaceholder: "Find a place (Arabic or Latin)",
  noResults: "No place by that name.",
  dataError: (problem) => `The claims could not be loaded: ${problem}`,
  contested: "contested",
};

const AR: Strings = {
  appName: "خريطة ادعاءات السيطرة في ليبيا",
  tagline: "من يدّعي السيطرة على ماذا، مصدراً مصدراً، بالكلمات التي تقول ذلك.",
  languageToggle: "English",
  languageToggleLabel: "Switch the interface to English",
  panels: { sources: "المصادر", claims: "الادعاءات", reader: "المقال", disagreements: "التناقضات", list: "القائمة" },
  panelTabsLabel: "اللوحات",
  sourcesHeading: "المصادر",
  onlyThis: "هذا فقط",
  allSources: "إظهار كل المصادر",
  claimsCount: (n) => `${n} ادعاء`,
  leanLabel: (lean, basis) => `الميل: ${lean} (${basis === "set by hand" ? "محدد يدوياً" : "مستنتج من الصياغة"})`,
  leans: { "pro-GNA": "مؤيد للوفاق", "pro-LNA": "مؤيد لحفتر", neutral: "محايد", unknown: "غير معروف" },
  framingHeading: "صياغته لكل طرف",
  framingSide: (side) => `${side}:`,
  loadedWords: "كلمات مشحونة:",
  legendHeading: "من يسيطر على المكان بحسب كل مصدر",
  legendHolds: "يسيطر عليه أو استولى عليه",
  legendLeft: "يذكر من انسحب فقط",
  legendContested: "متنازع عليه: المصادر تختلف",
  legendSourceRing: "لون الحلقة: المصدر",
  holders: { GNA: "الوفاق", LNA: "الجيش الوطني (حفتر)", ISIS: "تنظيم الدولة", unknown: "غير معروف" },
  actors: {
    GNA: "قوات حكومة الوفاق",
    LNA: "الجيش الوطني الليبي (حفتر)",
    ISIS: "تنظيم الدولة",
    TUR: "تركيا",
    UAE: "الإمارات",
    RUS: "روسيا",
    WAGNER: "فاغنر",
    EGY: "مصر",
    USA: "الولايات المتحدة",
    QAT: "قطر",
    FRA: "فرنسا",
    UNKNOWN: "قوة غير مسماة",
  },
  actions: {
    captured: "سيطرت على",
    controls: "تسيطر على",
    entered: "دخلت",
    withdrew: "انسحبت من",
    advancing: "تتقدم نحو",
    struck: "قصفت",
    repelled: "صدّت هجوماً في",
    besieging: "تحاصر",
    contested: "تقاتل في",
    reinforcing: "تعزز قواتها في",
  },
  statuses: { claimed: "ادعاء", corroborated: "مؤكد من أكثر من طرف" },
  modalities: { intent: "نية، ليس ادعاء سيطرة", negated: "نفي، ليس ادعاء سيطرة", conditional: "شرط، ليس ادعاء سيطرة" },
  ownVoice: "بصوت الوسيلة نفسها",
  accordingTo: (who) => `بحسب ${who}`,
  otherSpeaker: "بحسب متحدث آخر",
  distanced: "الوسيلة تنأى بنفسها عن الادعاء",
  months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  about: (date) => `نحو ${date}`,
  sameDay: "في التاريخ المعروض",
  daysOld: (n) => `قبل ${n} يوم من التاريخ المعروض`,
  showInArticle: "أظهره في المقال",
  showOnMap: "أظهره على الخريطة",
  placeClaimsHeading: (place) => `ما تقوله المصادر عن ${place}`,
  noClaimsForPlace: "لا يذكر أي مصدر ظاهر ادعاءً عن هذا المكان حتى التاريخ المعروض.",
  pickSomething: "اختر مكاناً على الخريطة أو ادعاءً من القائمة أو جملة مظللة في مقال.",
  measurementsHeading: "الجغرافيا المذكورة في المقال نفسه",
  stated: "المذكور",
  straightLine: "خط مستقيم",
  km: (n) => `${n} كم`,
  distanceClasses: { "consistent-straight": "متسق مع الخط المستقيم", "consistent-road": "متسق مع الطريق", overstated: "مبالغ فيه", understated: "أقل من الواقع" },
  directionClasses: { consistent: "الاتجاه متسق", inconsistent: "الاتجاه غير متسق" },
  compass: { N: "شمال", NE: "شمال شرق", E: "شرق", SE: "جنوب شرق", S: "جنوب", SW: "جنوب غرب", W: "غرب", NW: "شمال غرب" },
  bearing: "الاتجاه الفعلي",
  ringAround: (km, place) => `دائرة ${km} كم حول ${place}`,
  notChecked: (why) => `لم يُتحقق: ${why}`,
  readerHeading: "المقال",
  readerPickArticle: "المقال",
  readerNoText: "نص هذا المقال غير موجود في البيانات.",
  disagreementsHeading: "التناقضات في الشهر السابق للتاريخ المعروض",
  noDisagreements: "لا تختلف المصادر الظاهرة على أي مكان في هذه الفترة.",
  stance: { holds: (h) => `${h} يسيطر`, withdrew: (h) => `${h} انسحب` },
  listHeading: "كل ادعاءات المصادر الظاهرة",
  listColumns: { date: "التاريخ", source: "المصدر", claim: "الادعاء", status: "الحالة" },
  timelineLabel: "حتى تاريخ",
  previous: "التاريخ السابق",
  next: "التاريخ التالي",
  play: "تشغيل",
  pause: "إيقاف",
  asOf: (date) => `حتى ${date}`,
  searchLabel: "ابحث عن مكان",
  searchPlaceholder: "ابحث عن مكان (بالعربية أو اللاتينية)",
  noResults: "لا يوجد مكان بهذا الاسم.",
  dataError: (problem) => `تعذر تحميل الادعاءات: ${problem}`,
  contested: "متنازع عليه",
};

export const STRINGS: Readonly<Record<Language, Strings>> = { en: EN, ar: AR };
