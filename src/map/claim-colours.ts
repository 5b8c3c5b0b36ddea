import type { Holder, SourceReading } from "../app/source-reading.ts";

/**
 * Fills say who holds a place; rings say which source says so. The holder colours are the only
 * saturated fills on the map; source rings come from a separate palette that avoids them.
 */
export const HOLDER_COLOURS: Readonly<Record<Holder, string>> = {
  GNA: "#2b73b3",
  LNA: "#c8571b",
  ISIS: "#222222",
  unknown: "#9a9a9a",
};

const SOURCE_KEYS = ["#7b3294", "#1b9e77", "#d4a017", "#e7298a", "#66a61e", "#8c6d31", "#5e5e5e", "#35b6c4"] as const;

/** A source's key colour, by its position in the document: stable while the data is. */
export function sourceKeyColour(index: number): string {
  return SOURCE_KEYS[index % SOURCE_KEYS.length] as string;
}

export const CONTESTED_COLOUR = "#b3122e";

/** The CSS background of a marker: a holder's colour, halves for two, a slash for "left". */
export function readingBackground(reading: SourceReading): string {
  if (reading.kind === "holds") {
    const colours = reading.holders.map((h) => HOLDER_COLOURS[h]);
    if (colours.length === 1) return colours[0] as string;
    const step = 100 / colours.length;
    return `linear-gradient(90deg, ${colours.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`).join(", ")})`;
  }
  const c = HOLDER_COLOURS[reading.leavers[0]];
  return `linear-gradient(135deg, #ffffff 38%, ${c} 38% 62%, #ffffff 62%)`;
}
