import * as L from "leaflet";
import { STRINGS } from "../app/i18n.ts";
import type { Holder } from "../app/source-reading.ts";
import type { Language } from "../core/permalink.ts";
import { HOLDER_COLOURS, readingBackground } from "./claim-colours.ts";

const HOLDERS: readonly Holder[] = ["GNA", "LNA", "ISIS", "unknown"];
/** The phone breakpoint of styles.css. */
const PHONE_MAX_WIDTH_PX = 760;

/** The key to the markers: holder fills, "left" slashes, the contested ring and source rings. */
export class LegendControl extends L.Control {
  private box: HTMLElement | undefined;

  constructor(private language: Language) {
    super({ position: "bottomleft" });
  }

  override onAdd(): HTMLElement {
    const box = L.DomUtil.create("details", "legend") as HTMLDetailsElement;
    // Open where there is room; on a phone the key would cover the map it explains.
    box.open = window.matchMedia(`(min-width: ${PHONE_MAX_WIDTH_PX + 1}px)`).matches;
    this.box = box;
    L.DomEvent.disableClickPropagation(box);
    this.render();
    return box;
  }

  override onRemove(): void {
    this.box = undefined;
  }

  setLanguage(language: Language): void {
    this.language = language;
    this.render();
  }

  private render(): void {
    const box = this.box;
    if (box === undefined) return;
    const s = STRINGS[this.language];
    box.dir = this.language === "ar" ? "rtl" : "ltr";
    box.lang = this.language;
    const title = document.createElement("summary");
    title.className = "legend__title";
    title.textContent = s.legendHeading;
    const list = document.createElement("ul");
    list.className = "legend__list";
    const row = (swatchClass: string, background: string, text: string): HTMLLIElement => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = swatchClass;
      swatch.style.background = background;
      swatch.setAttribute("aria-hidden", "true");
      const label = document.createElement("span");
      label.textContent = text;
      item.append(swatch, label);
      return item;
    };
    for (const h of HOLDERS) list.append(row("legend__swatch", HOLDER_COLOURS[h], `${s.holders[h]}: ${s.legendHolds}`));
    list.append(row("legend__swatch", readingBackground({ kind: "left", leavers: ["GNA"] }), s.legendLeft));
    list.append(row("legend__swatch legend__swatch--contested", "transparent", s.legendContested));
    list.append(row("legend__swatch legend__swatch--ring", "#ffffff", s.legendSourceRing));
    box.replaceChildren(title, list);
  }
}
