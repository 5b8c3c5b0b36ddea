import { normalize } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import type { ActorId, ActorMention, HolderId, Lean } from "../types.ts";
import {
  ALLIED_TO,
  ARMED,
  BACKED_SIDE,
  FORCE_HEADS,
  FORMS_BY_FIRST_TOKEN,
  type FormReading,
  HAFTAR_AS_FACTION,
  isHolder,
  LNA_AS_ARMY,
  type LexiconForm,
  SPOKESPEOPLE,
  TIES,
  UNIT_HEADS,
} from "./actor-lexicon.ts";
import { stemReadings } from "./clitic-stems.ts";
import { type Doc, evidenceOf, sentenceIndexAt } from "./document.ts";
import { normalizedOffset } from "./mention-spans.ts";

/** Between the words of one name: spaces, and the "#" of a hashtagged name ("ميليشيات #مصراتة"). */
const NAME_GAP = /^[\s#]*$/;
const NUMBER = /^\d+$/;

interface RawMatch {
  readonly first: number;
  /** Index of the token after the match. */
  readonly next: number;
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly reading: FormReading;
}

/** Tokens `from`.. match the rest of `form` (its first token already matched); returns the index after, or -1. */
function matchRest(doc: Doc, form: LexiconForm, from: number): number {
  const { tokens } = doc;
  const text = doc.norm.text;
  let j = from;
  for (let k = 1; k < form.tokens.length; k++) {
    const want = form.tokens[k] as string;
    const tok = tokens[j];
    const prev = tokens[j - 1] as Token;
    if (tok === undefined || !NAME_GAP.test(text.slice(prev.end, tok.start))) return -1;
    if (tok.text === want) {
      j++;
      continue;
    }
    // "قوة حماية و تأمين سرت": the conjunction written apart from its word.
    const after = tokens[j + 1];
    if (tok.text === "و" && want.startsWith("و") && after !== undefined && after.text === want.slice(1)) {
      j += 2;
      continue;
    }
    return -1;
  }
  return j;
}

function matchAt(doc: Doc, i: number): RawMatch | undefined {
  const tok = doc.tokens[i] as Token;
  let best: RawMatch | undefined;
  for (const r of stemReadings(tok.text)) {
    const forms = FORMS_BY_FIRST_TOKEN.get(r.stem);
    if (forms === undefined) continue;
    for (const form of forms) {
      const next = matchRest(doc, form, i + 1);
      if (next < 0) continue;
      if (best === undefined || next > best.next) {
        const last = doc.tokens[next - 1] as Token;
        best = { first: i, next, start: tok.start + r.prefix.length, end: last.end, form: form.text, reading: form.reading };
      }
      break; // forms are longest first
    }
  }
  if (best !== undefined) return best;
  // A numbered unit: "الكتيبة 166", "اللواء 73 مشاة".
  const num = doc.tokens[i + 1];
  if (num !== undefined && NUMBER.test(num.text) && stemReadings(tok.text).some((r) => UNIT_HEADS.has(r.stem))) {
    const r = stemReadings(tok.text).find((x) => UNIT_HEADS.has(x.stem));
    return { first: i, next: i + 2, start: tok.start + (r?.prefix.length ?? 0), end: num.end, form: `${r?.stem ?? tok.text} ${num.text}`, reading: { kind: "unit" } };
  }
  return undefined;
}

interface Resolved {
  readonly actor: ActorId;
  readonly reading?: string;
}

/** "الجيش الليبي التابع لحكومة الوفاق": a tie word right after the form names the side. */
function tiedSide(matches: readonly RawMatch[], k: number, doc: Doc): Resolved | undefined {
  const m = matches[k] as RawMatch;
  // "المتحدث باسم الجيش الليبي أحمد المسماري": the army of the person named with it.
  const person = matches[k + 1];
  if (person !== undefined && person.first - m.next <= 2 && person.reading.kind === "fixed" && SPOKESPEOPLE.has(person.form) && isHolder(person.reading.actor)) {
    return { actor: person.reading.actor, reading: `${person.reading.actor}: named with "${person.form}"` };
  }
  for (let t = m.next; t < m.next + 2 && t < doc.tokens.length; t++) {
    const tok = doc.tokens[t] as Token;
    if (!stemReadings(tok.text).some((r) => TIES.has(r.stem))) continue;
    let tie: RawMatch | undefined;
    for (let j = k + 1; j < matches.length && (matches[j] as RawMatch).first <= t + 3; j++) {
      const o = matches[j] as RawMatch;
      if (o.first > t && o.reading.kind === "fixed") {
        tie = o;
        break;
      }
    }
    if (tie === undefined || tie.reading.kind !== "fixed") return undefined;
    const side = isHolder(tie.reading.actor) ? tie.reading.actor : tie.reading.actor === "UNKNOWN" ? undefined : BACKED_SIDE[tie.reading.actor];
    return side === undefined ? undefined : { actor: side, reading: `${side}: tied to "${tie.form}"` };
  }
  return undefined;
}

function armySide(lean: Lean, forms: ReadonlySet<string>): Resolved {
  const lnaAsArmy = [...LNA_AS_ARMY].some((f) => forms.has(f));
  const haftarAsFaction = [...HAFTAR_AS_FACTION].some((f) => forms.has(f));
  if (lean === "pro-LNA") return { actor: "LNA", reading: "LNA: pro-LNA outlet usage" };
  if (lnaAsArmy) return { actor: "LNA", reading: "LNA: the article also calls Haftar's side the national army" };
  if (lean === "pro-GNA") return { actor: "GNA", reading: "GNA: pro-GNA outlet usage (by mid-2020 the GNA's forces)" };
  if (haftarAsFaction) return { actor: "GNA", reading: "GNA: the article calls Haftar's side a faction (قوات حفتر), so the army is the other side" };
  return { actor: "LNA", reading: "LNA: default reading of the army form" };
}

/**
 * A bare "الميليشيات" is the other camp's forces; but only a side the article names: the
 * militias of a 2014 Benghazi report are not the GNA's. Called once per article.
 */
function militiaSide(lean: Lean, matches: readonly RawMatch[]): Resolved | undefined {
  const named = (side: HolderId): boolean => matches.some((m) => m.reading.kind === "fixed" && m.reading.actor === side);
  if (lean === "pro-LNA") return named("GNA") ? { actor: "GNA", reading: "GNA: pro-LNA outlet calls the GNA's forces militias" } : undefined;
  if (lean === "pro-GNA") return named("LNA") ? { actor: "LNA", reading: "LNA: pro-GNA outlet calls Haftar's forces militias" } : undefined;
  let gna = 0;
  let lna = 0;
  for (const m of matches) {
    if (m.reading.kind !== "fixed" || !/^م[يل]+يشي|^مرتزق/.test(m.form)) continue;
    if (m.reading.actor === "GNA") gna++;
    else if (m.reading.actor === "LNA") lna++;
  }
  if (gna > lna) return { actor: "GNA", reading: "GNA: the article's named militias are the GNA's" };
  if (lna > gna) return { actor: "LNA", reading: "LNA: the article's named militias are Haftar's" };
  return undefined;
}

const OWN_UNITS: Readonly<Record<Lean, Resolved | undefined>> = {
  "pro-LNA": { actor: "LNA", reading: "LNA: a unit in pro-LNA copy" },
  "pro-GNA": { actor: "GNA", reading: "GNA: a unit in pro-GNA copy" },
  neutral: undefined,
  unknown: undefined,
};

/** "المركز الإعلامي للعملية": the operation the article has named ("عملية البنيان المرصوص"), the side running it. */
function operationSide(before: readonly ActorMention[]): Resolved | undefined {
  for (let j = before.length - 1; j >= 0; j--) {
    const a = before[j] as ActorMention;
    if (isHolder(a.actor) && OPERATION.test(a.form)) return { actor: a.actor, reading: `${a.actor}: the operation named before, "${a.form}"` };
  }
  return undefined;
}
const OPERATION = /^(عمليه|عمليات|غرفه عمليات)|بركان الغضب|البنيان المرصوص|الكرامه|دروب النصر|عاصفه السلام/;

/** A numbered unit belongs to the side its sentence is about: the nearest named holder, before it first. */
function unitSide(doc: Doc, matches: readonly RawMatch[], k: number): Resolved | undefined {
  const m = matches[k] as RawMatch;
  const sentence = doc.sentences[sentenceIndexAt(doc, m.start)];
  if (sentence === undefined) return undefined;
  const isSide = (o: RawMatch | undefined): boolean => o !== undefined && o.reading.kind === "fixed" && isHolder(o.reading.actor);
  let pick: RawMatch | undefined;
  for (let j = k - 1; j >= 0 && (matches[j] as RawMatch).start >= sentence.start && pick === undefined; j--) if (isSide(matches[j])) pick = matches[j];
  for (let j = k + 1; j < matches.length && (matches[j] as RawMatch).start < sentence.end && pick === undefined; j++) if (isSide(matches[j])) pick = matches[j];
  if (pick === undefined || pick.reading.kind !== "fixed") return undefined;
  return { actor: pick.reading.actor, reading: `${pick.reading.actor}: unit named beside "${pick.form}"` };
}

/** Armed men the text names without saying whose: a mention, so their deeds go to no side. */
const UNREAD: Resolved = { actor: "UNKNOWN", reading: "UNKNOWN: armed group of no side the article names" };

/**
 * Canonical actors named in an article, longest match first, clitic-tolerant ("وقوات",
 * "للجيش"). Forms whose side depends on the outlet are read from `lean` and the article's
 * own wording, and say how in `reading`; a bare "الميليشيات" that cannot be read is dropped.
 */
export function findActorMentions(doc: Doc, lean: Lean = "unknown"): ActorMention[] {
  const matches: RawMatch[] = [];
  for (let i = 0; i < doc.tokens.length; ) {
    const m = matchAt(doc, i);
    if (m === undefined) {
      i++;
      continue;
    }
    matches.push(m);
    i = m.next;
  }
  extendAllied(doc, matches);
  const forms = new Set(matches.map((m) => m.form));
  const army = armySide(lean, forms);
  const militias = militiaSide(lean, matches);
  const gnaNamed = matches.some((m) => m.reading.kind === "fixed" && m.reading.actor === "GNA");
  const isisNamed = matches.some((m) => m.reading.kind === "fixed" && m.reading.actor === "ISIS");
  const out: ActorMention[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as RawMatch;
    let resolved: Resolved | undefined;
    switch (m.reading.kind) {
      case "blocked":
        continue;
      case "fixed":
        resolved = { actor: m.reading.actor };
        break;
      case "army":
        // "قال المتحدث باسم قوات حفتر إن ... تحت سيطرة الجيش": a side's spokesman calls his own forces the army.
        resolved = tiedSide(matches, k, doc) ?? speakerBefore(doc, out, m) ?? army;
        break;
      case "militias":
        resolved = tiedSide(matches, k, doc) ?? militias ?? UNREAD;
        break;
      case "groups":
        resolved = tiedSide(matches, k, doc) ?? (lean === "pro-LNA" && gnaNamed ? { actor: "GNA", reading: "GNA: pro-LNA outlet's name for the GNA's forces" } : UNREAD);
        break;
      case "fighters":
        resolved = tiedSide(matches, k, doc) ?? UNREAD;
        break;
      case "unit":
        // A partisan outlet's units, named with no side beside them, are its own side's.
        resolved = tiedSide(matches, k, doc) ?? unitSide(doc, matches, k) ?? OWN_UNITS[lean];
        break;
      case "operation":
        resolved = operationSide(out);
        break;
      case "organisation":
        resolved = isisNamed ? { actor: "ISIS", reading: "ISIS: the organisation the article names" } : undefined;
        break;
      case "rebels":
        resolved = lean === "pro-GNA" ? { actor: "LNA", reading: "LNA: pro-GNA outlet's name for Haftar's side" } : undefined;
        break;
      case "possessed":
        resolved = (m.reading.person === "1" ? speakerBefore(doc, out, m) : undefined) ?? ownerOf(doc, out, m);
        break;
    }
    if (resolved === undefined) continue;
    const mention: ActorMention = { actor: resolved.actor, evidence: evidenceOf(doc, m.start, m.end), form: m.form };
    out.push(resolved.reading === undefined ? mention : { ...mention, reading: resolved.reading });
  }
  return out;
}

/**
 * "القوات المتحالفة مع حكومة الوفاق", "الميليشيات التابعة لحكومة الوفاق", "عناصر موالية
 * للجيش": the forces named by their allegiance. The match grows back over the head noun, and
 * a bare "الميليشيات" head it swallows is dropped.
 */
function extendAllied(doc: Doc, matches: RawMatch[]): void {
  const { tokens } = doc;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k] as RawMatch;
    if (m.reading.kind !== "fixed" || !isHolder(m.reading.actor)) continue;
    const own = tokens[m.first] as Token;
    const viaLam = m.start > own.start && /ل/.test(doc.norm.text.slice(own.start, m.start));
    let t = m.first - 1;
    if (!viaLam) {
      if (tokens[t]?.text !== "مع") continue;
      t--;
    }
    if (!stemReadings(tokens[t]?.text ?? "").some((r) => ALLIED_TO.has(r.stem))) continue;
    t--;
    if (ARMED.has(tokens[t]?.text ?? "")) t--;
    const head = tokens[t];
    if (head === undefined || t < 0) continue;
    const reading = stemReadings(head.text).find((r) => FORCE_HEADS.has(r.stem));
    if (reading === undefined) continue;
    const start = head.start + reading.prefix.length;
    const form = doc.norm.text.slice(start, m.end).replace(/\s+/g, " ");
    matches[k] = { ...m, first: t, start, form };
    // A bare head matched on its own ("الميليشيات") is now part of this phrase.
    const prev = matches[k - 1];
    if (prev !== undefined && prev.first >= t) {
      matches.splice(k - 1, 1);
      k--;
    }
  }
}

/**
 * "قواتنا", "قواته": the owner is the side named last before in the sentence (the speaker of
 * "قالت قوات X ... قواتنا", the subject of "قال المسماري إن قواته"), else the first side
 * named in the sentence before (a statement continued: "وأضاف البيان: قوتنا ...").
 */
function ownerOf(doc: Doc, resolved: readonly ActorMention[], m: RawMatch): Resolved | undefined {
  const s = sentenceIndexAt(doc, m.start);
  const start = doc.norm.originalIndex[doc.sentences[s]?.start ?? 0] ?? 0;
  const prevStart = doc.norm.originalIndex[doc.sentences[s - 1]?.start ?? doc.sentences[s]?.start ?? 0] ?? 0;
  const want = pronounGender(m.form);
  // The nearest owner that agrees with the pronoun ("قواته": حفتر, not قوات الوفاق), else the nearest.
  const pick = (agreeing: boolean): ActorMention | undefined => {
    let here: ActorMention | undefined;
    let firstBefore: ActorMention | undefined;
    // `resolved` is in text order and ends before this mention: walk back over two sentences.
    for (let j = resolved.length - 1; j >= 0; j--) {
      const a = resolved[j] as ActorMention;
      if (a.evidence.start < prevStart) break;
      if (!isHolder(a.actor) && a.actor !== "UNKNOWN") continue;
      if (agreeing && (want === undefined || formGender(a.form) !== want)) continue;
      if (a.evidence.start >= start) here ??= a;
      else firstBefore = a;
    }
    return here ?? firstBefore;
  };
  const owner = pick(true) ?? pick(false);
  if (owner === undefined) return undefined;
  return { actor: owner.actor, reading: `${owner.actor}: the owner of the pronoun, "${owner.form}"` };
}

type Gender = "m" | "f";

/** "قواته" wants a masculine singular owner, "قواتها" a feminine one (or a non-human plural); "قواتهم" any. */
function pronounGender(form: string): Gender | undefined {
  if (form.endsWith("هم") || form.endsWith("نا")) return undefined;
  if (form.endsWith("ها")) return "f";
  return form.endsWith("ه") ? "m" : undefined;
}

/** Feminine forms: a head in ة ("حكومة الوفاق", "قوة حماية درنة"), a plural in ات ("قوات حفتر"), a country in ا ("تركيا"). */
function formGender(form: string): Gender {
  const head = form.split(" ", 1)[0] as string;
  return /(ه|ات|يا|ا)$/.test(head) && !/^(ال)?(جيش|اللواء|لواء)$/.test(head) ? "f" : "m";
}

const SPEAKING = new Set(["قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "أضاف", "أضافت", "أوضح", "أوضحت", "نفى", "نفت", "باسم"].map(normalize));

/**
 * "قواتنا" in "وقال المتحدث باسم قوات حفتر ... إن قواتنا": the forces of the side that
 * speaks, named right after a verb of saying or "باسم" earlier in the sentence.
 */
function speakerBefore(doc: Doc, resolved: readonly ActorMention[], m: RawMatch): Resolved | undefined {
  const sentence = doc.sentences[sentenceIndexAt(doc, m.start)];
  if (sentence === undefined) return undefined;
  const start = doc.norm.originalIndex[sentence.start] ?? 0;
  for (let j = resolved.length - 1; j >= 0; j--) {
    const a = resolved[j] as ActorMention;
    if (a.evidence.start < start) break;
    if (!isHolder(a.actor)) continue;
    // The word before the mention, in normalised text.
    const at = normalizedOffset(doc, a.evidence.start);
    const before = doc.norm.text.slice(Math.max(0, at - 12), at).trim().split(/\s+/).pop() ?? "";
    const stem = before.replace(/^[وف]/, "");
    if (SPEAKING.has(stem) || SPEAKING.has(before)) return { actor: a.actor, reading: `${a.actor}: the speaker's own forces, "${a.form}"` };
  }
  return undefined;
}

/** The side a mention fights for: a holder itself, or the side its backer supports. */
export function sideOf(actor: ActorId): HolderId | undefined {
  if (actor === "UNKNOWN") return undefined;
  return isHolder(actor) ? actor : BACKED_SIDE[actor];
}
