/**
 * Names in a list with a place are places ("مناطق القداحية والهيشة والوشكة", "هون وودان"):
 * a name waiting for context next to a taken one in the same coordinated list is taken as
 * far as its need allows, and the list's noun cue carries over to items that have none.
 */
import type { GazetteerEntry } from "../gazetteer/types.ts";
import type { Doc } from "./document.ts";
import { endsPhrase } from "./place-context.ts";
import type { Need } from "./place-needs.ts";
import type { SenseQuery } from "./resolve-senses.ts";
import type { ToponymMatch } from "./toponym-match.ts";

export interface PendingSense {
  readonly entry: GazetteerEntry;
  readonly need: Need;
}

/** A recognised name: taken, or waiting for a list of places to vouch for it. */
export interface Found {
  readonly match: ToponymMatch;
  readonly sentence: number;
  readonly sentenceEnd: number;
  status: "taken" | "pending";
  senses: readonly GazetteerEntry[];
  /** Senses that a list of places could still make taken. */
  readonly pending: readonly PendingSense[];
  cue: SenseQuery["cue"];
  /** Where a feature head before the name starts ("محور" in "محور أبوقرين"): the span starts there. */
  readonly headStart: number | undefined;
}

/**
 * True when `b` follows `a` as the next item of a coordinated list: "X وY", "X و Y", "X، Y".
 */
function coordinated(doc: Doc, a: Found, b: Found): boolean {
  if (a.sentence !== b.sentence) return false;
  const tokens = doc.tokens;
  const aEnd = tokens[a.match.last];
  const bStart = tokens[b.match.first];
  if (aEnd === undefined || bStart === undefined) return false;
  const text = doc.norm.text;
  if (b.match.first === a.match.last + 1) {
    const gap = text.slice(aEnd.end, bStart.start).trim();
    return gap === "," || (gap === "" && b.match.prefix.startsWith("و"));
  }
  if (b.match.first === a.match.last + 2) {
    const mid = tokens[a.match.last + 1];
    if (mid === undefined || (mid.text !== "و" && mid.text !== "او")) return false;
    return text.slice(aEnd.end, mid.start).trim() === "" && text.slice(mid.end, bStart.start).trim() === "";
  }
  return false;
}

/** The pending senses of `f` that a list of places vouches for. */
function vouched(doc: Doc, f: Found): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const { entry, need } of f.pending) {
    const ok =
      need === "weak" ||
      (need === "numeral" && endsPhrase(doc, f.match.last, f.sentenceEnd)) ||
      (need === "strong" && f.cue !== undefined);
    if (ok) out.push(entry);
  }
  return out;
}

/**
 * Names in a list with a place are places ("مناطق القداحية والهيشة والوشكة", "هون وودان"):
 * a pending name next to a taken one in the same list is taken as far as its need allows.
 * The list's noun cue ("مدينتي", "ميناءي") carries over to items that have none.
 */
export function takeListMembers(doc: Doc, found: Found[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = 0; k + 1 < found.length; k++) {
      const a = found[k] as Found;
      const b = found[k + 1] as Found;
      if (!coordinated(doc, a, b)) continue;
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        if (from.status !== "taken") continue;
        if (to.cue === undefined && from.cue !== undefined) {
          to.cue = from.cue;
          changed = true;
        }
        if (to.status !== "pending") continue;
        const senses = vouched(doc, to);
        if (senses.length === 0) continue;
        to.status = "taken";
        to.senses = senses;
        changed = true;
      }
    }
  }
}
