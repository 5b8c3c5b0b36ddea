/**
 * Place names the gazetteer lacks: a name after a cue that introduces one ("منطقة X",
 * "بلدة X", "وادي X", "بوابة 70") is reported as an unresolved mention rather than dropped,
 * so that a reader sees what the engine could not place.
 *
 * The span keeps a cue that names a feature of its own ("حي الزهور", "وادي زمزم") and leaves
 * out one that only classifies ("منطقة الظهرة" → "الظهرة"), as for gazetteer names.
 *
 * The cue must be in construct (no article: "المنطقة" introduces nothing) and the word after
 * it must read as a name: not an adjective ("منطقة عسكرية"), a possessed noun ("مناطق
 * نفوذها"), a common noun ("منطقة العمليات"), a verb ("بلدة تقع") or a function word.
 * A name runs one token, or up to three when its first word is a head that takes a
 * complement ("بئر الغنم", "قصر بن غشير").
 */
import type { Token } from "../text/tokenize.ts";
import type { PlaceMention } from "../types.ts";
import { type Doc, evidenceOf } from "./document.ts";
import { isCommonWord } from "./place-common-words.ts";
import { DIRECTION_CUES, findWithoutProclitics, NOUN_CUES, type NounCue, PREPOSITION_CUES } from "./place-cues.ts";
import { isPhraseWord } from "./place-context.ts";
import { wordSet } from "./place-word-set.ts";
import { onlySpaceBetween } from "./toponym-match.ts";

/** Words that follow a place noun without naming a place: adjectives, generic nouns, verbs, function words. */
const NOT_NAMES = wordSet(`
  عسكرية آمنة عازلة منزوعة مفتوحة مغلقة جبلية صحراوية حدودية استراتيجية واسعة كبيرة صغيرة
  قريبة بعيدة محددة معينة أخرى آخر كبرى خضراء حمراء سوداء ساحلية سكنية صناعية تجارية زراعية
  نائية محررة محاصرة مجاورة محيطة مأهولة خالية جديدة قديمة مهمة حيوية نفطية ليبية عربية
  سكني شعبي تجاري راق كامل كاملة بأكملها برمتها كلها جميعها ما واحدة واحد ثالثة ثانية
  حظر نفوذ خطر حرب قتال نزاع تماس توتر عمليات اشتباك اشتباكات أشباح حدود
  الحديث المقاومة الشر النقاش الاهتمام الممانعة الاعتدال التحالف
  ألغام الغام بيانات انطلاق الانطلاق ارتكاز تدريب التدريب الدولي دولي الرئيسي رئيسي
  صلبة قوية متقدمة دائمة مؤقتة ثابتة متحركة سرية ضخمة عملاقة حديثة تابعة تابع هامة صغير كبير
  قديم جديد نفط غاز الصيد الرماية عميق ضيق واسع سحيق اليورو
  تقع تبعد تعد تعتبر تشهد تضم تخضع تسيطر يسيطر كانت كان تم يتم شهدت باتت أصبحت يقطنها
  يبلغ تبلغ تحت بها فيها منها عليها إليها لها به فيه منه عليه إليه له التي الذي هي هو
`);

/** First words of compound names: they take the next word as their complement. */
const HEAD_WORDS = wordSet(`
  بئر بير عين رأس راس أبو ابو بو بن بني ولد سيدي قصر جبل سوق باب أم ام أولاد اولاد زاوية زاويه ذات
  خلة حوش غوط سواني مشروع معسكر طريق كوبري جسر شارع مرسى قرية وادي بوابة
`);

/** Cues that may take a number for a name ("بوابة 70", "حي 17"). */
const NUMBERED_CUES = wordSet("بوابة حي");

const PRONOUN_SUFFIXES = ["ها", "هم", "هما", "كم", "نا"] as const;

function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** A word that cannot begin or continue a place name here. */
function cannotName(word: string): boolean {
  if (NOT_NAMES.has(word) || isCommonWord(word) || isPhraseWord(word)) return true;
  if (HEAD_WORDS.has(word)) return false;
  if (NOUN_CUES.has(word)) return true;
  if (DIRECTION_CUES.has(word) || PREPOSITION_CUES.has(word)) return true;
  if (word.length >= 5 && PRONOUN_SUFFIXES.some((s) => word.endsWith(s))) return true;
  // Generic plurals: "منطقة العمليات", "مناطق اشتباكات".
  if (word.length >= 5 && word.endsWith("ات")) return true;
  // An indefinite nisba adjective: "منطقة عسكرية", "حي سكني".
  if (!word.startsWith("ال") && word.length >= 4 && (word.endsWith("يه") || word.endsWith("ي"))) return true;
  // An indefinite feminine participle: "منطقة مكتظة", "بلدة محاصرة" (a known name like this is in the gazetteer).
  if (!word.startsWith("ال") && word.length >= 5 && word.startsWith("م") && word.endsWith("ه")) return true;
  // A conjunction starts a new phrase.
  return word.startsWith("و") && word.length > 3;
}

/** The cue a token carries, in construct (no article), when it introduces names. */
function introducingCue(token: string): NounCue | null {
  let cue = CUE_OF_TOKEN.get(token);
  if (cue === undefined) {
    if (CUE_OF_TOKEN.size >= CUE_MEMO_LIMIT) CUE_OF_TOKEN.clear();
    cue = findWithoutProclitics(token, introducingCueWord) ?? null;
    CUE_OF_TOKEN.set(token, cue);
  }
  return cue;
}

/** Every token is asked: a memo, as news copy repeats a small vocabulary; bounded. */
const CUE_OF_TOKEN = new Map<string, NounCue | null>();
const CUE_MEMO_LIMIT = 50_000;

function introducingCueWord(stem: string): NounCue | undefined {
  const cue = NOUN_CUES.get(stem);
  return cue?.introducesNames === true ? cue : undefined;
}

function adjacent(doc: Doc, a: Token, b: Token): boolean {
  const text = doc.norm.text;
  for (let k = a.end; k < b.start; k++) {
    const c = text[k];
    if (c !== " " && c !== "#" && c !== '"' && c !== "'") return false;
  }
  return true;
}

/** True when a list continues after token `last`: ", X" or "و X" / "وX". */
function listFollows(doc: Doc, last: number, end: number): boolean {
  const cur = doc.tokens[last];
  const next = doc.tokens[last + 1];
  if (cur === undefined || next === undefined || last + 1 >= end) return false;
  const gap = doc.norm.text.slice(cur.end, next.start).trim();
  return gap === "," || (gap === "" && next.text.startsWith("و"));
}

/**
 * Unresolved place mentions in `doc`. `covered[i]` is non-zero for tokens that are part of a
 * gazetteer match (taken or refused): those are known words, not unknown names.
 */
export function findUnresolvedPlaces(doc: Doc, covered: Uint8Array): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = doc.tokens;
  for (let s = 0; s < doc.sentences.length; s++) {
    const end = doc.sentenceTokenStart[s + 1] ?? tokens.length;
    for (let i = doc.sentenceTokenStart[s] ?? 0; i + 1 < end; i++) {
      const cueToken = tokens[i] as Token;
      const cue = introducingCue(cueToken.text);
      if (cue === null) continue;
      const j = i + 1;
      const firstToken = tokens[j] as Token;
      if (covered[j] !== 0 || !adjacent(doc, cueToken, firstToken)) continue;
      const word = firstToken.text;
      // A feature head is part of the name ("حي الزهور", "وادي زمزم", "بوابة 70").
      const formsName = cue.featureHead;
      if (isNumber(word) ? !NUMBERED_CUES.has(cue.word) : cannotName(word)) continue;
      let last = j;
      while (last - j < 2 && HEAD_WORDS.has((tokens[last] as Token).text) && last + 1 < end) {
        const next = tokens[last + 1] as Token;
        if (covered[last + 1] !== 0 || !onlySpaceBetween(doc.norm.text, (tokens[last] as Token).end, next.start)) break;
        if (cannotName(next.text)) break;
        last++;
      }
      // A bare head word alone is no name ("منطقة بين", "حي أبو").
      if (last === j && HEAD_WORDS.has(word)) continue;
      // "مناطق X" names places only as a list ("مناطق القداحية والهيشة"), else it is "areas of X".
      if (cue.plural && !listFollows(doc, last, end)) continue;
      const from = formsName ? cueToken.start + (cueToken.text.length - cue.word.length) : firstToken.start;
      const to = (tokens[last] as Token).end;
      out.push({
        status: "unresolved",
        evidence: evidenceOf(doc, from, to),
        name: doc.norm.text.slice(from, to),
        cue: cue.word,
      });
      i = last;
    }
  }
  return out;
}
