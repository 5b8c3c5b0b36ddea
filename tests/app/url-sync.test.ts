import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AddressBar, mountUrlSync, type UrlSyncOptions, withinHalfPixel } from "../../src/app/url-sync.ts";
import type { PermalinkContext, PermalinkState, View } from "../../src/core/permalink.ts";
import { createAppStore, viewStateOf } from "../../src/state/store.ts";

const SOURCES = ["aljazeera", "alarabiya", "doualia"];
const FITTED: View = { zoom: 5.75, lat: 27.2, lon: 17.4 };
const ctx: PermalinkContext = {
  sourceIds: SOURCES,
  hasPlace: (id) => id === "p-sirte",
  hasClaim: (id) => id === "c-1",
  minDate: "2020-01-01",
  maxDate: "2020-06-06",
  defaultView: FITTED,
  minZoom: 4,
  maxZoom: 18,
};
const initial: PermalinkState = { view: FITTED, sources: SOURCES, date: "2020-06-06", selection: null, panel: null, language: "en", base: "offline" };

/** A history of hashes like the browser's: push drops the forward entries, back/forward notify. */
function fakeAddressBar(start = "") {
  const entries = [start];
  let index = 0;
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const bar: AddressBar = {
    hash: () => entries[index] ?? "",
    href: () => `https://example.org/app/${entries[index] ?? ""}`,
    push: (hash) => {
      calls.push(`push ${hash}`);
      entries.splice(index + 1, entries.length, hash);
      index += 1;
    },
    replace: (hash) => {
      calls.push(`replace ${hash}`);
      entries[index] = hash;
    },
    onNavigate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const go = (step: number): void => {
    index += step;
    for (const l of listeners) l();
  };
  const type = (hash: string): void => {
    entries.splice(index + 1, entries.length, hash);
    index += 1;
    for (const l of listeners) l();
  };
  return { bar, entries: () => [...entries], index: () => index, calls, back: () => go(-1), forward: () => go(1), type, listeners };
}

function mount(address: AddressBar, more: Partial<UrlSyncOptions> = {}) {
  const store = createAppStore(initial, SOURCES);
  const shown: View[] = [];
  const notes: (readonly string[])[] = [];
  const sync = mountUrlSync({
    store,
    address,
    context: () => ctx,
    showView: (view) => {
      shown.push(view);
      return view;
    },
    notify: (ignored) => notes.push(ignored),
    now: () => Date.now(),
    ...more,
  });
  return { store, sync, shown, notes };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the link in the address bar", () => {
  it("opens a link's view into the store and moves the map there", () => {
    const address = fakeAddressBar("#v=1&map=8/31.200/16.590&src=alarabiya&date=2020-03-01&sel=c:c-1&panel=reader&lang=ar&base=osm");
    const { store, sync, shown, notes } = mount(address.bar);
    expect(viewStateOf(store.getState())).toEqual({
      view: { zoom: 8, lat: 31.2, lon: 16.59 },
      sources: ["alarabiya"],
      date: "2020-03-01",
      selection: { kind: "claim", id: "c-1" },
      panel: "reader",
      language: "ar",
      base: "osm",
    });
    expect(shown).toEqual([{ zoom: 8, lat: 31.2, lon: 16.59 }]);
    expect(sync.openedWithView).toBe(true);
    expect(notes).toEqual([[]]);
    expect(address.calls).toEqual([]);
  });

  it("leaves a bare address alone and the fitted view where it is", () => {
    const address = fakeAddressBar("");
    const { store, sync, shown } = mount(address.bar);
    expect(viewStateOf(store.getState())).toEqual(initial);
    expect(shown).toEqual([]);
    expect(sync.openedWithView).toBe(false);
    expect(address.calls).toEqual([]);
  });

  it("opens a bad link with defaults, says what was ignored and rewrites the link cleanly", () => {
    const address = fakeAddressBar('#map=99/999/x&src=nope&sel=p:"><img src=x onerror=alert(1)>&date=1999-01-01&evil=1');
    const { store, notes } = mount(address.bar);
    const state = viewStateOf(store.getState());
    expect(state.sources).toEqual([]);
    expect(state.selection).toBeNull();
    expect(state.date).toBe("2020-01-01");
    expect(state.view).toEqual(FITTED);
    expect(notes[0]!.length).toBeGreaterThanOrEqual(4);
    expect(address.entries()).toEqual(["#v=1&map=5.75/27.20/17.40&src=-&date=2020-01-01"]);
    expect(address.calls).toHaveLength(1);
  });

  it("pushes a history entry for each choice and replaces it for map moves, throttled", () => {
    const address = fakeAddressBar("");
    const { store } = mount(address.bar);
    store.getState().toggleSource("doualia");
    store.getState().setView({ zoom: 7, lat: 30, lon: 15 });
    store.getState().setView({ zoom: 7, lat: 30.5, lon: 15 });
    store.getState().setView({ zoom: 8, lat: 30.5, lon: 15.5 });
    expect(address.calls).toEqual(["push #v=1&map=5.75/27.20/17.40&src=aljazeera,alarabiya&date=2020-06-06"]);
    vi.advanceTimersByTime(299);
    expect(address.calls).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(address.calls).toEqual([
      "push #v=1&map=5.75/27.20/17.40&src=aljazeera,alarabiya&date=2020-06-06",
      "replace #v=1&map=8/30.500/15.500&src=aljazeera,alarabiya&date=2020-06-06",
    ]);
    expect(address.entries()).toHaveLength(2);
  });

  it("writes a move that was still waiting into the old entry before pushing a choice", () => {
    const address = fakeAddressBar("");
    const { store } = mount(address.bar);
    store.getState().setView({ zoom: 7, lat: 30, lon: 15 });
    store.getState().setView({ zoom: 9, lat: 31, lon: 16 });
    store.getState().setLanguage("ar");
    expect(address.entries()).toEqual(["#v=1&map=9/31.000/16.000&date=2020-06-06", "#v=1&map=9/31.000/16.000&date=2020-06-06&lang=ar"]);
    vi.advanceTimersByTime(1000);
    expect(address.entries()).toHaveLength(2);
  });

  it("steps Back and Forward through three choices, the store and the map following", () => {
    const address = fakeAddressBar("");
    const { store, shown } = mount(address.bar);
    store.getState().toggleSource("aljazeera");
    store.getState().setDate("2020-03-01");
    store.getState().focus({ kind: "claim", id: "c-1" }, "reader");
    expect(address.entries()).toHaveLength(4);
    const states = [viewStateOf(store.getState())];
    address.back();
    states.push(viewStateOf(store.getState()));
    address.back();
    states.push(viewStateOf(store.getState()));
    address.back();
    states.push(viewStateOf(store.getState()));
    expect(states.map((s) => [s.sources.length, s.date, s.selection?.id ?? null, s.panel])).toEqual([
      [2, "2020-03-01", "c-1", "reader"],
      [2, "2020-03-01", null, null],
      [2, "2020-06-06", null, null],
      [3, "2020-06-06", null, null],
    ]);
    expect(shown.at(-1)).toEqual(FITTED);
    address.forward();
    address.forward();
    address.forward();
    expect(store.getState().selection).toEqual({ kind: "claim", id: "c-1" });
    // Navigating wrote nothing: no entry was added or rewritten.
    expect(address.entries()).toHaveLength(4);
    expect(address.calls.filter((c) => c.startsWith("push"))).toHaveLength(3);
    expect(address.calls.filter((c) => c.startsWith("replace"))).toHaveLength(0);
  });

  it("drops a waiting write after Back, so it cannot overwrite the entry Back went to", () => {
    const address = fakeAddressBar("");
    const { store } = mount(address.bar);
    store.getState().toggleSource("aljazeera");
    store.getState().setView({ zoom: 7, lat: 30, lon: 15 });
    store.getState().setView({ zoom: 8, lat: 30, lon: 15 });
    address.back();
    vi.advanceTimersByTime(1000);
    expect(address.entries()[0]).toBe("");
    expect(store.getState().sources).toEqual(SOURCES);
  });

  it("reads a link typed into the address bar and ignores the echo of its own writes", () => {
    const address = fakeAddressBar("");
    const { store, notes } = mount(address.bar);
    address.type("#v=1&map=7/31.00/16.00&lang=ar&panel=disagreements");
    expect(store.getState().language).toBe("ar");
    expect(store.getState().panel).toBe("disagreements");
    expect(notes).toEqual([[]]);
    for (const l of address.listeners) l();
    expect(notes).toHaveLength(1);
  });

  it("selects a place only the gazetteer knows once it has loaded, if nothing else was chosen", async () => {
    const address = fakeAddressBar("#v=1&map=7/31.00/16.00&sel=p:osm-n42&panel=claims");
    let answer: (known: boolean) => void = () => {};
    const { store, notes } = mount(address.bar, { placeKnownLater: () => new Promise((done) => (answer = done)) });
    expect(store.getState().selection).toBeNull();
    expect(notes).toEqual([[]]);
    answer(true);
    await vi.runAllTimersAsync();
    expect(store.getState().selection).toEqual({ kind: "place", id: "osm-n42" });
    expect(address.entries()).toEqual(["#v=1&map=7/31.000/16.000&date=2020-06-06&sel=p:osm-n42&panel=claims"]);
  });

  it("says so when the gazetteer does not know the linked place either", async () => {
    const address = fakeAddressBar("#v=1&sel=p:osm-n42");
    const { store, notes } = mount(address.bar, { placeKnownLater: async () => false });
    await vi.runAllTimersAsync();
    expect(store.getState().selection).toBeNull();
    expect(notes.at(-1)).toEqual(['the selected place "osm-n42" is not in the data']);
  });

  it("copies the view shown now even while the address bar is still catching up", () => {
    const address = fakeAddressBar("");
    const { store, sync } = mount(address.bar);
    store.getState().setView({ zoom: 7, lat: 30, lon: 15 });
    store.getState().setView({ zoom: 9, lat: 31, lon: 16 });
    expect(sync.currentLink()).toBe("https://example.org/app/#v=1&map=9/31.000/16.000&date=2020-06-06");
  });

  it("stops writing and listening once unmounted", () => {
    const address = fakeAddressBar("");
    const { store, sync } = mount(address.bar);
    sync.unmount();
    store.getState().toggleSource("aljazeera");
    vi.advanceTimersByTime(1000);
    expect(address.calls).toEqual([]);
    expect(address.listeners.size).toBe(0);
  });
});

describe("telling a move from the map settling", () => {
  it("takes centres less than half a pixel apart at the same zoom for the same view", () => {
    const at7 = { zoom: 7, lat: 31.05, lon: 16.4 };
    // One pixel at zoom 7 is 360 / 32768 ≈ 0.011° of longitude.
    expect(withinHalfPixel(at7, { zoom: 7, lat: 31.0482, lon: 16.4026 })).toBe(true);
    expect(withinHalfPixel(at7, { zoom: 7, lat: 31.05, lon: 16.41 })).toBe(false);
    expect(withinHalfPixel(at7, { zoom: 8, lat: 31.05, lon: 16.4 })).toBe(false);
  });

  it("does not rewrite the link when the map only settles by a fraction of a pixel", () => {
    const address = fakeAddressBar("#v=1&map=7/31.050/16.400&date=2020-06-06");
    const { store } = mount(address.bar);
    store.getState().setView({ zoom: 7, lat: 31.0482, lon: 16.4026 });
    vi.advanceTimersByTime(1000);
    expect(address.calls).toEqual([]);
    store.getState().setView({ zoom: 7, lat: 31.1, lon: 16.4026 });
    vi.advanceTimersByTime(1000);
    expect(address.calls).toEqual(["replace #v=1&map=7/31.100/16.403&date=2020-06-06"]);
  });
});

describe("a bare address at start", () => {
  it("stays bare while the fitted map only settles, and takes a link at the first real move", () => {
    const address = fakeAddressBar("");
    const { store } = mount(address.bar);
    store.getState().setView({ zoom: 5.75, lat: 27.2001, lon: 17.4001 });
    vi.advanceTimersByTime(1000);
    expect(address.entries()).toEqual([""]);
    store.getState().setView({ zoom: 6.25, lat: 27.2, lon: 17.4 });
    expect(address.entries()).toEqual(["#v=1&map=6.25/27.20/17.40&date=2020-06-06"]);
  });
});
