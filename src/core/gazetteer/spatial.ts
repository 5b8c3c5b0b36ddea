/**
 * A flat grid over entry points for `nearest` and `within`. Points are bucketed into square
 * cells of CELL_DEG degrees; the buckets are one Int32Array of entry indices ordered by cell,
 * with an offsets array (CSR layout), so a lookup touches a few contiguous runs and allocates
 * nothing but its result.
 */

/** Half a degree (~55 km): a few dozen Libyan places per cell in the populated north. */
const CELL_DEG = 0.5;
/** Mean Earth radius in km (IUGG), the value Turf uses. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface PointGrid {
  /** Indices (into the points given) of the k nearest points, nearest first, with km. */
  nearest(lat: number, lon: number, k: number): { index: number; km: number }[];
  /** Indices of the points inside [west, south, east, north], in ascending index order. */
  within(bbox: readonly [number, number, number, number]): number[];
}

export function createPointGrid(lats: Float64Array, lons: Float64Array): PointGrid {
  const n = lats.length;
  let south = Infinity;
  let north = -Infinity;
  let west = Infinity;
  let east = -Infinity;
  for (let i = 0; i < n; i++) {
    south = Math.min(south, lats[i] as number);
    north = Math.max(north, lats[i] as number);
    west = Math.min(west, lons[i] as number);
    east = Math.max(east, lons[i] as number);
  }
  if (n === 0) south = north = west = east = 0;
  const cols = Math.floor((east - west) / CELL_DEG) + 1;
  const rows = Math.floor((north - south) / CELL_DEG) + 1;
  const colOf = (lon: number): number => Math.min(cols - 1, Math.max(0, Math.floor((lon - west) / CELL_DEG)));
  const rowOf = (lat: number): number => Math.min(rows - 1, Math.max(0, Math.floor((lat - south) / CELL_DEG)));

  const cellOfPoint = new Int32Array(n);
  const starts = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) {
    const c = rowOf(lats[i] as number) * cols + colOf(lons[i] as number);
    cellOfPoint[i] = c;
    starts[c + 1] = (starts[c + 1] as number) + 1;
  }
  for (let c = 0; c < cols * rows; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const items = new Int32Array(n);
  const fill = starts.slice(0, cols * rows);
  for (let i = 0; i < n; i++) {
    const c = cellOfPoint[i] as number;
    items[fill[c] as number] = i;
    fill[c] = (fill[c] as number) + 1;
  }

  const gridMaxAbsLat = Math.max(Math.abs(south), Math.abs(north));
  /**
   * A safe lower bound on the km one degree spans between the query and grid points: a degree
   * of longitude at the highest latitude involved, less 10% because a great circle between
   * two points on one parallel bends poleward and is a little shorter than the parallel.
   */
  const kmPerDegFloor = (queryLat: number): number =>
    0.9 * EARTH_RADIUS_KM * RAD * Math.cos(Math.min(89.9, Math.max(gridMaxAbsLat, Math.abs(queryLat))) * RAD);

  function nearest(lat: number, lon: number, k: number): { index: number; km: number }[] {
    const best: { index: number; km: number }[] = [];
    if (n === 0 || k <= 0) return best;
    const kmPerDeg = kmPerDegFloor(lat);
    const r0 = rowOf(lat);
    const c0 = colOf(lon);
    const consider = (cell: number): void => {
      for (let j = starts[cell] as number; j < (starts[cell + 1] as number); j++) {
        const i = items[j] as number;
        const km = haversineKm(lat, lon, lats[i] as number, lons[i] as number);
        if (best.length === k && km >= (best[k - 1] as { km: number }).km) continue;
        let at = best.length;
        while (at > 0 && (best[at - 1] as { km: number }).km > km) at--;
        best.splice(at, 0, { index: i, km });
        if (best.length > k) best.pop();
      }
    };
    const maxRing = Math.max(rows, cols);
    for (let ring = 0; ring <= maxRing; ring++) {
      // Every point in this ring is at least (ring - 1) whole cells away from the query's cell
      // (the query may sit anywhere in its own cell, or outside the grid, which only adds distance).
      if (best.length === k && (ring - 1) * CELL_DEG * kmPerDeg > (best[k - 1] as { km: number }).km) break;
      for (let r = r0 - ring; r <= r0 + ring; r++) {
        if (r < 0 || r >= rows) continue;
        const edge = r === r0 - ring || r === r0 + ring;
        const step = edge ? 1 : 2 * ring;
        for (let c = c0 - ring; c <= c0 + ring; c += step === 0 ? 1 : step) {
          if (c >= 0 && c < cols) consider(r * cols + c);
        }
      }
    }
    return best;
  }

  function within(bbox: readonly [number, number, number, number]): number[] {
    const [w, s, e, nn] = bbox;
    const out: number[] = [];
    if (n === 0 || w > e || s > nn || e < west || w > east || nn < south || s > north) return out;
    for (let r = rowOf(s); r <= rowOf(nn); r++) {
      for (let c = colOf(w); c <= colOf(e); c++) {
        const cell = r * cols + c;
        for (let j = starts[cell] as number; j < (starts[cell + 1] as number); j++) {
          const i = items[j] as number;
          const la = lats[i] as number;
          const lo = lons[i] as number;
          if (la >= s && la <= nn && lo >= w && lo <= e) out.push(i);
        }
      }
    }
    return out.sort((a, b) => a - b);
  }

  return { nearest, within };
}
