/**
 * Place mentions in an article: gazetteer names recognised in the token stream
 * (`toponym-match.ts`), kept only where the words around them let them be places
 * (`place-context.ts`, `place-needs.ts`, `place-lists.ts`), each resolved to one sense
 * (`resolve-senses.ts`); plus the names that read as places but that the gazetteer lacks
 * (`place-unresolved.ts`).
 */
import type { GazetteerIndex } from "../gazetteer/lookup-api.ts";
import type { GazetteerEntry } from "../gazetteer/types.ts";
import type { PlaceMention } from "../types.ts";
import { type Doc, evidenceOf } from "./document.ts";
import { outletPhraseEnd, wordClassOf } from "./place-common-words.ts";
import { endsPhrase, type PlaceContext, placeContextOf, readsAsAdjective } from "./place-context.ts";
import { DIRECTION_CUES, NOUN_CUES } from "./place-cues.ts";
import { type Found, type PendingSense, takeListMembers } from "./place-lists.ts";
import { IMPORTANT, needOf, satisfied } from "./place-needs.ts";
import { nisbaCountryAfter, nisbaCountryOf } from "./place-nisba.ts";
import { findUnresolvedPlaces } from "./place-unresolved.ts";
import { readsAsVerb } from "./place-verb-readings.ts";
import { type CountryHint, isCountry, resolveSenses, type SenseQuery } from "./resolve-senses.ts";
import { matchesAt, type ToponymMatch } from "./toponym-match.ts";

interface SentenceBounds {
  readonly index: number;
  readonly startToken: number;
  readonly endToken: number;
}

/**
 * The noun cue that says what kind of place the name is: the word before it ("قاعدة الجفرة"),
 * or the name's own first word when the gazetteer name includes one ("وادي بي", "منطقة الوشكة").
 */
function cueOf(context: PlaceContext, m: ToponymMatch): SenseQuery["cue"] {
  if (context.kind === "noun") return { word: context.cue.word, kinds: context.cue.kinds };
  if (m.first === m.last) return undefined;
  const head = NOUN_CUES.get(m.key.slice(0, m.key.indexOf(" ")));
  return head === undefined ? undefined : { word: head.word, kinds: head.kinds };
}

/** Where the feature head governing the name starts, clitics excluded ("بمحور أبوقرين" → "محور"). */
function featureHeadStart(doc: Doc, context: PlaceContext, m: ToponymMatch): number | undefined {
  if (context.kind !== "noun" || !context.cue.featureHead) return undefined;
  const head = doc.tokens[m.first - 1];
  return head === undefined ? undefined : head.end - context.cue.word.length;
}

/** True when `entry` is also known by `key` (so a classifier or a nisba around the key is not part of its name). */
function knownAs(gaz: GazetteerIndex, key: string, entry: GazetteerEntry): boolean {
  return gaz.byName(key).includes(entry);
}

/**
 * The span of a mention: the name as the gazetteer matched it, widened to a feature head
 * before it ("محور أبوقرين"), and narrowed by a generic classifier or a country nisba that
 * the gazetteer happens to list as part of a variant ("منطقة الوشكة" → "الوشكة",
 * "الهلال النفطي الليبي" → "الهلال النفطي") when the place is also known without it.
 */
function mentionSpan(doc: Doc, gaz: GazetteerIndex, f: Found, placeId: string): { start: number; end: number } {
  const m = f.match;
  const entry = gaz.get(placeId);
  let start = f.headStart ?? m.start;
  let end = m.end;
  if (entry !== undefined && m.first !== m.last) {
    const words = m.key.split(" ");
    const head = NOUN_CUES.get(words[0] as string);
    const lastWord = words[words.length - 1] as string;
    if (head !== undefined && !head.featureHead && knownAs(gaz, words.slice(1).join(" "), entry)) {
      start = (doc.tokens[m.first + 1] as { start: number }).start;
    } else if (nisbaCountryOf(lastWord) !== undefined && knownAs(gaz, words.slice(0, -1).join(" "), entry)) {
      end = (doc.tokens[m.last - 1] as { end: number }).end;
    }
  }
  return { start, end };
}

/** Bare compass nouns that, before a country's name, say where in it ("جنوب غرب ليبيا"). */
const COMPASS_NOUNS: ReadonlySet<string> = new Set(["شرق", "غرب", "شمال", "جنوب", "وسط"]);

/**
 * "شرق ليبيا", "جنوب غرب ليبيا", "في وسط ليبيا": a compass noun and a country's name is a
 * part of the country named by a direction, and only the country is a place (the region the
 * gazetteer also lists under that wording is "الشرق الليبي"). The country is read on its own.
 */
function namesPartOfCountry(gaz: GazetteerIndex, m: ToponymMatch): boolean {
  if (m.last !== m.first + 1) return false;
  const space = m.key.indexOf(" ");
  if (!COMPASS_NOUNS.has(m.key.slice(0, space))) return false;
  return m.entries.every((e) => e.kind === "region") && gaz.byName(m.key.slice(space + 1)).some(isCountry);
}

/** Judge the matches starting at one token, best first; the first that yields senses wins. */
function judge(doc: Doc, gaz: GazetteerIndex, matches: readonly ToponymMatch[], s: SentenceBounds): Found | undefined {
  for (const m of matches) {
    const cls = wordClassOf(m.key);
    if (cls === "never" || namesPartOfCountry(gaz, m)) continue;
    const context = placeContextOf(doc, m.first, m.prefix, s.startToken);
    // The word names an outlet ("قناة الحدث") or a street ("شارع السدرة"): no shorter reading is a place.
    if (context.kind === "media" || context.kind === "street") return undefined;
    const weak = context.kind === "none" || context.kind === "preposition";
    if (weak && readsAsVerb(doc, m, s)) return undefined;
    const adjective = context.kind === "none" && readsAsAdjective(doc, m, s.startToken);
    const phraseEnds = (): boolean => endsPhrase(doc, m.last, s.endToken);
    const taken: GazetteerEntry[] = [];
    const pending: PendingSense[] = [];
    for (const e of m.entries) {
      if (adjective && isCountry(e)) continue;
      const need = needOf(e, cls, m);
      // A surname after a given name or title: only an important, unambiguous place survives.
      if (context.kind === "person" && (need !== "free" || cls !== undefined || e.importance < IMPORTANT)) continue;
      if (satisfied(need, context, phraseEnds)) taken.push(e);
      else if (need !== "outlet" && context.kind !== "person") pending.push({ entry: e, need });
    }
    if (taken.length === 0 && pending.length === 0) continue;
    return {
      match: m,
      sentence: s.index,
      sentenceEnd: s.endToken,
      status: taken.length > 0 ? "taken" : "pending",
      senses: taken,
      pending,
      cue: cueOf(context, m),
      headStart: featureHeadStart(doc, context, m),
    };
  }
  return undefined;
}

/**
 * The country a name is qualified with right after it: a nisba ("طرابلس اللبنانية"), the
 * country's name ("طرابلس لبنان"), or a compass word and the country ("طرابلس شمال لبنان").
 */
function qualifiedCountryOf(doc: Doc, f: Found, next: Found | undefined): string | undefined {
  const nisba = nisbaCountryAfter(doc, f.match.last, f.sentenceEnd);
  if (nisba !== undefined) return nisba;
  if (next === undefined || next.sentence !== f.sentence || next.match.prefix !== "") return undefined;
  const only = next.senses.length === 1 ? next.senses[0] : undefined;
  if (only === undefined || !isCountry(only)) return undefined;
  const country = only.country;
  const gapTokens = next.match.first - f.match.last - 1;
  if (gapTokens === 0) return country;
  if (gapTokens !== 1) return undefined;
  const between = doc.tokens[f.match.last + 1];
  return between !== undefined && DIRECTION_CUES.has(between.text) ? country : undefined;
}

export function findPlaceMentions(doc: Doc, gaz: GazetteerIndex): PlaceMention[] {
  const found: Found[] = [];
  const hints: CountryHint[] = [];
  const covered = new Uint8Array(doc.tokens.length);
  for (let s = 0; s < doc.sentences.length; s++) {
    const bounds: SentenceBounds = {
      index: s,
      startToken: doc.sentenceTokenStart[s] ?? 0,
      endToken: doc.sentenceTokenStart[s + 1] ?? doc.tokens.length,
    };
    for (let i = bounds.startToken; i < bounds.endToken; i++) {
      const country = nisbaCountryOf((doc.tokens[i] as { text: string }).text);
      if (country !== undefined) hints.push({ country, sentence: s });
      const outletEnd = outletPhraseEnd(doc.tokens, i, bounds.endToken);
      if (outletEnd >= 0) {
        covered.fill(1, i, outletEnd + 1);
        i = outletEnd;
        continue;
      }
      const matches = matchesAt(doc, gaz, i, bounds.endToken);
      const longest = matches.find((m) => !namesPartOfCountry(gaz, m));
      if (longest === undefined) continue;
      covered.fill(1, longest.first, longest.last + 1);
      const f = judge(doc, gaz, matches, bounds);
      if (f === undefined) continue;
      found.push(f);
      // A pending name of several words may never be taken: read the words inside it too.
      if (f.status === "taken") i = f.match.last;
    }
  }
  takeListMembers(doc, found);
  const taken: Found[] = [];
  let coveredUntil = -1;
  for (const f of found) {
    if (f.status !== "taken") continue;
    // Inside a longer name that a list made a place after all.
    if (f.match.last <= coveredUntil) continue;
    taken.push(f);
    coveredUntil = f.match.last;
  }
  const choices = resolveSenses(
    taken.map((f, k) => {
      const qualifiedCountry = qualifiedCountryOf(doc, f, taken[k + 1]);
      return {
        name: f.match.key,
        senses: f.senses,
        sentence: f.sentence,
        ...(f.cue === undefined ? {} : { cue: f.cue }),
        ...(qualifiedCountry === undefined ? {} : { qualifiedCountry }),
      };
    }),
    hints,
  );
  const mentions: PlaceMention[] = taken.map((f, k) => {
    const choice = choices[k] as (typeof choices)[number];
    const span = mentionSpan(doc, gaz, f, choice.placeId);
    return {
      status: "resolved",
      evidence: evidenceOf(doc, span.start, span.end),
      placeId: choice.placeId,
      alternatives: choice.alternatives,
      reason: choice.reason,
    };
  });
  mentions.push(...findUnresolvedPlaces(doc, covered));
  return mentions.sort((a, b) => a.evidence.start - b.evidence.start);
}
