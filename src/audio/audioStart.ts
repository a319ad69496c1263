// When Howler makes its AudioContext. Howler makes it the first time anything asks (a volume, a
// Howl), and making one took 60–90 ms of the main thread on this 2-core machine (CPU profiles of
// a cold start: Howler's setupAudioContext, first under the machine's first volume, then under
// the attract bed's first Howl). Both came as the machine started, before the attract loop's first
// frame. Now the master volume is kept here, and the kiosk's first sounds (the attract bed, the
// touch sound) wait until the page is first idle after that frame; any other sound made sooner
// makes the context at once, at the volume kept (startAudio).
import { Howler } from 'howler';
import { whenIdle } from '../whenIdle.ts';

let wanted: number | undefined;
let scheduled = false;
const waiting: (() => void)[] = [];

/** Whether Howler has its AudioContext. */
export function audioStarted(): boolean {
  return !!(Howler as { ctx?: AudioContext }).ctx;
}

/** Sets the master volume (0 to 1), now or as the context is made. */
export function setMasterVolume(level: number): void {
  wanted = level;
  if (audioStarted()) Howler.volume(level);
  else startWhenIdle();
}

/** The master volume, without making the context for it. */
export function masterVolume(): number {
  return audioStarted() ? Howler.volume() : (wanted ?? 1);
}

/** Makes the context now, at the volume kept, and runs what waited for it: before a sound. */
export function startAudio(): void {
  if (!audioStarted()) {
    if (wanted === undefined) Howler.volume();
    else Howler.volume(wanted);
  }
  for (const run of waiting.splice(0)) run();
}

/** Runs `run` once the context is made (now, if it is), and asks for it once the page is idle. */
export function whenAudio(run: () => void): void {
  if (audioStarted()) return run();
  waiting.push(run);
  startWhenIdle();
}

function startWhenIdle(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(startAudio);
}
