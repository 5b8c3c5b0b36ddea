import type { Token } from "../text/tokenize.ts";
import type { ActorId } from "../types.ts";
import type { ActorSite } from "./claim-sentence.ts";
import { wordSet } from "./claim-sentence.ts";
import type { Doc } from "./document.ts";

/**
 * A bare "القوات" / "الوحدات" (no side in the noun phrase: not "قوات الوفاق", not "القوات
 * التركية") is the forces the report is about: news copy names a side once and then calls it
 * "القوات" ("وأضاف المركز أن القوات بسطت سيطرتها"). It is no actor mention (the gold leaves
 * it out), but it is the subject of a claim: here it stands for the side last named as a
 * subject, in this sentence or the two before it, else the side the article names most.
 */
const BARE_FORCES = wordSet(["القوات", "الوحدات"]);
/** "القوات" is an army's word: the GNA's or the LNA's, never ISIS ("عناصر التنظيم"). */
const STATE_SIDES: ReadonlySet<ActorId> = new Set<ActorId>(["GNA", "LNA"]);
/** How many sentences back the side "القوات" continues may have been named. */
const REACH_SENTENCES = 2;

function bareForcesAt(doc: Doc, i: number): boolean {
  const tok = doc.tokens[i] as Token;
  if (!tok.text.endsWith("ات")) return false;
  const bare = tok.text.replace(/^[وف]/, "");
  if (!BARE_FORCES.has(bare)) return false;
  // "القوات الأجنبية", "القوات المهاجمة": an adjective says which forces; not the article's own.
  const next = doc.tokens[i + 1];
  return next === undefined || !next.text.startsWith("ال") || !/^\s+$/.test(doc.norm.text.slice(tok.end, next.start));
}

/** Sites for bare "القوات" tokens not already inside a mention, merged into `sites` (sorted by `first`). */
export function withOwnForces(doc: Doc, sites: readonly ActorSite[], covered: Uint8Array, isOblique: (i: number) => boolean): ActorSite[] {
  const counts = new Map<ActorId, number>();
  for (const s of sites) if (STATE_SIDES.has(s.actor)) counts.set(s.actor, (counts.get(s.actor) ?? 0) + 1);
  let main: ActorId | undefined;
  for (const [actor, n] of counts) if (main === undefined || n > (counts.get(main) ?? 0)) main = actor;
  const added: ActorSite[] = [];
  let k = 0;
  let s = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (covered[i] === 1 || !bareForcesAt(doc, i)) continue;
    while (s + 1 < doc.sentences.length && (doc.sentenceTokenStart[s + 1] as number) <= i) s++;
    const reachFrom = doc.sentenceTokenStart[Math.max(0, s - REACH_SENTENCES)] as number;
    while (k < sites.length && (sites[k] as ActorSite).first < i) k++;
    let side: ActorId | undefined;
    for (let j = k - 1; j >= 0 && side === undefined; j--) {
      const a = sites[j] as ActorSite;
      if (a.first < reachFrom) break;
      if (!a.oblique && STATE_SIDES.has(a.actor)) side = a.actor;
    }
    side ??= main;
    if (side === undefined) continue;
    added.push({ first: i, next: i + 1, actor: side, oblique: isOblique(i) });
  }
  if (added.length === 0) return [...sites];
  return [...sites, ...added].sort((a, b) => a.first - b.first);
}
