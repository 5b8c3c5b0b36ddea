import { describe, expect, it } from "vitest";
import { createAppStore, viewStateOf } from "../../src/state/store.ts";
import type { PermalinkState } from "../../src/core/permalink.ts";

const sources = ["doualia", "aljazeera", "alarabiya"];
const initial: PermalinkState = {
  view: { zoom: 6, lat: 27, lon: 17 },
  sources: [...sources],
  date: "2020-06-06",
  selection: null,
  panel: null,
  language: "en",
  base: "offline",
};

describe("app store", () => {
  it("toggles a source off and on again, keeping the manifest order", () => {
    const store = createAppStore(initial, sources);
    store.getState().toggleSource("doualia");
    expect(store.getState().sources).toEqual(["aljazeera", "alarabiya"]);
    store.getState().toggleSource("doualia");
    expect(store.getState().sources).toEqual(sources);
  });

  it("ignores a source id it does not know, even one named __proto__", () => {
    const store = createAppStore(initial, sources);
    store.getState().toggleSource("__proto__");
    store.getState().showOnlySource("constructor");
    expect(store.getState().sources).toEqual(sources);
  });

  it("shows only one source, then all", () => {
    const store = createAppStore(initial, sources);
    store.getState().showOnlySource("aljazeera");
    expect(store.getState().sources).toEqual(["aljazeera"]);
    store.getState().showAllSources();
    expect(store.getState().sources).toEqual(sources);
  });

  it("notifies subscribers and lets them unsubscribe", () => {
    const store = createAppStore(initial, sources);
    const seen: string[] = [];
    const off = store.subscribe((s) => seen.push(s.date));
    store.getState().setDate("2020-01-10");
    off();
    store.getState().setDate("2020-01-11");
    expect(seen).toEqual(["2020-01-10"]);
  });

  it("restores a whole view and hands back plain data for a permalink", () => {
    const store = createAppStore(initial, sources);
    const next: PermalinkState = { ...initial, language: "ar", panel: "reader", selection: { kind: "place", id: "osm-n1" } };
    store.getState().restore(next);
    expect(viewStateOf(store.getState())).toEqual(next);
  });

  it("selects and opens a panel in a single change", () => {
    const store = createAppStore(initial, sources);
    const seen: unknown[] = [];
    const off = store.subscribe((s) => seen.push([s.selection, s.panel]));
    store.getState().focus({ kind: "claim", id: "c1" }, "reader");
    off();
    expect(seen).toEqual([[{ kind: "claim", id: "c1" }, "reader"]]);
  });
});
