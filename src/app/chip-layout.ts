/**
 * Where each source's marker sits around its place, in screen pixels from the place's point:
 * one marker sits on the place; two or more share a small ring, clockwise from the top, so each
 * visible source stays visible instead of the last drawn covering the others.
 */
export const CHIP_RING_RADIUS_PX = 10;

export function chipOffsets(count: number): [number, number][] {
  if (count <= 1) return count === 1 ? [[0, 0]] : [];
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return [Math.round(CHIP_RING_RADIUS_PX * Math.cos(angle)), Math.round(CHIP_RING_RADIUS_PX * Math.sin(angle))];
  });
}
