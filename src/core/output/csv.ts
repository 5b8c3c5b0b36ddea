import type { ExtractionDocument } from "./extraction-document.ts";

/**
 * Claims as CSV in the column style analysts know from ACLED exports, one row per claim.
 * Cells are quoted per RFC 4180, and a cell that a spreadsheet would run as a formula
 * (leading = + - @ tab or CR) is prefixed with a quote mark.
 */

export const CSV_COLUMNS = [
  "event_id",
  "event_date",
  "time_precision",
  "actor1",
  "action",
  "means",
  "location",
  "location_ar",
  "location_id",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_id",
  "status",
  "modality",
  "speaker",
  "notes",
] as const;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(doc: ExtractionDocument): string {
  const sourceName = new Map(doc.sources.map((s) => [s.id, s.name.en]));
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const article of doc.articles) {
    for (const c of article.claims) {
      const [place] = c.places;
      if (!place) continue;
      // ACLED geo precision: 1 = the town itself, 2 = near/part of it, 3 = a larger area.
      const geoPrecision = place.kind === "region" || place.kind === "wadi" ? 3 : place.kind === "city" || place.kind === "town" || place.kind === "village" ? 1 : 2;
      rows.push(
        [
          c.id,
          c.time.iso,
          c.time.precision,
          c.actor,
          c.action,
          c.means ?? "",
          place.en,
          place.ar,
          place.id,
          place.lat.toFixed(5),
          place.lon.toFixed(5),
          geoPrecision,
          sourceName.get(article.sourceId) ?? article.sourceId,
          article.sourceId,
          c.status,
          c.modality,
          c.attribution.speaker,
          c.evidence.text,
        ]
          .map(cell)
          .join(","),
      );
    }
  }
  return `${rows.join("\r\n")}\r\n`;
}
