import { STRINGS } from "../app/i18n.ts";
import type { Panel } from "../core/permalink.ts";
import { mountClaimList } from "./claim-list.ts";
import { mountClaimsPanel } from "./claims-panel.ts";
import { mountDisagreementsPanel } from "./disagreements-panel.ts";
import { element } from "./element.ts";
import type { PanelContext, Unmount } from "./panel-context.ts";
import { mountReader } from "./reader.ts";
import { mountSourcesPanel } from "./sources-panel.ts";

const PANELS: Readonly<Record<Panel, (container: HTMLElement, ctx: PanelContext) => Unmount>> = {
  sources: mountSourcesPanel,
  claims: mountClaimsPanel,
  reader: mountReader,
  disagreements: mountDisagreementsPanel,
  list: mountClaimList,
};
const ORDER: readonly Panel[] = ["sources", "claims", "disagreements", "reader", "list"];
/** With no panel chosen yet, the sources are what a first visit needs. */
const DEFAULT_PANEL: Panel = "sources";

/** The side panel: a row of tabs and the open panel under them, swapped when the store says. */
export function mountPanelHost(container: HTMLElement, ctx: PanelContext): Unmount {
  const { store } = ctx;
  const tabs = element("div", "panel-tabs");
  tabs.setAttribute("role", "tablist");
  const body = element("div", "panel-body");
  body.id = "panel-body";
  body.setAttribute("role", "tabpanel");
  container.replaceChildren(tabs, body);
  let open: { panel: Panel; unmount: Unmount } | undefined;

  const renderTabs = (): void => {
    const state = store.getState();
    const s = STRINGS[state.language];
    const current = state.panel ?? DEFAULT_PANEL;
    tabs.setAttribute("aria-label", s.panelTabsLabel);
    tabs.replaceChildren(
      ...ORDER.map((panel) => {
        const tab = element("button", "panel-tab", s.panels[panel]);
        tab.type = "button";
        tab.id = `tab-${panel}`;
        tab.dataset.panel = panel;
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(panel === current));
        tab.setAttribute("aria-controls", "panel-body");
        tab.addEventListener("click", () => store.getState().openPanel(panel));
        return tab;
      }),
    );
    body.setAttribute("aria-labelledby", `tab-${current}`);
  };

  const showPanel = (): void => {
    const panel = store.getState().panel ?? DEFAULT_PANEL;
    if (open?.panel === panel) return;
    open?.unmount();
    body.replaceChildren();
    body.dataset.panel = panel;
    open = { panel, unmount: PANELS[panel](body, ctx) };
    body.scrollTop = 0;
  };

  renderTabs();
  showPanel();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.panel !== prev.panel || state.language !== prev.language) renderTabs();
    if (state.panel !== prev.panel) showPanel();
  });
  return () => {
    unsubscribe();
    open?.unmount();
  };
}
