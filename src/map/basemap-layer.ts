import * as L from "leaflet";
import type { Basemap, BasemapFeature, BasemapFeatureKind } from "./basemap-data.ts";

/**
 * Below Leaflet's tile pane (200): when the optional OpenStreetMap tiles are switched on they
 * cover this drawing instead of being hidden under it; everything else sits above.
 */
export const BASEMAP_PANE = "basemap";
const BASEMAP_PANE_Z_INDEX = "150";

/** The sea is not drawn: it is the map container's background, `--sea` in styles.css. */
export const BASEMAP_COLOURS = {
  land: "#e7e5df",
  libya: "#fbfaf7",
  libyaOutline: "#55606b",
  coastline: "#7f98aa",
  border: "#9a948a",
} as const;

type Style = L.PathOptions & { className: string };

const NEIGHBOUR: Style = { className: "basemap-country", stroke: false, fillColor: BASEMAP_COLOURS.land, fillOpacity: 1 };
const LIBYA: Style = {
  className: "basemap-country basemap-libya",
  color: BASEMAP_COLOURS.libyaOutline,
  weight: 1.5,
  fillColor: BASEMAP_COLOURS.libya,
  fillOpacity: 1,
};

const CONTEXT: Style = { ...NEIGHBOUR, className: "basemap-context" };

const STYLES: Record<BasemapFeatureKind, (feature: BasemapFeature) => Style> = {
  country: (feature) => (feature.properties.kind === "country" && feature.properties.isLibya ? LIBYA : NEIGHBOUR),
  "context-land": () => CONTEXT,
  coastline: () => ({ className: "basemap-coastline", color: BASEMAP_COLOURS.coastline, weight: 1, fill: false }),
  border: () => ({ className: "basemap-border", color: BASEMAP_COLOURS.border, weight: 1, dashArray: "4 3", fill: false }),
};

/**
 * Natural Earth land, coastline and borders drawn as vector paths. It owns its GeoJSON layer and
 * lets go of it on removal; the pane stays, as Leaflet panes cannot be removed.
 */
export class BasemapLayer extends L.Layer {
  private drawing: L.GeoJSON | undefined;

  constructor(private readonly basemap: Basemap) {
    super();
    // L.Layer has no initialize(), so options given to its constructor would be dropped.
    L.Util.setOptions(this, { attribution: "Natural Earth (public domain)" });
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane(BASEMAP_PANE) ?? map.createPane(BASEMAP_PANE);
    pane.style.zIndex = BASEMAP_PANE_Z_INDEX;
    this.drawing = L.geoJSON(this.basemap, {
      pane: BASEMAP_PANE,
      interactive: false,
      style: (feature) => {
        const f = feature as BasemapFeature;
        return STYLES[f.properties.kind](f);
      },
    }).addTo(map);
    return this;
  }

  override onRemove(): this {
    this.drawing?.remove();
    this.drawing = undefined;
    return this;
  }
}
