import { formatDate } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import type { HolderId } from "../core/types.ts";
import { sourceKeyColour } from "../map/claim-colours.ts";
import { arabic, element } from "./element.ts";
import { isolatedString, isolatedText } from "./isolated-text.ts";
import type { PanelContext, Unmount } from "./panel-context.ts";

/**
 * The sources: each with its key, name, date, claim count and a visibility toggle; "only this" and
 * "all" shortcuts; and in a details element the source's wording for each side.
 */
export function mountSourcesPanel(container: HTMLElement, ctx: PanelContext): Unmount {
  const { store, data } = ctx;
  const render = (): void => {
    const state = store.getState();
    const s = STRINGS[state.language];
    const heading = element("h2", "panel-heading", s.sourcesHeading);
    const all = element("button", "link-button", s.allSources);
    all.type = "button";
    all.addEventListener("click", () => store.getState().showAllSources());
    const list = element("ul", "source-list");
    data.sources.forEach((source, i) => {
      const articles = data.articles.filter((a) => a.sourceId === source.id);
      const count = articles.reduce((n, a) => n + a.claims.length, 0);
      const item = element("li", "source-item");
      item.dataset.sourceId = source.id;
      const id = `source-toggle-${i}`;
      const toggle = element("input", "source-item__toggle");
      toggle.type = "checkbox";
      toggle.id = id;
      toggle.checked = state.sources.includes(source.id);
      toggle.addEventListener("change", () => store.getState().toggleSource(source.id));
      const key = element("span", "source-key");
      key.style.borderColor = sourceKeyColour(i);
      key.setAttribute("aria-hidden", "true");
      const label = element("label", "source-item__label");
      label.htmlFor = id;
      const name = state.language === "ar" ? arabic("span", "source-item__name", "") : element("span", "source-item__name");
      name.append(isolatedText(data.sourceName(source.id, state.language)));
      label.append(key, name);
      const only = element("button", "link-button source-item__only", s.onlyThis);
      only.type = "button";
      only.setAttribute("aria-label", `${s.onlyThis}: ${isolatedString(data.sourceName(source.id, state.language))}`);
      only.addEventListener("click", () => store.getState().showOnlySource(source.id));
      const dates = articles.map((a) => formatDate(a.published, state.language)).join(", ");
      const meta = element("p", "source-item__meta", `${dates} · ${s.claimsCount(count)} · ${s.leanLabel(s.leans[source.lean], source.leanBasis)}`);
      item.append(toggle, label, only, meta, framingDetails(articles, state.language));
      list.append(item);
    });
    container.replaceChildren(heading, list, all);
  };

  function framingDetails(articles: typeof data.articles, language: "en" | "ar"): HTMLElement {
    const s = STRINGS[language];
    const details = element("details", "source-framing");
    details.append(element("summary", undefined, s.framingHeading));
    for (const a of articles) {
      for (const side of Object.keys(a.framing.forms) as HolderId[]) {
        const forms = Object.entries(a.framing.forms[side] ?? {}).sort((x, y) => y[1] - x[1]);
        const line = element("p", "source-framing__side");
        line.append(element("strong", undefined, s.framingSide(s.holders[side])), " ", arabic("span", "", forms.map(([f, n]) => `${f} (${n})`).join("، ")));
        details.append(line);
      }
      if (a.framing.markers.length > 0) {
        const line = element("p", "source-framing__markers");
        line.append(element("strong", undefined, s.loadedWords), " ", arabic("span", "", a.framing.markers.map((m) => `${m.word} (${m.count})`).join("، ")));
        details.append(line);
      }
    }
    return details;
  }

  render();
  return store.subscribe((state, prev) => {
    if (state.sources !== prev.sources || state.language !== prev.language) render();
  });
}
