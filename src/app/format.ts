import type { MeasurementOut, PlaceRef } from "../core/output/extraction-document.ts";
import type { Language } from "../core/permalink.ts";
import type { DateValue } from "../core/types.ts";
import { STRINGS } from "./i18n.ts";

/** "11 Jan 2020", "about 11 Jan 2020", "Apr 2019", "2016": the date as precise as the text. */
export function formatDate(value: DateValue, language: Language): string {
  const s = STRINGS[language];
  const [y, m, d] = value.iso.split("-").map(Number) as [number, number, number];
  const month = s.months[m - 1] ?? "";
  switch (value.precision) {
    case "day":
      return `${d} ${month} ${y}`;
    case "approximate":
      return s.about(`${d} ${month} ${y}`);
    case "month":
      return `${month} ${y}`;
    case "year":
      return String(y);
  }
}

/** A plain ISO day, as the timeline shows it. */
export function formatDay(iso: string, language: Language): string {
  return formatDate({ iso, precision: "day" }, language);
}

export function formatAge(days: number, language: Language): string {
  const s = STRINGS[language];
  return days <= 0 ? s.sameDay : s.daysOld(days);
}

export function placeName(place: Pick<PlaceRef, "ar" | "en">, language: Language): string {
  return language === "ar" ? place.ar || place.en : place.en || place.ar;
}

const round = (x: number): string => String(Math.round(x));

/**
 * One line per measurement: "stated 450 km E · straight line 372 km SE · ×1.21 · road-consistent ·
 * direction consistent"; a ring or an unverifiable statement says what it is.
 */
export function measurementLabel(m: MeasurementOut, language: Language, placeOf: (id: string) => PlaceRef | undefined): string {
  const s = STRINGS[language];
  const v = m.verdict;
  switch (v.kind) {
    case "unverifiable":
      return s.notChecked(v.why);
    case "ring": {
      const centre = placeOf(v.centerPlaceId) ?? m.reference;
      return s.ringAround(Math.round(v.radiusKm), centre ? placeName(centre, language) : "?");
    }
    case "checked": {
      const statedDirection = m.stated.direction !== null && m.stated.direction in s.compass ? s.compass[m.stated.direction as keyof typeof s.compass] : null;
      const stated = [m.stated.km !== null ? s.km(round(m.stated.km)) : null, statedDirection].filter((x) => x !== null).join(" ");
      const parts = [`${s.stated} ${stated}`];
      if (m.stated.km !== null) parts.push(`${s.straightLine} ${s.km(round(v.measuredKm))}`);
      else parts.push(`${s.bearing} ${s.compass[v.measuredDirection]} (${round(v.bearingDeg)}°)`);
      if (v.ratio !== undefined) parts.push(`×${v.ratio.toFixed(2)}`);
      if (v.distance !== undefined) parts.push(s.distanceClasses[v.distance]);
      if (v.direction !== undefined) parts.push(s.directionClasses[v.direction]);
      return parts.join(" · ");
    }
  }
}
