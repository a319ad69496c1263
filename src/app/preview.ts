// The kiosk as the studio's preview (`?preview=1`, in the dev server and test builds only: main.ts
// imports this file behind `MODE === 'development' || MODE === 'test'`, so a museum's build has none
// of it). The real stage and overlay, driven by the studio's page in the parent window through
// postMessage (PreviewCommand in src/studio/api.ts), answered with PreviewEvent:
// - no idle reset, no attract montage, no music, no advisory gate; no analytics, beacon, updates,
//   service worker, staff gesture or lockdown (startKiosk is not run);
// - `preview.content`: the exhibit's files replaced by those sent (previewReader.ts), loaded and
//   checked; invalid -> `preview.error` and the last good content stays; valid -> the machine boots
//   it (kiosk.fault -> outOfService -> boot, at once) and is put back where it was;
// - `preview.show`: the chapter at the start of that sentence, paused (its cues as they are there);
// - `preview.play` / `preview.pause`: the visitor's resume and pause, with the voiced narration, or
//   silently on the story clock where there is none.
// Every move is one the machine already takes from a visitor or a test build: ui.start,
// ui.continue, ui.home, ui.chapterChosen, ui.pause, ui.languageChosen, narration.progress.
import { type Actor, fromCallback, waitFor } from 'xstate';
import { descriptionActor, narrationActor } from '../actors/audio.ts';
import { DescriptionVoice } from '../audio/DescriptionVoice.ts';
import { HowlerNarration } from '../audio/HowlerNarration.ts';
import { SilentNarration } from '../audio/SilentNarration.ts';
import { ContentLoadError, type ContentError } from '../content/errors.ts';
import { loadExhibit } from '../content/load.ts';
import type { Exhibit } from '../content/types.ts';
import { sentenceCount, sentenceStart } from '../content/vtt.ts';
import { logProblem } from '../kiosk/log.ts';
import { chapterMachine } from '../machine/chapter/chapterMachine.ts';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import type { LoaderInput, MusicCommand } from '../machine/types.ts';
import type { SceneDirector } from '../scenes/SceneDirector.ts';
import type { Stage } from '../scenes/Stage.ts';
import type { PreviewCommand, PreviewEvent } from '../studio/api.ts';
import type { Overlay } from '../ui/Overlay.ts';
import { previewReader, type SentFiles } from './previewReader.ts';

/** Where the preview stands: a chapter (by id), a sentence (0-based), a language. */
export interface Place {
  chapter: string;
  sentence: number;
  lang: string;
}

/** What the preview needs from the page. */
export interface PreviewPage {
  exhibitId: string;
  base: string;
  loadFonts: () => Promise<unknown>;
  extension: (id: string) => Promise<{ atmospheres: Record<string, unknown> }>;
}

/** Tells the studio's page (the parent window, same origin only). */
function tell(event: PreviewEvent): void {
  window.parent.postMessage(event, location.origin);
}

/** One problem as the studio shows it, for a failure that is not a content error. */
function asErrors(e: unknown, exhibitId: string): ContentError[] {
  if (e instanceof ContentLoadError) return e.errors;
  return [{ file: `exhibits/${exhibitId}`, path: '', message: String(e) }];
}

/** The preview: its machine options (the actors it swaps), then `start` once the views exist. */
export function createPreview(page: PreviewPage) {
  let files: SentFiles = {};
  /** An exhibit already loaded and checked, for the next boot to take as it is. */
  let pending: Exhibit | null = null;
  let place: Place | null = null;
  let actor: Actor<KioskMachine> | undefined;
  let views: { overlay: Overlay; director: SceneDirector | undefined } | undefined;
  /** While true the stage (and, while booting, the overlay) keeps what it shows. */
  let holdStage = true;
  let holdOverlay = true;

  const load = async (exhibitId: string): Promise<Exhibit> => {
    const extension = page.extension(exhibitId);
    const reader = previewReader(exhibitId, files, page.base);
    reader.extensionAtmospheres = async () =>
      Object.keys((await extension.catch(() => undefined))?.atmospheres ?? {});
    const [exhibit] = await Promise.all([
      loadExhibit(reader, { checkMedia: false }),
      page.loadFonts(),
    ]);
    await extension;
    return reader.silence(exhibit);
  };

  // The boot: the exhibit the preview already checked, or (the first time) the one on disk. A
  // failure is told to the studio and the boot screen waits for content that loads.
  const loader = fromCallback<{ type: string }, LoaderInput>(({ input, sendBack }) => {
    let cancelled = false;
    const ready = pending;
    const run = ready ? Promise.resolve(ready) : load(input.exhibitId);
    run.then(
      (exhibit) => {
        if (!cancelled) sendBack({ type: 'boot.loaded', exhibit });
      },
      (e: unknown) => {
        logProblem('the preview could not load the exhibit', e);
        tell({ type: 'preview.error', errors: asErrors(e, input.exhibitId) });
      },
    );
    return () => {
      cancelled = true;
    };
  });
  const inert = fromCallback(() => () => undefined);
  const silentMusic = fromCallback<MusicCommand, unknown>(() => () => undefined);
  const chapter = chapterMachine.provide({
    actors: {
      // Voiced narration where it exists; a chapter not voiced yet is told on the story clock.
      narration: narrationActor((track, from) =>
        track.audio.length
          ? new HowlerNarration(track, from, logProblem)
          : new SilentNarration(track, from),
      ),
      description: descriptionActor(
        ({ audio, seconds }, done) => new DescriptionVoice(audio, seconds, done, logProblem),
      ),
    },
  });

  /** Holds the views still while the machine takes several steps at once; then shows the end. */
  const settle = (rebuild: boolean) => {
    holdStage = false;
    holdOverlay = false;
    if (!actor || !views) return;
    const s = actor.getSnapshot();
    if (rebuild) views.director?.rebuild(s);
    else views.director?.update(s);
    views.overlay.update(s);
  };

  /** Puts the machine at `want` (paused), by a visitor's and a test build's own events. */
  const goTo = (want: Place, forceChapter: boolean): Place => {
    const a = actor!;
    const send = a.send.bind(a);
    const exhibit = a.getSnapshot().context.exhibit!;
    let index = exhibit.chapters.findIndex((c) => c.id === want.chapter);
    if (index < 0) index = 0;
    const lang = exhibit.languages.includes(want.lang) ? want.lang : exhibit.defaultLanguage;
    const inChapter = () => a.getSnapshot().matches({ visit: { flow: 'chapter' } });
    const s0 = a.getSnapshot();
    const hop =
      forceChapter ||
      !inChapter() ||
      s0.context.chapterIndex !== index ||
      s0.matches({ visit: { flow: { chapter: 'ended' } } });
    holdStage = true;
    if (hop) {
      if (inChapter()) send({ type: 'ui.home' });
      // A memorial holding still ignores "home": start the visit again instead.
      if (inChapter()) send({ type: 'kiosk.recover' });
      if (a.getSnapshot().matches('attract')) send({ type: 'ui.start' });
      if (a.getSnapshot().matches({ visit: { flow: 'advisory' } })) send({ type: 'ui.continue' });
      send({ type: 'ui.languageChosen', lang });
      send({ type: 'ui.chapterChosen', index });
    }
    send({ type: 'ui.pause' });
    if (a.getSnapshot().context.lang !== lang) send({ type: 'ui.languageChosen', lang });
    const track = exhibit.chapters[index]!.tracks[lang];
    const count = track ? sentenceCount(track.captions) : 0;
    const sentence = Math.max(0, Math.min(want.sentence, count - 1));
    const position = (track && sentenceStart(track.captions, sentence)) ?? 0;
    send({ type: 'narration.progress', position });
    // The same language again: the narration starts over from that place (paused).
    send({ type: 'ui.languageChosen', lang });
    settle(hop);
    return { chapter: exhibit.chapters[index]!.id, sentence, lang };
  };

  const show = (want: Place, forceChapter = false) => {
    place = goTo(want, forceChapter);
    tell({ type: 'preview.shown', ...place });
  };

  const content = async (exhibitId: string, sent: SentFiles) => {
    const a = actor!;
    if (exhibitId !== a.getSnapshot().context.exhibitId) {
      tell({
        type: 'preview.error',
        errors: [
          {
            file: `exhibits/${exhibitId}`,
            path: '',
            message: `this preview shows the exhibit "${a.getSnapshot().context.exhibitId}": open the preview of "${exhibitId}"`,
          },
        ],
      });
      return;
    }
    const before = files;
    files = sent;
    let exhibit: Exhibit;
    try {
      exhibit = await load(exhibitId);
    } catch (e) {
      files = before;
      tell({ type: 'preview.error', errors: asErrors(e, exhibitId) });
      return;
    }
    // Boot it as the kiosk boots (retryDelay is 0 while one is pending), the views held still.
    pending = exhibit;
    holdStage = true;
    holdOverlay = true;
    const booted = waitFor(a, (s) => s.matches('attract') && s.context.exhibit === exhibit);
    a.send({ type: 'kiosk.fault', message: 'the studio sent new content' });
    await booted;
    pending = null;
    holdOverlay = false;
    const want = place ?? first(exhibit);
    show(want, true);
  };

  const handle = async (command: PreviewCommand) => {
    const a = actor!;
    // Until the exhibit is there (the first boot), only content can be taken.
    if (command.type === 'preview.content') return content(command.exhibit, command.files);
    if (command.type === 'preview.show') {
      const want = { chapter: command.chapter, sentence: command.sentence, lang: command.lang };
      // Before the first boot: where to go once it is there.
      if (!a.getSnapshot().context.exhibit) return void (place = want);
      return show(want);
    }
    if (!a.getSnapshot().context.exhibit) return;
    if (command.type === 'preview.play') return a.send({ type: 'ui.resume' });
    if (command.type === 'preview.pause') return a.send({ type: 'ui.pause' });
  };

  return {
    /** The actors the preview replaces (pass the browser's; the rest are kept). */
    actors<T extends object>(browser: T) {
      return {
        ...browser,
        loader,
        chapter,
        music: silentMusic,
        idleTimer: inert,
        countdown: inert,
      };
    },
    /** The out-of-service card waits only while new content is on its way. */
    delays: { retryDelay: () => (pending ? 0 : 24 * 3600_000) },

    /** Starts listening; call right before `actor.start()` (the studio hears `preview.ready`). */
    async start(
      a: Actor<KioskMachine>,
      parts: { overlay: Overlay; director: SceneDirector | undefined; stage: Stage | undefined },
    ) {
      // A test build's window.__exhibit, as the kiosk has it (no upkeep here: nothing recorded).
      if (import.meta.env.MODE === 'test') {
        const { installTestHandle } = await import('../kiosk/testHandle.ts');
        installTestHandle(a, parts.stage, {
          wakeLock: () => 'unsupported',
          analytics: { flush: async () => undefined, all: async () => [] },
        } as unknown as Parameters<typeof installTestHandle>[2]);
      }
      actor = a;
      views = { overlay: parts.overlay, director: parts.director };
      // The views follow the machine except while the preview moves it several steps at once.
      const overlayUpdate = parts.overlay.update.bind(parts.overlay);
      parts.overlay.update = (s) => void (holdOverlay ? undefined : overlayUpdate(s));
      const director = parts.director;
      if (director) {
        const directorUpdate = director.update.bind(director);
        director.update = (s) => void (holdStage ? undefined : directorUpdate(s));
      }
      let queue = Promise.resolve();
      // Content sent while an earlier one still loads replaces it: only the newest is loaded.
      let newest = 0;
      window.addEventListener('message', (e: MessageEvent<unknown>) => {
        if (e.origin !== location.origin || e.source !== window.parent) return;
        const command = e.data as PreviewCommand | null;
        if (!command || typeof command !== 'object' || !String(command.type).startsWith('preview.'))
          return;
        const mine = command.type === 'preview.content' ? ++newest : newest;
        queue = queue
          .then(() =>
            command.type === 'preview.content' && mine !== newest ? undefined : handle(command),
          )
          .catch((error: unknown) => logProblem('the preview could not follow the studio', error));
      });
      // The first boot (the overlay shows it), then the place asked for, or the first sentence;
      // content sent meanwhile shows itself.
      holdOverlay = false;
      void waitFor(a, (s) => !!s.context.exhibit, { timeout: Infinity }).then((s) => {
        if (!pending) show(place ?? first(s.context.exhibit!), true);
      });
      tell({ type: 'preview.ready' });
    },
  };
}

/** The exhibit's first sentence in its default language. */
function first(exhibit: Exhibit): Place {
  return { chapter: exhibit.chapters[0]?.id ?? '', sentence: 0, lang: exhibit.defaultLanguage };
}
