import type { Token } from "../text/tokenize.ts";
import type { ActorId, ActorMention, Attribution, Claim, ClaimAction, DateMention, DateValue, Evidence, PlaceMention, StrikeMeans } from "../types.ts";
import { BACKED_SIDE, isHolder } from "./actor-lexicon.ts";
import { attributionAt, type Cue, findCues } from "./attribution.ts";
import { clauseStarts } from "./claim-clauses.ts";
import { DoerReader, type Doers } from "./claim-doers.ts";
import { claimId } from "./claim-id.ts";
import { withOwnForces } from "./claim-own-forces.ts";
import { isPastState, undatedPast } from "./claim-past.ts";
import { FIGURATIVE_NEXT, FORCING, INTERVENTION_NEXT, MEANS_WORDS, NOUN_READINGS, SUBMITTED, TRIGGERS, type TriggerWord } from "./claim-lexicon.ts";
import { governor, isStatusNoun, placesOfClaim } from "./claim-places.ts";
import { type ActorSite, type ClaimSite, isIn, type PlaceAt, stemsOf, wordSet } from "./claim-sentence.ts";
import { stemReadings } from "./clitic-stems.ts";
import { type Doc, evidenceOf } from "./document.ts";
import { normalizedOffset, tokenSpanOf } from "./mention-spans.ts";
import { isPresupposedTopic, modalityOf } from "./modality.ts";

export interface ClaimContext {
  articleId: string;
  sourceId: string;
  published: DateValue;
  /** Resolved and unresolved (only resolved ones can be claim places). */
  places: readonly PlaceMention[];
  actors: readonly ActorMention[];
  /** Dates found in the text, already resolved. */
  dates: readonly DateMention[];
  /**
   * The gazetteer id of Tripoli: "العاصمة" in a Libya article that never names Tripoli still
   * means it. Optional; without it "العاصمة" resolves only to the article's own Tripoli mention.
   */
  capitalPlaceId?: string;
}

/** A side in one of these relations is not the doer ("المدعومة من تركيا", "مواقع الميليشيات"). */
const OBLIQUE_BEFORE = wordSet([
  "من", "مع", "على", "ضد", "عن", "بين", "بقيادة", "تقودها", "يقودها", "بدعم", "المدعومة", "المدعوم", "التابعة", "التابع", "تابعة",
  "الموالية", "الموالي", "الموالين", "لصالح", "أمام", "باسم", "قبل", "إلى", "نحو", "مواقع", "تمركزات", "مسلحي", "آليات", "رتل", "رتلا",
  "مخازن", "مقرات", "تجمعات", "عناصر", "عربات", "مدرعات", "ولائهم", "دعما",
]);
/** "سيطرت على", "انسحب من": the preposition belongs to the trigger's words. */
const TRIGGER_PREPS = wordSet(["على", "من", "إلى", "الى", "نحو", "باتجاه", "في", "عن", "اتجاه", "صوب"]);
/** "تحت سيطرة", "تخضع لسيطرة", "الخاضعة لسيطرة": holding, not taking. */
const UNDER = wordSet(["تحت", "الخاضعة", "خاضعة", "تخضع", "يخضع", "خضعت"]);
const ABOUT = wordSet(["عن"]);
const OUT_OF = wordSet(["الخارجة", "خارجة", "الخارج", "خارج", "الخارجين", "خرجت"]);
/** A verbal noun spelt like a verb is a noun after these ("بعد طرد", "تم استهداف"). */
const NOUN_CONTEXT = wordSet(["من", "بعد", "قبل", "على", "في", "عن", "إثر", "عقب", "تم", "يتم", "جرى", "بدء", "مواصلة", "إعادة", "وسط", "مع", "أمام", "رغم", "بسبب", "يأتي", "تأتي"]);
const ON = wordSet(["على"]);
const LOST = wordSet(["فقد", "فقدت", "فقدوا", "يفقد", "تفقد", "فقدان", "خسر", "خسرت", "خسروا"]);
/** Verbs and nouns of breaking or lifting a siege. */
const LIFTING = wordSet(["فك", "فكت", "فكوا", "يفك", "تفك", "كسر", "كسرت", "كسروا", "يكسر", "تكسر", "رفع", "رفعت", "إنهاء", "أنهت", "أنهى"]);
/** "سقطت في يد", "في قبضة": into whose hands a place fell. */
const HAND = wordSet(["يد", "أيدي", "قبضة"]);
const BETWEEN = wordSet(["بين", "مع"]);
/** "القاعدة", "المدينة" point back to the last place introduced with that head, a few sentences up at most. */
const KIND_REACH_SENTENCES = 4;
/** Sentences a statement may run on through bare "وأضاف أن" with no claim in between. */
const MAX_CONTINUED = 6;
/** Actions a backer can take; ground actions are for sides that can hold ground. */
const BACKER_ACTIONS: ReadonlySet<ClaimAction> = new Set(["struck", "contested", "reinforcing"]);

/**
 * "بعد طرد الجماعات المتطرفة منها، وسط قصف": the genitive of a transitive verbal noun is the
 * side acted on; it is no doer of what follows. Marked oblique like a side after a preposition.
 */
function objectsAsOblique(sites: readonly ActorSite[], found: readonly Found[]): readonly ActorSite[] {
  let out: ActorSite[] | undefined;
  for (const f of found) {
    // "ترسل مسلحين سوريين": the fighters sent are no sender.
    if (f.action === "reinforcing") {
      for (let k = 0; k < sites.length; k++) {
        const a = sites[k] as ActorSite;
        if (a.actor !== "UNKNOWN" || a.first <= f.at || a.first > f.at + 2) continue;
        out ??= [...sites];
        out[k] = { ...a, oblique: true };
      }
      continue;
    }
    if (f.word.pos !== "masdar" || f.word.genitive !== "object" || f.word.pronoun) continue;
    const k = sites.findIndex((a) => a.first === f.at + 1 && !a.oblique);
    if (k < 0) continue;
    out ??= [...sites];
    out[k] = { ...(out[k] as ActorSite), oblique: true, acted: true };
  }
  return out ?? sites;
}

/** "خلال انسحابها", "أثناء تقدمها": a verbal noun as a time adverbial; "شنت هجومها": the campaign launched. */
const DURING = wordSet(["خلال", "أثناء", "اثناء", "لدى", "إبان"]);
const LAUNCHING = wordSet(["شن", "شنت", "شنوا", "يشن", "تشن", "بدأ", "بدأت", "يبدأ", "تبدأ", "أطلق", "أطلقت", "صعد", "صعدت", "جدد", "جددت", "واصل", "واصلت", "يواصل", "تواصل"]);

const LAUNCH_REACH = 4;
/** "سيطرت قوات الوفاق على مقر القيادة": verb, subject, preposition, then the status noun. */
const STATUS_OBJECT_REACH = 5;
const SINCE = wordSet(["منذ"]);

function hasSince(doc: Doc, at: number, end: number): boolean {
  for (let i = at + 1; i < end; i++) if (isIn(doc.tokens[i], SINCE)) return true;
  return false;
}

/**
 * Verbal nouns that refer to what the text treats as known rather than report it: a time
 * adverbial ("استهدف الأرتال خلال انسحابها": the strike is the news, the withdrawal its time),
 * and a campaign named by its possessor ("التي كانت تدير منها هجومها على العاصمة", "منذ
 * إطلاق هجومه"), unless a verb launches it ("شنت هجومها على"). Such words make no claim of
 * their own, and do not cut the window of the trigger before them.
 */
function isBackground(doc: Doc, f: Found): boolean {
  if (f.word.pos !== "masdar") return false;
  if (f.action !== "contested" && f.action !== "struck" && isIn(doc.tokens[f.at - 1], DURING)) return true;
  if (f.action !== "contested" || !f.word.pronoun) return false;
  // "شنت قوات حفتر هجومها": the verb may stand before the subject.
  for (let i = f.at - 1; i >= Math.max(0, f.at - LAUNCH_REACH); i--) if (isIn(doc.tokens[i], LAUNCHING)) return false;
  return true;
}

interface Found {
  /** "معركة تحرير العاصمة": the action is the battle's aim. */
  readonly aim?: true;
  /** "الخارجة عن سيطرتها": out of its control, a negated holding. */
  readonly outOf?: true;
  readonly at: number;
  readonly word: TriggerWord;
  readonly stem: string;
  readonly prefix: string;
  readonly action: ClaimAction;
}

function nextFew(tokens: readonly Token[], i: number, n: number): Token[] {
  return tokens.slice(i + 1, i + 1 + n);
}

/**
 * Clitics are only ever prefixes, so a token ends as its stem does: the last two letters of
 * every trigger word let most tokens be skipped before any clitic reading is made.
 */
const TRIGGER_ENDINGS: ReadonlySet<string> = new Set([...TRIGGERS.keys()].map((w) => w.slice(-2)));

function readTrigger(doc: Doc, i: number): Found | undefined {
  const { tokens } = doc;
  const tok = tokens[i] as Token;
  if (!TRIGGER_ENDINGS.has(tok.text.slice(-2))) return undefined;
  for (const reading of stemReadings(tok.text)) {
    let word = TRIGGERS.get(reading.stem);
    if (word === undefined) continue;
    const next = tokens[i + 1];
    const needs = word.needsNext;
    if (needs !== undefined && !(word.pos === "verb" ? nextFew(tokens, i, word.needsReach ?? 4).some((t) => isIn(t, needs)) : isIn(next, needs))) return undefined;
    if (word.action === "struck" && isIn(next, FIGURATIVE_NEXT)) return undefined;
    if (reading.stem === "تدخل" && isIn(next, INTERVENTION_NEXT)) return undefined;
    if (word.action === "advancing" && nextFew(tokens, i, 4).some((t) => t.text.startsWith("ب") && isIn(t, SUBMITTED))) return undefined;
    if (word.fellTo === true && !nextFew(tokens, i, 4).some((t) => isIn(t, HAND))) return undefined;
    // "تستهدف إعادة السيطرة": an aim, carried by the modality of what follows.
    if (word.action === "struck" && /^[يت]ست?هدف$/.test(reading.stem) && next !== undefined && stemsOf(next).some((s) => TRIGGERS.has(s) || s === "اعاده")) return undefined;
    const noun = NOUN_READINGS.get(reading.stem);
    if (noun !== undefined && (/[بل]/.test(reading.prefix.replace(/ال$/, "")) || reading.prefix.endsWith("ال") || isIn(tokens[i - 1], NOUN_CONTEXT))) word = noun;
    let action = word.action;
    let prefix = reading.prefix;
    // "فك الحصار عن مرزق", "كسرت الحصار": breaking a siege pushes the besiegers back.
    if (action === "besieging" && word.pos === "masdar" && [1, 2, 3, 4].some((d) => isIn(tokens[i - d], LIFTING))) action = "repelled";
    // "فقدت قوات حفتر السيطرة على غريان": control lost is a withdrawal.
    if (reading.stem.includes("سيطر") && word.pos === "masdar" && [1, 2, 3].some((d) => isIn(tokens[i - d], LOST))) {
      return { at: i, word: { ...word, pronoun: false }, stem: reading.stem, prefix: "", action: "withdrew" };
    }
    if (reading.stem.includes("سيطر") && word.pos === "masdar" && [1, 2, 3].some((d) => isIn(tokens[i - d], UNDER))) {
      action = "controls";
      prefix = "";
    }
    if (reading.stem.includes("سيطر") && word.pos === "masdar" && isIn(tokens[i - 1], ABOUT) && isIn(tokens[i - 2], OUT_OF)) {
      return { at: i, word, stem: reading.stem, prefix: "", action: "controls", outOf: true };
    }
    return { at: i, word, stem: reading.stem, prefix, action };
  }
  return undefined;
}

/** Means named in the subject ("مسيرة تركية استهدفت", "سلاح الجو قام بقصف") or right after ("قصف مدفعي", "بالمدفعية"). */
function meansOf(doc: Doc, f: Found, clauseStart: number, clauseEnd: number): StrikeMeans {
  const { tokens } = doc;
  const near: Token[] = [];
  for (let i = Math.max(clauseStart, f.at - 8); i < f.at; i++) near.push(tokens[i] as Token);
  near.push(tokens[f.at] as Token);
  const next = tokens[f.at + 1];
  if (next !== undefined && f.at + 1 < clauseEnd) near.push(next);
  // After the verb, aircraft and ships are the subject ("قصفت طائرات مسيرة"); guns may be the
  // target ("استهدفت عربات غراد"), so only "بالمدفعية" counts for them.
  const later: Token[] = [];
  for (let i = f.at + 2; i < Math.min(clauseEnd, f.at + 4); i++) later.push(tokens[i] as Token);
  for (const [means, ws] of MEANS_WORDS) {
    if (near.some((t) => isIn(t, ws))) return means;
    if (later.some((t) => isIn(t, ws) && (means !== "artillery" || t.text.startsWith("ب")))) return means;
  }
  return f.word.means ?? "unspecified";
}

const SIDES: Readonly<Partial<Record<ActorId, ActorId>>> = { GNA: "LNA", LNA: "GNA" };

/** The other side of the two-sided war (ISIS and backers have none). */
function otherSide(a: ActorId | undefined): ActorId | undefined {
  return a === undefined ? undefined : SIDES[a];
}

/** "… من قبضة ميليشيات الوفاق", "… من قوات حفتر" after the place: the side it was taken from. */
function sideAfterFrom(doc: Doc, actors: readonly ActorSite[], place: PlaceAt, end: number): ActorId | undefined {
  for (let i = place.next; i < Math.min(end, place.next + 3); i++) {
    if ((doc.tokens[i] as Token).text !== "من") continue;
    // "تم تحرير درنة من قبل قوات الجيش": the agent of a passive, not the side it was freed from.
    if (doc.tokens[i + 1]?.text === "قبل") return undefined;
    const a = actors.find((x) => x.first > i && x.first <= i + 3 && isHolder(x.actor));
    return a?.actor;
  }
  return undefined;
}

/**
 * The doer of a ground action. A backer named as the doer ("فرار مرتزقة فاغنر منها") does
 * not hold ground: the side it backs does, if the text names that side nearby (this sentence
 * or the one before); otherwise the doer is the nearest side that can hold ground.
 */
function groundDoers(site: ClaimSite, speakerSide: ActorId | undefined, byAgent: number | undefined): Doers {
  const any = new DoerReader(site, false, speakerSide).read(byAgent);
  // A named group of no side ("مجلس شورى ثوار بنغازي") did it: no side did.
  if (any.agent === "UNKNOWN") return { agent: "UNKNOWN", object: any.object !== undefined && isHolder(any.object) ? any.object : undefined };
  const backed = any.agent === undefined || isHolder(any.agent) ? undefined : BACKED_SIDE[any.agent];
  if (backed === undefined) return new DoerReader(site, true, speakerSide).read(byAgent);
  const named = site.actors.some((a) => a.actor === backed);
  const object = any.object !== undefined && isHolder(any.object) ? any.object : undefined;
  return { agent: named ? backed : undefined, object };
}

/** The sides of a fight: the attacker ("هجوما لقوات حفتر", "يشن حفتر هجوما") and those after "بين"/"مع". */
function contestants(doers: DoerReader, at: number, clauseStart: number, clauseEnd: number, agent: ActorId | undefined): ActorId[] {
  const sides = new Set<ActorId>();
  const first = doers.after(at, clauseEnd, 0, true, true)?.actor ?? doers.nearestBefore(at, clauseStart) ?? agent;
  if (first !== undefined) sides.add(first);
  const { doc, actors } = doers.site;
  for (let i = at + 1; i < Math.min(clauseEnd, at + 5); i++) {
    if (!isIn(doc.tokens[i], BETWEEN)) continue;
    for (const a of actors) if (a.first > i && a.first < clauseEnd && a.first <= i + 8 && isHolder(a.actor)) sides.add(a.actor);
    break;
  }
  if (sides.size === 0) {
    const later = doers.after(at, clauseEnd, 4, true, true)?.actor;
    if (later !== undefined) sides.add(later);
  }
  // "شهدت بنغازي اشتباكات": a fight with no side named is still a contested place.
  return sides.size === 0 ? ["UNKNOWN"] : [...sides];
}

/** The trigger's words run to the next trigger of the clause; an attack noun after it is its object ("صدت هجوما على العزيزية"), and a coordinated chain ("الهجوم والتقدم والضرب في الوشكة") shares the chain's end. */
function windowEndOf(found: readonly Found[], k: number, clauseEnd: number): number {
  const f = found[k] as Found;
  let j = k + 1;
  let last = f.at;
  while (j < found.length && (found[j] as Found).at === last + 1 && /^[وف]/.test((found[j] as Found).prefix)) {
    last = (found[j] as Found).at;
    j++;
  }
  for (; j < found.length; j++) {
    const g = found[j] as Found;
    if (g.at >= clauseEnd) break;
    if (g.action !== "contested" || f.action === "contested") return g.at;
  }
  return clauseEnd;
}

/** "سقطت غريان في يد قوات الوفاق": the side after "يد"; no side, no claim ("سقوط ضحايا"). */
function fellTo(doc: Doc, actors: readonly ActorSite[], at: number, end: number): ActorId | undefined {
  for (let i = at + 1; i < end; i++) {
    if (!isIn(doc.tokens[i], HAND)) continue;
    return actors.find((a) => a.first > i && a.first <= i + 2 && isHolder(a.actor))?.actor;
  }
  return undefined;
}

/** "من قبل X" before the next trigger: the agent of a passive. Returns the index of "قبل". */
function passiveAgent(doc: Doc, at: number, end: number): number | undefined {
  for (let i = at + 1; i < end - 1; i++) if ((doc.tokens[i] as Token).text === "من" && (doc.tokens[i + 1] as Token).text === "قبل") return i + 1;
  return undefined;
}

/** A verb of forcing shortly before "على الانسحاب"/"على التراجع". */
function forcingVerbBefore(doc: Doc, at: number, from: number): number | undefined {
  if (!isIn(doc.tokens[at - 1], ON)) return undefined;
  for (let i = at - 2; i >= Math.max(from, at - 12); i--) if (isIn(doc.tokens[i], FORCING)) return i;
  return undefined;
}

function triggerEvidence(doc: Doc, at: number, under: boolean): Evidence {
  const first = doc.tokens[under ? at - 1 : at] as Token;
  let last = doc.tokens[at] as Token;
  const next = doc.tokens[at + 1];
  if (next !== undefined && TRIGGER_PREPS.has(next.text) && /^\s*$/.test(doc.norm.text.slice(last.end, next.start))) last = next;
  return evidenceOf(doc, first.start, last.end);
}

/** The items that start in tokens [from, to) of a list sorted by `first` (binary search). */
function within<T extends { readonly first: number }>(xs: readonly T[], from: number, to: number): readonly T[] {
  const lowerBound = (pos: number): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((xs[mid] as T).first < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return xs.slice(lowerBound(from), lowerBound(to));
}

function actorSites(doc: Doc, mentions: readonly ActorMention[]): ActorSite[] {
  const out: ActorSite[] = [];
  for (const a of mentions) {
    const span = tokenSpanOf(doc, a.evidence);
    if (span.next <= span.first) continue;
    const tok = doc.tokens[span.first] as Token;
    const clitic = doc.norm.text.slice(tok.start, normalizedOffset(doc, a.evidence.start)).replace(/^[وف]/, "");
    const oblique = /^[بلك]/.test(clitic) || isIn(doc.tokens[span.first - 1], OBLIQUE_BEFORE);
    out.push({ first: span.first, next: span.next, actor: a.actor, oblique });
  }
  return out.sort((a, b) => a.first - b.first);
}

function placeSites(doc: Doc, mentions: readonly PlaceMention[], actors: readonly ActorSite[]): PlaceAt[] {
  const inActor = new Uint8Array(doc.tokens.length);
  for (const a of actors) inActor.fill(1, a.first, a.next);
  const out: PlaceAt[] = [];
  for (const p of mentions) {
    if (p.status !== "resolved") continue;
    const span = tokenSpanOf(doc, p.evidence);
    // A town inside a side's name ("قوة حماية وتأمين سرت", "ميليشيات مصراتة") is not a claim place.
    if (span.next <= span.first || inActor[span.first] === 1) continue;
    out.push({ first: span.first, next: span.next, placeId: p.placeId });
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * Control claims in an article: per trigger, the doer (and for "طرد" the expelled), the
 * place, the modality, who says it, and the sentence as evidence. Only resolved places count;
 * a claim with no place, or a ground action with no known side, is not made; backers only
 * ever strike, fight or send reinforcements. Coordinated places ("مدينتي سرت والجفرة") give
 * one claim each, so `placeIds` holds a single id.
 */
export function extractClaims(doc: Doc, ctx: ClaimContext): Claim[] {
  const named = actorSites(doc, ctx.actors);
  const places = placeSites(doc, ctx.places, named);
  const covered = new Uint8Array(doc.tokens.length);
  for (const x of named) covered.fill(1, x.first, x.next);
  for (const x of places) covered.fill(1, x.first, x.next);
  const actors = withOwnForces(doc, named, covered, (i) => isIn(doc.tokens[i - 1], OBLIQUE_BEFORE));
  let undated: DateValue | undefined;
  const pastTime = (): DateValue => (undated ??= undatedPast(ctx.published));
  const dates = ctx.dates.map((d) => ({ first: tokenSpanOf(doc, d.evidence).first, value: d.value }));
  const claims = new Map<string, Claim>();
  const mentions = new Map<string, number>();
  for (const p of places) mentions.set(p.placeId, (mentions.get(p.placeId) ?? 0) + 1);
  const capital = places.find((p) => stemsOf(doc.tokens[p.first]).includes("طرابلس") && p.next === p.first + 1);
  // The speaker a bare "وأضاف أن" continues: the previous sentence's last cue. Read lazily,
  // because most sentences make no claim and need no attribution at all.
  let inheritedOf: () => Attribution | undefined = () => undefined;
  // How many sentences back the lazy chain reaches: a statement is not continued further.
  let chain = 0;

  for (let s = 0; s < doc.sentences.length; s++) {
    const from = doc.sentenceTokenStart[s] as number;
    const to = doc.sentenceTokenStart[s + 1] as number;
    const prevFrom = s > 0 ? (doc.sentenceTokenStart[s - 1] as number) : from;
    const span = doc.sentences[s] as { start: number; end: number };
    // Most sentences make no claim: their evidence is built on first use.
    let evidence: Evidence | undefined;
    const sentenceEvidence = (): Evidence => (evidence ??= evidenceOf(doc, span.start, span.end));
    // Every reading looks at this sentence and the one before: keep the search to them.
    const near = within(actors, prevFrom, to);
    // Places reach one sentence further back: "القاعدة", "المدينة" may name a place two sentences up.
    const nearPlaces = within(places, doc.sentenceTokenStart[Math.max(0, s - KIND_REACH_SENTENCES)] as number, to);
    const before = chain < MAX_CONTINUED ? inheritedOf : (): undefined => undefined;
    let cueList: Cue[] | undefined;
    const previousTopic = near.find((a) => a.first < from && !a.oblique && isHolder(a.actor))?.actor;
    const cuesHere = (): Cue[] => (cueList ??= findCues(doc, from, to, within(near, from, to), before(), previousTopic));
    inheritedOf = () => cuesHere().at(-1)?.attribution;
    chain++;
    const found: Found[] = [];
    for (let i = from; i < to; i++) {
      if (covered[i] === 1) continue;
      const f = readTrigger(doc, i);
      if (f === undefined) continue;
      // A trigger noun right after another is its object ("استعادتها السيطرة"): the first
      // carries the action. A coordinated one ("الهجوم والتقدم والضرب") is an action of its own.
      const prev = found.at(-1);
      // "معركة تحرير العاصمة": a battle named by its aim; the aim is the claim, not yet achieved.
      if (prev !== undefined && prev.at === i - 1 && prev.action === "contested" && f.action === "captured" && f.word.pos === "masdar" && f.prefix === "") {
        found[found.length - 1] = { ...f, aim: true };
        continue;
      }
      if (prev !== undefined && prev.at === i - 1 && !/^[وف]/.test(f.prefix)) continue;
      if (isBackground(doc, f)) continue;
      // "سيطرت على مقر غرفة العمليات": a status noun after the trigger's preposition is its object.
      if (prev !== undefined && i - prev.at <= STATUS_OBJECT_REACH && isStatusNoun(f.stem) && TRIGGER_PREPS.has((doc.tokens[i - 1] as Token).text)) continue;
      // "تحكم قوات الوفاق سيطرتها": the noun is the object the verb asked for.
      if (prev !== undefined && i - prev.at <= 4 && prev.word.needsNext?.has(f.stem) === true) continue;
      found.push(f);
    }
    if (found.length === 0) continue;
    const cues = cuesHere();
    chain = 0;
    const sides = objectsAsOblique(near, found);
    const starts = clauseStarts(doc, from, to);
    const sentenceDates = dates.filter((d) => d.first >= from && d.first < to);
    // Status appositions of this sentence ("ترهونة، آخر معقل للجيش"): checked against its events below.
    const statuses: string[] = [];
    const sentenceClaims: Claim[] = [];

    for (let k = 0; k < found.length; k++) {
      let f = found[k] as Found;
      const clauseStart = starts.filter((x) => x <= f.at).pop() ?? from;
      const clauseEnd = starts.find((x) => x > f.at) ?? to;
      const site: ClaimSite = { doc, actors: sides, places: nearPlaces, from, to, prevFrom, clauseStart, clauseEnd, windowEnd: windowEndOf(found, k, clauseEnd), at: f.at, word: f.word, stem: f.stem, action: f.action, allPlaces: places, mentions, ...(capital ? { capital } : {}), ...(ctx.capitalPlaceId === undefined ? {} : { capitalId: ctx.capitalPlaceId }) };
      const placeList = placesOfClaim(site);
      if (placeList.length === 0) continue;
      // "سيطر عليها التنظيم منذ يونيو 2015": taken and held since, a holding.
      if (f.action === "captured" && f.word.pos === "verb" && !f.word.future && f.stem.includes("سيطر") && hasSince(doc, f.at, site.windowEnd)) f = { ...f, action: "controls" };
      // "إعادة تمركز الوحدات خارج مدينة ترهونة": stationed outside a town is out of it.
      if (f.action === "controls" && governor(site, placeList[0] as PlaceAt) === "outside") f = { ...f, action: "withdrew" };
      const presupposed = isPresupposedTopic({ tokens: doc.tokens, clauseStart, clauseEnd, sentenceStart: from, at: f.at, word: f.word, prefix: f.prefix });
      if (presupposed) continue;

      const attribution = attributionAt(cues, f.at);
      const speakerSide = attribution.speaker === "outlet" || attribution.speaker === "other" ? undefined : attribution.speaker;
      const holderOnly = !BACKER_ACTIONS.has(f.action);
      const doers = new DoerReader(site, holderOnly, speakerSide);
      const trigger = triggerEvidence(doc, f.at, f.action === "controls" && isIn(doc.tokens[f.at - 1], UNDER));
      const modality = f.outOf === true ? "negated" : f.aim === true ? "intent" : modalityOf({ tokens: doc.tokens, clauseStart, clauseEnd, sentenceStart: from, at: f.at, word: f.word, prefix: f.prefix });
      let time = ctx.published;
      let bestGap = Number.POSITIVE_INFINITY;
      // A past state takes only a date of its own clause ("منذ أبريل 2019"), never the day of
      // the news told beside it; with none it is undated past.
      const past = isPastState(doc.tokens, clauseStart, clauseEnd, f.at);
      for (const d of sentenceDates) {
        if (past && (d.first < clauseStart || d.first >= clauseEnd)) continue;
        if (Math.abs(d.first - f.at) < bestGap) [time, bestGap] = [d.value, Math.abs(d.first - f.at)];
      }
      if (past && bestGap === Number.POSITIVE_INFINITY) time = pastTime();
      const stronghold = f.action === "controls" && f.word.pos === "masdar" && isStatusNoun(f.stem);

      // One claim per place: "مدينتي سرت والجفرة" are two claims that can be checked apart.
      // A ground action by UNKNOWN only when the text names the group ("مجلس شورى ثوار بنغازي انسحب").
      const emit = (who: ActorId | undefined, action: ClaimAction, means?: StrikeMeans): void => {
        const actor = who ?? "UNKNOWN";
        if (!BACKER_ACTIONS.has(action) && !isHolder(actor) && who !== "UNKNOWN") return;
        for (const place of placeList) {
          const sentenceEv = sentenceEvidence();
          // The same action told twice in one sentence is one claim, unless its modality differs
          // ("حاولت اقتحام القاعدة من دون أن تتمكن من دخولها").
          const id = claimId([ctx.sourceId, sentenceEv.start, sentenceEv.end, action, place.placeId, actor, modality]);
          if (claims.has(id)) continue;
          const claim: Claim = { id, articleId: ctx.articleId, sourceId: ctx.sourceId, actor, action, placeIds: [place.placeId], time, modality, attribution, evidence: sentenceEv, trigger, status: "claimed" };
          const made = means === undefined ? claim : { ...claim, means };
          claims.set(id, made);
          sentenceClaims.push(made);
          if (stronghold && !past) statuses.push(id);
        }
      };

      // "أجبرت القوات على التراجع": the forcer repelled, the forced (else the other side) withdrew.
      const forcer = f.action === "withdrew" ? forcingVerbBefore(doc, f.at, from) : undefined;
      if (forcer !== undefined) {
        // "أرغمت قوات الوفاق قوات حفتر على": forcer then forced; "وأرغمت حفتر على": the
        // forced alone, the forcer named before.
        // "أجبرت وحدات الجيش المقاتلين على التراجع": fighters of no side are forced too.
        const between = near.filter((a) => a.first > forcer && a.next <= f.at && (isHolder(a.actor) || a.actor === "UNKNOWN"));
        const forcerSite = new DoerReader({ ...site, at: forcer }, true, speakerSide);
        const by = between.length >= 2 ? between[0]?.actor : (forcerSite.nearestBefore(forcer, from) ?? forcerSite.implicit());
        const forced = between.length >= 2 ? between[1]?.actor : between[0]?.actor;
        emit(by, "repelled");
        emit(forced ?? otherSide(by), "withdrew");
        continue;
      }
      if (f.word.fellTo === true) {
        emit(fellTo(doc, near, f.at, site.windowEnd), "captured");
        continue;
      }
      const read = holderOnly ? groundDoers(site, speakerSide, passiveAgent(doc, f.at, site.windowEnd)) : doers.read(passiveAgent(doc, f.at, site.windowEnd));
      switch (f.action) {
        case "struck":
          emit(read.agent, "struck", meansOf(doc, f, clauseStart, clauseEnd));
          break;
        case "contested":
          for (const side of contestants(doers, f.at, clauseStart, clauseEnd, read.agent)) emit(side, "contested");
          break;
        default: {
          // "تحرير سرت من قبضة ميليشيات الوفاق": freed from one side, so taken by the other.
          const freedFrom = f.action === "captured" && f.word.genitive === "object" ? sideAfterFrom(doc, near, placeList[0] as PlaceAt, site.windowEnd) : undefined;
          const object = read.object ?? freedFrom;
          const agent = read.agent ?? otherSide(freedFrom);
          if (agent !== undefined && agent !== object) emit(agent, f.action);
          if ((f.word.expels === true || freedFrom !== undefined) && object !== undefined && object !== agent) emit(object, "withdrew");
        }
      }
    }
    if (statuses.length > 0) overturnStatuses(claims, statuses, sentenceClaims, pastTime());
  }
  return [...claims.values()];
}

/** Transitions that end a side's hold on a place. */
const TAKES: ReadonlySet<ClaimAction> = new Set(["captured", "entered"]);

/**
 * "أعلنت قوات الوفاق دخولها مدينة ترهونة، آخر معقل رئيسي للجيش": a status the same sentence's
 * event overturns (another side took or entered the place, or the holder left it) was true
 * until that event, not after it: undated past.
 */
function overturnStatuses(claims: Map<string, Claim>, statuses: readonly string[], events: readonly Claim[], past: DateValue): void {
  for (const id of statuses) {
    const c = claims.get(id) as Claim;
    const place = c.placeIds[0];
    const overturned = events.some(
      (e) => e.placeIds[0] === place && e.modality === "asserted" && ((TAKES.has(e.action) && e.actor !== c.actor) || (e.action === "withdrew" && e.actor === c.actor)),
    );
    if (overturned) claims.set(id, { ...c, time: past });
  }
}
