// Maps machine snapshots to what the stage shows: which scene and which cue.
// It reads state and never writes it.
import type { SnapshotFrom } from 'xstate';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import {
  currentChapter,
  currentCueIndex,
  currentStep,
  currentTrack,
} from '../machine/selectors.ts';
import { endedRights } from '../content/rightsCheck.ts';
import { AttractScene } from './AttractScene.ts';
import { basemap } from './map/current.ts';
import { landPainted, landTexture } from './map/basemap.ts';
import { ChapterScene } from './ChapterScene.ts';
import { extensionOf } from './extensions.ts';
import { PlainScene } from './PlainScene.ts';
import type { SceneOptions } from './Scene.ts';
import type { Stage } from './Stage.ts';
import { setAccessLayout } from './theme.ts';

type Snapshot = SnapshotFrom<KioskMachine>;

/** Keeps the stage in step with the machine. */
export class SceneDirector {
  private key = '';

  constructor(
    private readonly stage: Stage,
    private readonly options: SceneOptions,
  ) {}

  /** Shows the scene for `s` afresh (after the stage dropped a scene or the GPU came back). */
  rebuild(s: Snapshot): void {
    this.key = '';
    this.update(s);
  }

  /** Holds the attract montage still, or lets it move (a new attract loop always moves). */
  holdAttract(on: boolean): void {
    const scene = this.stage.scene;
    if (scene instanceof AttractScene) scene.hold(on);
  }

  /** Call with every snapshot. */
  update(s: Snapshot): void {
    const ctx = s.context;
    const a = ctx.access;
    if (setAccessLayout(a.largeCaptions || a.largeText, a.largeText)) this.stage.relayout();
    const key = s.matches('visit')
      ? s.matches({ visit: { flow: 'chapter' } })
        ? `chapter:${ctx.chapterIndex}`
        : 'home'
      : s.matches('display')
        ? `chapter:${ctx.chapterIndex}`
        : s.matches('closed')
          ? 'closed'
          : String(s.value);
    if (key !== this.key) {
      this.key = key;
      this.stage.show(this.sceneFor(s));
    }
    const scene = this.stage.scene;
    if (scene instanceof ChapterScene) {
      const index = currentCueIndex(ctx);
      scene.showCue(index, ctx.lang, currentStep(ctx));
      // The narration keeps the clock: a film on screen follows its time and its pauses.
      const start = currentTrack(ctx)?.cueStarts[index] ?? 0;
      const running =
        s.matches({ visit: { flow: { chapter: 'playing' } } }) ||
        s.matches({ display: { chapter: 'telling' } });
      scene.follow(ctx.position, ctx.position - start, running, ctx.lang);
    }
  }

  private sceneFor(s: Snapshot) {
    const ctx = s.context;
    const exhibit = ctx.exhibit;
    // The exhibit's own atmospheres and attract layers, loaded at boot with its content.
    const extension = extensionOf(exhibit?.id);
    // Picture cues find their files in the exhibit's media folder.
    const options = exhibit?.mediaBase
      ? { ...this.options, mediaBase: exhibit.mediaBase }
      : this.options;
    if (s.matches('attract') && exhibit) {
      // The land under map cues is painted once (a quarter of a second on a software renderer):
      // do it now, while nobody is watching, rather than at a visitor's first map.
      const map = basemap();
      if (map && landPainted()) landTexture(map);
      const titles = exhibit.languages.map((lang) => ({
        lang,
        title: exhibit.title[lang] ?? '',
        ...(exhibit.subtitle?.[lang] ? { subtitle: exhibit.subtitle[lang] } : {}),
      }));
      // A cue whose licence has ended is left out of the montage too.
      const today = this.options.today?.() ?? new Date();
      const chapters = exhibit.chapters.map((c) =>
        c.cues.filter((cue) => !endedRights(cue, today)),
      );
      return new AttractScene(
        { titles, chapters, places: exhibit.places, plans: exhibit.plans },
        options,
        extension,
      );
    }
    const chapter = currentChapter(ctx);
    if ((s.matches({ visit: { flow: 'chapter' } }) || s.matches('display')) && chapter)
      return new ChapterScene(chapter, options, exhibit?.places, extension, exhibit?.plans);
    return new PlainScene(this.key, this.options, this.key !== 'home');
  }
}
