import "leaflet/dist/leaflet.css";
// Only the Arabic subset: Latin text uses the system font, and the app must not fetch fonts.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./ui/styles.css";
import * as L from "leaflet";
import { type BaseMap, createBaseMap } from "./map/base-map.ts";
import { fetchBasemap } from "./map/basemap-data.ts";

/** What browser tests may reach; set only when the page is driven by automation. */
export interface TestHook {
  readonly map: L.Map;
  readonly leaflet: typeof L;
  readonly baseMap: BaseMap;
}

declare global {
  interface Window {
    __app?: TestHook;
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("map");
  if (container === null) throw new Error("index.html has no #map element");
  try {
    const basemap = await fetchBasemap(new URL("geo/basemap.json", document.baseURI));
    const baseMap = createBaseMap(container, basemap);
    await afterNextPaint();
    performance.mark("map-ready");
    document.documentElement.dataset.mapReady = "true";
    if (navigator.webdriver) window.__app = { map: baseMap.map, leaflet: L, baseMap };
  } catch (error) {
    showMapError(container, error);
    throw error;
  }
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

void start();
