import { normalize } from "../text/normalize.ts";
import type { Lean } from "../types.ts";

/**
 * Loaded words of the Libyan war's two camps, in normalised form. How each is read:
 * - `fixed`: the word favours one camp whoever it is said of ("المشير" pro-LNA, "اللواء
 *   المتقاعد" pro-GNA, "الحكومة الشرعية" pro-GNA, "فاقدة للشرعية" pro-LNA).
 * - `against`: a slur that favours the side opposed to the one it is aimed at; the target is
 *   the side named next to it ("مرتزقة حفتر", "مليشيات حفتر الإرهابية"), else `fallback`
 *   (the camp that usually aims it: "الإرهابيين" comes from pro-LNA copy).
 * - `doer`: favours the side said to do it ("تحرير" by X favours X).
 */
export type MarkerRule =
  | { readonly kind: "fixed"; readonly favours: Lean }
  | { readonly kind: "against"; readonly fallback: Lean }
  | { readonly kind: "doer" };

export interface MarkerWord {
  readonly tokens: readonly string[];
  /** As spelt in the list (for display: "الحكومة الشرعية", not its normalised key). */
  readonly word: string;
  readonly rule: MarkerRule;
}

const fixed = (favours: Lean): MarkerRule => ({ kind: "fixed", favours });
const against = (fallback: Lean): MarkerRule => ({ kind: "against", fallback });

const RAW: readonly (readonly [string, MarkerRule])[] = [
  ["المشير", fixed("pro-LNA")],
  ["اللواء المتقاعد", fixed("pro-GNA")],
  ["الانقلابي", fixed("pro-GNA")],
  ["الانقلاب", fixed("pro-GNA")],
  ["المتمردين", fixed("pro-GNA")],
  ["المتمرد", fixed("pro-GNA")],
  ["التمرد", fixed("pro-GNA")],
  ["مجرم الحرب", fixed("pro-GNA")],
  ["العدوان", against("pro-GNA")],
  ["الحكومة الشرعية", fixed("pro-GNA")],
  ["المعترف بها دوليا", fixed("pro-GNA")],
  ["فاقدة للشرعية", fixed("pro-LNA")],
  ["الغزو التركي", fixed("pro-LNA")],
  ["الاحتلال التركي", fixed("pro-LNA")],
  ["العثماني", fixed("pro-LNA")],
  ["الإرهابيين", against("pro-LNA")],
  ["الإرهابية", against("pro-LNA")],
  ["الجماعات الإرهابية", against("pro-LNA")],
  ["المجموعات الإرهابية", against("pro-LNA")],
  ["الجماعات المتطرفة", against("pro-LNA")],
  ["الجماعات الإسلامية المتطرفة", against("pro-LNA")],
  ["الإخوان", fixed("pro-LNA")],
  ["الخوارج", fixed("pro-LNA")],
  ["مرتزقة", against("unknown")],
  ["المرتزقة", against("unknown")],
  ["مرتزقته", against("unknown")],
  ["زعمت", against("unknown")],
  ["زعم", against("unknown")],
  ["يزعم", against("unknown")],
  ["تزعم", against("unknown")],
  ["ادعت", against("unknown")],
  ["ادعى", against("unknown")],
  ["تحرير", { kind: "doer" }],
  ["حرر", { kind: "doer" }],
  ["حررت", { kind: "doer" }],
];

function build(): ReadonlyMap<string, readonly MarkerWord[]> {
  const m = new Map<string, MarkerWord[]>();
  for (const [raw, rule] of RAW) {
    const tokens = normalize(raw).split(" ");
    const list = m.get(tokens[0] as string) ?? [];
    list.push({ tokens, word: raw, rule });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    m.set(tokens[0] as string, list);
  }
  return m;
}

export const MARKERS_BY_FIRST_TOKEN = build();
