import { describe, expect, it } from "vitest";
import { changeKind, createHistoryPacer, DEFAULT_LIMITS } from "../../src/app/url-history-pacer.ts";
import type { PermalinkState } from "../../src/core/permalink.ts";

const base: PermalinkState = {
  view: { zoom: 6, lat: 27, lon: 17 },
  sources: ["a", "b"],
  date: "2020-06-06",
  selection: null,
  panel: null,
  language: "en",
  base: "offline",
};

describe("what kind of change a new view is", () => {
  it("calls a map move a move, a date change a scrub and anything else a choice", () => {
    expect(changeKind(base, { ...base, view: { zoom: 7, lat: 27, lon: 17 } })).toBe("move");
    expect(changeKind(base, { ...base, date: "2020-06-01" })).toBe("scrub");
    expect(changeKind(base, { ...base, sources: ["a"] })).toBe("choice");
    expect(changeKind(base, { ...base, selection: { kind: "place", id: "p1" } })).toBe("choice");
    expect(changeKind(base, { ...base, panel: "reader" })).toBe("choice");
    expect(changeKind(base, { ...base, language: "ar" })).toBe("choice");
    expect(changeKind(base, { ...base, base: "osm" })).toBe("choice");
    expect(changeKind(base, { ...base, date: "2020-06-01", view: { zoom: 7, lat: 1, lon: 1 }, panel: "list" })).toBe("choice");
  });

  it("sees no change when only the objects are new", () => {
    expect(changeKind(base, { ...base, sources: ["a", "b"], view: { ...base.view }, selection: null })).toBeNull();
    const sel = { ...base, selection: { kind: "claim", id: "c1" } } as const;
    expect(changeKind(sel, { ...sel, selection: { kind: "claim", id: "c1" } })).toBeNull();
  });
});

describe("the history pacer", () => {
  it("replaces at most once per 300 ms while the map moves, the last move written after the pause", () => {
    const pacer = createHistoryPacer();
    expect(pacer.decide("move", 0)).toEqual({ kind: "replace" });
    expect(pacer.decide("move", 100)).toEqual({ kind: "later", at: 300 });
    expect(pacer.decide("move", 200)).toEqual({ kind: "wait" });
    expect(pacer.due(300)).toEqual({ kind: "replace" });
    expect(pacer.decide("move", 650)).toEqual({ kind: "replace" });
  });

  it("pushes a choice at once, first flushing a move still waiting", () => {
    const pacer = createHistoryPacer();
    expect(pacer.decide("move", 0)).toEqual({ kind: "replace" });
    expect(pacer.decide("move", 50)).toEqual({ kind: "later", at: 300 });
    expect(pacer.decide("choice", 60)).toEqual({ kind: "push", flush: true });
    expect(pacer.decide("choice", 70)).toEqual({ kind: "push", flush: false });
  });

  it("makes one history entry of a run of date changes, and a new one after a pause", () => {
    const pacer = createHistoryPacer();
    expect(pacer.decide("scrub", 0)).toEqual({ kind: "push", flush: false });
    expect(pacer.decide("scrub", 900)).toEqual({ kind: "replace" });
    expect(pacer.decide("scrub", 1800)).toEqual({ kind: "replace" });
    expect(pacer.decide("scrub", 3000)).toEqual({ kind: "push", flush: false });
    expect(pacer.decide("choice", 3100)).toEqual({ kind: "push", flush: false });
    expect(pacer.decide("scrub", 3200)).toEqual({ kind: "push", flush: false });
  });

  it("never writes more than its budget in 30 s, however fast the changes come", () => {
    const pacer = createHistoryPacer();
    const writes: number[] = [];
    let dueAt: number | null = null;
    for (let t = 0; t < 120_000; t += 50) {
      if (dueAt !== null && t >= dueAt) {
        const d = pacer.due(t);
        dueAt = null;
        if (d.kind === "replace") writes.push(t);
        if (d.kind === "later") dueAt = d.at;
      }
      const d = pacer.decide(t % 200 === 0 ? "choice" : "move", t);
      if (d.kind === "push") writes.push(...(d.flush ? [t, t] : [t]));
      if (d.kind === "replace") writes.push(t);
      if (d.kind === "later") dueAt = d.at;
    }
    const most = Math.max(...writes.map((t) => writes.filter((u) => u > t - 30_000 && u <= t).length));
    expect(most).toBeLessThanOrEqual(DEFAULT_LIMITS.budget);
    expect(most).toBeGreaterThan(DEFAULT_LIMITS.budget / 2);
  });

  it("forgets a waiting write after Back or Forward", () => {
    const pacer = createHistoryPacer();
    pacer.decide("move", 0);
    expect(pacer.decide("move", 10)).toEqual({ kind: "later", at: 300 });
    pacer.reset();
    expect(pacer.decide("move", 20)).toEqual({ kind: "later", at: 300 });
  });
});
