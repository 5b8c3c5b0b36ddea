import * as L from "leaflet";
import { LIBYA_BOUNDS } from "./libya-bounds.ts";

const LIBYA: L.LatLngBoundsLiteral = [
  [LIBYA_BOUNDS.south, LIBYA_BOUNDS.west],
  [LIBYA_BOUNDS.north, LIBYA_BOUNDS.east],
];

/** Small padding so the coastline and the southern borders do not touch the map's edges. */
const FIT_PADDING: L.PointExpression = [12, 12];

export function fitLibya(map: L.Map, options: L.FitBoundsOptions = {}): void {
  map.fitBounds(LIBYA, { padding: FIT_PADDING, ...options });
}

/** The zoom `fitLibya` would choose for the map's current size. */
export function libyaZoom(map: L.Map): number {
  // fitBounds adds the top-left and bottom-right paddings; getBoundsZoom wants their sum.
  return map.getBoundsZoom(LIBYA, false, L.point(FIT_PADDING).multiplyBy(2));
}

/**
 * A "Libya" button under the zoom buttons that brings the view back to the whole country.
 * A real <button>, so it is reachable with Tab and activated with Enter or Space.
 */
export class LibyaControl extends L.Control {
  private button: HTMLButtonElement | undefined;
  private map: L.Map | undefined;

  constructor(options: L.ControlOptions = { position: "topleft" }) {
    super(options);
  }

  override onAdd(map: L.Map): HTMLElement {
    this.map = map;
    const container = L.DomUtil.create("div", "leaflet-bar libya-control");
    const button = L.DomUtil.create("button", "libya-control__button", container);
    button.type = "button";
    button.textContent = "Libya";
    button.title = "Show all of Libya";
    button.setAttribute("aria-label", "Show all of Libya");
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.on(button, "click", this.onClick, this);
    this.button = button;
    return container;
  }

  override onRemove(): void {
    if (this.button !== undefined) L.DomEvent.off(this.button, "click", this.onClick, this);
    this.button = undefined;
    this.map = undefined;
  }

  private onClick(): void {
    if (this.map !== undefined) fitLibya(this.map);
  }
}
