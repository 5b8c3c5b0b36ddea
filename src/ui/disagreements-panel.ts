import { formatDate, formatDay, placeName } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import { quoteWithTrigger } from "./claim-card.ts";
import { element } from "./element.ts";
import { isolatedText } from "./isolated-text.ts";
import type { PanelContext, Unmount } from "./panel-context.ts";

/**
 * The places the visible sources disagree about in the month up to the date shown: per side, who
 * says it, when, and the sentence, with a link to it in the article.
 */
export function mountDisagreementsPanel(container: HTMLElement, ctx: PanelContext): Unmount {
  const { store, data } = ctx;
  const render = (): void => {
    const state = store.getState();
    const s = STRINGS[state.language];
    const view = ctx.asOf({ sources: state.sources, date: state.date });
    const heading = element("h2", "panel-heading", s.disagreementsHeading);
    if (view.disagreements.length === 0) {
      container.replaceChildren(heading, element("p", "panel-empty", s.noDisagreements));
      return;
    }
    const selectedPlace = state.selection?.kind === "place" ? state.selection.id : null;
    const items = view.disagreements.map((d) => {
      const place = data.placeById.get(d.placeId);
      const item = element("section", `disagreement${d.placeId === selectedPlace ? " is-selected" : ""}`);
      item.dataset.placeId = d.placeId;
      item.dataset.disagreementId = d.id;
      const title = element("h3", "disagreement__place", place ? placeName(place, state.language) : d.placeId);
      const window = element("p", "disagreement__window", d.window.from === d.window.to ? formatDay(d.window.from, state.language) : `${formatDay(d.window.from, state.language)} – ${formatDay(d.window.to, state.language)}`);
      item.append(title, window);
      for (const side of d.sides) {
        const sideEl = element("div", `disagreement__side disagreement__side--${side.position.holder}`);
        sideEl.append(element("h4", "disagreement__position", s.stance[side.position.stance](s.holders[side.position.holder])));
        for (const claim of side.claims) {
          const line = element("div", "disagreement__claim");
          line.dataset.claimId = claim.id;
          const who = element("p", "disagreement__who");
          who.append(isolatedText(data.sourceName(claim.sourceId, state.language)), ` · ${formatDate(claim.time, state.language)}`);
          line.append(who);
          line.append(quoteWithTrigger(claim.evidence, claim.trigger));
          const link = element("button", "link-button", s.showInArticle);
          link.type = "button";
          link.addEventListener("click", () => store.getState().focus({ kind: "claim", id: claim.id }, "reader"));
          line.append(link);
          sideEl.append(line);
        }
        item.append(sideEl);
      }
      return item;
    });
    container.replaceChildren(heading, ...items);
    container.querySelector(".disagreement.is-selected")?.scrollIntoView({ block: "nearest" });
  };
  render();
  return store.subscribe((state, prev) => {
    if (state.sources !== prev.sources || state.date !== prev.date || state.language !== prev.language || state.selection !== prev.selection) render();
  });
}
