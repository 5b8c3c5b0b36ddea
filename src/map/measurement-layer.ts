import * as L from "leaflet";
import type { MeasurementOut, PlaceRef } from "../core/output/extraction-document.ts";
import { ringPolygon } from "../core/verify/ring.ts";

/** Constant: the layer control inserts its labels as HTML. */
export const MEASUREMENT_LAYER_LABEL = "Stated distances and directions";

export interface DrawnMeasurement {
  readonly measurement: MeasurementOut;
  /** Plain text, e.g. "stated 450 km E · straight line 372 km · ×1.21 · road-consistent". */
  readonly label: string;
  /** Its article is the one being read: draw its rings and direction marks too. */
  readonly detailed: boolean;
  /** It is about the claim being read: its label stays open. */
  readonly emphasised: boolean;
  readonly ringCentre: PlaceRef | null;
}

/**
 * Geography the articles state, checked: a line from the reference place to the subject for a
 * distance or direction, a ring for "pushed back 30 km from Sirte", and a mark on the subject
 * where the stated direction disagrees with the bearing. Labels are tooltips built from nodes;
 * they stay open only for the article being read, so the default view stays uncluttered.
 */
export class MeasurementLayer extends L.Layer {
  private readonly group = L.layerGroup();

  override onAdd(map: L.Map): this {
    this.group.addTo(map);
    return this;
  }

  override onRemove(): this {
    this.group.remove();
    return this;
  }

  setMeasurements(items: readonly DrawnMeasurement[]): void {
    this.group.clearLayers();
    for (const item of items) for (const layer of this.layersFor(item)) this.group.addLayer(layer);
  }

  private layersFor({ measurement: m, label, detailed, emphasised, ringCentre }: DrawnMeasurement): L.Layer[] {
    const v = m.verdict;
    const tooltip = (layer: L.Layer): L.Layer => {
      const text = document.createElement("span");
      text.textContent = label;
      return layer.bindTooltip(text, { permanent: emphasised, sticky: !emphasised, direction: "top", className: "measurement-label", opacity: 0.95 });
    };
    if (v.kind === "ring") {
      if (ringCentre === null) return [];
      const ring = ringPolygon({ lat: ringCentre.lat, lon: ringCentre.lon }, v.radiusKm);
      const latLngs = ring.geometry.coordinates[0]?.map(([lon, lat]) => L.latLng(lat as number, lon as number)) ?? [];
      const polygon = L.polygon(latLngs, { className: `measurement-ring${emphasised ? " is-emphasised" : ""}`, weight: emphasised ? 2 : 1, dashArray: "6 4", fillOpacity: 0.03 });
      return [tooltip(polygon)];
    }
    if (v.kind !== "checked" || m.subject === null || m.reference === null) return [];
    const inconsistent = v.direction === "inconsistent" || v.distance === "overstated" || v.distance === "understated";
    const line = L.polyline(
      [
        [m.reference.lat, m.reference.lon],
        [m.subject.lat, m.subject.lon],
      ],
      { className: `measurement-line${inconsistent ? " is-inconsistent" : ""}${emphasised ? " is-emphasised" : ""}${detailed ? "" : " is-faint"}`, weight: emphasised ? 2.5 : 1.5, dashArray: "2 5" },
    );
    const layers = [tooltip(line)];
    if (detailed && v.direction === "inconsistent") {
      const mark = document.createElement("span");
      mark.className = "direction-mark";
      mark.textContent = "≠";
      layers.push(
        tooltip(
          L.marker([m.subject.lat, m.subject.lon], {
            icon: L.divIcon({ className: "direction-mark-icon", html: mark, iconSize: [14, 14], iconAnchor: [-6, 18] }),
            keyboard: false,
            title: label,
          }),
        ),
      );
    }
    return layers;
  }
}
