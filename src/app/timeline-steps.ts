import { addDays, daysBetween } from "../core/extract/iso-day.ts";

/** The date one step back or forward: the previous or next date on which some claim is dated. */
export function stepDate(eventDates: readonly string[], date: string, direction: -1 | 1): string | null {
  if (direction === 1) return eventDates.find((d) => d > date) ?? null;
  for (let i = eventDates.length - 1; i >= 0; i--) if ((eventDates[i] as string) < date) return eventDates[i] as string;
  return null;
}

/** The slider counts days from the span's first day. */
export function dayIndex(from: string, date: string): number {
  return daysBetween(from, date);
}

export function dateAtIndex(from: string, index: number): string {
  return addDays(from, index);
}
