/**
 * A small stand-in for the toponym finder: the claim tests must not depend on the real
 * gazetteer, only on places being found. Names are matched token by token, clitics allowed.
 */
import { findActorMentions } from "../../../src/core/extract/actors.ts";
import { type ClaimContext, extractClaims } from "../../../src/core/extract/claims.ts";
import { stemReadings } from "../../../src/core/extract/clitic-stems.ts";
import { type Doc, evidenceOf, prepareDocument } from "../../../src/core/extract/document.ts";
import { normalize } from "../../../src/core/text/normalize.ts";
import type { Claim, DateMention, Lean, PlaceMention } from "../../../src/core/types.ts";

export const PLACES: Readonly<Record<string, string>> = {
  سرت: "sirte",
  مصراتة: "misrata",
  طرابلس: "tripoli",
  بنغازي: "benghazi",
  غريان: "gharyan",
  درنة: "derna",
  سبها: "sabha",
  "قاعدة الوطية": "watiya",
  الوطية: "watiya",
  ترهونة: "tarhuna",
  أجدابيا: "ajdabiya",
  البريقة: "brega",
  الجفرة: "jufra",
  "قاعدة الجفرة": "jufra-base",
  الوشكة: "washka",
  "أبوقرين": "abu-qurain",
  "بني وليد": "bani-walid",
  "الهلال النفطي": "oil-crescent",
  "وادي بي": "wadi-bey",
  "بوابة 70": "gate-70",
  القداحية: "qaddahiya",
  الهيشة: "hisha",
  "حي الزهور": "zuhur",
  "قنفودة": "ganfouda",
  "الصابري": "sabri",
  "العزيزية": "aziziya",
  "صبراتة": "sabratha",
  "الأصابعة": "asabaa",
  "مرزق": "murzuq",
  "ليبيا": "libya",
  "الكفرة": "kufra",
  "الزاوية": "zawiya",
  "راس لانوف": "ras-lanuf",
  "السدرة": "sidra",
};

const BY_TOKENS = Object.entries(PLACES).map(([name, id]) => ({ tokens: normalize(name).split(" "), id }));

export function fixturePlaces(doc: Doc): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    const tok = doc.tokens[i]!;
    let best: { next: number; id: string; prefix: number } | undefined;
    for (const r of stemReadings(tok.text)) {
      for (const p of BY_TOKENS) {
        if (p.tokens[0] !== r.stem) continue;
        let ok = true;
        for (let k = 1; k < p.tokens.length && ok; k++) ok = doc.tokens[i + k]?.text === p.tokens[k];
        if (ok && (best === undefined || i + p.tokens.length > best.next)) best = { next: i + p.tokens.length, id: p.id, prefix: r.prefix.length };
      }
    }
    if (best === undefined) continue;
    const last = doc.tokens[best.next - 1]!;
    out.push({ status: "resolved", evidence: evidenceOf(doc, tok.start + best.prefix, last.end), placeId: best.id, alternatives: [], reason: "fixture" });
    i = best.next - 1;
  }
  return out;
}

export const PUBLISHED = { iso: "2020-06-06", precision: "day" } as const;

export function claimsOf(text: string, options: { lean?: Lean; dates?: readonly DateMention[] } = {}): Claim[] {
  const doc = prepareDocument(text);
  const ctx: ClaimContext = {
    articleId: "a1",
    sourceId: "src",
    published: PUBLISHED,
    places: fixturePlaces(doc),
    actors: findActorMentions(doc, options.lean ?? "unknown"),
    dates: options.dates ?? [],
  };
  return extractClaims(doc, ctx);
}

/** A claim in one line, for readable assertions: "LNA captured sirte asserted outlet". */
export function brief(c: Claim): string {
  return [c.actor, c.action, c.placeIds.join("+"), c.modality, c.attribution.speaker].join(" ") + (c.means ? ` ${c.means}` : "") + (c.attribution.distanced ? " distanced" : "");
}

export function briefs(text: string, options: { lean?: Lean } = {}): string[] {
  return claimsOf(text, options).map(brief);
}
