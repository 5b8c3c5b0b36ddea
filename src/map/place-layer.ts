import * as L from "leaflet";
import { CHIP_RING_RADIUS_PX } from "../app/chip-layout.ts";
import { placeLabels } from "../app/label-placement.ts";
import type { PlaceRef } from "../core/output/extraction-document.ts";

/** A place some visible claim names, as the place layer draws it. */
export interface DrawnPlace {
  readonly place: PlaceRef;
  readonly label: string;
  /** The label's language: the map itself stays English, its place names follow the UI. */
  readonly labelLanguage: "en" | "ar";
  /** Some source's marker sits on it (a control claim), rather than only strikes or advances. */
  readonly controlled: boolean;
  readonly contested: boolean;
  /** Plain-text accessible name of the contested marker. */
  readonly contestedTitle: string;
  /** [west, south, east, north] when the place is an area with a known extent. */
  readonly bbox: readonly [number, number, number, number] | null;
  readonly priority: number;
}

/** Pixels between a place's point and its label: clear of the ring of source markers. */
const LABEL_OFFSET_PX = 21;
/** An estimate of label width per character: measuring text per frame would cost more than it saves. */
const CHAR_WIDTH_PX = 6.6;
const LABEL_HEIGHT_PX = 15;
/** Half the box around a place's source markers: the ring radius plus half a marker. */
const MARKER_CLUSTER_RADIUS_PX = CHIP_RING_RADIUS_PX + 8;

/**
 * The places under the source markers: a small point for every place a visible claim names, its
 * name where there is room, a dashed area for regions, and a contested ring where the visible
 * sources disagree. Labels are re-chosen after every zoom so that none overlap.
 */
export class PlaceLayer extends L.Layer {
  private readonly group = L.layerGroup();
  private readonly labels = new Map<string, { marker: L.Marker; text: HTMLElement; width: number; priority: number }>();
  /** Points whose source markers no label may cover. */
  private markedPoints: L.LatLng[] = [];
  private map: L.Map | undefined;

  constructor(private readonly onPick: (placeId: string, contested: boolean) => void) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.map = map;
    this.group.addTo(map);
    map.on("zoomend", this.placeLabels, this);
    this.placeLabels();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off("zoomend", this.placeLabels, this);
    this.group.remove();
    this.map = undefined;
    return this;
  }

  setPlaces(places: readonly DrawnPlace[]): void {
    this.group.clearLayers();
    this.labels.clear();
    this.markedPoints = places.filter((p) => p.controlled).map((p) => L.latLng(p.place.lat, p.place.lon));
    for (const p of places) {
      const at = L.latLng(p.place.lat, p.place.lon);
      if (p.bbox !== null) {
        const [w, s, e, n] = p.bbox;
        this.group.addLayer(L.rectangle([[s, w], [n, e]], { className: "region-area", interactive: false, weight: 1, dashArray: "4 4", fillOpacity: 0.06 }));
      }
      this.group.addLayer(
        L.circleMarker(at, { className: p.controlled ? "place-point" : "place-point place-point--quiet", radius: p.controlled ? 2.5 : 3, weight: 1, fillOpacity: 1, interactive: false }),
      );
      if (p.contested) this.group.addLayer(this.contestedMarker(p, at));
      const text = document.createElement("span");
      text.textContent = p.label;
      text.lang = p.labelLanguage;
      text.dataset.placeId = p.place.id;
      const label = L.marker(at, {
        icon: L.divIcon({ className: `place-label${p.controlled ? "" : " place-label--quiet"}`, html: text, iconSize: undefined, iconAnchor: [0, 0] }),
        interactive: false,
        keyboard: false,
      });
      this.labels.set(p.place.id, { marker: label, text, width: p.label.length * CHAR_WIDTH_PX + 4, priority: p.priority });
      if (!p.controlled) this.group.addLayer(this.quietPoint(p, at));
    }
    this.placeLabels();
  }

  private contestedMarker(p: DrawnPlace, at: L.LatLng): L.Marker {
    const ring = document.createElement("span");
    ring.className = "contested-marker";
    ring.dataset.placeId = p.place.id;
    const marker = L.marker(at, {
      icon: L.divIcon({ className: "contested-marker-icon", html: ring, iconSize: [48, 48], iconAnchor: [24, 24] }),
      title: p.contestedTitle,
      alt: p.contestedTitle,
      zIndexOffset: -100,
    });
    marker.on("click", () => this.onPick(p.place.id, true));
    marker.on("keypress", (e: L.LeafletKeyboardEvent) => {
      if (e.originalEvent.key === "Enter" || e.originalEvent.key === " ") this.onPick(p.place.id, true);
    });
    return marker;
  }

  /** Places with only strikes or advances have no source marker; this faint dot still opens them. */
  private quietPoint(p: DrawnPlace, at: L.LatLng): L.Marker {
    const dot = document.createElement("span");
    dot.className = "quiet-place";
    dot.dataset.placeId = p.place.id;
    const marker = L.marker(at, { icon: L.divIcon({ className: "quiet-place-icon", html: dot, iconSize: [12, 12] }), title: p.label, alt: p.label });
    marker.on("click", () => this.onPick(p.place.id, false));
    marker.on("keypress", (e: L.LeafletKeyboardEvent) => {
      if (e.originalEvent.key === "Enter") this.onPick(p.place.id, false);
    });
    return marker;
  }

  private placeLabels(): void {
    const map = this.map;
    if (map === undefined) return;
    // Right of the point, else left of it: the text's box relative to the point.
    const sides = (width: number) => [
      { dx: LABEL_OFFSET_PX, dy: -8 },
      { dx: -LABEL_OFFSET_PX - width, dy: -8 },
    ];
    const candidates = [...this.labels].map(([id, { marker, width, priority }]) => {
      const pt = map.latLngToContainerPoint(marker.getLatLng());
      return { id, priority, positions: sides(width).map(({ dx, dy }) => ({ x: pt.x + dx, y: pt.y + dy, width, height: LABEL_HEIGHT_PX })) };
    });
    const obstacles = this.markedPoints.map((at) => {
      const pt = map.latLngToContainerPoint(at);
      return { x: pt.x - MARKER_CLUSTER_RADIUS_PX, y: pt.y - MARKER_CLUSTER_RADIUS_PX, width: 2 * MARKER_CLUSTER_RADIUS_PX, height: 2 * MARKER_CLUSTER_RADIUS_PX };
    });
    const shown = placeLabels(candidates, obstacles);
    for (const [id, { marker, text, width }] of this.labels) {
      const side = shown.get(id);
      if (side === undefined) {
        this.group.removeLayer(marker);
        continue;
      }
      const { dx, dy } = sides(width)[side] as { dx: number; dy: number };
      text.style.left = `${dx}px`;
      text.style.top = `${dy}px`;
      text.style.width = `${width}px`;
      text.style.textAlign = side === 0 ? "left" : "right";
      this.group.addLayer(marker);
    }
  }
}
