import type { AppData } from "./app-data.ts";
import { type AsOfQuery, type AsOfView, asOfView } from "./as-of.ts";

/** The map and every panel ask for the same view after a change; compute it once per change. */
export function cachedAsOf(data: AppData): (query: AsOfQuery) => AsOfView {
  let last: { sources: readonly string[]; date: string; view: AsOfView } | undefined;
  return (query) => {
    if (last !== undefined && last.sources === query.sources && last.date === query.date) return last.view;
    const view = asOfView(data, query);
    last = { sources: query.sources, date: query.date, view };
    return view;
  };
}
