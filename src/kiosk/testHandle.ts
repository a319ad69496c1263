// A typed handle for end-to-end tests, installed only in test builds (`vite build --mode test`).
import { Howler } from 'howler';
import type { Actor } from 'xstate';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import type { KioskEvent } from '../machine/types.ts';
import { ChapterScene } from '../scenes/ChapterScene.ts';
import type { Stage } from '../scenes/Stage.ts';

/** What tests can read and do. */
export interface ExhibitTestHandle {
  /** The machine's state value and context, without the exhibit data. */
  state(): { value: unknown; lang: string; chapterIndex: number; position: number; warningRemaining: number };
  send(event: KioskEvent): void;
  /** "webgl", "webgpu" or "canvas"; undefined when the stage failed. */
  renderer(): string | undefined;
  /** The stage's scene and, in a chapter, the cue on screen ("index:lang"). */
  scene(): { name: string | undefined; cue: string | undefined };
  /** The Web Audio context's state and whether Howler has unlocked it. */
  audio(): { context: string | undefined; unlocked: boolean };
}

declare global {
  interface Window {
    __exhibit?: ExhibitTestHandle;
  }
}

/** Installs `window.__exhibit`. */
export function installTestHandle(actor: Actor<KioskMachine>, stage: Stage | undefined): void {
  window.__exhibit = {
    state: () => {
      const s = actor.getSnapshot();
      const { lang, chapterIndex, position, warningRemaining } = s.context;
      return { value: s.value, lang, chapterIndex, position, warningRemaining };
    },
    send: (event) => actor.send(event),
    renderer: () => stage?.app.renderer.name,
    scene: () => {
      const scene = stage?.scene;
      return { name: scene?.name, cue: scene instanceof ChapterScene ? scene.cueKey : undefined };
    },
    audio: () => ({
      context: Howler.ctx?.state,
      unlocked: (Howler as unknown as { _audioUnlocked?: boolean })._audioUnlocked ?? false,
    }),
  };
}
