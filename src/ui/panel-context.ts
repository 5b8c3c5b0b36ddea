import type { AppData } from "../app/app-data.ts";
import type { AsOfQuery, AsOfView } from "../app/as-of.ts";
import type { AppStore } from "../state/store.ts";

/** What every panel is mounted with. */
export interface PanelContext {
  readonly store: AppStore;
  readonly data: AppData;
  readonly asOf: (query: AsOfQuery) => AsOfView;
}

export type Unmount = () => void;
