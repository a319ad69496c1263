// Maps machine snapshots to what the stage shows: which scene and which cue.
// It reads state and never writes it. Touch first (issue 20): a snapshot is applied to the stage
// after the next paint (afterPaint.ts), so the handler of a tap only changes the DOM overlay; the
// frame that shows that change draws no scene; the new scene is built after it, and a new
// chapter's first card one frame later again. The old scene stays until then (no empty stage).
import type { SnapshotFrom } from 'xstate';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import {
  currentChapter,
  currentCueIndex,
  currentStep,
  currentTrack,
} from '../machine/selectors.ts';
import { endedRights } from '../content/rightsCheck.ts';
import { prepareViews } from '../cues/views.ts';
import { afterNextPaint, Latest, type Schedule } from './afterPaint.ts';
import { AttractScene } from './AttractScene.ts';
import { ChapterScene } from './ChapterScene.ts';
import { extensionOf } from './extensions.ts';
import { PlainScene } from './PlainScene.ts';
import type { SceneOptions } from './Scene.ts';
import type { Stage } from './Stage.ts';
import { setAccessLayout } from './theme.ts';

type Snapshot = SnapshotFrom<KioskMachine>;

/** Which scene a snapshot shows: a new key, a new scene. */
export function sceneKey(s: Snapshot): string {
  const ctx = s.context;
  return s.matches('visit')
    ? s.matches({ visit: { flow: 'chapter' } })
      ? `chapter:${ctx.chapterIndex}`
      : 'home'
    : s.matches('display')
      ? `chapter:${ctx.chapterIndex}`
      : s.matches('closed')
        ? 'closed'
        : String(s.value);
}

/** The scene and the cue a snapshot shows: when it changes, a scene or a card is built. */
function pictureKey(s: Snapshot): string {
  return `${sceneKey(s)}|${currentCueIndex(s.context)}:${s.context.lang}`;
}

/** Keeps the stage in step with the machine. */
export class SceneDirector {
  /** The scene on the stage (applied, not wanted). */
  private key = '';
  /** The scene and cue last asked for. */
  private wanted = '';
  private readonly pending: Latest<Snapshot>;
  /** The scene and cue last drawn: a new one is drawn in the next frame (Stage.drawSoon). */
  private drawnKey = '';

  /** `schedule` runs the stage's work later: after the next paint (tests pass their own). */
  constructor(
    private readonly stage: Stage,
    private readonly options: SceneOptions,
    schedule: Schedule = afterNextPaint,
  ) {
    this.pending = new Latest(schedule, (s) => this.apply(s));
  }

  /** Shows the scene for `s` afresh (after the stage dropped a scene or the GPU came back). */
  rebuild(s: Snapshot): void {
    this.key = '';
    this.drawnKey = '';
    this.update(s);
  }

  /** Holds the attract montage still, or lets it move (a new attract loop always moves). */
  holdAttract(on: boolean): void {
    // A loop still waiting to be built is built now, so that the hold applies to it.
    this.pending.flush();
    const scene = this.stage.scene;
    if (scene instanceof AttractScene) scene.hold(on);
  }

  /** Whether a snapshot waits to be drawn (tests, the bench). */
  get waiting(): boolean {
    return this.pending.waiting;
  }

  /**
   * Call with every snapshot: the stage follows after the next paint. A new scene or card leaves
   * the next frame undrawn (the canvas keeps its picture), so that frame carries only the DOM.
   * A still stage (tests' `freeze`) follows at once: its frames are drawn on request.
   */
  update(s: Snapshot): void {
    const wanted = pictureKey(s);
    if (wanted !== this.wanted) {
      this.wanted = wanted;
      this.stage.skipFrame();
    }
    this.pending.want(s);
    // A still stage draws only when told: everything is applied at once, scene and card.
    if (this.stage.still) while (this.pending.waiting) this.pending.flush();
  }

  /** Draws `s`: its scene (a new one, then its card in a later run), its cue, its clock. */
  private apply(s: Snapshot): void {
    const ctx = s.context;
    const a = ctx.access;
    if (setAccessLayout(a.largeCaptions || a.largeText, a.largeText)) this.stage.relayout();
    const key = sceneKey(s);
    if (key !== this.key) {
      this.key = key;
      this.stage.show(this.sceneFor(s));
      // The scene rises from transparent: its first card can come one frame later, which
      // spreads the building over two frames. A newer snapshot, if any, is kept.
      if (this.stage.scene instanceof ChapterScene) {
        this.stage.drawSoon();
        if (!this.pending.waiting) this.pending.want(s);
        return;
      }
    }
    const drawn = pictureKey(s);
    if (drawn !== this.drawnKey) {
      this.drawnKey = drawn;
      this.stage.drawSoon();
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
      // What the exhibit's cue types need before a visitor's first (a map's land, a film's
      // question to the browser): now, while nobody is watching (cues/views.ts).
      prepareViews(exhibit.chapters.flatMap((c) => c.cues.map((q) => q.type)));
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
