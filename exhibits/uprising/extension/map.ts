// Uprising's base map (`npm run map -- uprising` writes basemap.json beside this file).
// Equidistant conic, central meridian 80° E, standard parallels 52° and 68° N: it keeps the
// Soviet Union from Berlin to Magadan in one calm frame with little distortion at camp latitudes.
import type { MapConfig } from '../../../scripts/map/buildMap.ts';

/** From Ireland past the Bering Strait, from the Persian Gulf to the Arctic; the USSR emphasised. */
export const map: MapConfig = {
  projection: { rotate: -80, parallels: [52, 68] },
  extent: { west: -20, east: 195, south: 8, north: 82 },
  // ISO 3166 numeric ids of the fifteen republics of the Soviet Union (its post-1945 outline).
  emphasis: [
    '643',
    '804',
    '112',
    '398',
    '440',
    '428',
    '233',
    '498',
    '268',
    '051',
    '031',
    '860',
    '795',
    '417',
    '762',
  ],
  graticule: { parallels: [40, 80, 10], meridians: [0, 180, 20], lon: [0, 180], lat: [30, 85] },
};
