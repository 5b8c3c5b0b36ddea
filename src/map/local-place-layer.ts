import * as L from "leaflet";
import type { LocalPlace } from "../app/articles/local-place.ts";
import { isolatedString, isolatedText } from "../ui/isolated-text.ts";

/**
 * The places the analyst put on the map, each a small square with its name: visibly not from the
 * gazetteer. Names are set as text, never as HTML.
 */
export class LocalPlaceLayer extends L.Layer {
  private readonly group = L.layerGroup();

  override onAdd(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  override onRemove(): this {
    this.group.remove();
    return this;
  }

  /** `labelledElsewhere`: places a claim already names, whose label the place layer draws. */
  setPlaces(places: Iterable<LocalPlace>, labelledElsewhere: (id: string) => boolean = () => false): void {
    this.group.clearLayers();
    for (const p of places) {
      const icon = document.createElement("span");
      icon.className = "local-place";
      icon.dataset.localPlaceId = p.id;
      const label = document.createElement("span");
      label.className = "local-place__label";
      label.lang = "ar";
      label.dir = "rtl";
      label.append(isolatedText(p.name));
      if (!labelledElsewhere(p.id)) icon.append(label);
      this.group.addLayer(
        L.marker([p.lat, p.lon], {
          icon: L.divIcon({ className: "local-place-icon", html: icon, iconSize: [10, 10], iconAnchor: [5, 5] }),
          title: `${isolatedString(p.name)} (placed by you)`,
          keyboard: false,
          interactive: false,
        }),
      );
    }
  }
}
