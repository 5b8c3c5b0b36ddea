/**
 * Country nisba words ("اللبناني", "الليبية", "التونسيين"): country context without a place
 * name, and the qualifier in "طرابلس اللبنانية".
 */
import { normalize } from "../text/normalize.ts";
import type { Doc } from "./document.ts";
import { onlySpaceBetween } from "./toponym-match.ts";

/** Country adjectives (nisba) after a name: "طرابلس اللبنانية" is in Lebanon. */
const NISBA_COUNTRY: ReadonlyMap<string, string> = (() => {
  const rows: readonly [string, string][] = [
    ["ليبي", "LY"],
    ["لبناني", "LB"],
    ["يمني", "YE"],
    ["تونسي", "TN"],
    ["مصري", "EG"],
    ["سوري", "SY"],
    ["تركي", "TR"],
    ["جزائري", "DZ"],
    ["سوداني", "SD"],
    ["تشادي", "TD"],
    ["نيجري", "NE"],
    ["عراقي", "IQ"],
    ["إماراتي", "AE"],
    ["قطري", "QA"],
    ["روسي", "RU"],
    ["إيطالي", "IT"],
    ["فرنسي", "FR"],
    ["مغربي", "MA"],
  ];
  const table = new Map<string, string>();
  for (const [stem, iso] of rows) {
    const s = normalize(stem);
    for (const form of [s, `${s}ه`, `${s}ين`, `${s}ون`]) {
      table.set(form, iso);
      table.set(`ال${form}`, iso);
    }
  }
  return table;
})();

/** The ISO country a nisba adjective or noun names ("اللبناني", "الليبيين"), if the word is one. */
export function nisbaCountryOf(word: string): string | undefined {
  return NISBA_COUNTRY.get(word);
}

/** The country a nisba adjective right after the name points to ("طرابلس اللبنانية" → "LB"). */
export function nisbaCountryAfter(doc: Doc, last: number, sentenceEnd: number): string | undefined {
  const cur = doc.tokens[last];
  const next = doc.tokens[last + 1];
  if (cur === undefined || next === undefined || last + 1 >= sentenceEnd) return undefined;
  if (!onlySpaceBetween(doc.norm.text, cur.end, next.start)) return undefined;
  return NISBA_COUNTRY.get(next.text);
}
