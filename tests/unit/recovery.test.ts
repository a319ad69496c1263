// Self-healing: after an error the machine goes back to attract, quietly; errors that keep coming
// back hand over to the out-of-service card, which reloads the exhibit 30 s later.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import type { Exhibit } from '../../src/content/types.ts';
import { Recovery } from '../../src/kiosk/recovery.ts';
import { kioskMachine } from '../../src/machine/kioskMachine.ts';
import { FakeNarration, fakeActors, fixtureExhibit } from '../helpers/fakes.ts';

let exhibit: Exhibit;
beforeAll(async () => {
  exhibit = await fixtureExhibit();
});
beforeEach(() => {
  vi.useFakeTimers();
  FakeNarration.all = [];
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function inChapter() {
  const a = createActor(kioskMachine.provide({ actors: fakeActors(exhibit) }), {
    input: { exhibitId: 'test-exhibit' },
  });
  a.start();
  a.send({ type: 'ui.start' });
  a.send({ type: 'ui.continue' });
  a.send({ type: 'ui.chapterChosen', index: 1 });
  a.send({ type: 'ui.languageChosen', lang: 'ru' });
  return a;
}

describe('recovering from errors', () => {
  it('goes from the middle of a chapter back to a fresh attract loop', () => {
    const a = inChapter();
    expect(a.getSnapshot().matches({ visit: { flow: 'chapter' } })).toBe(true);
    a.send({ type: 'kiosk.recover' });
    expect(a.getSnapshot().value).toBe('attract');
    expect(a.getSnapshot().context.lang).toBe('en');
    expect(a.getSnapshot().context.chapterIndex).toBe(0);
  });

  it('hands over to out-of-service on a fault, which reloads the exhibit', () => {
    const a = inChapter();
    a.send({ type: 'kiosk.fault', message: 'errors kept coming back' });
    expect(a.getSnapshot().value).toBe('outOfService');
    vi.advanceTimersByTime(30_000);
    expect(a.getSnapshot().value).toBe('attract');
  });

  it('recovers at most once every 5 s, and gives up after 5 recoveries in 2 minutes', () => {
    let now = 0;
    const log: string[] = [];
    const r = new Recovery(
      { recover: () => log.push('recover'), giveUp: () => log.push('give up') },
      () => now,
    );
    r.report('boom');
    now = 1_000;
    r.report('boom'); // within 5 s: the first recovery is still settling
    expect(log).toEqual(['recover']);
    for (let i = 0; i < 5; i++) {
      now += 6_000;
      r.report('boom');
    }
    expect(log).toEqual(['recover', 'recover', 'recover', 'recover', 'recover', 'give up']);
    now += 200_000; // a quiet spell: the count starts again
    r.report('boom');
    expect(log.at(-1)).toBe('recover');
    expect(console.warn).toHaveBeenCalledTimes(1); // the same message is logged once
  });
});
