// The picture upload queue (src/scenes/uploads.ts): bands of rows, a frame's budget at a time,
// first asked first done, cancel and failure. No GPU: the steps record what ran.
import { describe, expect, it } from 'vitest';
import { FRAME_BYTES, UploadQueue, bandRows, type UploadStep } from '../../src/scenes/uploads.ts';

/** Steps of `bytes` each that log "name:i" when run. */
function steps(log: string[], name: string, sizes: number[]): UploadStep<null>[] {
  return sizes.map((bytes, i) => ({ bytes, run: () => void log.push(`${name}:${i}`) }));
}

describe('bandRows', () => {
  it('cuts a 1920×1080 picture into bands of about 2 MiB that cover every row once', () => {
    const bands = bandRows(1920, 1080);
    expect(bands[0]).toEqual({ y: 0, rows: 273 });
    expect(bands.reduce((n, b) => n + b.rows, 0)).toBe(1080);
    bands.forEach((b, i) => i > 0 && expect(b.y).toBe(bands[i - 1]!.y + bands[i - 1]!.rows));
    for (const b of bands) expect(1920 * 4 * b.rows).toBeLessThanOrEqual(FRAME_BYTES);
  });

  it('gives a row too wide for the budget a band of its own', () => {
    expect(bandRows(1_000_000, 3, 1024)).toEqual([
      { y: 0, rows: 1 },
      { y: 1, rows: 1 },
      { y: 2, rows: 1 },
    ]);
  });

  it('gives a small picture one band', () => {
    expect(bandRows(200, 100)).toEqual([{ y: 0, rows: 100 }]);
  });
});

describe('UploadQueue', () => {
  it('runs at most a budget a frame, uploads in the order asked, and tells each when done', async () => {
    const log: string[] = [];
    const q = new UploadQueue<null>(100);
    const done: string[] = [];
    q.add(steps(log, 'a', [60, 60, 30])).finished.then(() => done.push('a'));
    q.add(steps(log, 'b', [40])).finished.then(() => done.push('b'));
    expect(q.frame(null)).toBe(60);
    expect(log).toEqual(['a:0']);
    expect(q.frame(null)).toBe(90);
    expect(log).toEqual(['a:0', 'a:1', 'a:2']);
    expect(q.frame(null)).toBe(40);
    expect(log.at(-1)).toBe('b:0');
    expect(q.pending).toBe(0);
    expect(q.frame(null)).toBe(0);
    await Promise.resolve();
    expect(done).toEqual(['a', 'b']);
  });

  it('runs a step larger than the budget alone in its frame', () => {
    const log: string[] = [];
    const q = new UploadQueue<null>(100);
    q.add(steps(log, 'a', [10, 500, 10]));
    q.frame(null);
    expect(log).toEqual(['a:0']);
    q.frame(null);
    expect(log).toEqual(['a:0', 'a:1']);
    q.frame(null);
    expect(log).toEqual(['a:0', 'a:1', 'a:2']);
  });

  it('a cancelled upload runs no more steps and rejects; the next goes on', async () => {
    const log: string[] = [];
    const q = new UploadQueue<null>(100);
    const a = q.add(steps(log, 'a', [100, 100, 100]));
    const rejected = a.finished.catch((e: Error) => e.name);
    q.add(steps(log, 'b', [100]));
    q.frame(null);
    a.cancel();
    a.cancel();
    q.frame(null);
    expect(log).toEqual(['a:0', 'b:0']);
    expect(await rejected).toBe('AbortError');
  });

  it('a step that throws fails its upload only', async () => {
    const log: string[] = [];
    const q = new UploadQueue<null>(1000);
    const bad = q.add([
      { bytes: 1, run: () => void log.push('bad:0') },
      {
        bytes: 1,
        run: () => {
          throw new Error('lost context');
        },
      },
      { bytes: 1, run: () => void log.push('bad:2') },
    ]);
    const failure = bad.finished.catch((e: Error) => e.message);
    q.add(steps(log, 'b', [1]));
    q.frame(null);
    expect(log).toEqual(['bad:0', 'b:0']);
    expect(await failure).toBe('lost context');
  });

  it('an upload of nothing is done at once; clear lets every waiting one go', async () => {
    const q = new UploadQueue<null>();
    await q.add([]).finished;
    const waiting = q.add(steps([], 'a', [1])).finished.catch((e: Error) => e.name);
    q.clear();
    expect(q.pending).toBe(0);
    expect(await waiting).toBe('AbortError');
  });
});
