/**
 * Libya's extent in the Natural Earth outline the base map draws (lon 9.2863..25.1553,
 * lat 19.4969..33.1811), rounded outwards to 0.05°. Free of Leaflet so that Node tests can read it.
 */
export const LIBYA_BOUNDS = { south: 19.45, west: 9.25, north: 33.2, east: 25.2 } as const;
