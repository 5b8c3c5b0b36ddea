import { createStore } from "zustand/vanilla";
import type { BaseLayer, Language, Panel, PermalinkState, Selection, View } from "../core/permalink.ts";

/**
 * The app's one store: plain data that says what the user is looking at. Data derived from
 * it (which claims are visible as of the date, which places are contested) is computed by
 * core functions, not stored twice. State changes only through the named actions.
 */
export interface ViewState extends PermalinkState {}

export interface Actions {
  setView(view: View): void;
  toggleSource(id: string): void;
  showOnlySource(id: string): void;
  showAllSources(): void;
  setDate(iso: string): void;
  select(selection: Selection | null): void;
  /** Select and open a panel in one change, so subscribers render once (a marker or highlight clicked). */
  focus(selection: Selection, panel: Panel): void;
  openPanel(panel: Panel | null): void;
  setLanguage(language: Language): void;
  setBaseLayer(base: BaseLayer): void;
  /** Replace the whole view at once (a permalink opened, Back/Forward). */
  restore(state: PermalinkState): void;
  /**
   * The list of sources changed (the analyst added or removed an article): hidden sources stay
   * hidden, sources that are new are shown, sources that are gone are dropped.
   */
  replaceSourceIds(ids: readonly string[]): void;
}

export type AppStore = ReturnType<typeof createAppStore>;

export function createAppStore(initial: PermalinkState, initialSourceIds: readonly string[]) {
  let allSourceIds = initialSourceIds;
  return createStore<ViewState & Actions>()((set, get) => ({
    ...initial,
    setView: (view) => set({ view }),
    toggleSource: (id) => {
      if (!allSourceIds.includes(id)) return;
      const visible = new Set(get().sources);
      if (visible.has(id)) visible.delete(id);
      else visible.add(id);
      // Keep the manifest's order, so equal views encode to equal links.
      set({ sources: allSourceIds.filter((s) => visible.has(s)) });
    },
    showOnlySource: (id) => {
      if (allSourceIds.includes(id)) set({ sources: [id] });
    },
    showAllSources: () => set({ sources: [...allSourceIds] }),
    setDate: (date) => set({ date }),
    select: (selection) => set({ selection }),
    focus: (selection, panel) => set({ selection, panel }),
    openPanel: (panel) => set({ panel }),
    setLanguage: (language) => set({ language }),
    setBaseLayer: (base) => set({ base }),
    restore: (state) => set({ ...state }),
    replaceSourceIds: (ids) => {
      const known = new Set(allSourceIds);
      const visible = new Set(get().sources);
      allSourceIds = [...ids];
      set({ sources: allSourceIds.filter((s) => visible.has(s) || !known.has(s)) });
    },
  }));
}

/** The store's data without its actions: what a permalink holds. */
export function viewStateOf(s: ViewState): PermalinkState {
  return { view: s.view, sources: s.sources, date: s.date, selection: s.selection, panel: s.panel, language: s.language, base: s.base };
}
