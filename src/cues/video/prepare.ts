// Before a visitor's first film: Pixi asks how this browser uploads video frames (premultiplied
// or not) the first time a film loads, by making a WebGL context of its own and uploading a test
// clip. On a 2-core software renderer that took ~15 ms (8.5 ms for the context alone, a CPU
// profile of the gallery's film chapter), inside the film cue's first frames. The answer is kept
// for the page's life, so it is asked once, while the attract loop runs and the page is idle.
import { detectVideoAlphaMode } from 'pixi.js';
import { whenIdle } from '../../whenIdle.ts';

let asked = false;

/** Asks Pixi's video question once, when the page is next idle (views.ts: exhibits with films). */
export function prepareFilms(): void {
  if (asked) return;
  asked = true;
  whenIdle(() => void detectVideoAlphaMode(), 5_000);
}
