// The machine's actors as the browser runs them: content from the server, Howler for narration,
// descriptions and music, real timers.
import { descriptionActor, musicActor, narrationActor } from '../actors/audio.ts';
import { type ContentLoading, loaderActor, startLoading } from '../actors/loader.ts';
import { countdownActor, idleTimerActor } from '../actors/timers.ts';
import { DescriptionVoice } from '../audio/DescriptionVoice.ts';
import { HowlerMusicBed } from '../audio/HowlerMusicBed.ts';
import { HowlerNarration } from '../audio/HowlerNarration.ts';
import { SilentNarration } from '../audio/SilentNarration.ts';
import { logProblem } from '../kiosk/log.ts';
import { type KioskSettings, withSettings } from '../kiosk/settings.ts';
import { chapterMachine } from '../machine/chapter/chapterMachine.ts';
import { loadExtension } from '../scenes/extensions.ts';

const FONTS = [
  '400 40px "PT Serif"',
  '700 40px "PT Serif"',
  '400 40px "PT Sans"',
  '700 40px "PT Sans"',
];

/** What loading content needs besides the files: the typefaces and the exhibit's extension. */
export function contentLoading(fontSample: string) {
  return {
    // The fonts the stage draws with; the exhibit's extension (its own chunk) with its map.
    loadFonts: () => Promise.all(FONTS.map((f) => document.fonts.load(f, fontSample))),
    extension: loadExtension,
  };
}

/** What the kiosk's loader reads content with: from this build, with the fonts and extension. */
function kioskContent(fontSample: string) {
  return {
    base: import.meta.env.BASE_URL,
    ...contentLoading(fontSample),
    // A test build reads file by file with ?bundle=0: the tests that change one file on its way.
    bundle: !(
      import.meta.env.MODE === 'test' && new URLSearchParams(location.search).get('bundle') === '0'
    ),
    bundleProblem: (message: string) =>
      logProblem(`the content bundle is not usable; reading its files one by one:\n${message}`),
  };
}

/**
 * Begins loading exhibit `id` before the machine exists (main.ts: while kiosk.json and the stage
 * are on their way); the loader takes it if the machine boots that exhibit.
 */
export function loadEarly(id: string, fontSample: string): ContentLoading {
  return startLoading(id, kioskContent(fontSample));
}

/**
 * The kiosk machine's actors for the browser; `fontSample` holds a letter of every script shown,
 * and `early` is content loading already begun (loadEarly), taken once by the first boot.
 */
export function browserActors(settings: KioskSettings, fontSample: string, early?: ContentLoading) {
  let begun = early;
  return {
    loader: loaderActor({
      ...kioskContent(fontSample),
      early: (id) => {
        const taken = begun?.exhibitId === id ? begun : undefined;
        begun = undefined;
        return taken;
      },
      report: (message) => logProblem(`content failed to load:\n${message}`),
      warn: (message) => logProblem(message),
      adjust: (exhibit) => withSettings(exhibit, settings),
    }),
    chapter: chapterMachine.provide({
      actors: {
        // A muted display loop decodes no narration; the story clock alone tells it.
        narration: narrationActor((track, from, unattended) =>
          unattended && settings.displayVolume === 0
            ? new SilentNarration(track, from)
            : new HowlerNarration(track, from, logProblem),
        ),
        description: descriptionActor(
          ({ audio, seconds }, done) => new DescriptionVoice(audio, seconds, done, logProblem),
        ),
      },
    }),
    music: musicActor((music, first) => new HowlerMusicBed(music, first, logProblem)),
    idleTimer: idleTimerActor,
    countdown: countdownActor,
  };
}
