// The kiosk around the exhibit: upkeep (analytics, wake lock, daily reload), safe updates, the
// staff gesture, lockdown, recovery from errors, the launcher's heartbeat and the boot guard.
import type { Actor } from 'xstate';
import type { KioskConfig } from '../config.ts';
import type { AnalyticsEvent } from '../kiosk/analytics/events.ts';
import { startBeacon } from '../kiosk/beacon.ts';
import { markStarted, takeBootGuardLog } from '../kiosk/bootGuard.ts';
import { followHours } from '../kiosk/closing.ts';
import { startHeartbeat, stateName } from '../kiosk/heartbeat.ts';
import { underLauncher } from '../kiosk/launcher.ts';
import type { KioskFile } from '../kiosk/kioskFile.ts';
import { lockDown } from '../kiosk/lockdown.ts';
import { logProblem } from '../kiosk/log.ts';
import { Recovery, watchErrors } from '../kiosk/recovery.ts';
import { kioskFileStatus, watchKioskFile } from '../kiosk/fetchKioskFile.ts';
import {
  applyStaffChanges,
  dropOverride,
  type KioskSettings,
  saveSettings,
} from '../kiosk/settings.ts';
import { keepUpToDate } from '../kiosk/updates.ts';
import { startUpkeep } from '../kiosk/upkeep.ts';
import { contentVersion, RELEASE } from '../kiosk/version.ts';
import type { KioskMachine } from '../machine/kioskMachine.ts';
import type { SceneDirector } from '../scenes/SceneDirector.ts';
import { qualityLine } from '../scenes/quality.ts';
import type { Stage } from '../scenes/Stage.ts';
import { analyticsSection } from '../ui/staff/analyticsSection.ts';
import { showHoursInHealth } from '../ui/staff/health.ts';
import { quietWhileClosed } from './closed.ts';
import { watchStaffGesture } from '../ui/staff/staffAccess.ts';

/** What the kiosk layer wraps. */
export interface KioskParts {
  config: KioskConfig;
  settings: KioskSettings;
  storage: Storage | undefined;
  stage: Stage | undefined;
  director: SceneDirector | undefined;
  /** This kiosk's kiosk.json, as its server gave it; null without one. */
  kioskFile: KioskFile | null;
}

/** Starts the kiosk's own services around `actor`; call before `actor.start()`. */
export async function startKiosk(actor: Actor<KioskMachine>, p: KioskParts): Promise<void> {
  const { config, settings, storage, stage, director, kioskFile } = p;
  // The beacon to the kiosk's own server (its /metrics), sent with the heartbeat below.
  const beat = {
    frames: () => stage?.framesDrawn ?? 0,
    state: () => stateName(actor.getSnapshot().value),
  };
  const content = () => contentVersion(actor.getSnapshot().context.exhibit);
  const beacon = startBeacon({
    ...beat,
    kiosk: kioskFile?.id ?? null,
    gallery: kioskFile?.gallery ?? null,
    location: kioskFile?.location ?? null,
    release: RELEASE,
    content,
    exhibit: () => actor.getSnapshot().context.exhibitId,
    // The adaptive level, 1 full to 4 lowest (scenes/quality.ts); 0 without a stage.
    quality: () => stage?.level.number ?? 0,
  });
  // Events in the device's own store carry the kiosk and its versions too.
  const stamp = (e: AnalyticsEvent): AnalyticsEvent => {
    const stamped = {
      ...e,
      ...(kioskFile ? { kiosk: kioskFile.id } : {}),
      release: RELEASE,
      content: content(),
    };
    beacon.record(stamped);
    return stamped;
  };
  const hours = kioskFile?.hours;
  // With opening hours the daily reload is the wake before opening (src/kiosk/closing.ts).
  const dailyHour = hours ? null : settings.dailyReloadHour;
  const upkeep = startUpkeep(actor, () => location.reload(), dailyHour, stage, stamp);
  quietWhileClosed(actor, stage, upkeep.holdAwake);
  showHoursInHealth(hours ?? null);
  if (hours)
    followHours({
      hours,
      send: (e) => actor.send(e),
      closing: () => actor.getSnapshot().context.closing,
      closed: () => actor.getSnapshot().matches('closed'),
      wake: upkeep.reload,
    });
  // Updates are taken only between visitors.
  const between = () => {
    const s = actor.getSnapshot();
    return s.matches('attract') || s.matches('display');
  };
  keepUpToDate(between, config.exhibitId, upkeep.reload);
  // A new kiosk.json is taken as a new build is: from the attract or display loop only.
  const checkKioskFile = watchKioskFile(kioskFile, between, upkeep.reload);
  watchStaffGesture(document, {
    settings,
    storage,
    firstStart: underLauncher(),
    exhibit: () => actor.getSnapshot().context.exhibit,
    apply: (changes, dropped) => {
      applyStaffChanges(settings, changes, dropped);
      saveSettings(settings, storage);
      upkeep.reload('staff saved new settings');
    },
    savePin: (record) => {
      settings.pin = record;
      saveSettings(settings, storage);
    },
    dropPin: () => {
      dropOverride(settings, 'pin');
      saveSettings(settings, storage);
    },
    kiosk: { id: kioskFile?.id, location: kioskFile?.location, gallery: kioskFile?.gallery },
    fileStatus: kioskFileStatus,
    analytics: async () => analyticsSection(await upkeep.analytics.all()),
    ...(stage ? { quality: () => qualityLine(stage.level, stage.quality.mode) } : {}),
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
  if (import.meta.env.MODE === 'test') {
    (await import('../kiosk/testHandle.ts')).installTestHandle(actor, stage, upkeep);
    // The browser tests look for a new kiosk.json now rather than in a minute.
    (window as Window & { __kioskFile?: unknown }).__kioskFile = { check: checkKioskFile };
  }
  // The kiosk launcher's watchdog, outside the page: Pixi's frames and the state every 5 s; and
  // the beacon to the kiosk's server, launcher or not.
  startHeartbeat(beat, window, beacon);
}

/** After the machine has started: reports what the boot guard saw, and tells it all went well. */
export function markKioskStarted(): void {
  for (const e of takeBootGuardLog())
    logProblem(`boot guard, ${new Date(e.t).toISOString()}: ${e.message}`);
  markStarted();
}
