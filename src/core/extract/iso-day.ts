/**
 * Calendar arithmetic on ISO `yyyy-mm-dd` strings, in UTC so that no time zone or daylight
 * saving shift can move a day. Days are counted from the Unix epoch.
 */

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date (only the first ten characters are read). */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return isoOfDay(dayNumber(iso) + n);
}

/** 0 = Sunday … 6 = Saturday, as `Date.getUTCDay`. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when the day exists (no 31 April, 29 February only in leap years). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}
