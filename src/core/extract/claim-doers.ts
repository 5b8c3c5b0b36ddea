import type { Token } from "../text/tokenize.ts";
import type { ActorId } from "../types.ts";
import { isHolder } from "./actor-lexicon.ts";
import { isStatusNoun } from "./claim-places.ts";
import { type ActorSite, type ClaimSite, eligible, isIn, pronounIsObject, RELATIVES, wordSet } from "./claim-sentence.ts";

/**
 * Who does what a trigger says, and (for transitive triggers) to whom. Arabic news puts the
 * subject after the verb (VSO: "دخلت قوات الوفاق سرت") or before it (SVO, "قالت قوات X
 * إنها انسحبت"), and a verbal noun takes its doer as a genitive ("انسحاب قوات حفتر") or as a
 * pronoun ("انسحابها", referring to the sentence's topic).
 */
export interface Doers {
  readonly agent: ActorId | undefined;
  /** The side acted on: the one expelled by "طرد". */
  readonly object: ActorId | undefined;
}

/** Nouns that are the subject themselves and are no side: "المجموعات قد استولت على". */
const NON_ACTOR_SUBJECTS = wordSet(["المجموعات", "الجماعات", "العناصر", "السكان", "الأهالي", "المسلحين", "المرتزقة", "مرتزقة", "القوات", "الوحدات", "المهاجمة", "المسلحون", "المرتزقه"]);
/** "عناصر تنظيم داعش", "فلول الميليشيات": the members of a side. */
const MEMBERS = wordSet(["عناصر", "مسلحي", "مسلحو", "فلول", "مقاتلي", "مقاتلو", "بقايا"]);
/** Between a subject and its verb: "قد", "كانت" ("كانت قوات الوفاق قد أعلنت"). */
const AUXILIARIES = wordSet(["قد", "لقد", "كانت", "كان", "كانوا", "باتت", "أصبحت"]);
const POSSESSED_FORCES = wordSet(
  ["قواته", "قواتها", "قواتهم", "قواتنا", "قوتنا", "قوتها", "قوته", "جنوده", "جنودها", "عناصره", "عناصرها", "وحداته", "وحداتها", "طائراته", "طائراتها", "طيرانه", "طيرانها", "مقاتليه", "مقاتليها", "مقاتلينا"],
);
/** Words that can follow a verb without being its subject: particles, adverbs of time and manner, heads of place names. */
const NOT_A_SUBJECT = wordSet([
  "من", "إلى", "على", "في", "عن", "نحو", "باتجاه", "اتجاه", "صوب", "مع", "منذ", "بعد", "قبل", "حتى", "خلال", "وسط", "أمام", "إثر", "عقب",
  "اليوم", "أمس", "الليلة", "فجر", "صباح", "مساء", "ظهر", "مجددا", "أيضا", "كذلك", "تماما", "شرقا", "غربا", "شمالا", "جنوبا", "قد", "إن", "أن",
  "إنها", "أنها", "إنه", "أنه", "عليها", "منها", "فيها", "إليها", "منه", "عليه", "فيه", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
  "الخميس", "الجمعة", "مدينة", "منطقة", "بلدة", "قاعدة", "محور", "مطار", "ميناء", "حي", "المدينة", "المنطقة", "القاعدة", "داخل", "خارج",
  "أكثر", "مسافة", "نحوا", "بشكل", "كليا", "جزئيا", "تدريجيا", "سريعا", "ببطء", "الى",
]);
const FRONTED_TIME = wordSet(["بعد", "عقب", "إثر", "قبل", "فور"]);
const STRIKE_DOER_REACH = 3;
/** How many words may stand between a verb and a subject after it. */
const VSO_REACH = 3;
/** "تم استهداف": a passive whose doer is the one the text is about. */
const PASSIVE_AUX = wordSet(["تم", "يتم", "جرى", "يجري"]);
/** How many tokens before a verbal noun a side still reads as its doer or addressee ("مهلة لميليشيات مصراتة للانسحاب"). */
const NOUN_REACH = 3;
/** How far after "خسارة" its loser may be named. */
const LOSER_REACH = 8;
/** Words between a status noun and its holder: "آخر معقل رئيسي لقوات خليفة حفتر". */
const STATUS_REACH = 3;

export class DoerReader {
  constructor(
    readonly site: ClaimSite,
    readonly holderOnly: boolean,
    readonly speakerSide: ActorId | undefined,
  ) {}

  /** The side right after `pos` within `maxGap` tokens (and before `end`). */
  after(pos: number, end: number, maxGap: number, allowOblique: boolean, holderOnly = this.holderOnly): ActorSite | undefined {
    return this.site.actors.find((a) => a.first > pos && a.first <= pos + 1 + maxGap && a.first < end && (allowOblique || !a.oblique) && eligible(a, holderOnly));
  }

  /** The nearest plain-noun side before `pos`, from `from` on. */
  nearestBefore(pos: number, from: number, allowOblique = false): ActorId | undefined {
    const { actors } = this.site;
    for (let k = actors.length - 1; k >= 0; k--) {
      const a = actors[k] as ActorSite;
      if (a.next <= pos && a.first >= from && (allowOblique || !a.oblique) && eligible(a, this.holderOnly)) return a.actor;
    }
    return undefined;
  }

  /** The topic of tokens [from, to): the first plain-noun side. */
  topic(from: number, to: number): ActorId | undefined {
    return this.site.actors.find((a) => a.first >= from && a.next <= to && !a.oblique && eligible(a, this.holderOnly))?.actor;
  }

  private speaker(): ActorId | undefined {
    const s = this.speakerSide;
    return s !== undefined && eligible({ first: 0, next: 0, actor: s, oblique: false }, this.holderOnly) ? s : undefined;
  }

  /** When the text names no doer near the trigger: the sentence's topic, the previous one's, the speaker. */
  implicit(): ActorId | undefined {
    const { from, prevFrom, at } = this.site;
    return this.topic(from, at) ?? this.speaker() ?? this.nearestBefore(at, from, true) ?? this.topic(prevFrom, from);
  }

  /**
   * A subject stated right before the verb that is no side ("الجماعات التي كانت تسيطر",
   * "المجموعات قد استولت"): the claim has no known doer.
   */
  private statedNonActor(): boolean {
    const { doc, at, clauseStart, actors } = this.site;
    let i = at - 1;
    while (i >= clauseStart && isIn(doc.tokens[i], AUXILIARIES)) i--;
    if (i >= clauseStart && isIn(doc.tokens[i], RELATIVES)) i--;
    if (i < clauseStart) return false;
    const covered = actors.some((a) => i >= a.first && i < a.next);
    return !covered && isIn(doc.tokens[i] as Token, NON_ACTOR_SUBJECTS);
  }

  /** "الجيش الذي سيطر على": the side a relative pronoun right before the verb refers to. */
  private relativeAntecedent(): ActorId | undefined | null {
    const { doc, at, clauseStart, actors } = this.site;
    let i = at - 1;
    while (i >= clauseStart && isIn(doc.tokens[i], AUXILIARIES)) i--;
    if (i < clauseStart || !isIn(doc.tokens[i], RELATIVES)) return undefined;
    const head = actors.find((a) => a.next === i && eligible(a, this.holderOnly));
    if (head !== undefined) return head.actor;
    // "غريان التي خسرها": the relative qualifies the place, the object; the subject is elsewhere.
    if (this.site.places.some((p) => p.next === i || p.next === i - 1)) return undefined;
    return null;
  }

  /**
   * "إن قواتهم تمكنت من السيطرة", "قواتنا انسحبت": forces named by a possessive pronoun
   * belong to the speaker ("نا"), else to the side the sentence (or the one before) is about.
   */
  possessedForces(): ActorId | undefined {
    const { doc, at, clauseStart, from, prevFrom } = this.site;
    for (let i = at - 1; i >= clauseStart; i--) {
      const tok = doc.tokens[i] as Token;
      if (!isIn(tok, POSSESSED_FORCES)) continue;
      if (tok.text.endsWith("نا")) return this.speaker();
      return this.speaker() ?? this.nearestBefore(i, from) ?? this.topic(prevFrom, from);
    }
    return undefined;
  }

  /**
   * "وبعد خسارة سرت أعلنت قوات الوفاق ...": a verbal noun in a fronted time clause shares
   * the subject of the main clause that follows it.
   */
  mainSubjectAfter(): ActorId | undefined {
    const { doc, clauseStart, from, at } = this.site;
    if (clauseStart !== from || !isIn(doc.tokens[clauseStart], FRONTED_TIME)) return undefined;
    // Past the verbal noun's own complement (at + 1), a verb, then its subject.
    return this.site.actors.find((a) => a.first >= at + 3 && a.first <= at + 6 && !a.oblique && eligible(a, this.holderOnly))?.actor;
  }

  /** In a relative clause ("تركيا التي أعلن رئيسها أنه مستعد لنشر قوات"), the side it qualifies. */
  relativeHead(): ActorId | undefined {
    const { doc, clauseStart, actors } = this.site;
    if (!isIn(doc.tokens[clauseStart], RELATIVES)) return undefined;
    return actors.find((a) => a.next === clauseStart && eligible(a, this.holderOnly))?.actor;
  }

  read(byAgent: number | undefined): Doers {
    const { site } = this;
    const { word, at, windowEnd, clauseStart } = site;
    if (word.person === "1" && this.speakerSide !== undefined) {
      return { agent: this.speaker(), object: word.genitive === "object" ? this.after(at, windowEnd, 1, true, true)?.actor : undefined };
    }
    if (byAgent !== undefined) {
      // Passive with "من قبل X": X did it; the subject before was done to.
      const agent = this.after(byAgent, site.clauseEnd, 2, true)?.actor;
      const object = this.topic(site.from, at) ?? this.topic(site.prevFrom, site.from);
      return { agent, object: object !== undefined && isHolder(object) ? object : undefined };
    }
    if (word.pos === "verb") return this.readVerb();
    return this.readNoun(clauseStart);
  }

  private readVerb(): Doers {
    const { at, windowEnd, clauseStart, word } = this.site;
    // The subject may follow after a noun or two ("قصفت طائرات مسيرة تركية").
    const next = this.after(at, windowEnd, VSO_REACH, false);
    const before = this.nearestBefore(at, clauseStart);
    // "طرد مقاتلون محليون تنظيم داعش": a nominative plural right after the verb is its
    // subject (no side), so the side after it is the object.
    if (next !== undefined && word.genitive === "object" && this.nominativeSubjectBefore(next.first)) return { agent: "UNKNOWN", object: next.actor };
    if (next !== undefined) {
      const second = this.after(next.next - 1, windowEnd, 2, false, true);
      if (word.genitive === "object" && before !== undefined && second === undefined) return { agent: before, object: next.actor };
      return { agent: next.actor, object: second?.actor };
    }
    // "فر عناصر تنظيم داعش": members of a side are that side's doers of an intransitive verb.
    if (word.genitive === "agent") {
      const members = this.site.actors.find((a) => a.first > at + 1 && a.first <= at + 1 + VSO_REACH && a.first < windowEnd && isIn(this.site.doc.tokens[a.first - 1], MEMBERS) && eligible(a, this.holderOnly));
      if (members !== undefined) return { agent: members.actor, object: undefined };
    }
    const antecedent = this.relativeAntecedent();
    if (antecedent === null) return { agent: undefined, object: undefined };
    if (antecedent !== undefined) return { agent: antecedent, object: undefined };
    if (before !== undefined) return { agent: before, object: undefined };
    // "عناصر داعش الذين كانوا يتحصنون في قنفودة فروا منها": the relative clause and the verb
    // after it share the head noun as subject.
    const head = this.relativeHead();
    if (head !== undefined) return { agent: head, object: undefined };
    const owner = this.possessedForces();
    if (owner !== undefined) return { agent: owner, object: undefined };
    if (this.statedNonActor() || this.nonActorAfter()) return { agent: undefined, object: undefined };
    return { agent: this.implicit(), object: undefined };
  }

  /**
   * A sound masculine plural in -ون between the verb and `end` ("مقاتلون", "مسلحون"): only a
   * nominative takes -ون, and in construct it drops the ن ("مقاتلو مصراتة"), so this word is
   * a subject of its own, not the head of the side named after it.
   */
  private nominativeSubjectBefore(end: number): boolean {
    const { doc, at, actors } = this.site;
    for (let i = at + 1; i < end && i <= at + 2; i++) {
      const text = (doc.tokens[i] as Token).text;
      if (text.length < 5 || !text.endsWith("ون") || /^(ي|ت|سي|ست)/.test(text)) continue;
      if (!actors.some((a) => i >= a.first && i < a.next)) return true;
    }
    return false;
  }

  /**
   * "تراجعت أسعار النفط": an intransitive verb's subject follows it; a noun there that is no
   * side (not a particle, adverb, pronoun or place word) means the doer is not a side.
   */
  private nonActorAfter(): boolean {
    const { doc, at, clauseEnd, word, actors, places } = this.site;
    if (word.genitive !== "agent" || at + 1 >= clauseEnd) return false;
    const tok = doc.tokens[at + 1] as Token;
    if (actors.some((a) => a.first === at + 1) || places.some((p) => p.first === at + 1)) return false;
    if (/^\d/.test(tok.text) || /^[بلك]/.test(tok.text)) return false;
    return !isIn(tok, NOT_A_SUBJECT);
  }

  private readNoun(clauseStart: number): Doers {
    const { site } = this;
    const { at, windowEnd, word, actors } = site;
    // "آخر معقل رئيسي لقوات خليفة حفتر", "معاقل داعش": the stronghold's holder is its genitive,
    // past an adjective or two; the sentence's subject is often the side that took it.
    if (isStatusNoun(site.stem) && !word.pronoun) {
      const holder = this.after(at, windowEnd, STATUS_REACH, true);
      if (holder !== undefined) return { agent: holder.actor, object: undefined };
    }
    // "بتطويقها": with no doer after it, the pronoun of a transitive noun is its object.
    if (word.pronoun && !pronounIsObject(site)) {
      const object = word.genitive === "object" ? this.after(at, windowEnd, 1, true, true)?.actor : undefined;
      return { agent: this.topic(this.site.from, at) ?? this.topic(this.site.prevFrom, this.site.from) ?? this.speaker(), object };
    }
    // "غارات جوية نفذها سلاح الجو": a strike noun's doer may follow its adjective and verb.
    const next = this.after(at, windowEnd, 1, true) ?? (site.action === "struck" ? this.after(at, windowEnd, STRIKE_DOER_REACH, false) : undefined);
    if (word.genitive === "agent" && next !== undefined) return { agent: next.actor, object: undefined };
    const object = word.genitive === "object" ? this.after(at, windowEnd, 1, true, true)?.actor : undefined;
    // "خسارة الوطية تحرم قوات حفتر", "خسارة غريان انتكاسة لحفتر": the loser after the place lost.
    if (word.loser === true && this.nearestBefore(at, clauseStart) === undefined) {
      const loser = this.after(at, site.clauseEnd, LOSER_REACH, true);
      if (loser !== undefined) return { agent: loser.actor, object: undefined };
    }
    // "مهلة لميليشيات مصراتة للانسحاب", "الكتيبة 166 تمكنت من طرد": a side just before the noun.
    let close: ActorSite | undefined;
    for (let k = actors.length - 1; k >= 0 && close === undefined; k--) {
      const a = actors[k] as ActorSite;
      if (a.next <= at && at - a.next <= NOUN_REACH && a.acted !== true && eligible(a, this.holderOnly)) close = a;
    }
    // No side named in the sentence: the speaker's own action, else unknown. The sentence
    // before is not consulted: a bare verbal noun is too often hypothetical ("من شأن السيطرة").
    const passive = isIn(this.site.doc.tokens[at - 1], PASSIVE_AUX);
    const agent = close?.actor ?? this.nearestBefore(at, clauseStart) ?? this.relativeHead() ?? this.possessedForces() ?? this.topic(this.site.from, at) ?? this.mainSubjectAfter() ?? (passive ? this.topic(this.site.prevFrom, this.site.from) : undefined) ?? this.speaker();
    return { agent, object };
  }
}
