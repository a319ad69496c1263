// Pixi's text system keeps each text's texture under a key "<text>:<style uid>-<tick>:<resolution>".
// When the last text using one goes, it sets the entry to null but keeps the key
// (AbstractTextSystem.decreaseReferenceCount, Pixi 8.22), so every text ever shown leaves its key
// string behind: a title, a subtitle and every map label a visit, since each scene makes new
// styles. The 1,000-visit soak saw them as the heap's growing strings (+0.67 MB over visits
// 500 → 1,000, exactly one "Uprising:…" per visit). The stage deletes those null entries once a
// scene is gone. (A private field: if Pixi renames it, this does nothing.)

/** The part of a Pixi renderer this reads: its text systems' texture tables. */
interface TextSystems {
  canvasText?: { _activeTextures?: Record<string, unknown> | null };
  htmlText?: { _activeTextures?: Record<string, unknown> | null };
}

/** Deletes the keys of text textures no text uses any more; returns how many went. */
export function forgetReleasedTextKeys(renderer: unknown): number {
  const systems = renderer as TextSystems;
  let gone = 0;
  for (const system of [systems.canvasText, systems.htmlText]) {
    const active = system?._activeTextures;
    if (!active) continue;
    for (const key of Object.keys(active)) {
      if (active[key] !== null) continue;
      delete active[key];
      gone++;
    }
  }
  return gone;
}
