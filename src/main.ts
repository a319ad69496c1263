// Composition root: read settings, create the stage and overlay, bind the real actors to the
// machine, start it. Everything else lives in its own module.
import './noEval.ts';
import '@fontsource/pt-serif/400.css';
import '@fontsource/pt-serif/700.css';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import './ui/styles.css';
import { Howler } from 'howler';
import { createActor } from 'xstate';
import { descriptionActor, musicActor, narrationActor } from './actors/audio.ts';
import { loaderActor } from './actors/loader.ts';
import { countdownActor, idleTimerActor } from './actors/timers.ts';
import { DescriptionVoice } from './audio/DescriptionVoice.ts';
import { HowlerMusicBed } from './audio/HowlerMusicBed.ts';
import { HowlerNarration } from './audio/HowlerNarration.ts';
import { SilentNarration } from './audio/SilentNarration.ts';
import { PromptVoice, promptFor, promptOf } from './audio/PromptVoice.ts';
import { TouchSound } from './audio/TouchSound.ts';
import { readConfig } from './config.ts';
import { watchActivity } from './kiosk/input.ts';
import { logProblem } from './kiosk/log.ts';
import { markStarted, takeBootGuardLog } from './kiosk/bootGuard.ts';
import { kioskMachine } from './machine/kioskMachine.ts';
import { chapterMachine } from './machine/chapter/chapterMachine.ts';
import { lockDown } from './kiosk/lockdown.ts';
import { watchPresenterKeys } from './kiosk/presenterKeys.ts';
import { watchKeypad } from './kiosk/keypad.ts';
import { loadSettings, saveSettings, volumeFor, withSettings } from './kiosk/settings.ts';
import { applyLauncherCommands } from './kiosk/launcherCommands.ts';
import { underLauncher } from './kiosk/launcher.ts';
import { watchStaffGesture } from './ui/staff/staffAccess.ts';
import { analyticsSection } from './ui/staff/analyticsSection.ts';
import { startUpkeep } from './kiosk/upkeep.ts';
import { startHeartbeat, stateName } from './kiosk/heartbeat.ts';
import { keepUpToDate } from './kiosk/updates.ts';
import { Recovery, watchErrors } from './kiosk/recovery.ts';
import { SceneDirector } from './scenes/SceneDirector.ts';
import { loadBasemap } from './scenes/map/basemap.ts';
import { Stage } from './scenes/Stage.ts';
import { Overlay } from './ui/Overlay.ts';

const FONTS = [
  '400 40px "PT Serif"',
  '700 40px "PT Serif"',
  '400 40px "PT Sans"',
  '700 40px "PT Sans"',
];

async function main(): Promise<void> {
  const storage = (() => {
    try {
      return window.localStorage;
    } catch {
      return undefined;
    }
  })();
  // Only a test build takes ?mode= (for the browser tests); a kiosk's mode comes from staff or
  // the launcher, whose commands are applied (and acknowledged) here, before anything reads them.
  const settings = loadSettings(location.search, storage, import.meta.env.MODE === 'test');
  applyLauncherCommands(settings, storage);
  const config = readConfig(
    location.search,
    matchMedia('(prefers-reduced-motion: reduce)').matches || settings.reducedMotion,
  );
  config.showCursor ||= settings.showCursor;
  document.documentElement.classList.toggle('reduced-motion', config.reducedMotion);

  // Without WebGL the overlay still tells the story in words: never a blank screen.
  const stage = await Stage.create(
    document.getElementById('stage')!,
    config.effects,
    !config.reducedMotion,
  ).catch((e: unknown) => {
    logProblem('the stage could not start; continuing without visuals', e);
    return undefined;
  });
  const director = stage && new SceneDirector(stage, { reducedMotion: config.reducedMotion });

  const machine = kioskMachine.provide({
    actors: {
      loader: loaderActor({
        base: import.meta.env.BASE_URL,
        // The fonts the stage draws with, and the base map (its own chunk) that map cues draw on.
        loadFonts: () =>
          Promise.all([...FONTS.map((f) => document.fonts.load(f, 'Aa Бб Її')), loadBasemap()]),
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
    },
  });
  const actor = createActor(machine, {
    input: { exhibitId: config.exhibitId, mode: settings.mode, access: settings.access },
  });
  function displaying(): boolean {
    return actor.getSnapshot().matches('display');
  }
  // The docent bar and the "+" and "−" keys set the volume of what is playing, and it is kept.
  const volume = {
    level: () => Howler.volume(),
    change: (step: number) => {
      const next = Math.round(Math.min(1, Math.max(0, Howler.volume() + step)) * 10) / 10;
      if (displaying()) settings.displayVolume = next;
      else settings.volume = next;
      Howler.volume(next);
      saveSettings(settings, storage);
    },
  };
  const overlay = new Overlay(document.getElementById('ui')!, (e) => actor.send(e), volume);
  const touch = new TouchSound(logProblem);
  document.addEventListener(
    'pointerdown',
    (e) => (e.target as Element | null)?.closest('button') && touch.play(),
    { capture: true },
  );
  actor.subscribe({
    next: (snapshot) => {
      touch.configure(snapshot.context.exhibit?.sounds);
      if (snapshot.context.mode !== settings.mode) {
        settings.mode = snapshot.context.mode;
        saveSettings(settings, storage);
      }
      Howler.volume(volumeFor(settings, snapshot.matches('display')));
      if (!snapshot.matches('attract')) document.documentElement.classList.remove('held');
      overlay.update(snapshot);
      director?.update(snapshot);
    },
    error: (e) => logProblem('the kiosk machine stopped', e),
  });
  watchActivity(document, (e) => actor.send(e));
  watchPresenterKeys(document, {
    mode: () => actor.getSnapshot().context.mode,
    chapter: () => {
      const s = actor.getSnapshot();
      if (s.matches({ visit: { flow: { chapter: 'playing' } } })) return 'playing';
      return s.matches({ visit: { flow: { chapter: 'paused' } } }) ? 'paused' : undefined;
    },
    send: (e) => actor.send(e),
    volume: (step) => volume.change(step),
  });
  const voice = new PromptVoice(logProblem);
  watchKeypad(
    document,
    {
      // The help is shown and read out; closing it silences the reading.
      help: () =>
        voice.say(
          overlay.toggleHelp()
            ? promptOf('keysSpoken', actor.getSnapshot().context, import.meta.env.BASE_URL)
            : undefined,
        ),
      // A keypad user in the attract loop: the montage holds still until the loop starts again.
      keyed: () => {
        if (!actor.getSnapshot().matches('attract')) return;
        director?.holdAttract(true);
        document.documentElement.classList.add('held');
      },
      // D: audio description on or off, in a visit; the new setting is spoken.
      describe: () => {
        const { context } = actor.getSnapshot();
        if (!actor.getSnapshot().matches('visit')) return;
        const on = !context.access.audioDescription;
        actor.send({ type: 'ui.access', change: { audioDescription: on } });
        voice.say(
          promptOf(on ? 'descriptionOn' : 'descriptionOff', context, import.meta.env.BASE_URL),
        );
      },
      focused: (el) =>
        voice.say(promptFor(el, actor.getSnapshot().context, import.meta.env.BASE_URL)),
    },
    (e) => actor.send(e),
  );
  const upkeep = startUpkeep(actor, () => location.reload(), settings.dailyReloadHour, stage);
  keepUpToDate(
    () => {
      const s = actor.getSnapshot();
      return s.matches('attract') || s.matches('display');
    },
    config.exhibitId,
    upkeep.reload,
  );
  watchStaffGesture(document, {
    settings,
    storage,
    firstStart: underLauncher(),
    exhibit: () => actor.getSnapshot().context.exhibit,
    apply: (next) => {
      saveSettings(next, storage);
      upkeep.reload('staff saved new settings');
    },
    savePin: (record) => {
      settings.pin = record;
      saveSettings(settings, storage);
    },
    analytics: async () => analyticsSection(await upkeep.analytics.all()),
  });
  lockDown(document, { showCursor: config.showCursor });
  const recovery = new Recovery({
    recover: () => {
      actor.send({ type: 'kiosk.recover' });
      director?.rebuild(actor.getSnapshot());
    },
    giveUp: () => actor.send({ type: 'kiosk.fault', message: 'errors kept coming back' }),
  });
  watchErrors(window, recovery, (message) => upkeep.recorder.error(message));
  if (stage && director) {
    stage.onError = (e) => {
      upkeep.recorder.error('a scene failed while drawing');
      recovery.report('a scene failed while drawing', e);
    };
    stage.onRestored = () => director.rebuild(actor.getSnapshot());
  }
  if (import.meta.env.MODE === 'test')
    (await import('./kiosk/testHandle.ts')).installTestHandle(actor, stage, upkeep);
  // The kiosk launcher's watchdog, outside the page: Pixi's frames and the state every 5 s.
  startHeartbeat({
    frames: () => stage?.framesDrawn ?? 0,
    state: () => stateName(actor.getSnapshot().value),
  });
  actor.start();
  for (const e of takeBootGuardLog())
    logProblem(`boot guard, ${new Date(e.t).toISOString()}: ${e.message}`);
  markStarted();
}

main().catch((e: unknown) => {
  logProblem('the kiosk failed to start', e);
  document.body.classList.add('failed');
});
