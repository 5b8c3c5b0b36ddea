/**
 * Which place names win when labels would overlap: bigger kinds of place first, then the ones
 * the sources disagree on, then the ones more sources speak of.
 */
const KIND_RANK: Readonly<Record<string, number>> = {
  city: 6,
  region: 5,
  town: 4,
  airbase: 4,
  airport: 4,
  "oil-terminal": 3,
  "military-base": 3,
  port: 3,
  village: 2,
  district: 2,
  gate: 1,
};

export function placePriority(kind: string, contested: boolean, sourceCount: number): number {
  return (KIND_RANK[kind] ?? 0) * 100 + (contested ? 50 : 0) + sourceCount;
}
