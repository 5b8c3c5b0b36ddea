import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";

/**
 * The contract of `public/geo/basemap.json`, written by `scripts/build-basemap.ts` and drawn by
 * `base-map.ts`. Countries carry only a fill; their outlines come as separate line features so
 * that the straight edges made by clipping to the region box are never stroked.
 */
export interface CountryProperties {
  readonly kind: "country";
  /** ISO 3166-1 alpha-3. */
  readonly iso: string;
  readonly name: string;
  readonly isLibya: boolean;
  /** [lon, lat] inside the country, near Libya; null when too little of it is near Libya to name. */
  readonly labelAt: [number, number] | null;
}

/** `border`: a land boundary between two countries; `coastline`: an edge with only one side. */
export interface OutlineProperties {
  readonly kind: "border" | "coastline";
}

/** Coarser, unnamed land in the ring between the detail box and the bbox. */
export interface ContextLandProperties {
  readonly kind: "context-land";
}

export type BasemapFeature =
  | Feature<Polygon | MultiPolygon, CountryProperties>
  | Feature<MultiPolygon, ContextLandProperties>
  | Feature<MultiLineString, OutlineProperties>;

type BoxTuple = [west: number, south: number, east: number, north: number];

/**
 * `bbox`: everything drawn lies inside it (no land is drawn beyond). `detailBox`: inside it the
 * land is Natural Earth 1:10m, named by country; between the two it is 1:50m context.
 */
export interface Basemap {
  readonly type: "FeatureCollection";
  readonly bbox: BoxTuple;
  readonly detailBox: BoxTuple;
  readonly features: readonly BasemapFeature[];
}

export type BasemapFeatureKind = BasemapFeature["properties"]["kind"];

const FEATURE_KINDS: Record<BasemapFeatureKind, true> = { country: true, "context-land": true, border: true, coastline: true };

/**
 * Checks the shape of fetched data before Leaflet sees it: a stale or truncated file should fail
 * with a message naming the file, not with an exception deep inside the GeoJSON layer.
 */
export function parseBasemap(json: unknown): Basemap {
  if (!isRecord(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    throw new Error("basemap.json is not a GeoJSON FeatureCollection");
  }
  for (const key of ["bbox", "detailBox"]) {
    const box = json[key];
    if (!Array.isArray(box) || box.length !== 4 || !box.every((n) => typeof n === "number")) {
      throw new Error(`basemap.json has no [west, south, east, north] ${key}`);
    }
  }
  for (const feature of json.features) {
    const properties = isRecord(feature) ? feature.properties : undefined;
    const kind = isRecord(properties) ? properties.kind : undefined;
    if (typeof kind !== "string" || !(kind in FEATURE_KINDS)) {
      throw new Error(`basemap.json has a feature of unknown kind ${JSON.stringify(kind)}`);
    }
  }
  return json as unknown as Basemap;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export async function fetchBasemap(url: URL): Promise<Basemap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url.pathname}: HTTP ${response.status}`);
  return parseBasemap(await response.json());
}
