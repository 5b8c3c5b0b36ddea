/**
 * Builds the offline base map, `public/geo/basemap.json`, from Natural Earth as packaged by
 * `world-atlas` (TopoJSON): admin-0 countries at 1:10m inside the detail box around Libya, and a
 * coarser ring of land, coastline and borders at 1:50m around it (the context), so that a view
 * zoomed out on a wide screen never shows land cut off along a straight line.
 *
 * Why the order of steps matters: arcs are simplified once, in the topology, before any polygon
 * is assembled, so a border shared by two countries is simplified the same way for both and no
 * slivers open between them. Outlines are taken from the same simplified arcs (topojson mesh), so
 * borders and coastline sit exactly on the fills' edges.
 *
 * The `land-*.json` files are not read: inside the detail box every piece of land belongs to a
 * country polygon, and `countries-50m.json` carries its own `land` object on the same arcs as its
 * borders. Mixing files would put coastlines a few hundred metres off the fills.
 *
 * Run: `npx tsx scripts/build-basemap.ts` (also run by `scripts/build-data.ts`).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import type { Basemap, BasemapFeature, CountryProperties } from "../src/map/basemap-data.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DETAIL_TOPOJSON = resolve(ROOT, "node_modules/world-atlas/countries-10m.json");
export const CONTEXT_TOPOJSON = resolve(ROOT, "node_modules/world-atlas/countries-50m.json");
export const BASEMAP_OUT = resolve(ROOT, "public/geo/basemap.json");

export interface Box {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/**
 * Drawn at 1:10m and named: Libya (lon 9.3..25.2, lat 19.5..33.2) and what a view of all of
 * Libya shows around it on a 16:9 screen: Tunisia, eastern Algeria, northern Niger, Chad and
 * Sudan, western Egypt, Malta, Sicily's south, Crete and the tip of Anatolia. The map never lets
 * the view's centre leave this box, so no one zooms in on the coarser context.
 */
export const DETAIL_BOX: Box = { west: 5, south: 14, east: 30, north: 38 };

/**
 * The 1:50m ring around the detail box, wide enough for a 21:9 screen or a tall phone showing
 * all of Libya. Unnamed: land, coastline and borders only.
 */
export const CONTEXT_BOX: Box = { west: -10, south: 2, east: 45, north: 46 };

/** 4 decimals is ~11 m, finer than the sources' own quantisation (~400 m × 190 m cells). */
export const COORDINATE_DECIMALS = 4;

/**
 * Douglas–Peucker tolerances in degrees. Detail, ~110 m: below the source's cell size, it only
 * drops points that add nothing. Context, ~2 km: only seen zoomed out, where a pixel is 1.5 km
 * or more, and it keeps the file under its budget.
 */
export const DETAIL_TOLERANCE = 0.001;
export const CONTEXT_TOLERANCE = 0.02;

/**
 * ISO 3166-1 numeric (world-atlas ids) to alpha-3, for the countries that reach into the detail
 * box. A country missing here is a build error rather than a silent "???": the table is short and
 * a new entry is a conscious change.
 */
const ISO_ALPHA3: Readonly<Record<string, string>> = {
  "012": "DZA",
  "148": "TCD",
  "300": "GRC",
  "380": "ITA",
  "434": "LBY",
  "470": "MLT",
  "562": "NER",
  "566": "NGA",
  "729": "SDN",
  "788": "TUN",
  "792": "TUR",
  "818": "EGY",
};
const LIBYA_ISO = "LBY";

type Ring = Position[];

export interface BasemapSources {
  /** world-atlas countries-10m.json */
  readonly detail: Topology;
  /** world-atlas countries-50m.json */
  readonly context: Topology;
}

export function buildBasemap(sources: BasemapSources, detailBox: Box = DETAIL_BOX, contextBox: Box = CONTEXT_BOX): Basemap {
  const detail = detailFeatures(sources.detail, detailBox);
  const context = contextFeatures(sources.context, contextBox, detailBox);
  const outline = (kind: "coastline" | "border", lines: Position[][]): BasemapFeature => ({
    type: "Feature",
    properties: { kind },
    geometry: { type: "MultiLineString", coordinates: lines } satisfies MultiLineString,
  });
  return {
    type: "FeatureCollection",
    bbox: [contextBox.west, contextBox.south, contextBox.east, contextBox.north],
    detailBox: [detailBox.west, detailBox.south, detailBox.east, detailBox.north],
    features: [
      context.land,
      ...detail.countries,
      outline("coastline", [...detail.coastline, ...context.coastline]),
      outline("border", [...detail.borders, ...context.borders]),
    ],
  };
}

function detailFeatures(topology: Topology, box: Box) {
  const simplified = simplifyTopology(decodeTopology(topology), DETAIL_TOLERANCE);
  const countries = simplified.objects.countries as GeometryCollection<{ name: string }>;
  const shapeOf = (geometry: GeometryObject) => (feature(simplified, geometry) as GeoJSON.Feature<Polygon | MultiPolygon>).geometry;
  const inBox = countries.geometries.filter((geometry) => boxesOverlap(box, boundsOf(polygonsOf(shapeOf(geometry)).flat(2))));

  const features: BasemapFeature[] = [];
  for (const geometry of inBox) {
    const shape = shapeOf(geometry);
    const polygons = clipPolygons(polygonsOf(shape), [box]);
    if (polygons.length === 0) continue;
    const properties = countryProperties(geometry, labelPoint(clipPolygons(polygonsOf(shape), [LABEL_BOX])));
    features.push({ type: "Feature", properties, geometry: asPolygonal(polygons) });
  }
  features.sort((a, b) => compareText((a.properties as CountryProperties).iso, (b.properties as CountryProperties).iso));

  const collection: GeometryCollection = { type: "GeometryCollection", geometries: inBox };
  const lines = (shared: boolean) => clipLines(mesh(simplified, collection, (a: GeometryObject, b: GeometryObject) => (a !== b) === shared).coordinates, box);
  return { countries: features, coastline: lines(false), borders: lines(true) };
}

/** Land, coastline and borders of the ring between the detail box and the context box. */
function contextFeatures(topology: Topology, outer: Box, inner: Box) {
  const simplified = simplifyTopology(decodeTopology(topology), CONTEXT_TOLERANCE);
  const strips = ringStrips(outer, inner);
  // A GeometryCollection holding one MultiPolygon in world-atlas; read it as a collection anyway.
  const landShapes = feature(simplified, simplified.objects.land as GeometryCollection) as GeoJSON.FeatureCollection<Polygon | MultiPolygon>;
  const land: BasemapFeature = {
    type: "Feature",
    properties: { kind: "context-land" },
    geometry: { type: "MultiPolygon", coordinates: clipPolygons(landShapes.features.flatMap((f) => polygonsOf(f.geometry)), strips) },
  };
  const inStrips = (lines: Position[][]) => strips.flatMap((strip) => clipLines(lines, strip));
  return {
    land,
    coastline: inStrips(mesh(simplified, simplified.objects.land as GeometryObject).coordinates),
    borders: inStrips(mesh(simplified, simplified.objects.countries as GeometryObject, (a: GeometryObject, b: GeometryObject) => a !== b).coordinates),
  };
}

/** The ring between two nested boxes as four boxes that do not overlap: west, east, south, north. */
export function ringStrips(outer: Box, inner: Box): Box[] {
  return [
    { west: outer.west, south: outer.south, east: inner.west, north: outer.north },
    { west: inner.east, south: outer.south, east: outer.east, north: outer.north },
    { west: inner.west, south: outer.south, east: inner.east, north: inner.south },
    { west: inner.west, south: inner.north, east: inner.east, north: outer.north },
  ];
}

function clipPolygons(polygons: Ring[][], boxes: Box[]): Ring[][] {
  return boxes.flatMap((box) => polygons.map((polygon) => clipPolygon(polygon, box)).filter((p): p is Ring[] => p !== null));
}

function asPolygonal(polygons: Ring[][]): Polygon | MultiPolygon {
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

function countryProperties(geometry: GeometryObject<{ name: string }>, labelAt: [number, number] | null): CountryProperties {
  const numeric = String(geometry.id);
  const iso = ISO_ALPHA3[numeric];
  const name = (geometry.properties as { name?: string } | undefined)?.name;
  if (iso === undefined || name === undefined) {
    throw new Error(`build-basemap: no ISO alpha-3 code for country ${numeric} (${name}); add it to ISO_ALPHA3`);
  }
  return { kind: "country", iso, name, isLibya: iso === LIBYA_ISO, labelAt };
}

/** One feature per line: small diffs when Natural Earth or the boxes change. */
export function serializeBasemap(basemap: Basemap): string {
  const lines = basemap.features.map((f) => JSON.stringify(f));
  const head = `{"type":"FeatureCollection","bbox":${JSON.stringify(basemap.bbox)},"detailBox":${JSON.stringify(basemap.detailBox)}`;
  return `${head},"features":[\n${lines.join(",\n")}\n]}\n`;
}

/**
 * Names are placed within about what the "all of Libya" view shows (Libya's bounds plus a margin),
 * so that Algeria is named beside Libya's border rather than in the Hoggar, off screen.
 */
export const LABEL_BOX: Box = { west: 7.25, south: 18.45, east: 27.2, north: 34.2 };

/** Below this area (square degrees) a country's part of the label box is too small to name. */
export const MIN_LABEL_AREA = 1.5;

/**
 * Where to write a country's name: the centroid of its largest piece, or, when that falls
 * outside (a crescent-shaped piece), the middle of the widest stretch of land on the centroid's
 * latitude.
 */
export function labelPoint(polygons: Ring[][]): [number, number] | null {
  const largest = polygons
    .map((polygon) => ({ polygon, area: Math.abs(signedArea(polygon[0]!)) }))
    .sort((a, b) => b.area - a.area)[0];
  if (largest === undefined || largest.area < MIN_LABEL_AREA) return null;
  const [cx, cy] = centroid(largest.polygon[0]!);
  if (pointInPolygon([cx, cy], largest.polygon)) return roundPosition([cx, cy]) as [number, number];
  const crossings = largest.polygon
    .flatMap((ring) => ring.slice(1).map((p, i) => [ring[i]!, p] as const))
    .filter(([a, b]) => (a[1]! > cy) !== (b[1]! > cy))
    .map(([a, b]) => a[0]! + ((cy - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!))
    .sort((a, b) => a - b);
  let best: [number, number] | null = null;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const [from, to] = [crossings[i]!, crossings[i + 1]!];
    if (best === null || to - from > best[1] - best[0]) best = [from, to];
  }
  return best === null ? null : (roundPosition([(best[0] + best[1]) / 2, cy]) as [number, number]);
}

function centroid(ring: Ring): [number, number] {
  let [x, y, twiceArea] = [0, 0, 0];
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = [ring[i - 1]![0]!, ring[i - 1]![1]!];
    const [x1, y1] = [ring[i]![0]!, ring[i]![1]!];
    const cross = x0 * y1 - x1 * y0;
    twiceArea += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return [x / (3 * twiceArea), y / (3 * twiceArea)];
}

/** Even–odd rule over all rings, so a point in a hole is outside. */
export function pointInPolygon(point: Position, polygon: Ring[]): boolean {
  const [px, py] = [point[0]!, point[1]!];
  let inside = false;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const [ax, ay] = [ring[i - 1]![0]!, ring[i - 1]![1]!];
      const [bx, by] = [ring[i]![0]!, ring[i]![1]!];
      if (ay > py !== by > py && px < ax + ((py - ay) * (bx - ax)) / (by - ay)) inside = !inside;
    }
  }
  return inside;
}

// ---------------------------------------------------------------- topology

/** Undoes delta encoding and quantisation, so arcs can be simplified in degrees. */
function decodeTopology(topology: Topology): Topology {
  const t = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    if (t === undefined) return arc.map((p) => [p[0]!, p[1]!]);
    let x = 0;
    let y = 0;
    return arc.map((p) => {
      x += p[0]!;
      y += p[1]!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
  const { transform: _dropped, ...rest } = topology;
  return { ...rest, arcs };
}

function simplifyTopology(topology: Topology, tolerance: number): Topology {
  return { ...topology, arcs: topology.arcs.map((arc) => simplifyLine(arc, tolerance)) };
}

// ---------------------------------------------------------------- geometry (planar, in degrees)

/** Douglas–Peucker; keeps both ends so arcs still meet at topology nodes. */
export function simplifyLine(line: Position[], tolerance: number): Position[] {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(line[i]!, line[first]!, line[last]!);
      if (d > farthestDistance) {
        farthest = i;
        farthestDistance = d;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [px, py] = [p[0]!, p[1]!];
  const [ax, ay] = [a[0]!, a[1]!];
  const dx = b[0]! - ax;
  const dy = b[1]! - ay;
  const lengthSquared = dx * dx + dy * dy;
  // A closed arc (an island) starts and ends on the same point: measure from that point.
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  // sqrt, not Math.hypot: sqrt is correctly rounded everywhere, so the output is byte-stable.
  const [ex, ey] = [px - (ax + t * dx), py - (ay + t * dy)];
  return Math.sqrt(ex * ex + ey * ey);
}

/**
 * Clips a polygon (exterior ring then holes) to the box with Sutherland–Hodgman, rounds, and
 * winds it the RFC 7946 way (exterior counter-clockwise). Null when nothing of it is left.
 */
export function clipPolygon(polygon: Ring[], box: Box): Ring[] | null {
  const rings: Ring[] = [];
  for (const [index, ring] of polygon.entries()) {
    const clipped = tidyRing(clipRing(ring, box));
    if (clipped === null) {
      if (index === 0) return null;
      continue;
    }
    const counterClockwise = signedArea(clipped) > 0;
    rings.push(counterClockwise === (index === 0) ? clipped : clipped.reverse());
  }
  return rings;
}

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function boxEdges(box: Box): Edge[] {
  const atX = (x: number) => (a: Position, b: Position): Position => [x, a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!)];
  const atY = (y: number) => (a: Position, b: Position): Position => [a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!), y];
  return [
    { inside: (p) => p[0]! >= box.west, cross: atX(box.west) },
    { inside: (p) => p[0]! <= box.east, cross: atX(box.east) },
    { inside: (p) => p[1]! >= box.south, cross: atY(box.south) },
    { inside: (p) => p[1]! <= box.north, cross: atY(box.north) },
  ];
}

export function clipRing(ring: Ring, box: Box): Ring {
  let points = ring.slice(0, -1); // open the ring; it is closed again by tidyRing
  for (const edge of boxEdges(box)) {
    if (points.length === 0) break;
    const output: Position[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cross(previous, current));
      }
    }
    points = output;
  }
  return points;
}

/** Rounds, drops repeated points, closes; null if the ring no longer encloses any area. */
function tidyRing(open: Position[]): Ring | null {
  const ring = dedupe(open.map(roundPosition));
  if (ring.length > 1 && samePosition(ring[0]!, ring[ring.length - 1]!)) ring.pop();
  if (ring.length < 3) return null;
  ring.push(ring[0]!);
  return signedArea(ring) === 0 ? null : ring;
}

/** Clips polylines to the box (Liang–Barsky per segment), splitting where a line leaves it. */
export function clipLines(lines: Position[][], box: Box): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    const flush = () => {
      const tidy = dedupe(run.map(roundPosition));
      if (tidy.length >= 2) out.push(tidy);
      run = [];
    };
    for (let i = 1; i < line.length; i++) {
      const segment = clipSegment(line[i - 1]!, line[i]!, box);
      if (segment === null) {
        flush();
        continue;
      }
      const [a, b] = segment;
      const last = run[run.length - 1];
      if (last === undefined || !samePosition(last, a)) {
        flush();
        run.push(a);
      }
      run.push(b);
      if (!samePosition(b, line[i]!)) flush();
    }
    flush();
  }
  return out;
}

function clipSegment(a: Position, b: Position, box: Box): [Position, Position] | null {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  let t0 = 0;
  let t1 = 1;
  const checks: Array<[number, number]> = [
    [-dx, a[0]! - box.west],
    [dx, box.east - a[0]!],
    [-dy, a[1]! - box.south],
    [dy, box.north - a[1]!],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  const at = (t: number): Position => (t === 0 ? a : t === 1 ? b : [a[0]! + t * dx, a[1]! + t * dy]);
  return [at(t0), at(t1)];
}

function signedArea(ring: Ring): number {
  let area = 0;
  for (let i = 1; i < ring.length; i++) {
    area += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  }
  return area / 2;
}

function roundPosition(p: Position): Position {
  const scale = 10 ** COORDINATE_DECIMALS;
  // `+ 0` turns -0 into 0 so the output does not depend on which side a value was rounded from.
  return [Math.round(p[0]! * scale) / scale + 0, Math.round(p[1]! * scale) / scale + 0];
}

function dedupe(points: Position[]): Position[] {
  return points.filter((p, i) => i === 0 || !samePosition(p, points[i - 1]!));
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function polygonsOf(shape: Polygon | MultiPolygon): Ring[][] {
  return shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
}

function boundsOf(points: Position[]): Box {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    west = Math.min(west, p[0]!);
    east = Math.max(east, p[0]!);
    south = Math.min(south, p[1]!);
    north = Math.max(north, p[1]!);
  }
  return { west, south, east, north };
}

function boxesOverlap(a: Box, b: Box): boolean {
  return a.west < b.east && b.west < a.east && a.south < b.north && b.south < a.north;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------- entry point

export function readSources(): BasemapSources {
  const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Topology;
  return { detail: read(DETAIL_TOPOJSON), context: read(CONTEXT_TOPOJSON) };
}

/** Builds and writes the file; returns its size in bytes. */
export function writeBasemap(out: string = BASEMAP_OUT): number {
  const text = serializeBasemap(buildBasemap(readSources()));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  return Buffer.byteLength(text);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = writeBasemap();
  console.log(`build-basemap: wrote ${BASEMAP_OUT} (${(bytes / 1024).toFixed(1)} KiB)`);
}
