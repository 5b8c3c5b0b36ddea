import type { PermalinkState, View } from "../core/permalink.ts";

/**
 * How the link in the address bar follows the view without flooding the browser's history.
 * Mobile Safari throws after 100 pushState/replaceState calls in 30 s (Chrome throttles too), so:
 *   - a map move replaces the current entry, at most once per `interval` (the last move wins);
 *   - a discrete choice (a source, the selection, the panel, the language, the base layer)
 *     pushes a new entry, so Back undoes it;
 *   - a date change pushes too, but date changes in quick succession (dragging the slider,
 *     playing the timeline) become one entry, replaced as the date moves on;
 *   - whatever happens, no more than `budget` writes in `window`: past it, writes wait.
 * Pure: the caller passes the time and carries out the decision.
 */

export type ChangeKind = "move" | "scrub" | "choice";

export type HistoryWrite =
  /** Push a new entry; when `flush`, first replace the current one with the state before the
   * change, so a move that was still waiting is not lost from the entry Back returns to. */
  | { readonly kind: "push"; readonly flush: boolean }
  | { readonly kind: "replace" }
  /** Replace at time `at` (call `due` then); a write is already waiting when `kind` is "wait". */
  | { readonly kind: "later"; readonly at: number }
  | { readonly kind: "wait" };

export interface PacerLimits {
  readonly interval: number;
  readonly scrubMerge: number;
  readonly window: number;
  readonly budget: number;
}

export const DEFAULT_LIMITS: PacerLimits = {
  interval: 300,
  // Longer than the timeline's play step (900 ms), so playing makes one entry, not thirty.
  scrubMerge: 1000,
  window: 30_000,
  // Safari's limit is 100; the rest is headroom for the replaces that a navigation makes.
  budget: 80,
};

export interface HistoryPacer {
  decide(kind: ChangeKind, now: number): HistoryWrite;
  /** The time a "later" decision named has come: replace now, or later still. */
  due(now: number): HistoryWrite;
  /** Back/Forward or an edited link: whatever was waiting is for a view no longer shown. */
  reset(): void;
}

export function createHistoryPacer(limits: PacerLimits = DEFAULT_LIMITS): HistoryPacer {
  const writes: number[] = [];
  let lastWrite = Number.NEGATIVE_INFINITY;
  let pendingAt: number | null = null;
  let lastScrub: number | null = null;

  const record = (now: number, count: number): void => {
    for (let i = 0; i < count; i++) writes.push(now);
    lastWrite = now;
  };
  const prune = (now: number): void => {
    while (writes.length > 0 && (writes[0] as number) <= now - limits.window) writes.shift();
  };
  const replace = (now: number): HistoryWrite => {
    if (pendingAt !== null) return { kind: "wait" };
    const budgetFreeAt = writes.length < limits.budget ? now : (writes[writes.length - limits.budget] as number) + limits.window;
    const at = Math.max(now, lastWrite + limits.interval, budgetFreeAt);
    if (at <= now) {
      record(now, 1);
      return { kind: "replace" };
    }
    pendingAt = at;
    return { kind: "later", at };
  };
  const push = (now: number): HistoryWrite => {
    const flush = pendingAt !== null;
    if (writes.length + (flush ? 2 : 1) > limits.budget) return replace(now); // the step is lost, the link still follows
    pendingAt = null;
    record(now, flush ? 2 : 1);
    return { kind: "push", flush };
  };

  return {
    decide(kind, now) {
      prune(now);
      switch (kind) {
        case "move":
          return replace(now);
        case "scrub": {
          const merge = lastScrub !== null && now - lastScrub < limits.scrubMerge;
          lastScrub = now;
          return merge ? replace(now) : push(now);
        }
        case "choice":
          lastScrub = null;
          return push(now);
      }
    },
    due(now) {
      prune(now);
      pendingAt = null;
      return replace(now);
    },
    reset() {
      pendingAt = null;
      lastScrub = null;
    },
  };
}

/** What kind of change turned `prev` into `next`, or null when the link would not change. */
export function changeKind(prev: PermalinkState, next: PermalinkState): ChangeKind | null {
  const choice =
    prev.sources.join(",") !== next.sources.join(",") ||
    selectionKey(prev) !== selectionKey(next) ||
    prev.panel !== next.panel ||
    prev.language !== next.language ||
    prev.base !== next.base;
  if (choice) return "choice";
  if (prev.date !== next.date) return "scrub";
  return sameView(prev.view, next.view) ? null : "move";
}

function selectionKey(s: PermalinkState): string {
  return s.selection === null ? "" : `${s.selection.kind}:${s.selection.id}`;
}

function sameView(a: View, b: View): boolean {
  return a.zoom === b.zoom && a.lat === b.lat && a.lon === b.lon;
}
