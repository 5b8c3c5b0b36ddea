import { placeName } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import { claimCard } from "./claim-card.ts";
import { element } from "./element.ts";
import type { PanelContext, Unmount } from "./panel-context.ts";

/**
 * What the visible sources say about the selected place (or the selected claim's place), on or
 * before the date shown, newest first.
 */
export function mountClaimsPanel(container: HTMLElement, ctx: PanelContext): Unmount {
  const { store, data } = ctx;
  const render = (): void => {
    const state = store.getState();
    const s = STRINGS[state.language];
    const selection = state.selection;
    const placeId = selection === null ? null : selection.kind === "place" ? selection.id : (data.claimById.get(selection.id)?.claim.placeIds[0] ?? null);
    const place = placeId === null ? undefined : data.placeById.get(placeId);
    if (place === undefined) {
      // A place found with the search box that no claim names: say so rather than show nothing.
      container.replaceChildren(element("p", "panel-empty", selection?.kind === "place" ? s.noClaimsForPlace : s.pickSomething));
      return;
    }
    const visible = new Set(state.sources);
    const records = data.claims
      .filter((c) => visible.has(c.sourceId) && c.placeIds.includes(place.id) && c.time.iso <= state.date)
      .sort((a, b) => (a.time.iso < b.time.iso ? 1 : a.time.iso > b.time.iso ? -1 : 0))
      .flatMap((c) => data.claimById.get(c.id) ?? []);
    const heading = element("h2", "panel-heading", s.placeClaimsHeading(placeName(place, state.language)));
    heading.dataset.placeId = place.id;
    const selectedClaim = selection?.kind === "claim" ? selection.id : null;
    const cards = records.map((r) => claimCard(r, data, store, state.language, r.claim.id === selectedClaim, state.date));
    container.replaceChildren(heading, ...(cards.length > 0 ? cards : [element("p", "panel-empty", s.noClaimsForPlace)]));
    container.querySelector(".claim-card.is-selected")?.scrollIntoView({ block: "nearest" });
  };
  render();
  return store.subscribe((state, prev) => {
    if (state.selection !== prev.selection || state.sources !== prev.sources || state.date !== prev.date || state.language !== prev.language) render();
  });
}
