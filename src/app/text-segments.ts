/**
 * Cuts a text into runs by highlighted spans, for the reader: each run knows which spans cover
 * it, so overlapping evidence (two claims in one sentence) stays clickable for both. Spans that
 * fall outside the text are clipped; empty ones are ignored.
 */
export interface Span {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  /** Ids of the spans covering the run, in the order the spans were given; empty = plain text. */
  readonly ids: readonly string[];
}

export function segmentText(length: number, spans: readonly Span[]): Run[] {
  const clipped = spans
    .map((s) => ({ id: s.id, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.start < s.end);
  const cuts = new Set<number>([0, length]);
  for (const s of clipped) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (start === end) continue;
    runs.push({ start, end, ids: clipped.filter((s) => s.start <= start && s.end >= end).map((s) => s.id) });
  }
  return runs;
}
