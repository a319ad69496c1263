// Before a visitor's first map: the land under map cues is painted once (a quarter of a second on
// a software renderer), so it is painted as the attract loop is built, while nobody is watching.
import { basemap } from '../../scenes/map/current.ts';
import { landPainted, landTexture } from '../../scenes/map/basemap.ts';

/** Paints the exhibit's land texture now, where land is painted at all (views.ts: exhibits with maps). */
export function prepareMaps(): void {
  const map = basemap();
  if (map && landPainted()) landTexture(map);
}
