import * as L from "leaflet";

/** The layer control's label; constant so it never carries data into the control's HTML. */
export const OSM_LAYER_LABEL = "OpenStreetMap tiles (online)";

const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * Optional detail for users who are online. Off by default: the app must work with no network,
 * and the tile servers' usage policy asks apps not to load tiles nobody asked for.
 */
export function createOsmLayer(): L.TileLayer {
  return L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
    attribution: OSM_ATTRIBUTION,
    maxZoom: 19,
  });
}
