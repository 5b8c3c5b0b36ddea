import "leaflet/dist/leaflet.css";
// Only the Arabic subset: Latin text uses the system font, and the app must not fetch fonts.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./ui/styles.css";
import * as L from "leaflet";
import { type AppData, indexDocument } from "./app/app-data.ts";
import { cachedAsOf } from "./app/as-of-cache.ts";
import { STRINGS } from "./app/i18n.ts";
import { createGazetteerIndex, type GazetteerIndex, loadGazetteer } from "./core/gazetteer/index.ts";
import { readExtractionDocument } from "./core/output/read-document.ts";
import type { PermalinkState } from "./core/permalink.ts";
import { type BaseMap, createBaseMap } from "./map/base-map.ts";
import { fetchBasemap } from "./map/basemap-data.ts";
import { mountClaimsMap } from "./map/claims-map.ts";
import { LegendControl } from "./map/legend-control.ts";
import { fitLibya } from "./map/libya-view.ts";
import { type AppStore, createAppStore } from "./state/store.ts";
import { mountLanguageToggle } from "./ui/language-toggle.ts";
import { mountPanelHost } from "./ui/panel-host.ts";
import { mountSearchBox } from "./ui/search-box.ts";
import { mountTimeline } from "./ui/timeline.ts";
import { permalinkContext } from "./app/url-context.ts";
import { browserAddressBar, mountUrlSync } from "./app/url-sync.ts";
import { mountBaseLayerSync } from "./map/base-layer-sync.ts";
import { mountCopyLink } from "./ui/copy-link.ts";
import { mountLinkNotice } from "./ui/link-notice.ts";

/** What browser tests may reach; set only when the page is driven by automation. */
export interface TestHook {
  readonly map: L.Map;
  readonly leaflet: typeof L;
  readonly baseMap: BaseMap;
  readonly store?: AppStore;
  readonly data?: AppData;
}

declare global {
  interface Window {
    __app?: TestHook;
  }
}

/**
 * The analyst's panels (add, review, import/export, storage) are a chunk of their own, so the
 * initial JavaScript stays under issue 8's budget (tests/scripts/bundle-budget.test.ts); it is
 * asked for at once, in parallel with the map's data, so it is there when the claims are drawn.
 */
const userArticlesModule = import("./ui/user-articles.ts");

async function start(): Promise<void> {
  const container = document.getElementById("map");
  const panel = document.getElementById("panel");
  if (container === null || panel === null) throw new Error("index.html has no #map or #panel element");
  const claimsResponse = fetch(new URL("data/seeds.json", document.baseURI));
  let baseMap: BaseMap;
  try {
    const basemap = await fetchBasemap(new URL("geo/basemap.json", document.baseURI));
    baseMap = createBaseMap(container, basemap);
    performance.mark("basemap-drawn");
  } catch (error) {
    showMapError(container, error);
    throw error;
  }
  const data = await loadClaims(claimsResponse).catch((error: unknown) => error instanceof Error ? error.message : String(error));
  let store: AppStore | undefined;
  let currentData: (() => AppData) | undefined;
  if (typeof data === "string") {
    showDataError(panel, data);
    document.documentElement.dataset.claimsReady = "error";
  } else {
    performance.mark("claims-loaded");
    ({ store, currentData } = mountApp(baseMap, data, panel));
    performance.mark("claims-drawn");
    document.documentElement.dataset.claimsReady = "true";
  }
  await afterNextPaint();
  performance.mark("map-ready");
  document.documentElement.dataset.mapReady = "true";
  if (navigator.webdriver) {
    const hook: TestHook = { map: baseMap.map, leaflet: L, baseMap, ...(store ? { store } : {}) };
    // The analyst's articles replace the data: tests read the current index, not the seeds'.
    if (currentData) Object.defineProperty(hook, "data", { get: currentData, enumerable: true });
    window.__app = hook;
  }
}

async function loadClaims(response: Promise<Response>): Promise<AppData> {
  const r = await response;
  if (!r.ok) throw new Error(`data/seeds.json could not be loaded (HTTP ${r.status})`);
  const json: unknown = await r.json().catch(() => {
    throw new Error("data/seeds.json is not valid JSON");
  });
  const read = readExtractionDocument(json);
  if (!read.ok) throw new Error(read.problem);
  if (read.dropped.length > 0) console.warn(`data/seeds.json: ${read.dropped.length} malformed claims left out`, read.dropped);
  return indexDocument(read.document);
}

function mountApp(baseMap: BaseMap, data: AppData, panel: HTMLElement): { store: AppStore; currentData: () => AppData } {
  const { map } = baseMap;
  const centre = map.getCenter();
  const initial: PermalinkState = {
    view: { zoom: map.getZoom(), lat: centre.lat, lon: centre.lng },
    sources: [...data.sourceIds],
    date: data.span.to,
    selection: null,
    panel: null,
    language: "en",
    base: "offline",
  };
  const store = createAppStore(initial, data.sourceIds);

  let gazetteer: Promise<GazetteerIndex> | undefined;
  let regions: GazetteerIndex | undefined;
  const loadIndex = (): Promise<GazetteerIndex> =>
    (gazetteer ??= fetch(new URL("geo/gazetteer.json", document.baseURI))
      .then((r) => {
        if (!r.ok) throw new Error(`geo/gazetteer.json: HTTP ${r.status}`);
        return r.json();
      })
      .then((json) => createGazetteerIndex(loadGazetteer(json))));

  const sizeBefore = map.getSize();
  // Everything drawn from the data, remounted when the analyst's articles change it.
  const mountViews = (d: AppData) => {
    const asOf = cachedAsOf(d);
    const claimsMap = mountClaimsMap({ map, store, data: d, asOf, bboxOf: (id) => regions?.get(id)?.bbox ?? null, layerControl: baseMap.layers });
    const unmountPanel = mountPanelHost(panel, { store, data: d, asOf });
    const unmountTimeline = mountTimeline(document.getElementById("timeline") as HTMLElement, store, d);
    return { claimsMap, unmount: () => [claimsMap.unmount, unmountPanel, unmountTimeline].forEach((f) => f()) };
  };
  let current = data;
  // The link is read before anything is drawn, so the first render is already the linked view.
  const notice = mountLinkNotice(document.body, store, () => map.getContainer());
  const urlSync = mountUrlSync({
    store,
    address: browserAddressBar(),
    context: () =>
      permalinkContext(current, { defaultView: initial.view, minZoom: map.getMinZoom(), maxZoom: map.getMaxZoom() }, (id) => regions?.get(id) !== undefined),
    showView: (view) => {
      map.setView([view.lat, view.lon], view.zoom, { animate: false });
      const c = map.getCenter();
      return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
    },
    notify: (ignored) => notice.show(ignored),
    placeKnownLater: (id) => loadIndex().then((index) => index.get(id) !== undefined),
  });
  mountCopyLink(document.querySelector(".app-tools") as HTMLElement, store, urlSync.currentLink);
  let views = mountViews(data);
  const setData = (next: AppData): void => {
    // Loading an empty library hands back the seeds as they are: nothing to redraw.
    if (next === current) return;
    views.unmount();
    // A view at the last date keeps following the last date when an article extends the span.
    if (store.getState().date === current.span.to) store.getState().setDate(next.span.to);
    current = next;
    store.getState().replaceSourceIds(next.sourceIds);
    views = mountViews(next);
  };
  const legend = new LegendControl(store.getState().language).addTo(map);
  mountBaseLayerSync(map, baseMap.layers, store);
  mountLanguageToggle(document.getElementById("language-toggle") as HTMLButtonElement, store, [
    document.getElementById("app-header") as HTMLElement,
    panel,
    document.getElementById("timeline") as HTMLElement,
  ]);
  mountSearchBox(document.getElementById("search") as HTMLElement, store, loadIndex, (entry) => {
    map.flyTo([entry.lat, entry.lon], Math.max(map.getZoom(), 8), { duration: 0.6 });
    store.getState().focus({ kind: "place", id: entry.id }, "claims");
  });
  store.subscribe((state, prev) => {
    if (state.language !== prev.language) legend.setLanguage(state.language);
  });
  // If the timeline and panel just took room from the map (styles.css reserves it, so normally
  // not), let Leaflet measure again and fit Libya to the size the map really has; refitting
  // redraws the whole base map, so only then. Later layout changes (phone rotation) are followed.
  map.invalidateSize({ animate: false });
  if (!urlSync.openedWithView && !map.getSize().equals(sizeBefore)) fitLibya(map, { animate: false });
  new ResizeObserver(() => map.invalidateSize({ animate: false })).observe(map.getContainer());
  map.on("moveend", () => {
    const c = map.getCenter();
    store.getState().setView({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
  });
  // Region extents come from the gazetteer, which the search box needs anyway: load it once the
  // claims are drawn, so it never delays the first view.
  const whenIdle = (f: () => void): void => void ("requestIdleCallback" in window ? requestIdleCallback(f) : setTimeout(f, 200));
  whenIdle(() => {
    loadIndex()
      .then((index) => {
        regions = index;
        views.claimsMap.redraw();
      })
      .catch((error: unknown) => console.warn("the gazetteer could not be loaded; regions show as points and search is off", error));
  });
  userArticlesModule
    .then(({ mountUserArticles }) =>
      mountUserArticles({
        seeds: data,
        store,
        map,
        setData,
        currentData: () => current,
        buttonSlot: document.querySelector(".app-tools") as HTMLElement,
        gazetteerUrl: new URL("geo/gazetteer.json", document.baseURI).href,
        gazetteer: loadIndex,
      }),
    )
    .then(() => {
      document.documentElement.dataset.articlesReady = "true";
    })
    .catch((error: unknown) => console.warn("the analyst's articles could not be set up", error));
  return { store, currentData: () => current };
}

/** Two frames: the first runs before the browser paints what Leaflet drew, the second after. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function showMapError(container: HTMLElement, error: unknown): void {
  const message = document.createElement("p");
  message.className = "map-error";
  message.setAttribute("role", "alert");
  message.textContent = `The map could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
  container.replaceChildren(message);
}

function showDataError(panel: HTMLElement, problem: string): void {
  const message = document.createElement("p");
  message.className = "data-error";
  message.setAttribute("role", "alert");
  message.textContent = STRINGS.en.dataError(problem);
  panel.replaceChildren(message);
}

void start();
