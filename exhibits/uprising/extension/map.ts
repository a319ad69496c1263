// Uprising's base map (`npm run map -- uprising` writes basemap.json beside this file).
// Equidistant conic, central meridian 80° E, standard parallels 52° and 68° N: it keeps the
// Soviet Union from Berlin to Magadan in one calm frame with little distortion at camp latitudes.
import type { MapConfig } from '../../../scripts/map/buildMap.ts';

/** From Ireland past the Bering Strait, from the Persian Gulf to the Arctic; the USSR emphasised. */
export const map: MapConfig = {
  projection: { rotate: -80, parallels: [52, 68] },
  extent: { west: -20, east: 195, south: 8, north: 82 },
  // The emphasised border: the Soviet Union as it stood in 1953, the state whose camps the exhibit is
  // about, merged from today's fifteen successor states (ISO 3166 numeric ids) into one outline drawn
  // in frost blue; the borders between them are left out, every other border is drawn in grey. The
  // outline is the state's extent at the time, not a claim about any annexation's legitimacy (the
  // Baltic states' among them). Kaliningrad and the Kuril Islands come with Russia's outline; the
  // 1:50m data has no separate shape for southern Sakhalin or Tuva, both Soviet by 1953.
  emphasis: [
    '643', // Russia
    '804', // Ukraine
    '112', // Belarus
    '398', // Kazakhstan
    '440', // Lithuania
    '428', // Latvia
    '233', // Estonia
    '498', // Moldova
    '268', // Georgia
    '051', // Armenia
    '031', // Azerbaijan
    '860', // Uzbekistan
    '795', // Turkmenistan
    '417', // Kyrgyzstan
    '762', // Tajikistan
  ],
  graticule: { parallels: [40, 80, 10], meridians: [0, 180, 20], lon: [0, 180], lat: [30, 85] },
};
