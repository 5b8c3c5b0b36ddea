import * as L from "leaflet";
import type { Basemap } from "./basemap-data.ts";
import { BasemapLayer } from "./basemap-layer.ts";
import { CountryLabels } from "./country-labels.ts";
import { useBundledMarkerIcons } from "./default-icon.ts";
import { fitLibya, LibyaControl, libyaZoom } from "./libya-view.ts";
import { createOsmLayer, OSM_LAYER_LABEL } from "./osm-layer.ts";

export interface BaseMap {
  readonly map: L.Map;
  /** Other layers (one per source) may be registered here with constant labels. */
  readonly layers: L.Control.Layers;
  /** Removes every control, layer and listener this module added, then the map itself. */
  readonly remove: () => void;
}

/**
 * The map with no network: Natural Earth land on a sea-coloured background, fitted to Libya.
 * The view's centre stays inside the detail box (max bounds), so the coarse context land around
 * it is only ever seen zoomed out; and the view never reaches past the drawn land (min zoom).
 */
export function createBaseMap(container: HTMLElement, basemap: Basemap): BaseMap {
  useBundledMarkerIcons();
  const detail = boundsOf(basemap.detailBox);
  const drawn = boundsOf(basemap.bbox);

  const map = L.map(container, {
    zoomSnap: 0.25, // fractional zoom lets the whole country fill the view on any screen size
    zoomDelta: 0.5,
    maxBounds: detail,
    maxBoundsViscosity: 1,
  });
  const basemapLayer = new BasemapLayer(basemap).addTo(map);
  const labels = new CountryLabels(basemap).addTo(map);
  const layers = L.control.layers(undefined, { [OSM_LAYER_LABEL]: createOsmLayer() }, { collapsed: true }).addTo(map);
  const libya = new LibyaControl({ position: "topleft" }).addTo(map);
  const scale = L.control.scale({ imperial: false, maxWidth: 150 }).addTo(map);
  // Leaflet puts its controls after the panes; claim markers in the panes are focusable, so Tab
  // would walk every marker before reaching the zoom and Libya buttons. Controls first.
  const corners = container.querySelector(":scope > .leaflet-control-container");
  if (corners !== null) container.prepend(corners);

  fitLibya(map, { animate: false });
  const keepInsideBox = () => {
    // `inside`: the smallest zoom at which the whole view still lies inside the drawn land. On an
    // extremely wide screen that is closer than "all of Libya", and seeing all of Libya wins.
    map.setMinZoom(Math.min(map.getBoundsZoom(drawn, true), libyaZoom(map)));
  };
  keepInsideBox();
  map.on("resize", keepInsideBox);

  return {
    map,
    layers,
    remove: () => {
      map.off("resize", keepInsideBox);
      scale.remove();
      libya.remove();
      layers.remove();
      labels.remove();
      basemapLayer.remove();
      map.remove();
    },
  };
}

function boundsOf([west, south, east, north]: Basemap["bbox"]): L.LatLngBounds {
  return L.latLngBounds([south, west], [north, east]);
}
