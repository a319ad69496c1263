// Composition root: read settings, create the stage and overlay, bind the real actors to the
// machine, wire keys, sounds and the kiosk around it, start it. Policy lives in src/app/*.
import './noEval.ts';
import './app/styles.ts';
import { createActor } from 'xstate';
import { browserActors, contentLoading, loadEarly } from './app/actors.ts';
import { followMachine, holdAttract, wireSounds } from './app/follow.ts';
import { wireKeys } from './app/keys.ts';
import { markKioskStarted, startKiosk } from './app/kiosk.ts';
import { createStage, guessExhibit, readStartup } from './app/startup.ts';
import { followVolume, howlerVolume, volumeControl } from './app/volume.ts';
import { watchActivity } from './kiosk/input.ts';
import { fetchKioskFile } from './kiosk/fetchKioskFile.ts';
import { logProblem } from './kiosk/log.ts';
import { saveSettings } from './kiosk/settings.ts';
import { kioskMachine } from './machine/kioskMachine.ts';
import { SceneDirector } from './scenes/SceneDirector.ts';
import { Overlay } from './ui/Overlay.ts';
import { FONT_SAMPLE } from './i18n/registry.ts';
import { createPreview } from './app/preview.ts';

/** What every scene is told: reduced motion, the staff log, and (test builds: `?today=`) the date. */
function sceneOptions(reducedMotion: boolean) {
  const today =
    import.meta.env.MODE === 'test' && new URLSearchParams(location.search).get('today');
  return {
    reducedMotion,
    log: (message: string) => logProblem(message),
    ...(today ? { today: () => new Date(`${today}T12:00:00Z`) } : {}),
  };
}

/**
 * The studio's preview (src/app/preview.ts): never in a museum's build, whose bundler drops this
 * branch and with it the module. A static import: a dynamic one split the schemas into a chunk
 * that ran before noEval.ts (a CSP violation, csp.spec.ts).
 */
function previewMode() {
  const asked = new URLSearchParams(location.search).get('preview') === '1';
  // By mode, not DEV: a dev server started in a process whose NODE_ENV is "production" (any Vite
  // build run earlier in it sets that) has DEV false, and the studio's preview would be the kiosk.
  return (import.meta.env.MODE === 'development' || import.meta.env.MODE === 'test') && asked
    ? { createPreview }
    : undefined;
}

async function main(): Promise<void> {
  const preview = previewMode();
  // The content, its typefaces and its extension start loading now, beside kiosk.json and the
  // stage, for the exhibit the page would show without a kiosk.json: the loader takes it if
  // kiosk.json names the same one (a museum's build: the default), else starts its own.
  const early = preview ? undefined : loadEarly(guessExhibit(), FONT_SAMPLE);
  // A preview has no kiosk.json, keeps no settings and starts as a walk-up visitor's kiosk.
  const kioskFile = preview ? null : await fetchKioskFile();
  performance.mark('kiosk:file');
  const { storage, settings, config } = readStartup(kioskFile);
  const stage = await createStage(config);
  performance.mark('kiosk:stage');
  const director = stage && new SceneDirector(stage, sceneOptions(config.reducedMotion));
  const actors = browserActors(settings, FONT_SAMPLE, early);
  const studio = preview?.createPreview({
    exhibitId: config.exhibitId,
    base: import.meta.env.BASE_URL,
    ...contentLoading(FONT_SAMPLE),
  });
  const machine = studio
    ? kioskMachine.provide({ actors: studio.actors(actors), delays: studio.delays })
    : kioskMachine.provide({ actors });
  const actor = createActor(machine, {
    input: studio
      ? { exhibitId: config.exhibitId }
      : { exhibitId: config.exhibitId, mode: settings.mode, access: settings.access },
  });
  const send = actor.send.bind(actor);
  const save = () => (studio ? undefined : saveSettings(settings, storage));
  const audio = howlerVolume(settings, save, () => actor.getSnapshot().matches('display'));
  const volume = volumeControl(audio);
  const overlay = new Overlay(document.getElementById('ui')!, send, volume);
  const base = import.meta.env.BASE_URL;
  const { touch, say } = wireSounds(actor, base);
  const follow = () => followVolume(audio);
  followMachine(actor, { settings, save, followVolume: follow, overlay, director, touch });
  watchActivity(document, send);
  const [toggleHelp, hold] = [() => overlay.toggleHelp(), () => holdAttract(director)];
  wireKeys(document, actor, { toggleHelp, say, holdAttract: hold, volume, base });
  if (studio) await studio.start(actor, { overlay, director, stage });
  else await startKiosk(actor, { config, settings, storage, stage, director, kioskFile });
  // The bench reads the quality level the kiosk starts at from this mark (scripts/bench/coldStart.ts).
  performance.mark('kiosk:start', { detail: { level: stage?.level.number ?? 0 } });
  actor.start();
  markKioskStarted();
}

main().catch((e: unknown) => {
  logProblem('the kiosk failed to start', e);
  document.body.classList.add('failed');
});
