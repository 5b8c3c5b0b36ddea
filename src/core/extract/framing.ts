import { normalize } from "../text/normalize.ts";
import type { Token } from "../text/tokenize.ts";
import type { ActorMention, Framing, HolderId, Lean } from "../types.ts";
import { isHolder, PRONOUN_FORMS } from "./actor-lexicon.ts";
import { sideOf } from "./actors.ts";
import { stemReadings } from "./clitic-stems.ts";
import type { Doc } from "./document.ts";
import { MARKERS_BY_FIRST_TOKEN, type MarkerWord } from "./framing-markers.ts";
import { tokenSpanOf } from "./mention-spans.ts";

/** Fewer loaded words than this say too little to place an outlet: "neutral". */
const MIN_MARKERS = 3;
/** One camp's words must outnumber the other's by this factor for a lean. */
const DOMINANCE = 2;
/** How far from a slur the side it is aimed at may be named. */
const TARGET_WINDOW = 3;

const set = (ws: readonly string[]): ReadonlySet<string> => new Set(ws.map(normalize));
/** Who mercenaries are said to fight for when no side is named beside them. */
const MERCENARIES_OF_LNA = set(["أفارقة", "الأفارقة", "الجنجويد", "السودانيين", "سودانيين", "التشاديين", "تشاديين", "الروس", "روس", "فاغنر", "فاجنر"]);
const MERCENARIES_OF_GNA = set(["السوريين", "سوريين", "سوريون", "السوريون", "الأتراك", "أتراك", "أردوغان"]);

const OPPOSITE: Readonly<Record<HolderId, Lean>> = { GNA: "pro-LNA", LNA: "pro-GNA", ISIS: "neutral" };
const FAVOURS: Readonly<Record<HolderId, Lean>> = { GNA: "pro-GNA", LNA: "pro-LNA", ISIS: "neutral" };

interface Placed {
  readonly first: number;
  readonly next: number;
  readonly side: HolderId | undefined;
  readonly mention: ActorMention;
}

/** Token flags: inside a direct quotation, where the words are the speaker's, not the outlet's. */
function quotedTokens(doc: Doc): Uint8Array {
  const flags = new Uint8Array(doc.tokens.length);
  const text = doc.norm.text;
  let open = false;
  let pos = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i] as Token;
    for (; pos < tok.start; pos++) {
      const ch = text[pos];
      if (ch === '"') open = !open;
      else if (ch === "\n") open = false; // an unclosed quote ends with its paragraph
    }
    pos = tok.end;
    flags[i] = open ? 1 : 0;
  }
  return flags;
}

function matchMarker(doc: Doc, i: number): { marker: MarkerWord; next: number } | undefined {
  const tok = doc.tokens[i] as Token;
  for (const r of stemReadings(tok.text)) {
    for (const m of MARKERS_BY_FIRST_TOKEN.get(r.stem) ?? []) {
      let ok = true;
      for (let k = 1; k < m.tokens.length && ok; k++) ok = doc.tokens[i + k]?.text === m.tokens[k];
      if (ok) return { marker: m, next: i + m.tokens.length };
    }
  }
  return undefined;
}

function isIn(tok: Token | undefined, words: ReadonlySet<string>): boolean {
  return tok !== undefined && stemReadings(tok.text).some((r) => words.has(r.stem));
}

/**
 * How an outlet names the sides: the forms it uses for each (with counts) and the loaded
 * words it uses in its own voice (quotations are the speaker's and are skipped), each with
 * the camp it favours. `inferredLean` counts the markers: none → "unknown"; fewer than
 * MIN_MARKERS, or neither camp's words DOMINANCE times the other's → "neutral".
 */
export function summarizeFraming(doc: Doc, actors: readonly ActorMention[]): Framing {
  const forms: Partial<Record<HolderId, Record<string, number>>> = {};
  const placed: Placed[] = [];
  for (const a of actors) {
    if (isHolder(a.actor) && !PRONOUN_FORMS.has(a.form)) {
      const byForm = forms[a.actor] ?? {};
      byForm[a.form] = (byForm[a.form] ?? 0) + 1;
      forms[a.actor] = byForm;
    }
    const span = tokenSpanOf(doc, a.evidence);
    placed.push({ first: span.first, next: span.next, side: sideOf(a.actor), mention: a });
  }
  const quoted = quotedTokens(doc);
  const counts = new Map<string, { word: string; favours: Lean; count: number }>();
  const count = (word: string, favours: Lean): void => {
    if (favours !== "pro-GNA" && favours !== "pro-LNA") return;
    const key = `${word}\u0000${favours}`;
    const c = counts.get(key);
    if (c === undefined) counts.set(key, { word, favours, count: 1 });
    else c.count++;
  };

  // "ميليشيات الوفاق", a bare "الميليشيات" read as one side: against that side.
  for (const p of placed) {
    if (p.side === undefined || quoted[p.first] === 1) continue;
    if (/^(ال)?م[يل]+يشي/.test(p.mention.form)) count(p.mention.form, OPPOSITE[p.side]);
  }

  // Token → side of the mention starting there / covering it: markers look a few tokens around.
  const startsAt = new Array<HolderId | undefined>(doc.tokens.length);
  const endsAt = new Array<HolderId | undefined>(doc.tokens.length + 1);
  const covers = new Array<HolderId | undefined>(doc.tokens.length);
  for (const p of placed) {
    if (p.side === undefined || p.next <= p.first) continue;
    startsAt[p.first] ??= p.side;
    endsAt[p.next] = p.side;
    for (let t = p.first; t < p.next; t++) covers[t] = p.side;
  }
  const firstStart = (from: number, to: number): HolderId | undefined => {
    for (let t = Math.max(0, from); t <= to && t < doc.tokens.length; t++) if (startsAt[t] !== undefined) return startsAt[t];
    return undefined;
  };
  const lastEnd = (from: number, to: number): HolderId | undefined => {
    for (let t = to; t >= Math.max(0, from); t--) if (endsAt[t] !== undefined) return endsAt[t];
    return undefined;
  };
  const sideNear = (first: number, next: number, followingOnly: boolean): HolderId | undefined => {
    // The slur may be part of the side's name ("مرتزقة حفتر").
    if (covers[first] !== undefined) return covers[first];
    const after = firstStart(next, next + TARGET_WINDOW);
    if (after !== undefined || followingOnly) return after;
    return lastEnd(first - TARGET_WINDOW, first);
  };

  for (let i = 0; i < doc.tokens.length; ) {
    const hit = matchMarker(doc, i);
    if (hit === undefined) {
      i++;
      continue;
    }
    const { marker, next } = hit;
    i = next;
    if (quoted[hit.next - 1] === 1) continue;
    const rule = marker.rule;
    switch (rule.kind) {
      case "fixed":
        count(marker.word, rule.favours);
        break;
      case "against": {
        let target: HolderId | undefined;
        if (/^(ال)?مرتزق/.test(marker.word)) {
          const following = doc.tokens[next];
          if (isIn(following, MERCENARIES_OF_LNA)) target = "LNA";
          else if (isIn(following, MERCENARIES_OF_GNA)) target = "GNA";
        }
        const distancing = /^(زعم|يزعم|تزعم|ادع)/.test(marker.tokens[0] ?? "");
        target ??= sideNear(next - marker.tokens.length, next, distancing);
        count(marker.word, target === undefined ? rule.fallback : OPPOSITE[target]);
        break;
      }
      case "doer": {
        // "تحرير سرت من قوات حفتر": freed from a side favours the other; otherwise the doer.
        let from: HolderId | undefined;
        for (let k = next; k < next + 6 && k < doc.tokens.length; k++) {
          if (doc.tokens[k]?.text !== "من") continue;
          from = firstStart(k + 1, k + 3);
          break;
        }
        const doer = from === undefined ? lastEnd(next - 12, next - 1) : undefined;
        if (from !== undefined) count(marker.word, OPPOSITE[from]);
        else if (doer !== undefined) count(marker.word, FAVOURS[doer]);
        break;
      }
    }
  }
  const markers = [...counts.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  return { forms, markers, inferredLean: leanOf(markers) };
}

function leanOf(markers: readonly { favours: Lean; count: number }[]): Lean {
  let gna = 0;
  let lna = 0;
  for (const m of markers) {
    if (m.favours === "pro-GNA") gna += m.count;
    else if (m.favours === "pro-LNA") lna += m.count;
  }
  const total = gna + lna;
  if (total === 0) return "unknown";
  if (total < MIN_MARKERS) return "neutral";
  if (gna >= DOMINANCE * lna) return "pro-GNA";
  if (lna >= DOMINANCE * gna) return "pro-LNA";
  return "neutral";
}
