import { formatDate, placeName } from "../app/format.ts";
import { STRINGS } from "../app/i18n.ts";
import { element } from "./element.ts";
import type { PanelContext, Unmount } from "./panel-context.ts";

/**
 * Every claim of the visible sources as a table: the accessible alternative to the map. Each row's
 * place opens the claim in its article.
 */
export function mountClaimList(container: HTMLElement, ctx: PanelContext): Unmount {
  const { store, data } = ctx;
  const render = (): void => {
    const state = store.getState();
    const s = STRINGS[state.language];
    const visible = new Set(state.sources);
    const table = element("table", "claim-table");
    table.append(element("caption", undefined, s.listHeading));
    const head = element("tr");
    for (const key of ["date", "source", "claim", "status"] as const) {
      const th = element("th", undefined, s.listColumns[key]);
      th.scope = "col";
      head.append(th);
    }
    const thead = element("thead");
    thead.append(head);
    table.append(thead);
    const body = element("tbody");
    const records = data.claims.filter((c) => visible.has(c.sourceId)).sort((a, b) => (a.time.iso < b.time.iso ? -1 : a.time.iso > b.time.iso ? 1 : 0));
    for (const claim of records) {
      const record = data.claimById.get(claim.id);
      if (!record) continue;
      const row = element("tr", claim.modality === "asserted" ? undefined : "claim-table__not-control");
      row.dataset.claimId = claim.id;
      const place = record.out.places[0];
      const open = element("button", "link-button", place ? placeName(place, state.language) : "?");
      open.type = "button";
      open.addEventListener("click", () => store.getState().focus({ kind: "claim", id: claim.id }, "reader"));
      // One sentence per claim ("GNA forces took Sirte") reads better in a narrow panel than
      // three columns; the place opens the claim in its article.
      const claimCell = element("td");
      claimCell.append(`${s.actors[claim.actor]} ${s.actions[claim.action]} `, open);
      if (claim.modality !== "asserted") claimCell.append(element("span", "claim-table__modality", ` (${s.modalities[claim.modality]})`));
      row.append(
        element("td", "claim-table__date", formatDate(claim.time, state.language)),
        element("td", undefined, data.sourceName(claim.sourceId, state.language)),
        claimCell,
        element("td", undefined, s.statuses[claim.status]),
      );
      body.append(row);
    }
    table.append(body);
    container.replaceChildren(table);
  };
  render();
  return store.subscribe((state, prev) => {
    if (state.sources !== prev.sources || state.language !== prev.language) render();
  });
}
