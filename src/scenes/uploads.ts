// GPU uploads spread over frames (issue 20): a picture of 1920×1280 is 9.4 MiB of texture, and a
// software renderer copies it at a few ms a MiB; uploaded whole, it held its frame for 20–35 ms.
// Here a picture goes up in bands of rows, about `FRAME_BYTES` a frame, picture after picture in
// the order asked: the stage runs one frame's worth before each frame's update (Stage.ts), so no
// frame carries more than one band's copy. Pure scheduling: the steps are given by the caller
// (src/scenes/images.ts: the GL calls), so tests/unit/uploads.test.ts checks it without a GPU.

/** About how many bytes a frame uploads: 2 MiB, ~5 ms on a loaded software renderer. */
export const FRAME_BYTES = 2 * 2 ** 20;

/** One step of an upload and what it copies. */
export interface UploadStep<R> {
  bytes: number;
  run(renderer: R): void;
}

/** A queued upload: its steps in order; `done` once every step ran, `failed` if one threw. */
interface Job<R> {
  steps: UploadStep<R>[];
  done(): void;
  failed(e: unknown): void;
  cancelled: boolean;
}

/**
 * A queued upload's promise and a way to drop it: its steps not yet run are never run, and the
 * promise rejects (an AbortError), so whoever waits for it is let go.
 */
export interface Upload {
  finished: Promise<void>;
  cancel(): void;
}

/** The rows of each band of a `width` × `height` RGBA picture, about `bytes` each (≥ 1 row). */
export function bandRows(
  width: number,
  height: number,
  bytes = FRAME_BYTES,
): { y: number; rows: number }[] {
  const per = Math.max(1, Math.floor(bytes / Math.max(1, width * 4)));
  const out: { y: number; rows: number }[] = [];
  for (let y = 0; y < height; y += per) out.push({ y, rows: Math.min(per, height - y) });
  return out;
}

/** Uploads run a frame's budget at a time, first asked first done. */
export class UploadQueue<R> {
  private readonly jobs: Job<R>[] = [];

  constructor(private readonly budget = FRAME_BYTES) {}

  /** Steps waiting, over all uploads (tests, and the stage's "anything to do?"). */
  get pending(): number {
    return this.jobs.reduce((n, j) => n + j.steps.length, 0);
  }

  /** Queues an upload of `steps`; they run over the next frames. */
  add(steps: UploadStep<R>[]): Upload {
    let job!: Job<R>;
    const finished = new Promise<void>((done, failed) => {
      job = { steps: [...steps], done, failed, cancelled: false };
    });
    if (steps.length) this.jobs.push(job);
    else job.done();
    return {
      finished,
      cancel: () => {
        if (job.cancelled) return;
        job.cancelled = true;
        job.steps.length = 0;
        const i = this.jobs.indexOf(job);
        if (i >= 0) this.jobs.splice(i, 1);
        job.failed(aborted());
      },
    };
  }

  /**
   * One frame's uploads: steps in order until the budget is spent (always at least one step, so a
   * band larger than the budget still goes up, alone in its frame). Returns the bytes copied.
   */
  frame(renderer: R): number {
    let spent = 0;
    while (this.jobs.length) {
      const job = this.jobs[0]!;
      const step = job.steps[0];
      if (!step) {
        this.jobs.shift();
        job.done();
        continue;
      }
      if (spent > 0 && spent + step.bytes > this.budget) break;
      job.steps.shift();
      spent += step.bytes;
      try {
        step.run(renderer);
      } catch (e) {
        this.jobs.shift();
        job.steps.length = 0;
        job.failed(e);
        continue;
      }
      if (!job.steps.length) {
        this.jobs.shift();
        job.done();
      }
    }
    return spent;
  }

  /** Drops every upload (a lost context: the textures are rebuilt with their scenes). */
  clear(): void {
    for (const job of this.jobs.splice(0)) {
      job.cancelled = true;
      job.steps.length = 0;
      job.failed(aborted());
    }
  }
}

function aborted(): Error {
  const e = new Error('upload cancelled');
  e.name = 'AbortError';
  return e;
}
