import type * as L from "leaflet";
import type { AppStore } from "../state/store.ts";
import { OSM_LAYER_LABEL } from "./osm-layer.ts";

/**
 * The base layer in the store ("offline" or "osm") and the OpenStreetMap tiles in the layer
 * control, kept the same both ways: ticking the box sets the store, a link or Back sets the box.
 */
export function mountBaseLayerSync(map: L.Map, control: L.Control.Layers, store: AppStore): () => void {
  const osm = overlayNamed(control, OSM_LAYER_LABEL);
  if (osm === undefined) {
    console.warn(`the layer control has no "${OSM_LAYER_LABEL}" overlay; the base layer is not linked`);
    return () => {};
  }
  const apply = (): void => {
    const wanted = store.getState().base === "osm";
    // Adding or removing through the map ticks the control's box and fires overlayadd/remove.
    if (wanted && !map.hasLayer(osm)) osm.addTo(map);
    if (!wanted && map.hasLayer(osm)) osm.remove();
  };
  const onOverlay = (event: L.LayersControlEvent): void => {
    if (event.layer === osm) store.getState().setBaseLayer(map.hasLayer(osm) ? "osm" : "offline");
  };
  const handlers = { overlayadd: onOverlay, overlayremove: onOverlay };
  map.on(handlers);
  apply();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.base !== prev.base) apply();
  });
  return () => {
    unsubscribe();
    map.off(handlers);
  };
}

/** Leaflet 1.9 keeps a layer control's layers in `_layers` and offers no public way to read them. */
function overlayNamed(control: L.Control.Layers, name: string): L.Layer | undefined {
  const entries = (control as unknown as { _layers?: readonly { layer: L.Layer; name: string; overlay?: boolean }[] })._layers ?? [];
  return entries.find((e) => e.overlay === true && e.name === name)?.layer;
}
