import * as L from "leaflet";
import type { SourceMarker } from "../app/as-of.ts";
import { readingBackground } from "./claim-colours.ts";

/** One marker to draw: where, how far from the place's point, and its accessible name. */
export interface PlacedMarker {
  readonly marker: SourceMarker;
  readonly lat: number;
  readonly lon: number;
  readonly offset: readonly [number, number];
  /** Plain text for the marker's title and accessible name (set as an attribute, never as HTML). */
  readonly title: string;
  readonly selected: boolean;
}

const CHIP_SIZE = 16;

/**
 * One source's layer: a marker per place the source speaks of, filled by the holder it names and
 * ringed in the source's key colour. Added and removed as a whole when the source is toggled;
 * it owns its layer group and its listeners and leaves nothing behind on removal.
 */
export class SourceLayer extends L.Layer {
  private readonly group = L.layerGroup();

  constructor(
    readonly sourceId: string,
    private readonly keyColour: string,
    private readonly onPick: (marker: SourceMarker) => void,
  ) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  override onRemove(): this {
    this.group.remove();
    return this;
  }

  setMarkers(markers: readonly PlacedMarker[]): void {
    this.group.clearLayers();
    for (const m of markers) this.group.addLayer(this.markerFor(m));
  }

  private markerFor(m: PlacedMarker): L.Marker {
    const chip = document.createElement("span");
    chip.className = `claim-chip claim-chip--${m.marker.reading.kind}${m.selected ? " is-selected" : ""}`;
    chip.style.background = readingBackground(m.marker.reading);
    chip.style.borderColor = this.keyColour;
    chip.dataset.sourceId = m.marker.sourceId;
    chip.dataset.placeId = m.marker.placeId;
    chip.dataset.claimIds = m.marker.claims.map((c) => c.id).join(" ");
    const half = CHIP_SIZE / 2;
    const marker = L.marker([m.lat, m.lon], {
      icon: L.divIcon({ className: "claim-chip-icon", html: chip, iconSize: [CHIP_SIZE, CHIP_SIZE], iconAnchor: [half - m.offset[0], half - m.offset[1]] }),
      title: m.title,
      alt: m.title,
      riseOnHover: true,
      zIndexOffset: m.selected ? 1000 : 0,
    });
    marker.on("click", () => this.onPick(m.marker));
    // Leaflet's keyboard support focuses markers but does not activate them on Enter.
    marker.on("keypress", (e: L.LeafletKeyboardEvent) => {
      if (e.originalEvent.key === "Enter" || e.originalEvent.key === " ") this.onPick(m.marker);
    });
    return marker;
  }
}
