import { normalize } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import type { ActorId, Attribution } from "../types.ts";
import { stemReadings } from "./clitic-stems.ts";
import { type Doc, evidenceOf } from "./document.ts";

const set = (ws: readonly string[]): ReadonlySet<string> => new Set(ws.map(normalize));

/** Verbs of saying, in the forms news copy uses them (3rd person, past and present). */
const SAY = set([
  "قال", "قالت", "قالوا", "يقول", "تقول", "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن", "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد",
  "أفاد", "أفادت", "يفيد", "تفيد", "أوضح", "أوضحت", "ذكر", "ذكرت", "يذكر", "تذكر", "أضاف", "أضافت", "صرح", "صرحت",
  "أشار", "أشارت", "نقل", "نقلت", "نفى", "نفت", "ينفي", "تنفي", "اعتبر", "اعتبرت", "كشف", "كشفت", "حذر", "حذرت", "أفادت", "تابع", "تابعت",
]);
/** The outlet's distancing verbs: it reports the claim without vouching for it. */
const DISTANCING = set(["زعم", "زعمت", "زعموا", "يزعم", "تزعم", "ادعى", "ادعت", "ادعوا", "يدعي", "تدعي", "مزاعم", "ادعاءات", "زاعمة", "مدعية"]);
/** Attribution that may follow the claim in the same sentence ("..., وفق ما أعلنت مصادر الجيش"). */
const ACCORDING = set(["وفق", "وفقا", "بحسب", "حسب", "حسبما", "نقلا"]);
/** Where the speaker's name ends: the complementiser, a colon, a quote. */
const THAT = set(["أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بان", "أنهم", "إنهم", "أنّ"]);
const REPORTER = set(["مراسل", "مراسلة", "مراسلنا", "مراسلو", "موفد", "موفدنا"]);
/** Words that say where or how, not who: "وأوضح في بيان أنه", "وأضاف في تصريح له". */
const FILLER = set(["في", "بيان", "البيان", "بيانه", "بيانها", "له", "لها", "صحفي", "صحافي", "تصريح", "تصريحات", "مؤتمر", "وقت", "سابق", "اليوم", "أمس", "نفسه", "ذلك"]);
/** How far after a cue its speaker may be named, and in how many words that are not filler. */
const SUBJECT_WINDOW = 10;
const SUBJECT_WORDS = 5;
const AUXILIARIES = set(["قد", "لقد"]);

export interface Cue {
  /** Token index of the cue word. */
  readonly at: number;
  readonly trailing: boolean;
  readonly attribution: Attribution;
}

export interface ActorAt {
  readonly first: number;
  readonly next: number;
  readonly actor: ActorId;
}

function cueKind(tok: Token): "say" | "distance" | "according" | undefined {
  for (const r of stemReadings(tok.text)) {
    if (r.prefix !== "" && r.prefix !== "و" && r.prefix !== "ف" && r.prefix !== "ك") continue;
    if (SAY.has(r.stem)) return "say";
    if (DISTANCING.has(r.stem)) return "distance";
    if (ACCORDING.has(r.stem) || ACCORDING.has(tok.text)) return "according";
  }
  return undefined;
}

/**
 * The attribution cues of one sentence, each with its speaker: the side named between the
 * cue and its "أن"/quote, the outlet for its own reporters ("مراسل الجزيرة"), "other" for a
 * named person or unnamed sources, and for a bare "وأضاف أن" or "وأضاف البيان" the speaker
 * of the previous statement (`inherited`).
 */
export function findCues(
  doc: Doc,
  sentenceStart: number,
  sentenceEnd: number,
  actors: readonly ActorAt[],
  inherited: Attribution | undefined,
  /** The first side named in the sentence before: the subject of a bare "وأكدت أن". */
  previousTopic?: ActorId,
): Cue[] {
  const cues: Cue[] = [];
  const text = doc.norm.text;
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const tok = doc.tokens[i] as Token;
    const kind = cueKind(tok);
    if (kind === undefined) continue;
    let speaker: ActorId | "outlet" | "other" | undefined;
    let end = tok.end;
    let words = 0;
    // Subject before the verb: "وكانت القوات المسلحة الليبية قد أعلنت".
    let b = i - 1;
    while (b >= sentenceStart && AUXILIARIES.has((doc.tokens[b] as Token).text)) b--;
    const svo =
      kind === "according"
        ? undefined
        : actors.find((a) => a.next === b + 1 && b >= sentenceStart && !/[,;:."']/.test(text.slice((doc.tokens[a.next - 1] as Token).end, tok.start)));
    if (svo !== undefined) {
      cues.push({ at: i, trailing: false, attribution: { speaker: svo.actor, evidence: evidenceOf(doc, (doc.tokens[svo.first] as Token).start, tok.end), distanced: kind === "distance" } });
      continue;
    }
    for (let j = i + 1; j < Math.min(sentenceEnd, i + 1 + SUBJECT_WINDOW) && words <= SUBJECT_WORDS; j++) {
      const t = doc.tokens[j] as Token;
      // A quote or colon between the words closes the speaker phrase.
      if (/["':]/.test(text.slice((doc.tokens[j - 1] as Token).end, t.start))) break;
      if (stemReadings(t.text).some((r) => THAT.has(r.stem)) || THAT.has(t.text)) break;
      if (kind === "according" && (t.text === "ما" || t.text === "عن")) continue;
      if (!FILLER.has(t.text)) words++;
      if (REPORTER.has(t.text)) {
        speaker = "outlet";
        end = t.end;
        break;
      }
      const actor = actors.find((a) => a.first === j);
      if (actor !== undefined) {
        speaker = actor.actor;
        end = (doc.tokens[actor.next - 1] as Token).end;
        break;
      }
    }
    const distanced = kind === "distance";
    const earlierCue = cues.at(-1);
    if (speaker === undefined && words === 0 && earlierCue !== undefined) {
      // "نفى المسماري ... وقال إن": the same speaker goes on.
      cues.push({ at: i, trailing: false, attribution: { ...earlierCue.attribution, distanced: distanced || earlierCue.attribution.distanced } });
      continue;
    }
    if (speaker === undefined && words === 0) {
      // "وأعلنت أنها ...": the subject was named earlier in the sentence.
      const earlier = actors.filter((a) => a.first < i && a.first >= sentenceStart).pop();
      if (earlier !== undefined) {
        speaker = earlier.actor;
        end = tok.end;
      }
    }
    if (speaker === undefined && words === 0 && inherited === undefined && previousTopic !== undefined) {
      speaker = previousTopic;
      end = tok.end;
    }
    if (speaker === undefined && words <= 1 && inherited !== undefined) {
      // "وأضاف البيان", "وأوضح أن": the previous statement continues.
      cues.push({ at: i, trailing: kind === "according", attribution: { ...inherited, distanced: distanced || inherited.distanced } });
      continue;
    }
    cues.push({
      at: i,
      trailing: kind === "according",
      attribution: { speaker: speaker ?? "other", evidence: evidenceOf(doc, tok.start, end), distanced },
    });
  }
  return cues;
}

/** The attribution of a claim at token `at`: the nearest cue before it, else a trailing "بحسب", else the outlet. */
export function attributionAt(cues: readonly Cue[], at: number): Attribution {
  let before: Cue | undefined;
  for (const c of cues) if (c.at < at) before = c;
  if (before !== undefined) return before.attribution;
  const after = cues.find((c) => c.at > at && c.trailing);
  return after?.attribution ?? { speaker: "outlet", distanced: false };
}
