import * as L from "leaflet";
import type { Basemap, CountryProperties } from "./basemap-data.ts";

/** Above the base map (150) and below overlays (400), so claims are drawn over the names. */
export const LABEL_PANE = "country-labels";
const LABEL_PANE_Z_INDEX = "350";

/**
 * Names of Libya's neighbours, for orientation. Libya itself is not named: the claims drawn on it
 * are what the eye should find there. Labels are inert: no pointer events, not in the Tab order.
 */
export class CountryLabels extends L.Layer {
  private group: L.LayerGroup | undefined;

  constructor(private readonly basemap: Basemap) {
    super();
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane(LABEL_PANE) ?? map.createPane(LABEL_PANE);
    pane.style.zIndex = LABEL_PANE_Z_INDEX;
    pane.style.pointerEvents = "none";
    const labels = this.basemap.features.flatMap((f) => (f.properties.kind === "country" ? [f.properties] : []));
    this.group = L.layerGroup(labels.filter((c) => !c.isLibya && c.labelAt !== null).map((c) => labelMarker(c))).addTo(map);
    return this;
  }

  override onRemove(): this {
    this.group?.remove();
    this.group = undefined;
    return this;
  }
}

function labelMarker(country: CountryProperties): L.Marker {
  const [lon, lat] = country.labelAt!;
  const text = document.createElement("span");
  text.textContent = country.name;
  return L.marker([lat, lon], {
    pane: LABEL_PANE,
    interactive: false,
    keyboard: false,
    icon: L.divIcon({ className: "country-label", html: text, iconSize: undefined }),
  });
}
