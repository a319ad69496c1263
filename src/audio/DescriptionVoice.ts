// Audio description through Howler: one cue's clip. It ends when the clip ends, fails to load or
// play, or runs past its length (audio still locked, a stalled decoder): the narration never waits
// for a description that cannot be heard. A failure is reported once per kiosk, not per cue.
import { Howl } from 'howler';
import { startAudio } from './audioStart.ts';
import { audioProblem, type AudioFailure } from './audioProblem.ts';

/** Seconds past the clip's length after which the narration goes on regardless. */
const GRACE_S = 1.5;

/** Plays a description clip; `done` is called once, however it ends. */
export class DescriptionVoice {
  private static reported = false;
  private readonly howl: Howl | undefined;
  private readonly timer: ReturnType<typeof setTimeout>;
  private finished = false;

  constructor(
    audio: string[],
    seconds: number,
    private readonly done: () => void,
    onFailure: AudioFailure,
  ) {
    const fail = (action: 'load' | 'play') => (_id: unknown, error: unknown) => {
      if (!DescriptionVoice.reported)
        onFailure(audioProblem('audio description', action, this.howl, audio, error), error);
      DescriptionVoice.reported = true;
      this.finish();
    };
    this.timer = setTimeout(() => this.finish(), (seconds + GRACE_S) * 1000);
    if (!audio.length) {
      queueMicrotask(() => this.finish());
      return;
    }
    startAudio(); // the context, at the kept volume (audioStart.ts)
    this.howl = new Howl({
      src: audio,
      autoplay: true,
      onend: () => this.finish(),
      onloaderror: fail('load'),
      onplayerror: fail('play'),
    });
  }

  /** Stops the clip (the visitor paused, or left the chapter). */
  stop(): void {
    this.finished = true;
    clearTimeout(this.timer);
    this.howl?.unload();
  }

  private finish(): void {
    if (this.finished) return;
    this.stop();
    this.done();
  }
}
