/**
 * A short id that stays the same for the same claim in the same text, so permalinks and
 * disagreement links survive re-extraction: 32-bit FNV-1a over the identifying fields, base36.
 */
export function claimId(parts: readonly (string | number)[]): string {
  let h = 0x811c9dc5;
  const s = parts.join("|");
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `c${h.toString(36)}`;
}
