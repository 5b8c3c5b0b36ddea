import type { PermalinkContext, View } from "../core/permalink.ts";
import type { AppData } from "./app-data.ts";

/**
 * The deepest zoom a link may ask for. The map itself has no limit (the offline base map is
 * vectors), but nothing the app shows needs more than street level, and the OSM tiles stop at 19.
 */
export const MAX_LINK_ZOOM = 18;

/** What the map says about itself, read when a link is checked. */
export interface MapLimits {
  /** The view with no link: all of Libya, fitted to this screen (zoom may be fractional). */
  readonly defaultView: View;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/**
 * The context a permalink is checked against, from the loaded data and the map. Zoom limits are
 * widened to whole numbers, because links carry whole zooms and the map clamps the rest itself:
 * a link made on a wider screen (one zoom level further out) is not "out of range".
 */
export function permalinkContext(
  data: Pick<AppData, "sourceIds" | "placeById" | "claimById" | "span">,
  map: MapLimits,
  /** Places the claims do not name but the gazetteer knows (a place found with the search box). */
  gazetteerHas: (id: string) => boolean = () => false,
): PermalinkContext {
  const maxZoom = Number.isFinite(map.maxZoom) ? Math.min(Math.floor(map.maxZoom), MAX_LINK_ZOOM) : MAX_LINK_ZOOM;
  const minZoom = Number.isFinite(map.minZoom) ? Math.min(Math.max(0, Math.floor(map.minZoom)), maxZoom) : 0;
  return {
    sourceIds: data.sourceIds,
    hasPlace: (id) => data.placeById.has(id) || gazetteerHas(id),
    hasClaim: (id) => data.claimById.has(id),
    minDate: data.span.from,
    maxDate: data.span.to,
    defaultView: map.defaultView,
    minZoom,
    maxZoom,
  };
}
