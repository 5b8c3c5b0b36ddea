/**
 * Which place labels to show, and on which side of their point, so that none overlap: greedy by
 * priority, as map renderers place point labels. Each label offers positions in order of
 * preference (right of the point, then left); it takes the first that is free, or is hidden (its
 * marker stays, with the name in its title). Boxes are in screen pixels.
 */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelCandidate {
  readonly id: string;
  /** Positions to try, best first; all of the label's size. */
  readonly positions: readonly Box[];
  /** Higher first. */
  readonly priority: number;
}

/** Pixels kept free between two labels, so that neighbours do not read as one name. */
const GAP = 3;

/**
 * Returns, per shown label, the index of the position it took. `obstacles` (the markers
 * themselves) are never hidden and no label may cover them; they may overlap one another.
 */
export function placeLabels(labels: readonly LabelCandidate[], obstacles: readonly Box[] = []): Map<string, number> {
  const ordered = [...labels].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const taken: Box[] = [...obstacles];
  const shown = new Map<string, number>();
  for (const label of ordered) {
    const index = label.positions.findIndex((box) => !taken.some((t) => overlaps(t, box)));
    if (index < 0) continue;
    taken.push(label.positions[index] as Box);
    shown.set(label.id, index);
  }
  return shown;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
}
