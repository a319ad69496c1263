// The map's projection, shared by the build script (which projects the coastlines with d3-geo)
// and the kiosk (which projects its few places at run time without shipping d3). Equidistant conic:
// each base map names its central meridian and standard parallels (scripts/map/buildMap.ts).

export interface MapFrame {
  /** Degrees: the central meridian is -rotate. */
  rotate: number;
  parallels: [number, number];
  /** Affine from the raw projection (radians) to frame units: x = k·rx + tx, y = ty − k·ry. */
  k: number;
  tx: number;
  ty: number;
  width: number;
  height: number;
}

/** Graticule lines: parallels and meridians as [first, last, step] in degrees, drawn over lon and lat. */
export interface Graticule {
  parallels: [number, number, number];
  meridians: [number, number, number];
  lon: [number, number];
  lat: [number, number];
}

const rad = Math.PI / 180;

/** d3's conicEquidistantRaw, for the same numbers without the dependency. */
export function conicEquidistantRaw(parallels: [number, number]) {
  const y0 = parallels[0] * rad;
  const y1 = parallels[1] * rad;
  const cy0 = Math.cos(y0);
  const n = y0 === y1 ? Math.sin(y0) : (cy0 - Math.cos(y1)) / (y1 - y0);
  const g = cy0 / n + y0;
  return (lambda: number, phi: number): [number, number] => {
    const gy = g - phi;
    const nx = n * lambda;
    return [gy * Math.sin(nx), g - gy * Math.cos(nx)];
  };
}

/** Projects [lon, lat] in degrees into the frame's units. */
export function projectPoint(frame: MapFrame, lon: number, lat: number): [number, number] {
  let lambda = lon + frame.rotate;
  if (lambda > 180) lambda -= 360;
  if (lambda < -180) lambda += 360;
  const [rx, ry] = conicEquidistantRaw(frame.parallels)(lambda * rad, lat * rad);
  return [frame.k * rx + frame.tx, frame.ty - frame.k * ry];
}
